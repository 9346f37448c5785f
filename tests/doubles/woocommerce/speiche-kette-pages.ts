/**
 * The pages and orders of Speiche & Kette (speiche-kette.ts): eight pages in the shop's own
 * voice and ten orders in six statuses with customer notes.
 */
import type { WpPage } from './coffee-shop';
import type {
	WcOrder,
	WcProduct,
	WcVariation,
	WooCommerceData,
} from './server';
import * as order from './order-kit';
import { pickOf, withEntities, type Random } from './shop-builder-de';
import { pageWriter } from './shop-kit';

export const STORE_URL = 'https://speiche-kette.example';
export const PHONE = '+43 316 720 418';
export const EMAIL = 'servus@speiche-kette.example';

const SHOPPERS: Array< [ string, string, string, string ] > = [
	[ 'Florian', 'Huber', 'kettenblatt.at', 'AT' ],
	[ 'Katharina', 'Pichler', 'schoeckl.example', 'AT' ],
	[ 'Stefan', 'Gruber', 'gmx.at', 'AT' ],
	[ 'Julia', 'Wimmer', 'fahrradschlauch.example', 'AT' ],
	[ 'Markus', 'Steiner', 'bremsbelag.de', 'DE' ],
	[ 'Anna', 'Moser', 'speichenreflektor.at', 'AT' ],
	[ 'Thomas', 'Bauer', 'web.de', 'DE' ],
	[ 'Lena', 'Hofer', 'packtasche.example', 'AT' ],
	[ 'Michael', 'Leitner', 'aon.at', 'AT' ],
	[ 'Sarah', 'Fuchs', 'dachstein.example', 'DE' ],
];

const STATUSES = [
	'completed',
	'processing',
	'completed',
	'on-hold',
	'cancelled',
	'completed',
	'processing',
	'refunded',
	'pending',
	'completed',
];

const SHIPPING = { AT: [ 4.9, 59 ], DE: [ 6.9, 99 ] } as const;

export function buildOrders(
	r: Random,
	built: { products: WcProduct[]; variations: Map< number, WcVariation[] > }
): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const { simple, variable } = order.orderable( built.products, {
		simple: 200,
		variable: 150,
	} );
	return order.ordersOf(
		SHOPPERS,
		( [ first, last, domain, country ], index ) => {
			const id = index + 1;
			const lines = order.drawLines( r, id, {
				simple,
				twoOdds: 0.3,
				variable: id % 3 !== 1 ? variable : undefined,
				variations: built.variations,
			} );
			const subtotal = order.subtotal( lines );
			const [ cost, freeFrom ] = SHIPPING[ country as 'AT' | 'DE' ];
			const shipping = subtotal >= freeFrom ? 0 : cost;
			const status = STATUSES[ index ]!;
			const placed: WcOrder = {
				...order.orderHead( id, status, 'EUR', subtotal, shipping ),
				payment_method_title:
					status === 'on-hold' || status === 'pending'
						? 'Vorkasse (Überweisung)'
						: pickOf( r, [
								'PayPal',
								'eps-Überweisung',
								'Kreditkarte',
								'Klarna Rechnung',
							] ),
				date_created_gmt: order.placedAt(
					12 + index * 2,
					7 + index,
					5 + index * 4
				),
				billing: {
					first_name: first,
					last_name: last,
					email: `${ first }.${ last }@${ domain }`.toLowerCase(),
					country,
				},
				customer_note:
					id === 3 ? 'Bitte nicht vor 17 Uhr zustellen.' : '',
				line_items: lines,
			};
			const told: Partial< Record< string, string > > = {
				completed:
					country === 'AT'
						? `Ihr Paket ist mit der Österreichischen Post unterwegs. Sendungsnummer: CL${ 40771200 + id * 3917 }AT.`
						: `Ihr Paket ist mit DHL unterwegs. Sendungsnummer: 00340434${ 518260 + id * 7331 }.`,
				processing:
					'Ihre Bestellung wird in unserer Werkstatt in Graz gepackt und geht spätestens morgen raus.',
				'on-hold':
					'Wir warten noch auf Ihre Überweisung. Sobald der Betrag eingelangt ist, schicken wir die Ware ab.',
				refunded:
					'Die Rücksendung ist bei uns eingelangt, der Betrag wurde erstattet.',
				cancelled:
					'Die Bestellung wurde storniert, wie telefonisch besprochen.',
			};
			return {
				order: placed,
				told: told[ status ],
				internal: 'Adresse geprüft (intern).',
			};
		}
	);
}

const page = pageWriter( STORE_URL, '2026-11-30T09:15:00', withEntities );

export function buildPages(): WpPage[] {
	return [
		page(
			51,
			'versand',
			'Versand & Lieferzeiten',
			`<p>Wir verschicken aus unserer Werkstatt in Graz mit der Österreichischen Post, nach Deutschland mit DHL. Was werktags bis 14 Uhr bestellt ist, geht am selben Tag raus.</p>
<h2>Versandkosten</h2><table><thead><tr><th>Land</th><th>Kosten</th><th>Lieferzeit</th></tr></thead><tbody>
<tr><td>Österreich</td><td>4,90 € – ab 59 € Bestellwert versandkostenfrei</td><td>1–2 Werktage</td></tr>
<tr><td>Österreich Express</td><td>12,90 €</td><td>nächster Werktag, Bestellung bis 11 Uhr</td></tr>
<tr><td>Deutschland</td><td>6,90 € – ab 99 € frei</td><td>2–4 Werktage</td></tr>
<tr><td>Italien, Slowenien, Ungarn, Tschechien</td><td>14,90 €</td><td>4–7 Werktage</td></tr>
<tr><td>Schweiz</td><td>19,90 € zuzüglich Zoll und Einfuhrumsatzsteuer</td><td>5–8 Werktage</td></tr>
</tbody></table>
<h2>Sperrgut</h2><p>Laufräder, Fahrradkartons und Transporttaschen über 120 cm gelten als Sperrgut. Dafür verrechnen wir einen Sperrgutzuschlag von 15,00 € pro Sendung, auch wenn die Bestellung sonst versandkostenfrei wäre.</p>
<h2>E-Bike-Akkus</h2><p>Akkus sind Gefahrgut. Wir verschicken sie nur innerhalb Österreichs und nach Deutschland, per Gefahrgut-Spedition für pauschal 29,00 €. In alle anderen Länder können wir keine Akkus liefern.</p>
<h2>Abholung</h2><p>Sie können Ihre Bestellung kostenlos in der Annenstraße abholen. Wir melden uns per SMS, wenn sie bereitliegt.</p>`
		),
		page(
			52,
			'widerruf-rueckgabe',
			'Widerruf & Rückgabe',
			`<p>Sie haben 14 Tage gesetzliches Widerrufsrecht. Wir verlängern das freiwillig: Ungebrauchte Ware in der Originalverpackung nehmen wir 30 Tage ab Zustellung zurück.</p>
<h3>Wie schicke ich etwas zurück?</h3><p>Melden Sie die Rücksendung per Mail an ${ EMAIL } mit Ihrer Bestellnummer an. Aus Österreich bekommen Sie ein kostenloses Retourenetikett der Post. Aus Deutschland und allen anderen Ländern zahlen Sie die Rücksendung selbst.</p>
<p>Das Geld überweisen wir binnen 14 Tagen nach Eingang der Rücksendung zurück, auf demselben Weg, auf dem Sie bezahlt haben.</p>
<h3>Was wir nicht zurücknehmen</h3><p>Gekürzte Ketten, zugeschnittene Bremsleitungen, montierte Reifen und Schläuche, getragene Radhosen (aus hygienischen Gründen) sowie E-Bike-Akkus, deren Siegel gebrochen ist. Gutscheine sind vom Umtausch ausgeschlossen.</p>
<p>Akkus schicken Sie bitte nur im Rückgabe-Set (Gefahrgutverpackung) zurück – rufen Sie uns vorher an.</p>`
		),
		page(
			53,
			'garantie-gewaehrleistung',
			'Garantie & Gewährleistung',
			`<p>Auf alles, was Sie bei uns kaufen, gilt die gesetzliche Gewährleistung von 2 Jahren. Zusätzlich geben viele Hersteller eine freiwillige Garantie:</p>
<ul><li>Rahmen und Gabeln: je nach Hersteller 5 bis 10 Jahre</li><li>E-Bike-Akkus: 2 Jahre oder 500 Ladezyklen, was früher eintritt (verlängerbar mit unserer Garantieverlängerung)</li><li>Packtaschen: bis zu 5 Jahre auf die Nähte, siehe Produktseite</li></ul>
<p>Verschleißteile – Ketten, Kassetten, Bremsbeläge, Reifen und Schläuche – sind von der Garantie ausgenommen, sofern sie normal abgenutzt sind.</p>
<p><strong>Reklamation:</strong> Bringen Sie das Teil mit Rechnung in die Werkstatt oder schreiben Sie an garantie@speiche-kette.example mit Fotos. Wir melden uns innerhalb von 2 Werktagen.</p>`
		),
		page(
			54,
			'zahlung',
			'Zahlungsarten',
			`<p>Sie können bei uns so zahlen:</p>
<ul><li>PayPal</li><li>Kreditkarte (Visa, Mastercard)</li><li>eps-Überweisung (österreichisches Online-Banking)</li><li>Klarna: Rechnung mit 14 Tagen Zahlungsziel</li><li>Vorkasse per Überweisung</li><li>bar oder mit Bankomatkarte im Geschäft</li></ul>
<p>Bei Vorkasse reservieren wir die Ware 10 Tage. Kommt in dieser Zeit keine Zahlung, wird die Bestellung storniert.</p>
<p>Ab einem Einkaufswert von 500 € bieten wir über Klarna Ratenzahlung an (6 oder 12 Monate).</p>
<p>Alle Preise verstehen sich inklusive 20 % österreichischer Umsatzsteuer.</p>`,
			false
		),
		page(
			55,
			'kontakt',
			'Kontakt',
			`<p>Servus! Fragen zu einem Teil, zu Ihrer Bestellung oder zur Werkstatt beantworten wir gern.</p>
<p><strong>Telefon:</strong> <a href="tel:+43316720418">${ PHONE }</a> (Mo–Fr 9:00–17:00)<br><strong>E-Mail:</strong> <a href="mailto:${ EMAIL }">${ EMAIL }</a> – wir antworten binnen 24 Stunden an Werktagen.</p>
<h2>Geschäft und Werkstatt</h2><p>Speiche &amp; Kette<br>Annenstraße 41<br>8020 Graz</p>
<p>Öffnungszeiten: Montag bis Freitag 9:30 bis 18:00 Uhr, Samstag 9:00 bis 13:00 Uhr. Im Jänner ist das Geschäft samstags geschlossen.</p>
<p>Mit der Straßenbahn: Linien 1, 4, 6 und 7, Haltestelle Roseggerhaus. Parkplätze gibt es in der Tiefgarage Annenpassage.</p>`
		),
		page(
			56,
			'werkstatt',
			'Werkstatt & Preise',
			`<p>Unsere Werkstatt repariert Räder aller Marken, auch E-Bikes. Termine bitte telefonisch oder im Geschäft vereinbaren.</p>
<table><tbody>
<tr><td>Inspektion Basic (Schaltung und Bremsen einstellen, Sicherheitscheck)</td><td>59,00 €</td></tr>
<tr><td>Inspektion Komplett (inkl. Laufräder zentrieren, Lager prüfen, Reinigung)</td><td>89,00 €</td></tr>
<tr><td>E-Bike-Inspektion inkl. Software-Update und Akku-Test</td><td>119,00 €</td></tr>
<tr><td>Schlauchwechsel (Arbeitszeit, ohne Schlauch)</td><td>12,00 €</td></tr>
<tr><td>Kette wechseln</td><td>15,00 €</td></tr>
<tr><td>Bremsbeläge wechseln, je Bremse</td><td>14,00 €</td></tr>
<tr><td>Laufrad zentrieren</td><td>18,00 €</td></tr>
<tr><td>Arbeitsstunde für alles andere</td><td>68,00 €</td></tr>
</tbody></table>
<p>Teile werden extra verrechnet. Einen Schlauchwechsel machen wir meist sofort, während Sie warten. Für Inspektionen rechnen Sie im Frühling mit etwa einer Woche Wartezeit.</p>
<p>Holservice in Graz: Wir holen Ihr Rad innerhalb der Stadtgrenze für 25,00 € ab und bringen es repariert zurück.</p>`
		),
		page(
			57,
			'faq',
			'Häufig gestellte Fragen',
			`<h3>Passt jeder Akku auf mein E-Bike?</h3><p>Nein. Akkus passen nur zum jeweiligen Motorsystem, das steht bei jedem Akku unter „Passend für“. Im Zweifel schicken Sie uns ein Foto des Akkus.</p>
<h3>Was bedeutet ETRTO?</h3><p>Die ETRTO-Angabe nennt Reifenbreite und Felgendurchmesser in Millimetern, zum Beispiel 47-622: 47 mm breit, 622 mm Felgendurchmesser (28 Zoll).</p>
<h3>Gibt es einen Studentenrabatt?</h3><p>Ja, mit gültigem Studierendenausweis bekommen Sie im Geschäft 10 % auf Zubehör und Bekleidung, nicht auf Akkus und Werkstattleistungen.</p>
<h3>Verkauft ihr auch Fahrräder?</h3><p>Nein, wir verkaufen keine kompletten Räder, nur Teile, Zubehör und Bekleidung. Reparieren tun wir aber alle.</p>
<h3>Kann ich meinen alten Akku zurückgeben?</h3><p>Ja, alte Akkus nehmen wir im Geschäft kostenlos zur Entsorgung an.</p>`
		),
		page(
			58,
			'impressum',
			'Impressum',
			`<p>Speiche &amp; Kette – Inhaber Lukas Kogler e.U.<br>Annenstraße 41<br>8020 Graz, Österreich</p><p>Firmenbuchnummer: FN 512874 d, Landesgericht für ZRS Graz<br>UID: ATU 73918455</p><p>Telefon: ${ PHONE }<br>E-Mail: ${ EMAIL }</p><p>Mitglied der Wirtschaftskammer Steiermark, Fachgruppe Fahrzeughandel.</p>`,
			false
		),
	];
}
