/**
 * Teekontor Alster's pages (Versand & Lieferung, Widerruf & Rückgabe, Zahlungsarten, Tee-Abo,
 * Geschenkservice, Kontakt & Öffnungszeiten, Teeseminare, FAQ), all in German, and its
 * orders 1–20 with their notes, for teekontor.ts.
 */
import * as order from './order-kit';
import type { ShopFacts, WpPage } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';
import { wpPage } from './shop-builder-de';
import type { Random } from './shop-kit';

export const STORE_URL = 'https://teekontor-alster.example';
const PHONE = '+49 40 555 718 20';
const EMAIL = 'kontor@teekontor-alster.example';

export const FACTS: ShopFacts = {
	returnDays: 30,
	shippingCost: '4,90 €',
	freeShippingFrom: '39,00 €',
	deliveryDays: '1–3',
	expressCost: '9,90 €',
	phone: PHONE,
	email: EMAIL,
	street: 'Hofweg 42',
	city: '22085 Hamburg',
	weekdayHours: '10:00–18:30',
	saturdayHours: '10:00–16:00',
	warrantyYears: 2,
	descalingPrice: '4,95 €',
	paymentMethods: [
		'PayPal',
		'Visa',
		'Mastercard',
		'Klarna Rechnung',
		'SEPA-Lastschrift',
		'Apple Pay',
		'Vorkasse',
	],
};

export function buildPages(): WpPage[] {
	const page = ( id: number, slug: string, title: string, html: string ) =>
		wpPage( STORE_URL, id, slug, title, html );
	return [
		page(
			201,
			'versand-lieferung',
			'Versand & Lieferung',
			`<p>Wir versenden von Montag bis Freitag. Was bis 13 Uhr bestellt ist, verlässt unser Kontor noch am selben Tag, klimaneutral mit DHL GoGreen und plastikfrei verpackt.</p>
<h2>Deutschland</h2>
<table><thead><tr><th>Versandart</th><th>Kosten</th><th>Lieferzeit</th></tr></thead><tbody>
<tr><td>DHL Paket</td><td>4,90 €</td><td>1–3 Werktage</td></tr>
<tr><td>DHL Express (bis 12 Uhr bestellt)</td><td>9,90 €</td><td>nächster Werktag</td></tr>
</tbody></table>
<p><strong>Ab 39 € Bestellwert liefern wir innerhalb Deutschlands versandkostenfrei.</strong></p>
<h2>Österreich</h2>
<p>DHL Paket, 8,90 €, 3–5 Werktage. Versandkostenfrei ab 79 €.</p>
<h2>Schweiz</h2>
<p>DHL Paket, 14,90 €, 4–7 Werktage. In die Schweiz gibt es keinen kostenlosen Versand. Wir ziehen die deutsche Mehrwertsteuer ab; Einfuhrumsatzsteuer und Zollgebühren zahlen Sie bei der Zustellung.</p>
<h2>Übrige EU-Länder</h2>
<p>DHL Paket International, 11,90 €, 4–8 Werktage. Versandkostenfrei ab 99 €.</p>
<h2>Andere Länder</h2>
<p>Außerhalb der EU und der Schweiz liefern wir leider nicht.</p>
<h2>Abholung im Laden</h2>
<p>Wählen Sie an der Kasse &bdquo;Abholung am Hofweg&ldquo;: kostenlos, in der Regel nach zwei Stunden abholbereit.</p>`
		),
		page(
			202,
			'widerruf-rueckgabe',
			'Widerruf & Rückgabe',
			`<p>Sie können Ihre Bestellung innerhalb von <strong>30 Tagen</strong> nach Erhalt ohne Angabe von Gründen zurückgeben, freiwillig länger als die gesetzlichen 14 Tage.</p>
<h2>Ausgeschlossen von der Rückgabe</h2>
<ul>
<li>Aus Gründen der Lebensmittelhygiene nehmen wir <strong>geöffneten oder angebrochenen Tee</strong> nicht zurück. Das gilt ebenso für Gewürze, Matcha und Kandis, deren Verpackung geöffnet wurde.</li>
<li>Ungeöffnete, versiegelte Tees und Gewürze nehmen wir gern zurück.</li>
<li>Geschenkgutscheine sind vom Umtausch ausgeschlossen.</li>
</ul>
<h2>Rücksendung</h2>
<p>Innerhalb Deutschlands ist die Rücksendung für Sie kostenlos: Schreiben Sie an ${ EMAIL }, wir schicken Ihnen ein DHL-Retourenetikett. Aus Österreich, der Schweiz und der übrigen EU tragen Sie die Kosten der Rücksendung selbst.</p>
<h2>Erstattung</h2>
<p>Den Kaufpreis erstatten wir innerhalb von 14 Tagen nach Eingang der Rücksendung über die ursprüngliche Zahlungsart.</p>
<h2>Bruch beim Versand</h2>
<p>Ist eine Kanne oder Tasse zerbrochen angekommen, melden Sie es bitte innerhalb von 48 Stunden mit einem Foto. Wir schicken kostenlos Ersatz.</p>
<h2>Gewährleistung</h2>
<p>Auf Wasserkocher und Samoware gilt die gesetzliche Gewährleistung von 2 Jahren.</p>`
		),
		page(
			203,
			'zahlungsarten',
			'Zahlungsarten',
			`<p>Im Onlineshop können Sie so bezahlen:</p>
<ul>${ FACTS.paymentMethods.map( ( m ) => `<li>${ m }</li>` ).join( '' ) }</ul>
<p>Mit Klarna zahlen Sie bequem auf Rechnung innerhalb von 14 Tagen. Bei Vorkasse versenden wir nach Zahlungseingang und geben Ihnen 2 % Rabatt. Nachnahme bieten wir nicht an.</p>
<p>Im Laden nehmen wir Bargeld, Girocard und Kreditkarten.</p>`
		),
		page(
			204,
			'tee-abo',
			'Tee-Abo',
			`<p>Ihr Lieblingstee kommt von allein: Im Tee-Abo liefern wir Ihnen Ihre Sorte in festem Rhythmus.</p>
<h2>So funktioniert es</h2>
<ul>
<li>Lieferintervall: alle 2, 4 oder 8 Wochen</li>
<li>10 % Rabatt auf jede Abo-Lieferung</li>
<li>Abo-Lieferungen innerhalb Deutschlands sind immer versandkostenfrei</li>
<li>Sorte und Menge können Sie vor jeder Lieferung im Kundenkonto ändern</li>
<li>Pausieren bis zu 3 Monate am Stück</li>
</ul>
<h2>Kündigung</h2>
<p>Das Abo hat keine Mindestlaufzeit. Sie können es jederzeit kündigen, spätestens 5 Tage vor der nächsten Lieferung, im Kundenkonto oder per E-Mail an ${ EMAIL }.</p>
<p>Das Abo gibt es für alle losen Tees, nicht für Zubehör und Geschirr.</p>`
		),
		page(
			205,
			'geschenkservice',
			'Geschenkservice',
			`<h2>Geschenkverpackung</h2>
<p>Wir verpacken Ihr Geschenk in Seidenpapier mit unserer Banderole für 3,50 € pro Paket. Eine handgeschriebene Grußkarte legen wir kostenlos bei; den Text geben Sie an der Kasse im Feld &bdquo;Anmerkungen&ldquo; an.</p>
<p>Schicken wir das Geschenk direkt an die beschenkte Person, legen wir keine Rechnung und keine Preise bei.</p>
<h2>Geschenkgutscheine</h2>
<p>Gutscheine gibt es über 15 €, 25 €, 50 € und 100 €. Sie gelten 3 Jahre ab Kauf und sind im Laden und im Onlineshop einlösbar, auch für Teeseminare. Eine Barauszahlung ist nicht möglich.</p>
<h2>Firmengeschenke</h2>
<p>Ab 20 Präsenten machen wir Ihnen gern ein Angebot mit Ihrem Logo auf der Banderole.</p>`
		),
		page(
			206,
			'kontakt',
			'Kontakt & Öffnungszeiten',
			`<h2>Unser Laden</h2>
<p>Teekontor Alster<br>Hofweg 42<br>22085 Hamburg-Uhlenhorst</p>
<p>U3 bis Mundsburg oder Bus 6 bis Hofweg, dann zwei Minuten zu Fuß.</p>
<h2>Öffnungszeiten</h2>
<ul>
<li>Montag bis Freitag: 10:00–18:30 Uhr</li>
<li>Samstag: 10:00–16:00 Uhr</li>
<li>Sonn- und Feiertage: geschlossen</li>
<li>Heiligabend und Silvester: 10:00–13:00 Uhr</li>
</ul>
<h2>So erreichen Sie uns</h2>
<p>Telefon: <a href='tel:+494055571820'>${ PHONE }</a> (Montag bis Freitag, 9–17 Uhr)<br>E-Mail: <a href="mailto:${ EMAIL }">${ EMAIL }</a></p>
<p>E-Mails beantworten wir innerhalb von 24 Stunden an Werktagen.</p>`
		),
		page(
			207,
			'teeseminare',
			'Teeseminare',
			`<p>In unseren Teeseminaren verkosten Sie im Kontor am Hofweg fünf bis sieben Tees und lernen, wie man sie richtig zubereitet. Ein Seminar dauert etwa zwei Stunden.</p>
<table><thead><tr><th>Seminar</th><th>Termin</th><th>Preis pro Person</th><th>Teilnehmer</th></tr></thead><tbody>
<tr><td>Grüner Tee aus Japan</td><td>Donnerstag, 14. Januar 2027, 19:00 Uhr</td><td>39 €</td><td>max. 12</td></tr>
<tr><td>Darjeeling: First und Second Flush</td><td>Samstag, 23. Januar 2027, 15:00 Uhr</td><td>35 €</td><td>max. 12</td></tr>
<tr><td>Ostfriesische Teezeremonie</td><td>Freitag, 5. Februar 2027, 18:30 Uhr</td><td>29 €</td><td>max. 16</td></tr>
<tr><td>Matcha-Workshop (inkl. Bambusbesen zum Mitnehmen)</td><td>Samstag, 20. Februar 2027, 11:00 Uhr</td><td>49 €</td><td>max. 8</td></tr>
</tbody></table>
<p>Anmeldung im Laden oder per E-Mail an ${ EMAIL }. Bis 7 Tage vor dem Termin können Sie kostenlos stornieren, danach erstatten wir nichts, Sie dürfen aber jemanden schicken.</p>
<p>Private Verkostungen ab 6 Personen bieten wir auf Anfrage an, 45 € pro Person.</p>`
		),
		page(
			208,
			'faq',
			'FAQ',
			`<h3>Wie viel Koffein steckt im Tee?</h3>
<p>Eine Tasse Schwarztee enthält etwa 40 mg Koffein, grüner Tee 20–30 mg, weißer Tee etwas weniger. Kräutertee, Früchtetee und Rooibos sind von Natur aus koffeinfrei.</p>
<h3>Wie lagere ich Tee richtig?</h3>
<p>Dunkel, trocken und luftdicht, am besten in einer Teedose, und nicht neben Gewürzen oder Kaffee. Bitte nicht im Kühlschrank lagern, dort zieht der Tee Feuchtigkeit.</p>
<h3>Wie lange ist Tee haltbar?</h3>
<p>Schwarztee, Oolong und Rooibos sind ab dem Abpacken 24 Monate haltbar, Kräuter- und Früchtetee 18 Monate. Grünen Tee und Matcha sollten Sie nach dem Öffnen innerhalb von 3 Monaten trinken.</p>
<h3>Sind Ihre Bio-Tees zertifiziert?</h3>
<p>Ja. Alle Produkte mit &bdquo;Bio: Ja&ldquo; sind EU-Bio-zertifiziert, Öko-Kontrollstelle DE-ÖKO-006.</p>
<h3>Verkaufen Sie Teebeutel?</h3>
<p>Nein, bei uns gibt es nur losen Tee. Für unterwegs empfehlen wir unsere Teefilter aus Papier zum Selbstbefüllen.</p>
<h3>Wie viel Tee nehme ich pro Tasse?</h3>
<p>Als Faustregel einen gehäuften Teelöffel (etwa 2–3 g) pro Tasse von 200 ml.</p>`
		),
	];
}

/** The shoppers of orders 1–20: name, e-mail, country, status, payment. */
const SHOPPERS: order.Shopper[] = [
	[
		'Hanna Petersen',
		'hanna.petersen@posteo.example',
		'DE',
		'completed',
		'PayPal',
	],
	[
		'Jonas Brandt',
		'j.brandt@gmx.example',
		'DE',
		'processing',
		'Klarna Rechnung',
	],
	[
		'Emily Carter',
		'emily.carter@outlook.example',
		'DE',
		'completed',
		'Visa',
	],
	[ 'Lars Möller', 'lars.moeller@web.example', 'DE', 'on-hold', 'Vorkasse' ],
	[ 'Sophie Wagner', 'sophie.w@t-online.example', 'AT', 'pending', 'PayPal' ],
	[
		'Tom Becker',
		'tom.becker@mailbox.example',
		'DE',
		'completed',
		'SEPA-Lastschrift',
	],
	[
		'Olivia Hughes',
		'olivia.hughes@gmail.example',
		'DE',
		'cancelled',
		'Mastercard',
	],
	[
		'Frieda Janssen',
		'frieda.janssen@ewe.example',
		'DE',
		'processing',
		'PayPal',
	],
	[
		'Daniel Kim',
		'daniel.kim@proton.example',
		'DE',
		'refunded',
		'Apple Pay',
	],
	[ 'Margarete Lange', 'm.lange@posteo.example', 'CH', 'completed', 'Visa' ],
	[
		'Ben Schulz',
		'ben.schulz@web.example',
		'DE',
		'processing',
		'Klarna Rechnung',
	],
	[
		'Aoife Byrne',
		'aoife.byrne@eircom.example',
		'NL',
		'completed',
		'PayPal',
	],
	[ 'Klaus Hinrichs', 'k.hinrichs@gmx.example', 'DE', 'on-hold', 'Vorkasse' ],
	[
		'Mia Nowak',
		'mia.nowak@outlook.example',
		'DE',
		'pending',
		'Klarna Rechnung',
	],
	[
		'James Whitfield',
		'j.whitfield@gmail.example',
		'DE',
		'completed',
		'Mastercard',
	],
	[
		'Greta Albers',
		'greta.albers@t-online.example',
		'AT',
		'refunded',
		'PayPal',
	],
	[
		'Paul Friedrich',
		'paul.friedrich@web.example',
		'DE',
		'processing',
		'Apple Pay',
	],
	[
		'Sarah O’Neill',
		'sarah.oneill@icloud.example',
		'DE',
		'cancelled',
		'PayPal',
	],
	[
		'Henrik Voss',
		'henrik.voss@posteo.example',
		'DE',
		'completed',
		'SEPA-Lastschrift',
	],
	[ 'Lena Krüger', 'lena.krueger@gmx.example', 'DE', 'processing', 'PayPal' ],
].map( ( [ name, email, country, status, payment ] ) => ( {
	name: name!,
	email: email!,
	country: country!,
	status: status!,
	payment: payment!,
} ) );

/** Shipping by zone, as the Versand page states it. */
function shippingFor( country: string, subtotal: number ): number {
	const zone: Record< string, [ number, number ] > = {
		DE: [ 4.9, 39 ],
		AT: [ 8.9, 79 ],
		CH: [ 14.9, Infinity ],
		NL: [ 11.9, 99 ],
	};
	const [ cost, freeFrom ] = zone[ country ]!;
	return subtotal >= freeFrom ? 0 : cost;
}

const tracking = ( id: number ) =>
	`00340434518722${ String( id * 37 ).padStart( 4, '0' ) }`;

const TOLD: Record< string, ( id: number ) => string | undefined > = {
	completed: ( id ) =>
		`Ihre Bestellung ist mit DHL unterwegs. Sendungsnummer: ${ tracking( id ) }`,
	processing: () =>
		'Danke für Ihre Bestellung! Wir wiegen Ihren Tee gerade frisch ab.',
	'on-hold': () =>
		'Wir warten noch auf Ihre Überweisung. Bitte geben Sie die Bestellnummer als Verwendungszweck an.',
	pending: () => undefined,
	cancelled: () => 'Ihre Bestellung wurde wie gewünscht storniert.',
	refunded: () =>
		'Wir haben Ihnen den vollen Betrag über die ursprüngliche Zahlungsart erstattet.',
};

export function buildOrders(
	r: Random,
	products: WcProduct[],
	variations: Map< number, WcVariation[] >
) {
	const pool = order.orderable( products, { simple: 150, variable: 60 } );
	return order.ordersOf( SHOPPERS, ( shopper, index ) => {
		const id = index + 1;
		const lines = order.drawLines( r, id, {
			simple: pool.simple,
			twoOdds: 0.35,
			variable: pool.variable,
			variations,
			withSku: true,
		} );
		return {
			order: order.shopperOrder( id, shopper, {
				currency: 'EUR',
				lines,
				shipping: shippingFor(
					shopper.country,
					order.subtotal( lines )
				),
				method: 'DHL Paket',
				placed: order.placedAt(
					10 + index,
					8 + ( index % 10 ),
					( index * 7 ) % 60
				),
			} ),
			told: TOLD[ shopper.status ]!( id ),
			internal: 'Kunde im Newsletter eingetragen (intern).',
		};
	} );
}
