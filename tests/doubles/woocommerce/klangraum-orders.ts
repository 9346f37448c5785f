/**
 * The orders of Klangraum (klangraum.ts): thirteen orders, numbered 1 to 10 and three
 * larger numbers, in six statuses, with customer notes carrying Swiss Post tracking numbers
 * and internal notes the shopper must never see.
 */
import type {
	WcOrder,
	WcProduct,
	WcVariation,
	WooCommerceData,
} from './server';
import * as order from './order-kit';
import { money, pickOf, type Random } from './klangraum-kit';

type Shopper = [
	id: number,
	first: string,
	last: string,
	email: string,
	country: 'CH' | 'LI' | 'DE',
	status: string,
];

const SHOPPERS: Shopper[] = [
	[ 1, 'Reto', 'Meier', 'reto.meier@bluewin.ch', 'CH', 'completed' ],
	[ 2, 'Sandra', 'Baumann', 's.baumann@gmx.ch', 'CH', 'processing' ],
	[ 3, 'Lukas', 'Frei', 'lukas.frei@hispeed.ch', 'CH', 'completed' ],
	[ 4, 'Nadine', 'Huber', 'nadine.huber@vaduz.li', 'LI', 'completed' ],
	[ 5, 'Daniel', 'Schmid', 'daniel@plattenspieler-fan.ch', 'CH', 'on-hold' ],
	[ 6, 'Claudia', 'Wyss', 'claudia.wyss@sunrise.ch', 'CH', 'cancelled' ],
	[ 7, 'Emma', 'Clarke', 'emma.clarke@gmail.com', 'CH', 'processing' ],
	[ 8, 'Thomas', 'Keller', 't.keller@web.de', 'DE', 'completed' ],
	[ 9, 'Markus', 'Brunner', 'markus.brunner@bluewin.ch', 'CH', 'refunded' ],
	[ 10, 'James', 'Whitfield', 'j.whitfield@outlook.com', 'CH', 'completed' ],
	[ 1088, 'Andrea', 'Gerber', 'andrea.gerber@gmx.ch', 'CH', 'processing' ],
	[
		1207,
		'Peter',
		'Zimmermann',
		'p.zimmermann@lautsprecher.example',
		'CH',
		'pending',
	],
	[
		3051,
		'Sophie',
		'Müller',
		'sophie.mueller@protonmail.ch',
		'CH',
		'completed',
	],
];

/** A Swiss Post domestic tracking number: 99.60.xxxxxx.xxxxxxxx. */
const swissTracking = ( id: number ) =>
	`99.60.${ 180000 + ( ( id * 137 ) % 800000 ) }.${ 40200000 + ( ( id * 7919 ) % 9000000 ) }`;

/** The customer note of a shipped order: Swiss Post at home, PostPac International abroad. */
function shippedNote( id: number, country: Shopper[ 4 ] ): string {
	if ( id === 3051 ) {
		return `Die Lautsprecher kommen per Spedition, die sich telefonisch für einen Liefertermin meldet. Das zweite Paket ist mit der Schweizerischen Post unterwegs, Sendungsnummer: ${ swissTracking( id ) }.`;
	}
	if ( country === 'DE' ) {
		return `Ihr Paket ist mit der Post (PostPac International) unterwegs, Sendungsnummer RR${ 710400000 + id * 37 }CH. Zoll und Einfuhrumsatzsteuer werden bei der Zustellung erhoben.`;
	}
	return `Ihr Paket ist mit der Schweizerischen Post unterwegs. Sendungsnummer: ${ swissTracking( id ) }.`;
}

export function buildOrders(
	r: Random,
	built: { products: WcProduct[]; variations: Map< number, WcVariation[] > }
): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const orders: WcOrder[] = [];
	const notes: WooCommerceData[ 'notes' ] = new Map();
	const simple = built.products.filter(
		( p ) =>
			p.type === 'simple' &&
			Number( p.price ) < 900 &&
			p.stock_status === 'instock'
	);
	const variable = built.products.filter(
		( p ) => p.type === 'variable' && Number( p.price ) < 400
	);
	const floorSpeakers = built.products.filter( ( p ) =>
		String( p.name ).startsWith( 'Standlautsprecher' )
	);
	SHOPPERS.forEach(
		( [ id, first, last, email, country, status ], index ) => {
			const product = pickOf( r, simple );
			const quantity = r() < 0.25 ? 2 : 1;
			const lines = [
				order.line( id * 10, product, quantity, undefined, true ),
			];
			if ( index % 3 !== 0 || id === 3051 ) {
				const parent =
					id === 3051
						? pickOf( r, floorSpeakers )
						: pickOf( r, variable );
				lines.push(
					order.pickedVariation(
						r,
						id * 10 + 1,
						parent,
						built.variations,
						true
					)
				);
			}
			const subtotal = order.subtotal( lines );
			const freeFrom150 = subtotal >= 150 ? 0 : 9;
			let shipping = country === 'DE' ? 29 : freeFrom150;
			let method =
				country === 'DE' ? 'PostPac International' : 'PostPac Priority';
			if ( id === 3 ) {
				shipping = 19;
				method = 'Swiss-Express «Mond»';
			} else if ( id === 1088 ) {
				shipping = 0;
				method = 'Abholung im Hörraum';
			} else if ( id === 3051 ) {
				// Floor-standing speakers over 25 kg travel by carrier (the Sperrgut surcharge).
				shipping = 49;
				method = 'Spedition (Sperrgut)';
			}
			const payment =
				status === 'on-hold' || status === 'pending'
					? 'Vorauszahlung (Banküberweisung)'
					: pickOf( r, [
							'TWINT',
							'PostFinance Card',
							'Kreditkarte (Visa)',
							'Rechnung',
						] );
			orders.push( {
				id,
				number: String( id ),
				status,
				currency: 'CHF',
				total: money( subtotal + shipping ),
				shipping_total: money( shipping ),
				payment_method_title: payment,
				date_created_gmt: order.placedAt(
					10 + index,
					8 + ( index % 9 ),
					4 + index * 3
				),
				billing: {
					first_name: first,
					last_name: last,
					email,
					country,
				},
				shipping_lines: [
					{
						id: id * 10 + 5,
						method_title: method,
						total: money( shipping ),
					},
				],
				customer_note:
					id === 4 ? 'Bitte beim Nachbarn im 1. Stock abgeben.' : '',
				line_items: lines,
			} );
			const told: Partial< Record< string, string > > = {
				completed: shippedNote( id, country ),
				processing:
					id === 1088
						? 'Ihre Bestellung liegt ab Freitag im Hörraum an der Technikumstrasse zur Abholung bereit.'
						: 'Ihre Bestellung wird in Winterthur bereitgestellt und geht morgen mit der Post raus.',
				'on-hold':
					'Wir warten auf Ihre Vorauszahlung. Sobald der Betrag eingegangen ist, versenden wir die Ware.',
				refunded: `Die Rücksendung ist eingetroffen, wir haben Ihnen CHF ${ money( subtotal + shipping ) } erstattet.`,
				cancelled: 'Die Bestellung wurde auf Ihren Wunsch storniert.',
			};
			notes.set(
				id,
				order.notes(
					id,
					told[ status ],
					'Bonität geprüft, Marge 31 % (intern).'
				)
			);
		}
	);
	return { orders, notes };
}
