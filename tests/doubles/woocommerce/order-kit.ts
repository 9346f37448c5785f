/**
 * What every hand-built eval shop's orders share: a line item as wc/v3 lists it, an order's
 * subtotal, its creation time, and its notes (what the shop told the customer, then one
 * internal note the assistant must never show). Shops import it as a namespace
 * (`order.line`, `order.notes`, …). Each shop keeps its own shoppers, statuses,
 * shipping and wording.
 */
import { money, pickOf, type Random } from './shop-kit';
import type {
	WcOrder,
	WcProduct,
	WcVariation,
	WooCommerceData,
} from './server';

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
 * @param id         the order's id
 * @param told       the note to the customer
 * @param internal   the private note
 * @param internalAt the private note's id is id × 100 + internalAt
 */
export function notes(
	id: number,
	told: string | undefined,
	internal: string,
	internalAt = 9
): OrderNotes {
	return [
		...( told
			? [ { id: id * 100, note: told, customer_note: true } ]
			: [] ),
		{ id: id * 100 + internalAt, note: internal, customer_note: false },
	];
}

/** The simple and variable products an order may hold: those priced below the bounds. */
export const orderable = (
	products: WcProduct[],
	below: { simple: number; variable: number }
) => ( {
	simple: products.filter(
		( p ) => p.type === 'simple' && Number( p.price ) < below.simple
	),
	variable: products.filter(
		( p ) => p.type === 'variable' && Number( p.price ) < below.variable
	),
} );

/**
 * An order's lines as the shops draw them: one or two (two at `twoOdds`) of a simple
 * product, then, where a pool of variable products is given, one variation of one of them.
 * @param r               the seeded generator
 * @param id              the order's id (its lines are numbered id × 10 on)
 * @param pick            where the lines come from, and how they are written
 * @param pick.simple     the simple products to pick from
 * @param pick.twoOdds    how often the simple product is bought twice
 * @param pick.variable   the variable products to pick a variation from; none: no variation
 * @param pick.variations the catalog's variations
 * @param pick.withSku    whether the shop's orders list the SKU
 */
export function drawLines(
	r: Random,
	id: number,
	pick: {
		simple: WcProduct[];
		twoOdds: number;
		variable?: WcProduct[];
		variations: Map< number, WcVariation[] >;
		withSku?: boolean;
	}
): OrderLine[] {
	const product = pickOf( r, pick.simple );
	const quantity = r() < pick.twoOdds ? 2 : 1;
	const lines = [
		line( id * 10, product, quantity, undefined, pick.withSku ),
	];
	if ( pick.variable ) {
		const parent = pickOf( r, pick.variable );
		lines.push(
			pickedVariation(
				r,
				id * 10 + 1,
				parent,
				pick.variations,
				pick.withSku
			)
		);
	}
	return lines;
}

/** The statuses of a ten-order shop, in order (Beet & Spaten, Whisker & Wag). */
export const TEN_STATUSES = [
	'completed',
	'processing',
	'on-hold',
	'completed',
	'pending',
	'cancelled',
	'completed',
	'refunded',
	'processing',
	'completed',
] as const;

/** An order's first fields, as wc/v3 lists them: id, number, status, currency, totals. */
export const orderHead = (
	id: number,
	status: string,
	currency: string,
	itemsTotal: number,
	shipping: number
) => ( {
	id,
	number: String( id ),
	status,
	currency,
	total: money( itemsTotal + shipping ),
	shipping_total: money( shipping ),
} );

/** An order as a shop places it, with the notes it leaves. */
export interface Placed {
	order: WcOrder;
	/** What the shop told the customer (nothing when undefined). */
	told: string | undefined;
	/** The internal note. */
	internal: string;
}

/**
 * A shop's orders and their notes, placed one after another (in the seeded draws' order).
 * @param items      what the orders are placed from
 * @param place      places the order of an item
 * @param internalAt the internal note's id is the order's id × 100 + internalAt (notes)
 */
export function ordersOf< T >(
	items: readonly T[],
	place: ( item: T, index: number ) => Placed,
	internalAt = 9
): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const orders: WcOrder[] = [];
	const notesOf: WooCommerceData[ 'notes' ] = new Map();
	items.forEach( ( item, index ) => {
		const placed = place( item, index );
		orders.push( placed.order );
		notesOf.set(
			placed.order.id,
			notes( placed.order.id, placed.told, placed.internal, internalAt )
		);
	} );
	return { orders, notes: notesOf };
}

/** A catalog as an order looks its products up. */
export interface Catalog {
	products: WcProduct[];
	variations: Map< number, WcVariation[] >;
}

/** The product of the catalog with this name (written with "&", where the record has "&amp;"). */
export function namedProduct( built: Catalog, name: string ): WcProduct {
	const product = built.products.find(
		( p ) => String( p.name ).replace( /&amp;/g, '&' ) === name
	);
	if ( ! product ) {
		throw new Error( `no product ${ name }` );
	}
	return product;
}

/**
 * The product (and variation) a line of a hand-written order names: "name", or
 * "name [option / option]" with the variation's options in the order of its axes.
 * @param built the shop's catalog
 * @param item  the line's item as the order spec writes it
 */
export function namedItem( built: Catalog, item: string ) {
	const [ , name, options ] = /^(.*?)(?: \[(.*)\])?$/.exec( item )!;
	const product = namedProduct( built, name! );
	const variation = built.variations
		.get( product.id )
		?.find(
			( v ) =>
				( v.attributes as Array< { option: string } > )
					.map( ( a ) => a.option )
					.join( ' / ' ) === options
		);
	if ( options && ! variation ) {
		throw new Error( `no variation ${ item }` );
	}
	return { product, variation };
}

/** What a hand-written order states, once its lines and shipping are worked out. */
export interface WrittenOrder {
	id: number;
	status: string;
	currency: string;
	lines: OrderLine[];
	shipping: number;
	/** The shipping line's title. */
	method: string;
	payment: string;
	/** When it was placed (placedAt). */
	placed: string;
	billing: {
		first_name: string | undefined;
		last_name: string | undefined;
		email: string;
		country: string;
	};
}

/** A hand-written order as wc/v3 lists it, its shipping line numbered id × 10 + 9. */
export const writtenOrder = ( order: WrittenOrder ): WcOrder => ( {
	...orderHead(
		order.id,
		order.status,
		order.currency,
		subtotal( order.lines ),
		order.shipping
	),
	payment_method_title: order.payment,
	date_created_gmt: order.placed,
	billing: order.billing,
	shipping_lines: [
		{
			id: order.id * 10 + 9,
			method_title: order.method,
			total: money( order.shipping ),
		},
	],
	customer_note: '',
	line_items: order.lines,
} );

/**
 * The lines of hand-written order `id`, numbered id × 10 on, each naming its item (namedItem).
 * @param built   the shop's catalog
 * @param id      the order's id
 * @param items   "name" or "name [option / option]", each with its quantity
 * @param withSku whether the shop's orders list the SKU
 */
export const namedLines = (
	built: Catalog,
	id: number,
	items: ReadonlyArray< readonly [ item: string, quantity: number ] >,
	withSku = false
): OrderLine[] =>
	items.map( ( [ item, quantity ], i ) => {
		const { product, variation } = namedItem( built, item );
		return line( id * 10 + i, product, quantity, variation, withSku );
	} );

/** What an order spec of a hand-written shop says of its shopper. */
export interface Shopper {
	/** First name, then the rest. */
	name: string;
	email: string;
	country: string;
	status: string;
	payment: string;
}

/** A hand-written order of `shopper`, billed to the first word of the name and the rest. */
export function shopperOrder(
	id: number,
	shopper: Shopper,
	sale: Pick<
		WrittenOrder,
		'currency' | 'lines' | 'shipping' | 'method' | 'placed'
	>
): WcOrder {
	const [ first, ...rest ] = shopper.name.split( ' ' );
	return writtenOrder( {
		id,
		status: shopper.status,
		payment: shopper.payment,
		...sale,
		billing: {
			first_name: first,
			last_name: rest.join( ' ' ),
			email: shopper.email,
			country: shopper.country,
		},
	} );
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

/**
 * An order as a shop plans it by hand: [ status, shopper as "First Last email", country,
 * payment, items with quantities, what the shop told the shopper (undefined: its status's
 * note) ].
 */
export type OrderPlan = [
	string,
	string,
	string,
	string,
	Array< [ string, number ] >,
	string | undefined,
];

/** How a shop with planned orders charges, dates and notes them. */
export interface OrderWays {
	currency: string;
	/** The shipping an order pays and its method, by country, subtotal and items. */
	shipping: (
		country: string,
		subtotal: number,
		items: Array< [ string, number ] >
	) => { cost: number; method: string };
	/** When the order at this index (from 0) was placed (order-kit's placedAt). */
	placed: ( index: number ) => string;
	/** What the shop tells a shopper by status, where the plan says nothing itself. */
	notes: Record< string, ( id: number ) => string >;
	/** The internal note on every order. */
	internal: string;
}

/**
 * A shop's hand-planned orders, numbered from 1 in the plans' order: the shopper's name and
 * e-mail split from the plan, the items named from the built catalog (with their SKUs), the
 * shipping charged as the shop does on their subtotal.
 * @param built the catalog the items are named from
 * @param plans the orders, one plan each
 * @param shop  how the shop charges, dates and notes them
 */
export function plannedOrders(
	built: Catalog,
	plans: readonly OrderPlan[],
	shop: OrderWays
) {
	return ordersOf( plans, ( plan, index ) => {
		const [ status, who, country, payment, items, note ] = plan;
		const id = index + 1;
		const email = who.split( ' ' ).pop()!;
		const lines = namedLines( built, id, items, true );
		const { cost, method } = shop.shipping(
			country,
			subtotal( lines ),
			items
		);
		return {
			order: shopperOrder(
				id,
				{
					name: who.slice( 0, -email.length - 1 ),
					email,
					country,
					status,
					payment,
				},
				{
					currency: shop.currency,
					lines,
					shipping: cost,
					method,
					placed: shop.placed( index ),
				}
			),
			told: note ?? shop.notes[ status ]?.( id ),
			internal: shop.internal,
		};
	} );
}
