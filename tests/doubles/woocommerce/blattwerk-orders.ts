/**
 * The orders of Blattwerk (blattwerk.ts): twelve orders numbered 1 to 12 in five statuses,
 * with customer notes carrying DHL tracking numbers and internal notes the shopper must
 * never see. Lines name products of the catalog (a variation by its option labels).
 */
import type {
	WcOrder,
	WcProduct,
	WcVariation,
	WooCommerceData,
} from './server';
import { namedProduct, placedAt, subtotal, writtenOrder } from './order-kit';
import { money } from './shop-kit';

type Line = [ product: string, options: string[] | null, quantity: number ];

interface Spec {
	id: number;
	first: string;
	last: string;
	email: string;
	country: 'DE' | 'AT';
	status: string;
	lines: Line[];
	/** Shipping method and cost; omitted means DHL at the country's rate. */
	shipping?: [ string, number ];
	payment: string;
	note: string;
}

/** A DHL parcel number (12 digits) for an order. */
export const dhlTracking = ( id: number ) =>
	`3404341610${ String( id ).padStart( 2, '0' ) }`;

const SPECS: Spec[] = [
	{
		id: 1,
		first: 'Lena',
		last: 'Hoffmann',
		email: 'lena.hoffmann@web.de',
		country: 'DE',
		status: 'completed',
		lines: [
			[ 'Monstera deliciosa', null, 1 ],
			[ 'Zimmerpflanzenerde torffrei', [ '10 l' ], 1 ],
		],
		payment: 'PayPal',
		note: `Ihre Bestellung ist mit DHL unterwegs, Sendungsnummer ${ dhlTracking( 1 ) }.`,
	},
	{
		id: 2,
		first: 'Jonas',
		last: 'Richter',
		email: 'j.richter@gmx.de',
		country: 'DE',
		status: 'processing',
		lines: [ [ 'Ficus lyrata (Geigenfeige)', null, 1 ] ],
		payment: 'Klarna Rechnung',
		note: 'Ihre Geigenfeige ist verpackt und geht am Montag mit DHL raus (Pflanzen versenden wir nur montags bis mittwochs).',
	},
	{
		id: 3,
		first: 'Emily',
		last: 'Carter',
		email: 'emily.carter@gmail.com',
		country: 'DE',
		status: 'completed',
		lines: [
			[ 'Calathea orbifolia', null, 1 ],
			[ 'Sprühflasche Glas 300 ml', null, 1 ],
		],
		payment: 'Kreditkarte (Visa)',
		note: `Ihre Bestellung ist mit DHL unterwegs, Sendungsnummer ${ dhlTracking( 3 ) }.`,
	},
	{
		id: 4,
		first: 'Sabine',
		last: 'Krause',
		email: 'sabine.krause@aon.at',
		country: 'AT',
		status: 'completed',
		lines: [
			[ 'Strelitzia reginae', null, 1 ],
			[ 'Terrakottatopf mit Untersetzer', [ '21 cm' ], 1 ],
		],
		payment: 'PayPal',
		note: `Ihr Paket ist mit DHL nach Österreich unterwegs, Sendungsnummer ${ dhlTracking( 4 ) }.`,
	},
	{
		id: 5,
		first: 'Markus',
		last: 'Vogel',
		email: 'markus.vogel@posteo.de',
		country: 'DE',
		status: 'on-hold',
		lines: [ [ 'Pflanzenleuchte Pendel 35 W', null, 1 ] ],
		payment: 'Vorkasse (Überweisung)',
		note: 'Wir warten auf Ihre Überweisung. Die Leuchte ist bis zum 04.12.2026 für Sie reserviert.',
	},
	{
		id: 6,
		first: 'Daniel',
		last: 'Schulz',
		email: 'daniel.schulz@gmail.com',
		country: 'DE',
		status: 'cancelled',
		lines: [ [ 'Monstera Thai Constellation', null, 1 ] ],
		payment: 'PayPal',
		note: 'Die Bestellung wurde auf Ihren Wunsch storniert, die PayPal-Zahlung ist zurückgebucht.',
	},
	{
		id: 7,
		first: 'Olivia',
		last: 'Bennett',
		email: 'olivia.bennett@outlook.com',
		country: 'DE',
		status: 'processing',
		lines: [
			[ 'Alocasia zebrina', null, 1 ],
			[ 'Aroiden-Erde (Monstera & Philodendron)', [ '5 l' ], 1 ],
		],
		payment: 'Apple Pay',
		note: 'Wegen der Frostpause (Nachttemperaturen unter 5 °C) verschicken wir Ihre Pflanze voraussichtlich am Dienstag, 15.12.2026.',
	},
	{
		id: 8,
		first: 'Thomas',
		last: 'Neumann',
		email: 't.neumann@web.de',
		country: 'DE',
		status: 'refunded',
		lines: [ [ 'Gießkanne Messing 1,5 l', null, 1 ] ],
		payment: 'SEPA-Lastschrift',
		note: 'Ihre Rücksendung ist angekommen, wir haben Ihnen 45,80 € erstattet.',
	},
	{
		id: 9,
		first: 'Anna',
		last: 'Lehmann',
		email: 'anna.lehmann@icloud.com',
		country: 'DE',
		status: 'completed',
		lines: [
			[ 'Umtopf-Set 3-teilig', null, 1 ],
			[ 'Pilea peperomioides (Ufopflanze)', null, 1 ],
		],
		shipping: [ 'Abholung im Laden (Click & Collect)', 0 ],
		payment: 'PayPal',
		note: 'Ihre Bestellung wurde am 20.11.2026 im Laden abgeholt.',
	},
	{
		id: 10,
		first: 'Michael',
		last: 'Brown',
		email: 'm.brown@protonmail.com',
		country: 'AT',
		status: 'processing',
		lines: [
			[ 'Pflanzenlampe LED Clip Duo 20 W', null, 1 ],
			[ 'Feuchtigkeitsmesser', null, 1 ],
		],
		payment: 'Kreditkarte (Mastercard)',
		note: 'Ihre Bestellung wird gerade in Leipzig gepackt und geht morgen mit DHL nach Österreich.',
	},
	{
		id: 11,
		first: 'Katrin',
		last: 'Wolf',
		email: 'katrin.wolf@gmx.net',
		country: 'DE',
		status: 'completed',
		lines: [ [ 'Strelitzia nicolai', null, 1 ] ],
		shipping: [ 'Spedition (Pflanzen über 120 cm)', 29 ],
		payment: 'Klarna Rechnung',
		note: 'Ihre Strelitzia wurde per Spedition am 24.11.2026 zugestellt.',
	},
	{
		id: 12,
		first: 'Sarah',
		last: 'Miller',
		email: 'sarah.miller@gmail.com',
		country: 'DE',
		status: 'completed',
		lines: [
			[ 'Pflanzen-Abo „Grüner Monat“ (3 Monate)', null, 1 ],
			[ 'Geschenkverpackung Papier & Schleife', null, 1 ],
		],
		payment: 'PayPal',
		note: `Die erste Abo-Pflanze ist mit DHL unterwegs, Sendungsnummer ${ dhlTracking( 12 ) }.`,
	},
];

export function buildOrders( built: {
	products: WcProduct[];
	variations: Map< number, WcVariation[] >;
} ): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const orders: WcOrder[] = [];
	const notes: WooCommerceData[ 'notes' ] = new Map();
	SPECS.forEach( ( spec, index ) => {
		const lines = spec.lines.map( ( [ name, options, quantity ], i ) => {
			const product = namedProduct( built, name );
			const variation = options
				? built.variations
						.get( product.id )!
						.find(
							( v ) =>
								( v.attributes as Array< { option: string } > )
									.map( ( a ) => a.option )
									.join( ', ' ) === options.join( ', ' )
						)!
				: undefined;
			const price = Number( ( variation ?? product ).price );
			return {
				id: spec.id * 10 + i,
				name: options ? `${ name } - ${ options.join( ', ' ) }` : name,
				product_id: product.id,
				variation_id: variation?.id ?? 0,
				sku: ( variation ?? product ).sku,
				quantity,
				total: money( price * quantity ),
			};
		} );
		const itemsTotal = subtotal( lines );
		const free = spec.country === 'DE' ? 49 : 79;
		const rate = spec.country === 'DE' ? 5.9 : 9.9;
		const [ method, shipping ] = spec.shipping ?? [
			'DHL Paket',
			itemsTotal >= free ? 0 : rate,
		];
		orders.push(
			writtenOrder( {
				id: spec.id,
				status: spec.status,
				currency: 'EUR',
				lines,
				shipping,
				method,
				payment: spec.payment,
				placed: placedAt(
					14 + index,
					8 + ( index % 10 ),
					5 + index * 4
				),
				billing: {
					first_name: spec.first,
					last_name: spec.last,
					email: spec.email,
					country: spec.country,
				},
			} )
		);
		notes.set( spec.id, [
			{ id: spec.id * 100, note: spec.note, customer_note: true },
			{
				id: spec.id * 100 + 9,
				note: 'Marge geprüft, Lieferant Gärtnerei van Dijk (intern).',
				customer_note: false,
			},
		] );
	} );
	return { orders, notes };
}
