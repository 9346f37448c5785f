import type { AddToCartResult } from '../../protocol';
import type { ReplyQuickAction } from '../api';
import type { Translate } from '../i18n';
import { safeHref } from '../markdown';
import { CartStatus, useAddToCart } from './QuickActions';

/** What a reply's quick actions can do; the app passes the same callbacks as to the composer and the page's chips. */
export interface ReplyActionHandlers {
	/** False until a conversation exists (or while privacy settings load). */
	canSend: boolean;
	onSend: ( text: string ) => void;
	/** The bridge's "Add to cart" (the shop page calls WooCommerce's Store API). */
	onAddToCart: ( productId: string ) => Promise< AddToCartResult >;
}

export interface ReplyQuickActionsProps extends ReplyActionHandlers {
	actions: ReplyQuickAction[];
	t: Translate;
}

/**
 * The quick actions of the newest reply, as chips like the page's own (same classes):
 * "message" sends its text as the shopper's message; "handoff" sends its text too, which
 * the assistant reads as a request for a person ("Talk to a person"); "link" opens in the
 * shop's window, like "View cart"; "addToCart" goes through the bridge. Actions the widget
 * cannot carry out (a link that is not http(s)/mailto, add to cart without a product) are
 * left out rather than shown broken.
 *
 * @param props Actions, translate and the app's callbacks.
 */
export function ReplyQuickActions( props: ReplyQuickActionsProps ) {
	const { actions, t, canSend, onSend, onAddToCart } = props;
	const [ cart, addToCart ] = useAddToCart( onAddToCart );

	const chip = ( action: ReplyQuickAction ) => {
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
			const { productId } = action;
			return (
				productId && (
					<button
						type="button"
						className="oo-chip"
						disabled={ cart.state === 'adding' }
						onClick={ () => addToCart( productId ) }
					>
						{ action.label }
					</button>
				)
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
		.map( ( action ) => ( { action, element: chip( action ) } ) )
		.filter( ( item ) => item.element );
	if ( ! chips.length ) {
		return null;
	}
	return (
		<div
			className="oo-quick"
			role="group"
			aria-label={ t( 'replyActions' ) }
		>
			<ul className="oo-chips">
				{ chips.map( ( { action, element }, index ) => (
					// Ids come from the responder; the index keeps keys unique regardless.
					<li key={ `${ index }-${ action.id }` }>{ element }</li>
				) ) }
			</ul>
			<CartStatus cart={ cart } t={ t } />
		</div>
	);
}
