/**
 * The pages of Blattwerk (blattwerk.ts): eight pages in the shop's own voice, German, most
 * of them with umlauts and dashes as HTML entities the way a WordPress editor leaves them.
 */
import type { WpPage } from './coffee-shop';
import { entityWriter, pageWriter } from './shop-kit';

export const STORE_URL = 'https://blattwerk.example';
export const PHONE = '+49 341 2470 5590';
export const EMAIL = 'hallo@blattwerk.example';
export const SERVICE_EMAIL = 'service@blattwerk.example';

export const deEntities = entityWriter( /[äöüÄÖÜß–„“]/g, {
	'„': '&bdquo;',
	'“': '&ldquo;',
} );

const page = pageWriter( STORE_URL, '2026-11-30T10:15:00', deEntities );

export function buildPages(): WpPage[] {
	return [
		page(
			71,
			'versand',
			'Versand & Lieferung',
			`<p>Wir verschicken aus unserer Gärtnerei in Leipzig mit DHL GoGreen. Bestellungen ohne Pflanzen gehen an jedem Werktag raus, wenn sie bis 13 Uhr bei uns eingehen.</p>
<h2>Versandkosten</h2><table><thead><tr><th>Land</th><th>Versandkosten</th><th>Lieferzeit</th></tr></thead><tbody>
<tr><td>Deutschland</td><td>5,90 € &ndash; ab 49,00 € Bestellwert versandkostenfrei</td><td>1–3 Werktage</td></tr>
<tr><td>Österreich</td><td>9,90 € &ndash; ab 79,00 € Bestellwert versandkostenfrei</td><td>3–5 Werktage</td></tr>
</tbody></table>
<p>In andere Länder (auch nicht in die Schweiz) liefern wir leider nicht.</p>
<h2>Lebende Pflanzen</h2><ul><li>Pflanzen versenden wir nur <strong>montags bis mittwochs</strong>, damit kein Paket über das Wochenende im Lager liegt.</li><li>Frostpause: Sind in Leipzig oder am Zielort Nachttemperaturen unter 5 °C angesagt, pausieren wir den Pflanzenversand. Ihre Pflanze wird dann reserviert und am nächsten frostfreien Versandtag verschickt. Zubehör, Töpfe und Erde verschicken wir auch während der Frostpause.</li><li>Von November bis Februar legen wir jedem Pflanzenpaket ein Wärmepack bei (1,50 € pro Paket).</li><li>Pflanzen über 120 cm Höhe liefern wir per Spedition, dafür berechnen wir einen Zuschlag von 29,00 €.</li></ul>
<h2>Abholung</h2><p>Sie können Ihre Bestellung kostenlos in unserem Laden in der Karl-Liebknecht-Straße 74 abholen (Click &amp; Collect). Sie liegt während der Öffnungszeiten nach etwa 2 Stunden bereit; wir schicken Ihnen dann eine E-Mail.</p>`
		),
		page(
			72,
			'rueckgabe',
			'Rückgabe & Widerruf',
			`<p>Sie können Ihre Bestellung innerhalb von <strong>14 Tagen</strong> ab Erhalt ohne Angabe von Gründen widerrufen. Schreiben Sie uns dazu eine E-Mail an ${ SERVICE_EMAIL }.</p>
<ul><li>Die Kosten der Rücksendung tragen Sie, außer die Ware ist beschädigt oder falsch geliefert.</li><li>Pflanzen nehmen wir nur unbeschädigt und im Originaltopf zurück.</li><li>Den Kaufpreis erstatten wir innerhalb von 14 Tagen nach Eingang der Rücksendung auf das ursprüngliche Zahlungsmittel.</li><li>Eingelöste Geschenkgutscheine und Workshop-Tickets für einen vergangenen Termin sind vom Widerruf ausgeschlossen.</li></ul>
<h2>Transportschäden bei Pflanzen</h2><p>Kommt eine Pflanze beschädigt an (abgeknickte Triebe, zerbrochener Topf), melden Sie den Schaden bitte <strong>innerhalb von 48 Stunden</strong> nach Zustellung mit einem Foto an ${ SERVICE_EMAIL }. Sie bekommen dann kostenlos Ersatz oder Ihr Geld zurück &ndash; die Pflanze müssen Sie nicht zurückschicken.</p>`
		),
		page(
			73,
			'pflegeservice',
			'Pflegeservice & Umtopfservice',
			`<p>In unserem Laden in Leipzig kümmern wir uns um Ihre Pflanzen.</p>
<h2>Umtopfservice</h2><table><tbody><tr><td>Pflanzen bis 17 cm Topf</td><td>8,00 €</td></tr><tr><td>Pflanzen im 21–27 cm Topf</td><td>14,00 €</td></tr><tr><td>Pflanzen ab 30 cm Topf</td><td>22,00 €</td></tr></tbody></table>
<p>Frische Erde ist im Preis enthalten; den neuen Topf bringen Sie mit oder kaufen ihn bei uns. Sie können die Pflanze meist am nächsten Tag wieder abholen.</p>
<h2>Urlaubsbetreuung</h2><p>Wir pflegen Ihre Pflanzen, während Sie verreist sind: 2,50 € pro Pflanze und Woche. Abgabe und Abholung nur im Laden, höchstens 10 Pflanzen pro Kunde.</p>
<h2>Pflanzendoktor</h2><p>Jeden Donnerstag von 16 bis 18 Uhr ist Sprechstunde: Bringen Sie Ihre kranke Pflanze (oder ein Foto) vorbei, die Beratung ist kostenlos.</p>
<h2>Hausbesuch</h2><p>Pflegeberatung bei Ihnen zu Hause oder im Büro, nur im Stadtgebiet Leipzig: 45,00 € pro Stunde, Termin nach Vereinbarung.</p>`
		),
		page(
			74,
			'pflanzen-garantie',
			'Pflanzen-Garantie',
			`<h2>30-Tage-Anwachsgarantie</h2><p>Geht eine bei uns gekaufte Pflanze innerhalb von <strong>30 Tagen</strong> nach Lieferung trotz richtiger Pflege ein, bekommen Sie eine gleichwertige Ersatzpflanze oder einen Gutschein über den Kaufpreis.</p>
<ul><li>Schicken Sie uns dazu ein Foto der Pflanze und Ihre Bestellnummer an ${ SERVICE_EMAIL }.</li><li>Ausgeschlossen sind Schäden durch Staunässe, Frost nach der Zustellung oder Haustiere.</li><li>Die Anwachsgarantie gilt nicht für Orchideen nach der Blüte und nicht für das Pflanzen-Abo.</li></ul>
<h2>Technik</h2><p>Für Pflanzenlampen und Luftbefeuchter gilt die gesetzliche Gewährleistung von 2 Jahren.</p>`
		),
		page(
			75,
			'kontakt',
			'Kontakt',
			`<p><strong>Blattwerk &ndash; Pflanzen &amp; Pflege</strong><br>Karl-Liebknecht-Straße 74<br>04275 Leipzig</p>
<p>Telefon: ${ PHONE } (Montag bis Freitag 9–17 Uhr)<br>E-Mail: ${ EMAIL }<br>Reklamationen und Widerruf: ${ SERVICE_EMAIL }</p>
<h2>Öffnungszeiten Laden</h2><ul><li>Dienstag bis Freitag: 11:00–19:00 Uhr</li><li>Samstag: 10:00–16:00 Uhr</li><li>Montag und Sonntag: geschlossen</li></ul>
<p>Die Haltestelle „Südplatz“ (Straßenbahn 10 und 11) ist zwei Minuten entfernt.</p>`
		),
		page(
			76,
			'faq',
			'Häufige Fragen',
			`<h3>Werden die Pflanzen mit Topf geliefert?</h3><p>Ja, im Kulturtopf aus Kunststoff. Die angegebene Topfgröße ist der Durchmesser dieses Kulturtopfs. Übertöpfe verkaufen wir separat.</p>
<h3>Wie wird die Höhe gemessen?</h3><p>Vom Boden des Topfes bis zur Blattspitze, also mit Topf. Abweichungen von etwa 10 % sind bei Pflanzen normal.</p>
<h3>Wie lange gilt ein Geschenkgutschein?</h3><p>Unsere Gutscheine gelten 3 Jahre ab Kauf, im Onlineshop und im Laden.</p>
<h3>Sind die Pflanzen giftig für Haustiere?</h3><p>Bei jeder Pflanze steht im Datenblatt, ob sie für Katzen und Hunde giftig ist.</p>
<h3>Verwendet ihr Torf?</h3><p>Unsere eigenen Erden sind torffrei &ndash; bis auf die Kakteenerde, die ist torfreduziert.</p>
<h3>Kann ich Pflanzen reservieren?</h3><p>Ja, telefonisch für bis zu 3 Tage zur Abholung im Laden.</p>`
		),
		page(
			77,
			'zahlungsarten',
			'Zahlungsarten',
			`<p>Im Onlineshop können Sie so bezahlen:</p><ul><li>PayPal</li><li>Kreditkarte (Visa, Mastercard)</li><li>Apple Pay</li><li>Klarna Rechnung (zahlbar innerhalb von 14 Tagen)</li><li>SEPA-Lastschrift</li><li>Vorkasse per Überweisung &ndash; wir reservieren die Ware 7 Tage lang</li></ul>
<p>Im Laden nehmen wir Bargeld und Girocard (EC-Karte). Versand per Nachnahme bieten wir nicht an.</p>`
		),
		page(
			78,
			'ueber-uns',
			'Über uns',
			`<p>Blattwerk haben Jana Winkler und Tobias Brandt 2019 in Leipzig gegründet. Unsere Pflanzen ziehen wir zum Teil selbst in unserem Gewächshaus in Markkleeberg, den Rest beziehen wir von Gärtnereien aus den Niederlanden und Sachsen.</p><p>Wir verschicken plastikfrei in Papier und Pappe.</p>`
		),
	];
}
