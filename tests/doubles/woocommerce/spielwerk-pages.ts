/**
 * The pages of Spielwerk (spielwerk.ts), in the shop's own Swiss Standard German voice (ss
 * for ß, francs as "CHF 8.50"), each split by headings, with tables and lists the way the
 * WordPress block editor leaves them; umlauts partly as HTML entities (every other page).
 */
import type { WpPage } from './coffee-shop';
import { withEntities } from './shop-builder-de';
import { wpPage } from './shop-kit';

export const STORE_URL = 'https://spielwerk.example';
export const PHONE = '+41 52 212 48 30';
export const EMAIL = 'hallo@spielwerk.example';

const PAGES: Array<
	[ id: number, slug: string, title: string, html: string ]
> = [
	[
		91,
		'versand',
		'Versand & Lieferung',
		`<p>Wir verschicken aus Winterthur mit der Schweizerischen Post. Bestellungen, die bis 15:00 Uhr eingehen, verlassen unser Lager am selben Werktag.</p>
<h2>Versandkosten Schweiz und Liechtenstein</h2>
<table class="wp-block-table"><thead><tr><th>Versandart</th><th>Kosten</th><th>Lieferzeit</th></tr></thead><tbody>
<tr><td>PostPac Economy</td><td>CHF 8.50, ab CHF 80.00 Bestellwert gratis</td><td>2–3 Werktage</td></tr>
<tr><td>PostPac Priority</td><td>CHF 11.50</td><td>nächster Werktag (Bestellung bis 15:00 Uhr)</td></tr>
<tr><td>Velokurier Winterthur (PLZ 8400–8411)</td><td>CHF 9.00</td><td>am selben Tag, Bestellung Montag bis Freitag bis 14:00 Uhr</td></tr>
<tr><td>Abholung im Laden (Click &amp; Collect)</td><td>gratis</td><td>meist nach 2 Stunden abholbereit</td></tr>
</tbody></table>
<h2>Sperrgut</h2>
<p>Spieltische, Kaufläden und Kinderküchen liefern wir mit einer Spedition. Dafür berechnen wir pauschal CHF 39.00, unabhängig vom Bestellwert – ausser bei den Spieltischen «Tafelrunde»: dort sind Lieferung und Aufbau in der ganzen Schweiz inbegriffen.</p>
<h2>Ausland</h2>
<p>Nach Deutschland und Österreich liefern wir für CHF 24.90 pro Bestellung (5–10 Werktage), ohne Gratisversand. Zoll und Einfuhrumsatzsteuer bezahlt die Empfängerin oder der Empfänger. In andere Länder versenden wir leider nicht, und Sperrgut liefern wir nur innerhalb der Schweiz.</p>
<h2>Click &amp; Collect</h2>
<p>Abholbereite Bestellungen bewahren wir 10 Tage für Sie auf. Sie erhalten eine E-Mail, sobald Ihr Paket bereitliegt. Bitte bringen Sie die Bestellnummer mit.</p>
<h2>Vorbestellungen und Nachlieferungen</h2>
<p>Artikel mit dem Hinweis «wieder erhältlich ab …» oder «lieferbar ab …» können Sie schon jetzt bestellen. Enthält eine Bestellung Artikel mit verschiedenen Liefertagen, schicken wir alles zusammen, sobald alles da ist. Eine Teillieferung ist auf Wunsch möglich; die zweite Sendung ist dann für Sie gratis.</p>`,
	],
	[
		92,
		'rueckgabe',
		'Rückgabe & Umtausch',
		`<p>In der Schweiz gibt es kein gesetzliches Widerrufsrecht für Online-Einkäufe. Wir gewähren Ihnen trotzdem freiwillig ein Rückgaberecht von 30 Tagen ab Erhalt der Ware.</p>
<h2>Bedingungen</h2>
<ul>
<li>Spiele und Puzzles nehmen wir nur ungeöffnet und in der Originalfolie zurück.</li>
<li>Holzspielzeug muss unbenutzt und in der Originalverpackung sein.</li>
<li>Den Kaufpreis erstatten wir innerhalb von 10 Arbeitstagen nach Eingang der Rücksendung auf das ursprüngliche Zahlungsmittel.</li>
<li>Im Laden in Winterthur können Sie ungeöffnete Ware auch direkt umtauschen.</li>
</ul>
<h2>Ausgeschlossen von der Rückgabe</h2>
<ul>
<li>geöffnete Spiele, Puzzles und Kartenhüllen (ausser bei einem Defekt oder fehlenden Teilen, siehe Garantie &amp; Ersatzteile)</li>
<li>Escape-Spiele, deren Folie entfernt wurde</li>
<li>Geschenkgutscheine</li>
<li>Spieltische «Tafelrunde», da sie auf Bestellung angefertigt werden</li>
<li>gravierte Artikel</li>
<li>Workshops und Kurse: Abmeldung bis 5 Tage vor dem Termin gratis, danach wird der volle Preis fällig (eine Ersatzperson dürfen Sie jederzeit schicken)</li>
</ul>
<h2>So senden Sie zurück</h2>
<ol>
<li>Melden Sie die Rücksendung per E-Mail an ${ EMAIL } mit Ihrer Bestellnummer.</li>
<li>Sie erhalten von uns ein Rücksendeetikett der Post. Die Kosten von CHF 9.00 ziehen wir vom Erstattungsbetrag ab.</li>
<li>Senden Sie die Ware gut verpackt innerhalb von 30 Tagen an uns zurück.</li>
</ol>
<p>Rücksendungen aus Deutschland und Österreich schicken Sie bitte selbst und auf eigene Kosten an unsere Ladenadresse.</p>`,
	],
	[
		93,
		'garantie-ersatzteile',
		'Garantie & Ersatzteile',
		`<h2>Garantie</h2>
<p>Auf alle Artikel gewähren wir 2 Jahre Garantie ab Kaufdatum. Auf Holzspielzeug von Holzwerk Tösstal (z. B. Kugelbahn, Laufrad «Velo Mini», Holzpuzzle Schweizerkarte) gibt der Hersteller 5 Jahre Garantie. Die Garantie deckt keine Schäden durch unsachgemässen Gebrauch, Feuchtigkeit oder normale Abnutzung.</p>
<h2>Fehlende Teile</h2>
<p>Fehlt in einem neuen Spiel oder Puzzle ein Teil, melden Sie es uns innerhalb von 60 Tagen nach dem Kauf. Wir besorgen das Teil kostenlos beim Verlag oder tauschen das Spiel um.</p>
<h2>Ersatzteil-Service</h2>
<p>Haben Sie später ein Teil verloren, bestellen wir Ersatzteile beim Verlag für Sie. Dafür verrechnen wir eine Bearbeitungsgebühr von CHF 5.00 plus die Kosten des Verlags. Die Lieferzeit beträgt meist 2–4 Wochen. Einzelne Puzzleteile können die meisten Verlage leider nicht nachliefern.</p>
<h2>Reparaturen</h2>
<p>Holzspielzeug reparieren wir in unserer kleinen Werkstatt: Kostenvoranschlag gratis, Reparatur nach Aufwand für CHF 60.00 pro Stunde. Bringen Sie das Spielzeug einfach im Laden vorbei.</p>`,
	],
	[
		94,
		'zahlung',
		'Zahlungsarten',
		`<p>Im Onlineshop können Sie so bezahlen:</p>
<ul>
<li>TWINT</li>
<li>Kreditkarte (Visa, Mastercard, American Express)</li>
<li>PostFinance Card und PostFinance E-Finance</li>
<li>Kauf auf Rechnung (nur mit Lieferadresse in der Schweiz, bis CHF 500.00, zahlbar innerhalb von 30 Tagen)</li>
<li>Vorauskasse per Banküberweisung</li>
</ul>
<p>PayPal bieten wir nicht an. Bei Vorauskasse reservieren wir die Ware 7 Tage und versenden nach Zahlungseingang.</p>
<h2>Im Laden</h2>
<p>Im Laden akzeptieren wir Bargeld (Franken und Euro, Rückgeld in Franken), Debitkarten, Kreditkarten, TWINT und Reka-Checks.</p>
<h2>Preise</h2>
<p>Alle Preise verstehen sich in Schweizer Franken inklusive 8,1 % Mehrwertsteuer.</p>`,
	],
	[
		95,
		'kontakt',
		'Kontakt & Öffnungszeiten',
		`<h2>Laden</h2>
<p>Spielwerk GmbH<br>Obergasse 17<br>8400 Winterthur<br>Schweiz</p>
<p>Telefon: ${ PHONE } (während der Öffnungszeiten)<br>E-Mail: ${ EMAIL } – wir antworten innerhalb von 24 Stunden an Werktagen.</p>
<h2>Öffnungszeiten</h2>
<table class="wp-block-table"><tbody>
<tr><td>Montag</td><td>13:30–18:30 Uhr</td></tr>
<tr><td>Dienstag bis Freitag</td><td>9:30–18:30 Uhr</td></tr>
<tr><td>Donnerstag (Abendverkauf)</td><td>9:30–20:00 Uhr</td></tr>
<tr><td>Samstag</td><td>9:00–17:00 Uhr</td></tr>
<tr><td>Sonntag</td><td>geschlossen</td></tr>
</tbody></table>
<h2>Feiertage</h2>
<ul>
<li>Sonntagsverkauf am 20. Dezember 2026: 11:00–17:00 Uhr</li>
<li>24. und 31. Dezember: 9:00–16:00 Uhr</li>
<li>25. und 26. Dezember sowie 1. und 2. Januar (Berchtoldstag): geschlossen</li>
</ul>
<h2>Anfahrt</h2>
<p>Vom Hauptbahnhof Winterthur sind es 5 Minuten zu Fuss durch die Altstadt. Parkieren können Sie im Parkhaus Altstadt (3 Minuten). Velos stellen Sie direkt vor dem Laden ab. Der Laden ist rollstuhlgängig.</p>`,
	],
	[
		96,
		'ueber-uns',
		'Über uns',
		`<p>Spielwerk gibt es seit 2009. Reto Brunner und Sandra Keller haben den Laden in der Winterthurer Altstadt gegründet, weil ihnen der Spieleabend unter Freunden gefehlt hat. Heute sind wir ein Team von sechs Personen.</p>
<h2>Was uns wichtig ist</h2>
<ul>
<li>Beratung: Wir haben fast jedes Spiel im Sortiment selber gespielt.</li>
<li>Schweizer Holzspielzeug: Kugelbahnen, Laufräder und Puzzles von Holzwerk Tösstal, einer Werkstatt im Tösstal.</li>
<li>Probiertisch: Über 80 geöffnete Spiele können Sie im Laden ausprobieren.</li>
</ul>
<h2>Spieleabend</h2>
<p>Jeden Freitag ab 19:00 Uhr ist unser Spieleraum offen für alle: gratis, ohne Anmeldung, Anfängerinnen und Anfänger willkommen. Bis 23:00 Uhr erklären wir Spiele aus dem Sortiment.</p>`,
	],
	[
		97,
		'faq',
		'Häufige Fragen',
		`<h2>Kann ich Spiele vor dem Kauf ausprobieren?</h2>
<p>Ja, im Laden stehen über 80 Spiele auf dem Probiertisch. Am Spieleabend (Freitag ab 19:00 Uhr) erklären wir sie auch.</p>
<h2>In welcher Sprache sind die Spiele?</h2>
<p>Wenn nichts anderes angegeben ist, sind unsere Spiele deutschsprachig. Englische und französische Ausgaben sind im Produktnamen oder als Variante angegeben.</p>
<h2>Gibt es einen Mengenrabatt?</h2>
<p>Für Schulen, Kitas, Ludotheken und Vereine gibt es 10 % Rabatt ab einem Bestellwert von CHF 300.00. Schreiben Sie uns vor der Bestellung eine E-Mail.</p>
<h2>Haben Sie eine Kundenkarte?</h2>
<p>Ja, den Spielpass: Für je CHF 10.00 Einkauf erhalten Sie einen Stempel, für 20 Stempel einen Gutschein über CHF 20.00. Den Spielpass gibt es nur im Laden; Online-Einkäufe können wir leider nicht stempeln.</p>
<h2>Wie lange sind Gutscheine gültig?</h2>
<p>Geschenkgutscheine sind 5 Jahre gültig und online sowie im Laden einlösbar. Eine Barauszahlung ist nicht möglich.</p>
<h2>Machen Sie Vorbestellungen für Neuheiten?</h2>
<p>Ja. Vorbestellte Spiele belasten wir erst, wenn wir sie verschicken.</p>`,
	],
	[
		98,
		'service',
		'Service: Geschenke, Gravur & Spieleverleih',
		`<h2>Geschenkverpackung</h2>
<p>Wir verpacken jeden Artikel für CHF 3.50 in Geschenkpapier mit Schleife. Eine Grusskarte mit Ihrem Text legen wir gratis bei. Die Rechnung legen wir dann nicht ins Paket, sondern schicken sie per E-Mail.</p>
<h2>Gravur</h2>
<p>Auf Holzspielzeug von Holzwerk Tösstal gravieren wir einen Namen oder ein Datum (bis 20 Zeichen) für CHF 12.00. Gravierte Artikel sind 3 Werktage später versandbereit und vom Umtausch ausgeschlossen.</p>
<h2>Spieleverleih</h2>
<p>Über 150 Spiele aus unserem Verleihregal können Sie im Laden ausleihen:</p>
<table class="wp-block-table"><thead><tr><th>Dauer</th><th>Preis pro Spiel</th></tr></thead><tbody>
<tr><td>Wochenende (Freitag bis Montag)</td><td>CHF 8.00</td></tr>
<tr><td>1 Woche</td><td>CHF 12.00</td></tr>
</tbody></table>
<p>Pro Spiel hinterlegen Sie ein Depot von CHF 50.00. Kaufen Sie das Spiel danach bei uns, rechnen wir die Leihgebühr an. Den Verleih gibt es nur im Laden, nicht per Post.</p>
<h2>Kindergeburtstag</h2>
<p>Samstags von 14:00 bis 16:00 Uhr feiern wir Kindergeburtstage im Spieleraum (bis 10 Kinder, CHF 180.00 inklusive Zvieri). Buchbar im Shop unter Gutscheine &amp; Kurse.</p>`,
	],
	[
		99,
		'datenschutz',
		'Datenschutz',
		`<p>Wir bearbeiten Ihre Personendaten nach dem Schweizer Datenschutzgesetz (DSG) nur für die Abwicklung Ihrer Bestellung. Weitergegeben werden sie nur an die Post, die Spedition und den Zahlungsanbieter.</p>
<h2>Newsletter</h2>
<p>Den Newsletter mit Neuheiten und Spieleabend-Terminen können Sie jederzeit mit einem Klick abbestellen.</p>`,
	],
];

export function buildPages(): WpPage[] {
	return PAGES.map( ( [ id, slug, title, html ] ) =>
		wpPage(
			STORE_URL,
			{ id, slug, title, html: id % 2 ? html : withEntities( html ) },
			'2026-12-01T10:00:00'
		)
	);
}
