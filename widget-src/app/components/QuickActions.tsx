import { useEffect, useId, useRef, useState } from 'react';
import type { FormEvent, ReactNode } from 'react';
import type { AddToCartResult } from '../../protocol';
import type { Translate } from '../i18n';
import { safeHref } from '../markdown';
import type { QuickAction } from '../quickActions';

export interface QuickActionsProps {
	actions: QuickAction[];
	t: Translate;
	/** False until a conversation exists: chips that ask the assistant wait for it. */
	canSend: boolean;
	onSend: ( text: string ) => void;
	/** The bridge's "Add to cart" (the shop page calls WooCommerce's Store API). */
	onAddToCart: ( productId: string ) => Promise< AddToCartResult >;
}

export type CartState =
	| { state: 'idle' | 'adding' }
	| { state: 'added'; cartUrl: string | null }
	| { state: 'failed'; message: string };

/**
 * WooCommerce's messages are HTML-escaped and sometimes carry a link; the widget shows
 * them as plain text. DOMParser builds an inert document: no scripts, no requests.
 *
 * @param html A Store API error message.
 */
function plainText( html: string ): string {
	return (
		new DOMParser().parseFromString( html, 'text/html' ).body.textContent ??
		''
	).trim();
}

/**
 * "Add to cart" through the bridge, with its progress for the status line; shared by the
 * page's chips and a reply's quick actions.
 *
 * @param onAddToCart The bridge's add-to-cart.
 * @return The cart state and the function that adds a product.
 */
export function useAddToCart(
	onAddToCart: (
		productId: string,
		variationId?: string
	) => Promise< AddToCartResult >
) {
	const [ cart, setCart ] = useState< CartState >( { state: 'idle' } );
	const addToCart = ( productId: string, variationId?: string ) => {
		setCart( { state: 'adding' } );
		// Only a variation adds a second argument: a simple product is added by its id alone.
		( variationId
			? onAddToCart( productId, variationId )
			: onAddToCart( productId )
		).then( ( result ) =>
			setCart(
				result.ok
					? {
							state: 'added',
							cartUrl: safeHref( result.cartUrl ?? '' ),
						}
					: {
							state: 'failed',
							message: plainText( result.message ?? '' ),
						}
			)
		);
	};
	return [ cart, addToCart ] as const;
}

/**
 * The status line of "Add to cart": announced, with a "View cart" link that opens in the
 * shop's window (the frame may navigate its top window on a click).
 *
 * @param props      Cart state and translate.
 * @param props.cart Where the last add-to-cart stands.
 * @param props.t    Translate.
 */
/**
 * A labelled row of chips, then what a chip opened (`children`) and the cart's status: the
 * page's quick actions and a reply's are built alike, so they look and read the same.
 * @param props
 * @param props.label    The group's accessible name.
 * @param props.chips    Each chip with its React key.
 * @param props.cart     The add-to-cart state the chips share.
 * @param props.t        Translations.
 * @param props.children What a chip opened (a search form, a variation picker).
 */
export function ChipGroup( {
	label,
	chips,
	cart,
	t,
	children,
}: {
	label: string;
	chips: Array< { key: string; element: ReactNode } >;
	cart: CartState;
	t: Translate;
	children?: ReactNode;
} ) {
	return (
		<div className="oo-quick" role="group" aria-label={ label }>
			<ul className="oo-chips">
				{ chips.map( ( { key, element } ) => (
					<li key={ key }>{ element }</li>
				) ) }
			</ul>
			{ children }
			<CartStatus cart={ cart } t={ t } />
		</div>
	);
}

export function CartStatus( { cart, t }: { cart: CartState; t: Translate } ) {
	return (
		<p className="oo-cart-status" role="status">
			{ cart.state === 'adding' && t( 'addingToCart' ) }
			{ cart.state === 'added' && (
				<>
					{ t( 'addedToCart' ) }{ ' ' }
					{ cart.cartUrl && (
						<a href={ cart.cartUrl } target="_top">
							{ t( 'viewCart' ) }
						</a>
					) }
				</>
			) }
			{ cart.state === 'failed' &&
				[ t( 'addToCartFailed' ), cart.message ]
					.filter( Boolean )
					.join( ' ' ) }
		</p>
	);
}

/**
 * The page's quick-action chips under the welcome: native buttons and links, so they work
 * from the keyboard; results are announced through a status region.
 *
 * @param props Chips, translations, send and add-to-cart callbacks.
 */
export function QuickActions( props: QuickActionsProps ) {
	const { actions, t, canSend, onSend, onAddToCart } = props;
	const [ cart, addToCart ] = useAddToCart( onAddToCart );
	const [ searching, setSearching ] = useState( false );
	const [ query, setQuery ] = useState( '' );
	const searchId = useId();
	const searchBox = useRef< HTMLInputElement >( null );

	// The shopper just asked for the search field: put the cursor in it. Focused from an
	// effect, not `autoFocus`: Preact (the built widget, ADR 0025) only sets the attribute,
	// which browsers honour at page load, not on an element added later.
	useEffect( () => {
		if ( searching ) {
			searchBox.current?.focus();
		}
	}, [ searching ] );

	if ( ! actions.length ) {
		return null;
	}

	const searchHelp = ( event: FormEvent ) => {
		event.preventDefault();
		if ( canSend && query.trim() ) {
			onSend( t( 'searchHelpMessage', { query: query.trim() } ) );
			setQuery( '' );
			setSearching( false );
		}
	};

	const chip = ( action: QuickAction ) => {
		switch ( action.id ) {
			case 'addToCart':
				return (
					<button
						type="button"
						className="oo-chip"
						disabled={ cart.state === 'adding' }
						onClick={ () => addToCart( action.productId ) }
					>
						{ action.label }
					</button>
				);
			case 'checkStock':
			case 'compare':
				return (
					<button
						type="button"
						className="oo-chip"
						disabled={ ! canSend }
						onClick={ () => onSend( action.message ) }
					>
						{ action.label }
					</button>
				);
			case 'scheduleCall':
				return (
					<a
						className="oo-chip"
						href={ action.href }
						target="_blank"
						rel="noopener noreferrer"
					>
						{ action.label }
						<span className="oo-sr"> { t( 'opensInNewTab' ) }</span>
					</a>
				);
			case 'emailUs':
				return (
					<a className="oo-chip" href={ action.href }>
						{ action.label }
					</a>
				);
			case 'searchHelp':
				return (
					<button
						type="button"
						className="oo-chip"
						aria-expanded={ searching }
						aria-controls={ searchId }
						onClick={ () => setSearching( ! searching ) }
					>
						{ action.label }
					</button>
				);
		}
	};

	return (
		<ChipGroup
			label={ t( 'quickActions' ) }
			chips={ actions.map( ( action ) => ( {
				key: action.id,
				element: chip( action ),
			} ) ) }
			cart={ cart }
			t={ t }
		>
			{ searching && (
				<form
					id={ searchId }
					className="oo-help-search"
					onSubmit={ searchHelp }
				>
					<label htmlFor={ `${ searchId }-q` }>
						{ t( 'searchHelpLabel' ) }
					</label>
					<input
						id={ `${ searchId }-q` }
						type="search"
						maxLength={ 300 }
						value={ query }
						ref={ searchBox }
						onChange={ ( event ) => setQuery( event.target.value ) }
					/>
					<button
						type="submit"
						className="oo-button"
						disabled={ ! canSend || ! query.trim() }
					>
						{ t( 'search' ) }
					</button>
				</form>
			) }
		</ChipGroup>
	);
}
