/**
 * What every hand-built eval shop's orders share: a line item as wc/v3 lists it, an order's
 * subtotal, its creation time, and its notes (what the shop told the customer, then one
 * internal note the assistant must never show). Shops import it as a namespace
 * (`order.line`, `order.notes`, …). Each shop keeps its own shoppers, statuses,
 * shipping and wording.
 */
import { money, pickOf, type Random } from './shop-kit';
import type { WcProduct, WcVariation, WooCommerceData } from './server';

export type OrderLine = Record< string, unknown >;

/** "Size M, Red": a variation's options as WooCommerce joins them in a line's name. */
export const optionsOf = ( variation: WcVariation ) =>
	( variation.attributes as Array< { option: string } > )
		.map( ( a ) => a.option )
		.join( ', ' );

/**
 * A line item: `quantity` of a simple product, or of one variation of a variable one.
 * @param id        the line's id
 * @param product   the product (the parent of `variation`)
 * @param quantity  how many
 * @param variation the variation bought, if any
 * @param withSku   whether the shop's orders list the SKU (some stores show it, some not)
 */
export function line(
	id: number,
	product: WcProduct,
	quantity: number,
	variation?: WcVariation,
	withSku = false
): OrderLine {
	const item = variation ?? product;
	return {
		id,
		name: variation
			? `${ String( product.name ) } - ${ optionsOf( variation ) }`
			: String( product.name ),
		product_id: product.id,
		variation_id: variation?.id ?? 0,
		...( withSku ? { sku: item.sku } : {} ),
		quantity,
		total: money( Number( item.price ) * quantity ),
	};
}

/** One of the variations of `parent`, picked by the seeded generator, as one unit. */
export function pickedVariation(
	r: Random,
	id: number,
	parent: WcProduct,
	variations: Map< number, WcVariation[] >,
	withSku = false
): OrderLine {
	return line(
		id,
		parent,
		1,
		pickOf( r, variations.get( parent.id )! ),
		withSku
	);
}

export const subtotal = ( lines: OrderLine[] ) =>
	lines.reduce( ( n, l ) => n + Number( l.total ), 0 );

/** When a November 2026 order was placed, as wc/v3 writes it: "2026-11-16T08:11:00". */
export const placedAt = ( day: number, hour: number, minute: number ) =>
	`2026-11-${ String( day ).padStart( 2, '0' ) }T${ String( hour ).padStart( 2, '0' ) }:${ String( minute ).padStart( 2, '0' ) }:00`;

type OrderNotes = NonNullable<
	ReturnType< WooCommerceData[ 'notes' ][ 'get' ] >
>;

/**
 * The notes of order `id`: what the shop told the customer (nothing when empty), then one
 * internal note.
 * @param id       the order's id
 * @param told     the note to the customer
 * @param internal the private note
 */
export function notes(
	id: number,
	told: string | undefined,
	internal: string
): OrderNotes {
	return [
		...( told
			? [ { id: id * 100, note: told, customer_note: true } ]
			: [] ),
		{ id: id * 100 + 9, note: internal, customer_note: false },
	];
}

// The same helpers under the names a shop imports one by one (`import { orderLine } …`),
// as the shops written since the kit appeared (wollknaeuel-orders.ts) do.
export {
	line as orderLine,
	notes as orderNotes,
	pickedVariation as pickedVariationLine,
	placedAt as novemberAt,
	subtotal as subtotalOf,
};
