/**
 * "This has changed since": a reply that showed product cards keeps them as they were
 * (price, stock). When the catalog now says otherwise, the history marks the reply with
 * the products whose price or stock differs, so the widget can say so under it.
 *
 * Computed at read time by comparing each stored card with the product's current row:
 * nothing is stored, and a product that changed and changed back is not reported.
 */
import type { ProductState } from '../commerce/repo';
import type { PublicMessage } from './service';

export interface ChangedProduct {
	/** The product (or variation) id the card showed. */
	productId: string;
	/** The name the card showed. */
	name: string;
	/** When the change happened (WooCommerce's modification time), or when we learned of it. */
	changedAt: string;
}

/** Reads the current state of products and variations of one site (commerce service). */
export type ProductStateReader = (
	organizationId: string,
	siteId: string,
	externalIds: string[]
) => Promise< ProductState[] >;

type Card = NonNullable< PublicMessage[ 'products' ] >[ number ];

/** The card's own product row: the variation it showed, else the product. */
const cardProductId = ( card: Card ) => card.variationId ?? card.id;

/**
 * Whether the card's price or stock no longer matches the catalog. A stock quantity is
 * compared only when the card showed one.
 *
 * @param card  The card as the reply showed it.
 * @param state The product's row now.
 */
function cardIsStale( card: Card, state: ProductState ): boolean {
	const shownPrice = card.price?.minor ?? null;
	if ( shownPrice !== state.priceMinor ) {
		return true;
	}
	if ( card.stock.status !== state.stockStatus ) {
		return true;
	}
	return (
		card.stock.quantity !== null &&
		card.stock.quantity !== state.stockQuantity
	);
}

/**
 * When the change is dated: WooCommerce's modification time if it is after the reply
 * (the usual case), else the time the sidecar stored the new state.
 *
 * @param state   The product's row now.
 * @param replyAt The reply's time.
 */
function changeTime( state: ProductState, replyAt: string ): string {
	if (
		state.modifiedAt &&
		Date.parse( state.modifiedAt ) > Date.parse( replyAt )
	) {
		return state.modifiedAt;
	}
	return state.syncedAt;
}

/**
 * The messages, each reply with cards that are no longer true given `changedProducts`
 * (others unchanged). One catalog read for the whole page of messages.
 *
 * @param messages       A page of history, as the widget gets it.
 * @param readStates     The commerce service's productStates.
 * @param organizationId Owner of the conversation.
 * @param siteId         The conversation's site (products are per site).
 */
export async function withChangedProducts(
	messages: PublicMessage[],
	readStates: ProductStateReader,
	organizationId: string,
	siteId: string
): Promise< Array< PublicMessage & { changedProducts?: ChangedProduct[] } > > {
	const ids = [
		...new Set(
			messages.flatMap( ( m ) =>
				( m.products ?? [] ).map( cardProductId )
			)
		),
	];
	if ( ! ids.length ) {
		return messages;
	}
	const states = new Map(
		( await readStates( organizationId, siteId, ids ) ).map( ( s ) => [
			s.externalId,
			s,
		] )
	);
	return messages.map( ( message ) => {
		const changed: ChangedProduct[] = [];
		for ( const card of message.products ?? [] ) {
			const state = states.get( cardProductId( card ) );
			// A product deleted since is not "changed": its card still links to the shop.
			if ( state && cardIsStale( card, state ) ) {
				changed.push( {
					productId: cardProductId( card ),
					name: card.name,
					changedAt: changeTime( state, message.createdAt ),
				} );
			}
		}
		return changed.length
			? { ...message, changedProducts: changed }
			: message;
	} );
}
