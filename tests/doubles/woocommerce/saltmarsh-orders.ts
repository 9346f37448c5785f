/**
 * The orders of Saltmarsh Apothecary (saltmarsh.ts): eighteen orders numbered 1 to 18 in
 * six statuses, shipped within Ireland (An Post, or DPD express), to the UK and the EU
 * (DPD) or collected on Quay Street, with a note for the customer (tracking numbers,
 * backorders, engraving) and one internal note each that the shopper must never see.
 */
import * as order from './order-kit';

/** "name" or "name [option / option]", times a quantity. */
type Line = [ item: string, quantity: number ];

type Route = 'IE' | 'express' | 'UK' | 'EU' | 'collect' | 'none';

interface OrderSpec extends order.Shopper {
	route: Route;
	lines: Line[];
	/** The note the customer sees; the internal one is added to every order. */
	note: string;
}

/** An An Post tracking number for an order. */
export const anPostTracking = ( id: number ) =>
	`CE${ String( 318204400 + id * 37 ) }IE`;

/** A DPD parcel number for an order. */
export const dpdTracking = ( id: number ) =>
	`0550 7312 ${ String( 8800 + id ) }`;

const RULES: Record< Route, { rate: number; free: number; method: string } > = {
	IE: { rate: 4.95, free: 45, method: 'An Post' },
	express: { rate: 8.95, free: Infinity, method: 'DPD Express Ireland' },
	UK: { rate: 9.5, free: 90, method: 'DPD UK' },
	EU: { rate: 11.5, free: 120, method: 'DPD EU' },
	collect: { rate: 0, free: 0, method: 'Click & Collect, Quay Street' },
	none: { rate: 0, free: 0, method: 'Not shipped' },
};

const ORDERS: OrderSpec[] = [
	{
		name: 'Siobhán Ní Fhlaithearta',
		email: 'siobhan.nif@eircom.net',
		country: 'IE',
		status: 'completed',
		route: 'IE',
		lines: [
			[ 'Spiddal Seaweed Soap', 3 ],
			[ 'Gardener’s Hand Cream 75 ml', 1 ],
		],
		payment: 'Visa',
		note: `Your parcel is on its way with An Post, tracking number ${ anPostTracking( 1 ) }.`,
	},
	{
		name: 'Conor Walsh',
		email: 'conor.walsh@gmail.com',
		country: 'IE',
		status: 'processing',
		route: 'IE',
		lines: [ [ 'Seaweed Hydrating Serum [30 ml]', 1 ] ],
		payment: 'Apple Pay',
		note: 'Your order is being packed and goes out with An Post today.',
	},
	{
		name: 'Katrin Hoffmann',
		email: 'katrin.hoffmann@web.de',
		country: 'DE',
		status: 'completed',
		route: 'EU',
		lines: [
			[ 'Salt Marsh Body Butter [Rose Geranium / 100 ml]', 2 ],
			[ 'Bath Bomb [Sea Mist]', 3 ],
		],
		payment: 'PayPal',
		note: `Your parcel is on its way with DPD, parcel number ${ dpdTracking( 3 ) }.`,
	},
	{
		name: 'Mary O’Sullivan',
		email: 'mary.osullivan@hotmail.com',
		country: 'IE',
		status: 'on-hold',
		route: 'IE',
		lines: [ [ 'Pamper Hamper Deluxe', 1 ] ],
		payment: 'Bank transfer',
		note: 'We are waiting for your bank transfer and are holding the hamper for you for 5 days.',
	},
	{
		name: 'James Murphy',
		email: 'jmurphy@outlook.ie',
		country: 'IE',
		status: 'completed',
		route: 'collect',
		lines: [
			[ 'Soap-Making Workshop [Saturday 17 January 2027, 10:00]', 2 ],
		],
		payment: 'Mastercard',
		note: 'Your two places are booked. See you on Saturday 17 January at 10:00 in the workshop room above the shop.',
	},
	{
		name: 'Lukas Bauer',
		email: 'lukas.bauer@gmx.at',
		country: 'AT',
		status: 'processing',
		route: 'EU',
		lines: [
			[ 'Vitamin C Brightening Serum 30 ml', 1 ],
			[ 'Rosehip Facial Oil 30 ml', 1 ],
		],
		payment: 'Klarna',
		note: 'The Vitamin C Brightening Serum is on backorder and ships from 15 January 2027. We will send both products together then.',
	},
	{
		name: 'Emma Thompson',
		email: 'emma.t@btinternet.com',
		country: 'GB',
		status: 'completed',
		route: 'UK',
		lines: [
			[ 'Shipping Forecast Soy Candle [Large 380 g]', 1 ],
			[ 'Turf Fire Soap', 2 ],
		],
		payment: 'Visa',
		note: `Your parcel is on its way with DPD, parcel number ${ dpdTracking( 7 ) }. Duties are paid, nothing to pay on delivery.`,
	},
	{
		name: 'Niamh Kelly',
		email: 'niamh.kelly@gmail.com',
		country: 'IE',
		status: 'cancelled',
		route: 'IE',
		lines: [ [ 'Ultrasonic Aroma Diffuser', 1 ] ],
		payment: 'PayPal',
		note: 'Your order was cancelled at your request and the payment was returned to your PayPal account.',
	},
	{
		name: 'Ciara Doyle',
		email: 'ciara.doyle@icloud.com',
		country: 'IE',
		status: 'refunded',
		route: 'IE',
		lines: [ [ 'Magnesium Body Spray 100 ml', 1 ] ],
		payment: 'Visa',
		note: 'Your return arrived and we refunded the full €22.45 to your Visa card.',
	},
	{
		name: 'Sophie Wagner',
		email: 'sophie.wagner@gmail.com',
		country: 'DE',
		status: 'pending',
		route: 'EU',
		lines: [
			[ 'The Wild Atlantic Gift Box', 1 ],
			[ 'Gift Card [€50]', 1 ],
		],
		payment: 'Klarna',
		note: 'The payment with Klarna has not been completed yet.',
	},
	{
		name: 'Patrick Flanagan',
		email: 'paddy.flanagan@eircom.net',
		country: 'IE',
		status: 'completed',
		route: 'express',
		lines: [ [ 'Men’s Grooming Set', 1 ] ],
		payment: 'Google Pay',
		note: `Your express parcel is on its way with DPD, parcel number ${ dpdTracking( 11 ) }.`,
	},
	{
		name: 'Grace Healy',
		email: 'grace.healy@yahoo.ie',
		country: 'IE',
		status: 'processing',
		route: 'IE',
		lines: [ [ 'Rose Clay Soap Gift Tin [Personalised name tin]', 3 ] ],
		payment: 'Mastercard',
		note: 'Your three tins are being engraved (Aoibhe, Clodagh, Róisín) and will ship within 2 working days.',
	},
	{
		name: 'Marco Bianchi',
		email: 'marco.bianchi@libero.it',
		country: 'IT',
		status: 'completed',
		route: 'EU',
		lines: [
			[ 'Essential Oil 10 ml [Lavender]', 2 ],
			[ 'Ultrasonic Aroma Diffuser', 1 ],
		],
		payment: 'American Express',
		note: `Your parcel is on its way with DPD, parcel number ${ dpdTracking( 13 ) }.`,
	},
	{
		name: 'Hannah Schmitt',
		email: 'hannah.schmitt@posteo.de',
		country: 'DE',
		status: 'on-hold',
		route: 'EU',
		lines: [
			[
				'Waffle Cotton Bath Towel [Sea Grey / Bath towel 70 × 140 cm]',
				2,
			],
		],
		payment: 'PayPal',
		note: 'The Sea Grey bath towel is on backorder until 20 January 2027, so your order is on hold until it arrives.',
	},
	{
		name: 'Declan Burke',
		email: 'declan.burke@gmail.com',
		country: 'GB',
		status: 'completed',
		route: 'UK',
		lines: [
			[ 'Wild Nettle Shampoo Bar 85 g', 2 ],
			[ 'Conditioner Bar 60 g', 2 ],
		],
		payment: 'PayPal',
		note: `Your parcel to Belfast is on its way with DPD, parcel number ${ dpdTracking( 15 ) }.`,
	},
	{
		name: 'Laura Fitzgerald',
		email: 'laura.fitz@gmail.com',
		country: 'IE',
		status: 'refunded',
		route: 'IE',
		lines: [ [ 'Bath Bomb [Lavender Fields]', 4 ] ],
		payment: 'Mastercard',
		note: 'Sorry that the bath bombs arrived crumbled. As you asked, we refunded €30.95 instead of sending a replacement.',
	},
	{
		name: 'Thomas Keller',
		email: 'thomas.keller@bluewin.ch',
		country: 'CH',
		status: 'cancelled',
		route: 'none',
		lines: [ [ 'Turf Fire Candle 220 g', 1 ] ],
		payment: 'Visa',
		note: 'We cannot ship to Switzerland, so we cancelled the order. Your card was not charged.',
	},
	{
		name: 'Róisín Mac Giolla',
		email: 'roisin.macgiolla@gmail.com',
		country: 'IE',
		status: 'processing',
		route: 'collect',
		lines: [
			[ 'Seaweed Foot Soak [250 g]', 1 ],
			[ 'Stocking Filler Trio', 2 ],
		],
		payment: 'Apple Pay',
		note: 'Your order is ready for collection at 14 Quay Street. We keep it for you for 10 days.',
	},
];

/** The one note per order the shop keeps to itself. */
export const INTERNAL_NOTE =
	'Margin check OK, cost price via Hebridean Botanicals Ltd – do not share (internal).';

/** The orders of the catalog `built`, with their notes. */
export const buildOrders = ( built: order.Catalog ) =>
	order.ordersOf(
		ORDERS,
		( spec, index ) => {
			const id = index + 1;
			const lines = order.namedLines( built, id, spec.lines );
			const rule = RULES[ spec.route ];
			const record = order.shopperOrder( id, spec, {
				currency: 'EUR',
				lines,
				shipping: order.subtotal( lines ) >= rule.free ? 0 : rule.rate,
				method: rule.method,
				placed: order.placedAt(
					11 + index,
					9 + ( index % 9 ),
					( index * 13 ) % 60
				),
			} );
			return { order: record, told: spec.note, internal: INTERNAL_NOTE };
		},
		1
	);
