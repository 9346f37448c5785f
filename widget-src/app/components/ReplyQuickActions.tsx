import { useRef, useState } from 'react';
import type { AddToCartResult } from '../../protocol';
import type { ReplyQuickAction } from '../api';
import type { Translate } from '../i18n';
import { safeHref } from '../markdown';
import { ChipGroup, useAddToCart } from './QuickActions';
import { VariationPicker } from './VariationPicker';

/** What a reply's quick actions can do; the app passes the same callbacks as to the composer and the page's chips. */
export interface ReplyActionHandlers {
	/** False until a conversation exists (or while privacy settings load). */
	canSend: boolean;
	onSend: ( text: string ) => void;
	/** The bridge's "Add to cart" (the shop page calls WooCommerce's Store API). */
	onAddToCart: (
		productId: string,
		variationId?: string
	) => Promise< AddToCartResult >;
}

export interface ReplyQuickActionsProps extends ReplyActionHandlers {
	actions: ReplyQuickAction[];
	t: Translate;
}

/**
 * The quick actions of the newest reply, as chips like the page's own (same classes):
 * "message" sends its text as the shopper's message; "handoff" sends its text too, which
 * the assistant reads as a request for a person ("Talk to a person"); "link" opens in the
 * shop's window, like "View cart"; "addToCart" goes through the bridge — with its
 * `variationId` when the reply named one, else, for a variable product, after the shopper
 * picked one of its `choices` (VariationPicker). Actions the widget cannot carry out (a
 * link that is not http(s)/mailto, add to cart without a product, a variable product with
 * no variation to choose) are left out rather than shown broken.
 *
 * @param props Actions, translate and the app's callbacks.
 */
export function ReplyQuickActions( props: ReplyQuickActionsProps ) {
	const { actions, t, canSend, onSend, onAddToCart } = props;
	const [ cart, addToCart ] = useAddToCart( onAddToCart );
	// The action whose variation picker is open (its index), and the chips to refocus.
	const [ picking, setPicking ] = useState< number | null >( null );
	const chipRefs = useRef< Array< HTMLButtonElement | null > >( [] );
	const closePicker = () => {
		const chip = picking === null ? null : chipRefs.current[ picking ];
		setPicking( null );
		chip?.focus();
	};

	const chip = ( action: ReplyQuickAction, index: number ) => {
		if ( action.kind === 'link' ) {
			const href = safeHref( action.url ?? '' );
			return (
				href && (
					<a
						className="oo-chip"
						href={ href }
						// A mailto: link must not replace the shop page.
						target={
							href.startsWith( 'mailto:' ) ? undefined : '_top'
						}
					>
						{ action.label }
					</a>
				)
			);
		}
		if ( action.kind === 'addToCart' ) {
			const { productId, variationId, choices } = action;
			if (
				! productId ||
				( choices && ! choices.length && ! variationId )
			) {
				return null;
			}
			const pick = !! choices?.length && ! variationId;
			return (
				<button
					type="button"
					className="oo-chip"
					ref={ ( element ) => {
						chipRefs.current[ index ] = element;
					} }
					disabled={ cart.state === 'adding' }
					aria-expanded={ pick ? picking === index : undefined }
					onClick={ () =>
						pick
							? setPicking( picking === index ? null : index )
							: addToCart( productId, variationId )
					}
				>
					{ action.label }
				</button>
			);
		}
		const text = ( action.message || action.label ).trim();
		return (
			text && (
				<button
					type="button"
					className="oo-chip"
					disabled={ ! canSend }
					onClick={ () => onSend( text ) }
				>
					{ action.label }
				</button>
			)
		);
	};

	const chips = actions
		.map( ( action, index ) => ( {
			action,
			element: chip( action, index ),
		} ) )
		.filter( ( item ) => item.element );
	if ( ! chips.length ) {
		return null;
	}
	const pickingAction = picking === null ? undefined : actions[ picking ];
	return (
		<ChipGroup
			label={ t( 'replyActions' ) }
			chips={ chips.map( ( { action, element }, index ) => ( {
				// Ids come from the responder; the index keeps keys unique regardless.
				key: `${ index }-${ action.id }`,
				element,
			} ) ) }
			cart={ cart }
			t={ t }
		>
			{ pickingAction?.productId && pickingAction.choices && (
				<VariationPicker
					label={ pickingAction.label }
					choices={ pickingAction.choices }
					t={ t }
					busy={ cart.state === 'adding' }
					onPick={ ( variationId ) => {
						addToCart( pickingAction.productId!, variationId );
						closePicker();
					} }
					onClose={ closePicker }
				/>
			) }
		</ChipGroup>
	);
}
