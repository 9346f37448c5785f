/**
 * The orders of Spielwerk (spielwerk.ts): eighteen orders numbered 1 to 18 in six statuses,
 * sent with the Swiss Post (Economy, Priority, abroad), by bicycle courier in Winterthur,
 * by freight, or picked up in the shop, with notes for the customer (tracking numbers,
 * backorders, refunds) and one internal note the shopper must never see. A line names a
 * product of the catalog and, for a variation, its option in brackets.
 */
import * as order from './order-kit';

type Line = [ item: string, quantity: number ];

type Delivery =
	| 'economy'
	| 'priority'
	| 'courier'
	| 'pickup'
	| 'freight'
	| 'abroad'
	| 'none';

interface OrderSpec extends order.Shopper {
	country: 'CH' | 'DE' | 'AT';
	delivery: Delivery;
	lines: Line[];
	/** The note the customer sees; the internal one is added to every order. */
	note: string;
}

/** A Swiss Post parcel number for an order. */
export const postTracking = ( id: number ) =>
	`99.60.104218.${ String( 40000000 + id ) }`;

/** A Swiss Post international parcel number for an order. */
export const abroadTracking = ( id: number ) =>
	`RR${ String( 447109200 + id ) }CH`;

/** The note every order carries for the staff only. */
export const INTERNAL_NOTE =
	'Intern: Ware über Grosshändler Ludofix AG, Einstandspreis geprüft, Marge 38 %. Nicht an Kundschaft weitergeben.';

const METHOD: Record< Delivery, string > = {
	economy: 'PostPac Economy',
	priority: 'PostPac Priority',
	courier: 'Velokurier Winterthur',
	pickup: 'Abholung im Laden (Click & Collect)',
	freight: 'Sperrgut (Spedition)',
	abroad: 'Post International',
	none: 'Kein Versand (Teilnahme)',
};

const ORDERS: OrderSpec[] = [
	{
		name: 'Nina Meier',
		email: 'nina.meier@bluewin.ch',
		country: 'CH',
		status: 'completed',
		delivery: 'economy',
		lines: [
			[ 'Alpenpass – Das Handelsspiel', 1 ],
			[ 'Alpenpass: Winterpässe (Erweiterung)', 1 ],
		],
		payment: 'TWINT',
		note: `Ihr Paket ist mit der Post unterwegs, Sendungsnummer ${ postTracking( 1 ) }.`,
	},
	{
		name: 'Lukas Frei',
		email: 'lukas.frei@gmx.ch',
		country: 'CH',
		status: 'processing',
		delivery: 'economy',
		lines: [ [ 'Kugelbahn Buche 60 Teile', 1 ] ],
		payment: 'Kreditkarte (Visa)',
		note: 'Ihre Bestellung wird gepackt und geht morgen mit PostPac Economy raus.',
	},
	{
		name: 'Sophie Laurent',
		email: 'sophie.laurent@sunrise.ch',
		country: 'CH',
		status: 'on-hold',
		delivery: 'freight',
		lines: [ [ 'Spieltisch «Tafelrunde» Eiche [140 × 90 cm]', 1 ] ],
		payment: 'Vorauskasse (Banküberweisung)',
		note: 'Wir warten noch auf Ihre Überweisung. Nach Zahlungseingang geben wir den Tisch in Auftrag; die Lieferzeit beträgt dann 6–8 Wochen.',
	},
	{
		name: 'Marco Bernasconi',
		email: 'marco.bernasconi@bluewin.ch',
		country: 'CH',
		status: 'completed',
		delivery: 'pickup',
		lines: [
			[ 'Jasskarten [Deutschschweizer Bild]', 2 ],
			[ 'Jasstafel Schiefer', 1 ],
		],
		payment: 'TWINT',
		note: 'Ihre Bestellung wurde am 18. November im Laden abgeholt. Merci!',
	},
	{
		name: 'Emily Clarke',
		email: 'emily.clarke@gmail.com',
		country: 'CH',
		status: 'processing',
		delivery: 'economy',
		lines: [
			[ 'Galaxis Kolonie', 1 ],
			[ 'Galaxis Kolonie: Nebelsektor (Erweiterung)', 1 ],
		],
		payment: 'Kreditkarte (Mastercard)',
		note: 'Galaxis Kolonie ist zurzeit ausverkauft und wieder erhältlich ab 15. Januar. Wir schicken beide Spiele zusammen, sobald es da ist.',
	},
	{
		name: 'Reto Huber',
		email: 'reto.huber@hispeed.ch',
		country: 'CH',
		status: 'refunded',
		delivery: 'economy',
		lines: [ [ 'Experimentierkasten Elektronik 50 Versuche', 1 ] ],
		payment: 'Rechnung',
		note: 'Die Rücksendung ist eingetroffen. Wir haben Ihnen CHF 40.90 gutgeschrieben (Kaufpreis abzüglich CHF 9.00 für das Rücksendeetikett).',
	},
	{
		name: 'Daniel Schmid',
		email: 'daniel.schmid@outlook.com',
		country: 'DE',
		status: 'completed',
		delivery: 'abroad',
		lines: [
			[ 'Puzzle Matterhorn im Abendrot [1000 Teile]', 2 ],
			[ 'Puzzlekleber 200 ml', 1 ],
		],
		payment: 'Kreditkarte (Visa)',
		note: `Ihr Paket ist mit der Post nach Deutschland unterwegs, Sendungsnummer ${ abroadTracking( 7 ) }.`,
	},
	{
		name: 'Lea Graf',
		email: 'lea.graf@bluewin.ch',
		country: 'CH',
		status: 'cancelled',
		delivery: 'economy',
		lines: [ [ 'Puppenhaus Chalet', 1 ] ],
		payment: 'TWINT',
		note: 'Das Puppenhaus ist leider ausverkauft. Wie telefonisch besprochen haben wir die Bestellung storniert; der Betrag wurde über TWINT zurückerstattet.',
	},
	{
		name: 'Thomas Keller',
		email: 'thomas.keller@gmail.com',
		country: 'CH',
		status: 'processing',
		delivery: 'courier',
		lines: [
			[ 'Würfelturm Holz', 1 ],
			[ 'Würfelset polyedrisch 7 Würfel [Metall Gold]', 1 ],
		],
		payment: 'TWINT',
		note: 'Der Velokurier bringt Ihre Bestellung heute zwischen 16 und 18 Uhr.',
	},
	{
		name: 'Anna Weber',
		email: 'anna.weber@yahoo.de',
		country: 'AT',
		status: 'completed',
		delivery: 'abroad',
		lines: [ [ 'Familienquiz Schweiz', 1 ] ],
		payment: 'Kreditkarte (Mastercard)',
		note: `Ihr Paket ist mit der Post nach Österreich unterwegs, Sendungsnummer ${ abroadTracking( 10 ) }.`,
	},
	{
		name: 'Jan Müller',
		email: 'jan.mueller@bluewin.ch',
		country: 'CH',
		status: 'on-hold',
		delivery: 'freight',
		lines: [ [ 'Kaufladen Holz', 1 ] ],
		payment: 'Rechnung',
		note: 'Der Kaufladen ist nachbestellt und lieferbar ab 5. Februar. Wir liefern ihn dann mit der Spedition und melden uns vorher für einen Termin.',
	},
	{
		name: 'Chiara Rossi',
		email: 'chiara.rossi@ticino.com',
		country: 'CH',
		status: 'pending',
		delivery: 'economy',
		lines: [ [ 'Laufrad «Velo Mini» Birke [Rot]', 1 ] ],
		payment: 'PostFinance Card',
		note: 'Die Zahlung mit PostFinance wurde noch nicht abgeschlossen.',
	},
	{
		name: 'Michael Brown',
		email: 'm.brown@protonmail.com',
		country: 'CH',
		status: 'completed',
		delivery: 'economy',
		lines: [
			[ 'Return to Helvetia', 1 ],
			[ 'Return to Helvetia: The Lost Valley (Expansion)', 1 ],
		],
		payment: 'Kreditkarte (American Express)',
		note: `Ihr Paket ist mit der Post unterwegs, Sendungsnummer ${ postTracking( 13 ) }.`,
	},
	{
		name: 'Sandra Zimmermann',
		email: 'sandra.zimmermann@gmx.ch',
		country: 'CH',
		status: 'processing',
		delivery: 'none',
		lines: [ [ 'Geschenkgutschein [CHF 100]', 1 ] ],
		payment: 'TWINT',
		note: 'Der Gutschein wurde als PDF an Ihre E-Mail-Adresse geschickt.',
	},
	{
		name: 'Peter Steiner',
		email: 'peter.steiner@bluewin.ch',
		country: 'CH',
		status: 'completed',
		delivery: 'priority',
		lines: [ [ 'Schach Turnierset Holz', 1 ] ],
		payment: 'Kreditkarte (Visa)',
		note: `Ihr Paket ist mit PostPac Priority unterwegs, Sendungsnummer ${ postTracking( 15 ) }.`,
	},
	{
		name: 'Laura Fischer',
		email: 'laura.fischer@icloud.com',
		country: 'CH',
		status: 'refunded',
		delivery: 'economy',
		lines: [ [ 'Puzzle Weltkarte 5000 Teile', 1 ] ],
		payment: 'TWINT',
		note: 'Im Puzzle fehlten Teile. Wir haben Ihnen den vollen Betrag von CHF 78.40 über TWINT zurückerstattet.',
	},
	{
		name: 'Oliver Baumann',
		email: 'oliver.baumann@sunrise.ch',
		country: 'CH',
		status: 'processing',
		delivery: 'none',
		lines: [
			[ 'Workshop: Eigenes Spiel entwickeln [Sa, 16. Januar 2027]', 2 ],
		],
		payment: 'TWINT',
		note: 'Ihre zwei Plätze sind reserviert. Bitte kommen Sie am Workshop-Tag um 13:15 Uhr in den Laden.',
	},
	{
		name: 'Isabelle Dubois',
		email: 'isabelle.dubois@bluewin.ch',
		country: 'CH',
		status: 'completed',
		delivery: 'economy',
		lines: [
			[ 'Holzeisenbahn Starterset 40 Teile', 1 ],
			[ 'Kartenhüllen 100 Stück [Standard 63,5 × 88 mm]', 2 ],
		],
		payment: 'Rechnung',
		note: `Ihr Paket ist mit der Post unterwegs, Sendungsnummer ${ postTracking( 18 ) }.`,
	},
];

/** The shipping of an order, as the shipping page prices it. */
function shippingOf( delivery: Delivery, subtotal: number ): number {
	switch ( delivery ) {
		case 'economy':
			return subtotal >= 80 ? 0 : 8.5;
		case 'priority':
			return 11.5;
		case 'courier':
			return 9;
		case 'abroad':
			return 24.9;
		default:
			return 0;
	}
}

/** The orders of the catalog `built`, with their notes. */
export const buildOrders = ( built: order.Catalog ) =>
	order.ordersOf( ORDERS, ( spec, index ) => {
		const id = index + 1;
		const lines = order.namedLines( built, id, spec.lines, true );
		const freight = lines.some( ( l ) =>
			String( l.name ).startsWith( 'Kaufladen' )
		)
			? 39
			: 0;
		const record = order.shopperOrder( id, spec, {
			currency: 'CHF',
			lines,
			shipping:
				spec.delivery === 'freight'
					? freight
					: shippingOf( spec.delivery, order.subtotal( lines ) ),
			method: METHOD[ spec.delivery ],
			placed: order.placedAt(
				10 + index,
				8 + ( index % 10 ),
				( index * 13 ) % 60
			),
		} );
		return { order: record, told: spec.note, internal: INTERNAL_NOTE };
	} );
