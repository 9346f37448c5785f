/**
 * The pages of Klangraum (klangraum.ts): nine pages in the shop's own voice, Swiss standard
 * German ("ss", never "ß"), most of them with their umlauts as HTML entities.
 */
import type { WpPage } from './coffee-shop';
import { chEntities } from './klangraum-kit';
import { pageWriter } from './shop-kit';

export const STORE_URL = 'https://klangraum.example';
export const PHONE = '+41 52 214 37 80';
export const EMAIL = 'hallo@klangraum.example';

const page = pageWriter( STORE_URL, '2026-11-29T08:30:00', chEntities );

export function buildPages(): WpPage[] {
	return [
		page(
			61,
			'versand',
			'Versand & Lieferung',
			`<p>Wir versenden aus unserem Lager in Winterthur mit der Schweizerischen Post. Was an Werktagen bis 15 Uhr bestellt ist und an Lager liegt, geht am selben Tag raus.</p>
<h2>Versandkosten</h2><table><thead><tr><th>Ziel</th><th>Kosten</th><th>Lieferzeit</th></tr></thead><tbody>
<tr><td>Schweiz (PostPac Priority)</td><td>CHF 9.00 &ndash; ab CHF 150.00 Bestellwert versandkostenfrei</td><td>1–2 Werktage</td></tr>
<tr><td>Schweiz Express (Swiss-Express «Mond»)</td><td>CHF 19.00</td><td>nächster Werktag bis 9 Uhr, Bestellung bis 15 Uhr</td></tr>
<tr><td>Liechtenstein</td><td>CHF 9.00 &ndash; ab CHF 150.00 versandkostenfrei, ohne Zollformalitäten</td><td>1–3 Werktage</td></tr>
<tr><td>Deutschland, Österreich, Frankreich, Italien</td><td>CHF 29.00 pauschal</td><td>4–8 Werktage</td></tr>
</tbody></table>
<h2>Lieferungen in die EU</h2><p>Bei Lieferungen in die EU ziehen wir die Schweizer Mehrwertsteuer (8,1 %) ab. Zoll, Einfuhrumsatzsteuer und die Verzollungsgebühr der Post im Empfängerland bezahlen Sie bei der Zustellung. In andere Länder liefern wir leider nicht.</p>
<h2>Sperrgut</h2><p>Standlautsprecher und Subwoofer über 25 kg liefern wir per Spedition bis an die Bordsteinkante. Dafür berechnen wir einen Zuschlag von CHF 49.00 pro Lieferung, auch wenn die Bestellung sonst versandkostenfrei ist. Lieferung in die Wohnung und Aufstellen gibt es als Installation (siehe Services).</p>
<h2>Abholung</h2><p>Sie können Ihre Bestellung kostenlos im Hörraum an der Technikumstrasse abholen. Wir schicken Ihnen eine SMS, sobald sie bereitliegt.</p>`
		),
		page(
			62,
			'rueckgabe',
			'Rückgabe & Widerruf',
			`<p>In der Schweiz gibt es für Online-Käufe kein gesetzliches Widerrufsrecht. Wir geben Ihnen trotzdem freiwillig ein <strong>Rückgaberecht von 30 Tagen</strong> ab Erhalt der Ware: unbenutzt, vollständig und in der Originalverpackung.</p>
<h3>So funktioniert die Rücksendung</h3><ol><li>Schreiben Sie uns an ${ EMAIL } mit Ihrer Bestellnummer.</li><li>Aus der Schweiz und Liechtenstein erhalten Sie ein kostenloses Rücksendeetikett der Post.</li><li>Aus der EU bezahlen Sie die Rücksendung selbst.</li></ol>
<p>Den Betrag erstatten wir innert 10 Tagen nach Eingang der Ware, auf dem Weg, auf dem Sie bezahlt haben. Statt einer Rückerstattung können Sie auch einen Gutschein oder einen Umtausch wählen.</p>
<h3>Ausgenommen</h3><p>In-Ear-Kopfhörer, deren Hygieneversiegelung geöffnet ist, auf Mass gekürzte Kabel, bereits montierte Tonabnehmer und Geschenkgutscheine nehmen wir nicht zurück.</p>
<p>Geräte, die ausgepackt und benutzt wurden, nehmen wir nach Absprache zurück; für die Wertminderung ziehen wir bis zu 15 % ab.</p>`
		),
		page(
			63,
			'garantie',
			'Garantie',
			`<p>Auf alle Geräte, die Sie bei Klangraum kaufen, gewähren wir <strong>2 Jahre Garantie</strong> ab Kaufdatum.</p>
<ul><li><strong>Alpenton</strong> und <strong>Lindqvist</strong>: 5 Jahre Herstellergarantie, wenn Sie das Gerät innert 30 Tagen nach dem Kauf beim Hersteller registrieren.</li><li><strong>Kessler</strong>-Kabel: 10 Jahre.</li><li>Akkus in Kopfhörern und Bluetooth-Lautsprechern: 1 Jahr.</li></ul>
<p>Mit «Garantie-Plus 3 Jahre» verlängern Sie die Garantie eines Geräts um drei Jahre.</p>
<h3>Im Garantiefall</h3><p>Bringen Sie das Gerät mit Kaufbeleg in den Hörraum oder schicken Sie es uns gut verpackt. Wir klären den Fall mit dem Hersteller; bei Verstärkern und Streamern leihen wir Ihnen während der Reparatur ein Ersatzgerät. Schäden durch Sturz, Feuchtigkeit oder falschen Anschluss sind nicht gedeckt.</p>`
		),
		page(
			64,
			'kontakt',
			'Kontakt & Öffnungszeiten',
			`<p>Grüezi! Wir beraten Sie gern im Hörraum, am Telefon oder per E-Mail.</p>
<p><strong>Telefon:</strong> <a href="tel:+41522143780">${ PHONE }</a> (Dienstag bis Freitag 10–12 und 14–17 Uhr)<br><strong>E-Mail:</strong> <a href="mailto:${ EMAIL }">${ EMAIL }</a> &ndash; Antwort innert 24 Stunden an Werktagen.</p>
<h2>Hörraum und Laden</h2><p>Klangraum GmbH<br>Technikumstrasse 38<br>8400 Winterthur</p>
<h3>Öffnungszeiten</h3><ul><li>Montag: geschlossen</li><li>Dienstag bis Freitag: 10:00–18:30 Uhr</li><li>Donnerstag: Abendverkauf bis 20:00 Uhr</li><li>Samstag: 9:00–16:00 Uhr</li></ul>
<p>Fünf Minuten zu Fuss vom Bahnhof Winterthur. Zwei Kundenparkplätze im Hof, Einfahrt neben der Bäckerei.</p>`
		),
		page(
			65,
			'ueber-uns',
			'Über uns',
			`<p>Klangraum gibt es seit 2009. Gegründet haben ihn Reto Brunner und Simone Keller, zwei Tontechniker, die fanden, dass man Lautsprecher hören muss, bevor man sie kauft.</p>
<p>Heute sind wir ein Team von sechs Leuten mit zwei Hörräumen &ndash; einem für Stereo und einem für Heimkino &ndash; und einer eigenen Werkstatt.</p>
<p>Wir führen die Marken Alpenton, Lindqvist, Nordhall, Vela, Aarklang und Kessler. Fernseher, Beamer und Schallplatten verkaufen wir nicht.</p>`,
			false
		),
		page(
			66,
			'faq',
			'Häufige Fragen',
			`<h3>Nehmt ihr alte Geräte in Zahlung?</h3><p>Ja, beim Kauf eines neuen Geräts ab CHF 1'000.00 nehmen wir Ihr altes Gerät nach Begutachtung im Hörraum in Zahlung.</p>
<h3>Gibt es einen Studentenrabatt?</h3><p>Ja: Mit gültiger Legi erhalten Sie 5 % auf Kopfhörer, im Laden und online (Code per E-Mail anfordern).</p>
<h3>Kann ich Lautsprecherkabel in Wunschlänge kaufen?</h3><p>Online gibt es unsere Kabel in 1 m, 2 m und 5 m. Andere Längen schneiden und konfektionieren wir im Hörraum.</p>
<h3>Verkauft ihr Schallplatten?</h3><p>Nein, nur Plattenspieler, Tonabnehmer und Zubehör.</p>
<h3>Passt ein Phono-Vorverstärker zu meinem Plattenspieler?</h3><p>Wenn Ihr Plattenspieler keinen eingebauten Vorverstärker hat und Ihr Verstärker keinen Phono-Eingang, brauchen Sie einen. Das steht bei jedem Plattenspieler unter «Phono-Vorverstärker».</p>`
		),
		page(
			67,
			'services',
			'Services & Preise',
			`<p>Guter Klang hängt vom Raum ab. Unsere Techniker kommen zu Ihnen nach Hause.</p>
<table><tbody>
<tr><td>Einmessen (Raumkalibrierung mit Messmikrofon, Stereo oder Heimkino)</td><td>CHF 290.00 pauschal</td></tr>
<tr><td>Installation bei Ihnen zuhause</td><td>CHF 120.00 pro Stunde</td></tr>
<tr><td>Anfahrt (bis 30 km ab Winterthur)</td><td>CHF 60.00 pauschal</td></tr>
<tr><td>Reparatur in der Werkstatt</td><td>CHF 110.00 pro Stunde</td></tr>
<tr><td>Kostenvoranschlag (bei Reparatur angerechnet)</td><td>CHF 60.00</td></tr>
<tr><td>Plattenspieler-Service (Tonarm und Tonabnehmer justieren)</td><td>CHF 80.00</td></tr>
<tr><td>Tonabnehmer montieren</td><td>CHF 40.00</td></tr>
</tbody></table>
<p>Eine Heimkino-Installation dauert meist drei bis vier Stunden. Termine vereinbaren Sie telefonisch oder im Hörraum. Ausserhalb von 30 km machen wir Ihnen eine Offerte.</p>
<p>Reparaturen übernehmen wir für alle Marken, die wir führen, und für ältere Verstärker und Plattenspieler anderer Marken nach Absprache.</p>`
		),
		page(
			68,
			'zahlungsarten',
			'Zahlungsarten',
			`<p>So können Sie bei uns bezahlen:</p>
<ul><li>TWINT</li><li>PostFinance (PostFinance Card und E-Finance)</li><li>Kreditkarte: Visa, Mastercard, American Express</li><li>Rechnung mit 30 Tagen Zahlungsfrist &ndash; nur mit Lieferadresse in der Schweiz oder in Liechtenstein, bis CHF 3'000.00</li><li>Vorauszahlung per Banküberweisung</li><li>Im Hörraum: bar, Debitkarte oder TWINT</li></ul>
<p>Bei Vorauszahlung reservieren wir die Ware 7 Tage. Ratenzahlung bieten wir nicht an.</p>
<p>Alle Preise in Schweizer Franken inklusive 8,1 % MWST.</p>`,
			false
		),
		page(
			69,
			'probehoeren',
			'Probehören',
			`<p>Lautsprecher, Verstärker und Kopfhörer hören Sie bei uns im Hörraum in Ruhe Probe &ndash; <strong>nur nach Terminvereinbarung</strong>, damit der Raum für Sie frei ist. Ein Termin dauert 60 Minuten und ist kostenlos.</p>
<p>Bringen Sie Ihre eigene Musik mit, auf dem Natel, USB-Stick oder als CD oder Schallplatte.</p>
<h3>Heimprobe</h3><p>Lautsprecher ab CHF 2'000.00 können Sie auch bei sich zuhause probehören: Wir liefern sie für ein Wochenende und holen sie wieder ab. Die Leihgebühr von CHF 50.00 rechnen wir beim Kauf an.</p>
<p>Termine am Samstag sind oft zwei Wochen im Voraus ausgebucht.</p>`
		),
	];
}
