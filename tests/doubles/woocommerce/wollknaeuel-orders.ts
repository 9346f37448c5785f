/**
 * The orders of Wollknäuel (wollknaeuel.ts): twenty orders numbered 1 to 20 in six
 * statuses, shipped to Austria, Germany and Italy or picked up in Graz, with notes for the
 * customer (tracking numbers, pick-up, backorders) and internal notes the shopper must never
 * see. A line names a product of the catalog and, for a variation, its options.
 */
import * as order from './order-kit';

/** "name" or "name [option / option]", times a quantity. */
type Line = [ item: string, quantity: number ];

interface OrderSpec extends order.Shopper {
	country: 'AT' | 'DE' | 'IT';
	lines: Line[];
	pickup?: boolean;
	/** The note the customer sees; the internal one is added to every order. */
	note: string;
}

/** A parcel number of the Austrian Post for an order. */
export const postTracking = ( id: number ) =>
	`1042 0981 7730 ${ String( 4400 + id ) }`;

const dpdTracking = ( id: number ) => `0150 8823 ${ String( 6100 + id ) }`;

const SHIPPING = {
	AT: { rate: 4.9, free: 50, machine: 0, method: 'Österreichische Post' },
	DE: { rate: 7.9, free: 80, machine: 14.9, method: 'DPD' },
	IT: { rate: 12.9, free: 120, machine: 14.9, method: 'DPD' },
};

const ORDERS: OrderSpec[] = [
	{
		name: 'Katharina Gruber',
		email: 'katharina.gruber@gmx.at',
		country: 'AT',
		status: 'completed',
		lines: [ [ 'Merino Soft 50 g [Petrol]', 10 ] ],
		payment: 'PayPal',
		note: `Ihr Paket ist mit der Post unterwegs, Sendungsnummer ${ postTracking( 1 ) }.`,
	},
	{
		name: 'Lukas Steiner',
		email: 'lukas.steiner@aon.at',
		country: 'AT',
		status: 'processing',
		lines: [ [ 'Alpenstich Comfort 60', 1 ] ],
		payment: 'Kreditkarte (Visa)',
		note: 'Ihre Nähmaschine wird gerade in der Werkstatt geprüft und geht morgen mit der Post raus.',
	},
	{
		name: 'Sarah Miller',
		email: 'sarah.miller@outlook.com',
		country: 'DE',
		status: 'completed',
		lines: [
			[ 'Sockenwolle 4-fach 100 g [Regenbogen]', 2 ],
			[ 'Nadelspiel Birke 20 cm [2,5 mm]', 1 ],
		],
		payment: 'PayPal',
		note: `Ihr Paket ist mit DPD unterwegs, Paketnummer ${ dpdTracking( 3 ) }.`,
	},
	{
		name: 'Anna Hofer',
		email: 'anna.hofer@chello.at',
		country: 'AT',
		status: 'on-hold',
		lines: [
			[ 'Dirndlstoff Streublümchen Blau', 7 ],
			[ 'Schnittmuster Dirndl „Almrausch“ Gr. 34–46', 1 ],
		],
		payment: 'Vorauskasse',
		note: 'Wir warten noch auf Ihre Überweisung. Sobald das Geld da ist, schneiden wir den Stoff zu.',
	},
	{
		name: 'Thomas Weber',
		email: 'thomas.weber@web.de',
		country: 'DE',
		status: 'processing',
		lines: [
			[ 'Merino Soft 50 g [Senfgelb]', 6 ],
			[ 'Rundstricknadel Bambus [4 mm / 80 cm]', 1 ],
		],
		payment: 'Klarna',
		note: 'Die Farbe Senfgelb ist nachbestellt und wieder lieferbar ab 12. Jänner. Wir schicken alles gemeinsam, sobald sie da ist.',
	},
	{
		name: 'Maria Pichler',
		email: 'maria.pichler@gmail.com',
		country: 'AT',
		status: 'completed',
		pickup: true,
		lines: [
			[ 'Stoffschere 23 cm', 1 ],
			[ 'Stecknadeln Glaskopf 50 Stück', 2 ],
		],
		payment: 'Bar bei Abholung',
		note: 'Ihre Bestellung wurde am 21. November im Geschäft abgeholt. Danke!',
	},
	{
		name: 'Emma Rossi',
		email: 'emma.rossi@libero.it',
		country: 'IT',
		status: 'completed',
		lines: [
			[ 'Alpaka Wolke 25 g [Altrosa]', 4 ],
			[ 'Kaschmir Luxe 25 g', 3 ],
		],
		payment: 'Kreditkarte (Mastercard)',
		note: `Ihr Paket ist mit DPD unterwegs, Paketnummer ${ dpdTracking( 7 ) }.`,
	},
	{
		name: 'Johanna Wagner',
		email: 'johanna.wagner@a1.net',
		country: 'AT',
		status: 'cancelled',
		lines: [ [ 'Nähkraft JX-30', 1 ] ],
		payment: 'EPS-Überweisung',
		note: 'Die Bestellung wurde auf Ihren Wunsch storniert, der Betrag wurde zurücküberwiesen.',
	},
	{
		name: 'David Brown',
		email: 'd.brown@gmail.com',
		country: 'AT',
		status: 'processing',
		pickup: true,
		lines: [
			[ 'Kurs: Nähmaschinen-Führerschein [Sa, 10. Jänner 2027]', 1 ],
			[ 'Stoffschere 23 cm', 1 ],
		],
		payment: 'PayPal',
		note: 'Ihr Kursplatz ist reserviert. Die Schere liegt im Geschäft zur Abholung bereit.',
	},
	{
		name: 'Elisabeth Moser',
		email: 'elisabeth.moser@gmx.at',
		country: 'AT',
		status: 'refunded',
		lines: [ [ 'Wollwickler', 1 ] ],
		payment: 'Kreditkarte (Visa)',
		note: 'Die Rücksendung ist eingegangen, wir haben den Betrag auf Ihre Kreditkarte erstattet.',
	},
	{
		name: 'Florian Huber',
		email: 'florian.huber@icloud.com',
		country: 'AT',
		status: 'completed',
		lines: [ [ 'Alpenstich Quilt 200', 1 ] ],
		payment: 'Klarna',
		note: `Ihre Nähmaschine ist versichert mit der Post unterwegs, Sendungsnummer ${ postTracking( 11 ) }.`,
	},
	{
		name: 'Laura Schmidt',
		email: 'laura.schmidt@t-online.de',
		country: 'DE',
		status: 'pending',
		lines: [
			[ 'Bio-Jersey Streifen Marine/Weiß', 4 ],
			[ 'Bündchenstoff Schlauch Ecru', 1 ],
		],
		payment: 'PayPal',
		note: 'Die Zahlung mit PayPal wurde noch nicht abgeschlossen.',
	},
	{
		name: 'Sophie Bauer',
		email: 'sophie.bauer@gmx.at',
		country: 'AT',
		status: 'processing',
		lines: [
			[ 'Chunky Merino 100 g [Rost]', 2 ],
			[ 'Pompon-Maker Set 4 Größen', 1 ],
		],
		payment: 'EPS-Überweisung',
		note: 'Der Pompon-Maker ist gerade ausverkauft. Wir schicken die Wolle schon vor, der Pompon-Maker kommt kostenlos nach.',
	},
	{
		name: 'James Wilson',
		email: 'jwilson@protonmail.com',
		country: 'DE',
		status: 'completed',
		lines: [ [ 'Alpenstich Overlock 4D', 1 ] ],
		payment: 'Kreditkarte (Mastercard)',
		note: `Ihre Overlock ist mit DPD unterwegs, Paketnummer ${ dpdTracking( 14 ) }.`,
	},
	{
		name: 'Verena Leitner',
		email: 'verena.leitner@aon.at',
		country: 'AT',
		status: 'on-hold',
		lines: [ [ 'Alpenstich Cover 5', 1 ] ],
		payment: 'Vorauskasse',
		note: 'Die Coverlock ist nachbestellt und wieder lieferbar ab 3. Februar. Bitte überweisen Sie erst, wenn wir uns melden.',
	},
	{
		name: 'Martin Koller',
		email: 'martin.koller@kabelplus.at',
		country: 'AT',
		status: 'completed',
		lines: [
			[ 'Tiroler Bergschafwolle 100 g [Natur]', 3 ],
			[ 'Buch: Socken stricken für Anfänger', 1 ],
		],
		payment: 'PayPal',
		note: `Ihr Paket ist mit der Post unterwegs, Sendungsnummer ${ postTracking( 16 ) }.`,
	},
	{
		name: 'Chloé Martin',
		email: 'chloe.martin@orange.fr',
		country: 'AT',
		status: 'processing',
		lines: [ [ 'Geschenkgutschein [€ 50]', 1 ] ],
		payment: 'PayPal',
		note: 'Der Gutschein wird nach Zahlungseingang als PDF per E-Mail verschickt.',
	},
	{
		name: 'Stefan Berger',
		email: 'stefan.berger@gmx.at',
		country: 'AT',
		status: 'completed',
		lines: [
			[ 'Baumwoll-Popeline uni [Hellblau]', 3 ],
			[ 'Nähgarn Allesnäher 200 m [Weiß]', 2 ],
		],
		payment: 'Kreditkarte (Visa)',
		note: `Ihr Paket ist mit der Post unterwegs, Sendungsnummer ${ postTracking( 18 ) }.`,
	},
	{
		name: 'Hannah Fischer',
		email: 'hannah.fischer@posteo.de',
		country: 'DE',
		status: 'cancelled',
		lines: [ [ 'Fleece Anti-Pilling Dunkelblau', 4 ] ],
		payment: 'PayPal',
		note: 'Der Fleece ist leider ausverkauft, deshalb haben wir die Bestellung storniert. Die Zahlung wurde nicht eingezogen.',
	},
	{
		name: 'Olivia Taylor',
		email: 'olivia.taylor@yahoo.co.uk',
		country: 'AT',
		status: 'processing',
		lines: [
			[ 'Strickset Mütze für Anfänger', 1 ],
			[ 'Maschenmarkierer 20 Stück', 1 ],
		],
		payment: 'Kreditkarte (Mastercard)',
		note: 'Ihre Bestellung wird gerade gepackt und geht heute mit der Post raus.',
	},
];

/** How many sewing machines a line holds (they ship at their own rate). */
function machinesIn( built: order.Catalog, line: order.OrderLine ): number {
	const product = built.products.find( ( p ) => p.id === line.product_id )!;
	const [ category ] = product.categories as Array< { name: string } >;
	return category!.name === 'Nähmaschinen' ? Number( line.quantity ) : 0;
}

/** The orders of the catalog `built`, with their notes. */
export const buildOrders = ( built: order.Catalog ) =>
	order.ordersOf(
		ORDERS,
		( spec, index ) => {
			const id = index + 1;
			const lines = order
				.namedLines( built, id, spec.lines, true )
				.map( ( line, i ) => ( {
					...line,
					// The line's name as the order shows it: options split by " / ", not ", ".
					name: spec.lines[ i ]![ 0 ].replace( ' [', ' - ' ).replace(
						/\]$/,
						''
					),
				} ) );
			const machines = lines.reduce(
				( n, line ) => n + machinesIn( built, line ),
				0
			);
			const rule = SHIPPING[ spec.country ];
			const parcel =
				machines === lines.length ||
				order.subtotal( lines ) >= rule.free
					? 0
					: rule.rate;
			const record = order.shopperOrder( id, spec, {
				currency: 'EUR',
				lines,
				shipping: spec.pickup ? 0 : parcel + machines * rule.machine,
				method: spec.pickup ? 'Abholung im Geschäft' : rule.method,
				placed: order.placedAt(
					12 + index,
					8 + ( index % 11 ),
					( index * 7 ) % 60
				),
			} );
			return {
				order: record,
				told: spec.note,
				internal:
					'Rohertrag geprüft, Lieferant Garnhandel Linz (intern).',
			};
		},
		1
	);
