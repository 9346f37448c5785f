/**
 * The pages of Wollknäuel (wollknaeuel.ts), in the shop's own Austrian German voice, each
 * split by headings; umlauts, dashes and the euro sign partly as HTML entities, the way a
 * WordPress editor leaves them (withEntities of shop-builder-de.ts).
 */
import type { WpPage } from './coffee-shop';
import { wpPage } from './shop-builder-de';

export const STORE_URL = 'https://wollknaeuel.example';
export const PHONE = '+43 316 82 47 90';
export const EMAIL = 'servus@wollknaeuel.example';

const PAGES: Array<
	[ id: number, slug: string, title: string, html: string ]
> = [
	[
		81,
		'versand',
		'Versand & Lieferung',
		`<p>Wir verschicken aus Graz mit der Österreichischen Post, nach Deutschland und in die EU mit DPD. Was bis 12 Uhr bestellt wird, geht am selben Werktag raus.</p>
<h2>Versandkosten</h2>
<table><thead><tr><th>Zielland</th><th>Versandkosten</th><th>Versandkostenfrei ab</th><th>Lieferzeit</th></tr></thead><tbody>
<tr><td>Österreich</td><td>€ 4,90</td><td>€ 50,00</td><td>1–2 Werktage</td></tr>
<tr><td>Deutschland</td><td>€ 7,90</td><td>€ 80,00</td><td>2–4 Werktage</td></tr>
<tr><td>übrige EU-Länder</td><td>€ 12,90</td><td>€ 120,00</td><td>4–7 Werktage</td></tr>
<tr><td>Schweiz</td><td>€ 19,90</td><td>nie versandkostenfrei</td><td>5–8 Werktage, zuzüglich Zoll und Einfuhrumsatzsteuer</td></tr>
</tbody></table>
<p>In Länder außerhalb Europas (z. B. USA, Kanada, Australien) versenden wir leider nicht.</p>
<h2>Nähmaschinen</h2>
<p>Nähmaschinen verschicken wir versichert als Sperrgut. Innerhalb Österreichs ist der Versand von Nähmaschinen immer kostenlos, nach Deutschland und in die EU berechnen wir € 14,90 pro Maschine.</p>
<h2>Abholung im Geschäft</h2>
<p>Sie können jede Bestellung kostenlos in unserem Geschäft in der Annenstraße 28 in Graz abholen. Wir schicken Ihnen eine E-Mail, sobald Ihr Sackerl bereitliegt (meist nach 2 Stunden). Abholbereite Bestellungen heben wir 14 Tage für Sie auf.</p>
<h2>Vorbestellungen</h2>
<p>Artikel mit dem Hinweis „wieder lieferbar ab …“ können Sie schon bestellen. Enthält eine Bestellung lieferbare und nachbestellte Artikel, schicken wir alles gemeinsam, sobald alles da ist – außer Sie bitten uns um eine Teillieferung (einmal kostenlos).</p>`,
	],
	[
		82,
		'rueckgabe-widerruf',
		'Rückgabe & Widerruf',
		`<p>Sie können Ihre Bestellung innerhalb von 14 Tagen nach Erhalt ohne Angabe von Gründen widerrufen. Wir verlängern diese Frist freiwillig auf 30 Tage für ungeöffnete Wolle in ganzen Knäueln.</p>
<h2>So funktioniert die Rücksendung</h2>
<p>Schreiben Sie uns eine E-Mail an ${ EMAIL } mit Ihrer Bestellnummer. Die Kosten der Rücksendung tragen Sie selbst; aus Österreich können Sie ein Retourenetikett der Post für € 5,50 bei uns kaufen. Den Kaufpreis erstatten wir innerhalb von 14 Tagen nach Eingang der Ware auf das ursprüngliche Zahlungsmittel.</p>
<h2>Ausgeschlossen vom Umtausch und Widerruf</h2>
<ul>
<li>Stoffe und Bänder, die nach Ihren Wünschen vom Ballen geschnitten wurden (Meterware)</li>
<li>angebrochene oder gewickelte Knäuel und Stränge</li>
<li>PDF-Anleitungen nach dem Download</li>
<li>Kursplätze: Stornierung bis 7 Tage vor Kursbeginn kostenlos, danach nur gegen Nennung einer Ersatzperson</li>
<li>Stoffreste-Pakete</li>
</ul>
<h2>Nähmaschinen</h2>
<p>Nähmaschinen können Sie innerhalb von 14 Tagen zurückgeben, wenn sie nur ausprobiert wurden und vollständig in der Originalverpackung zurückkommen.</p>`,
	],
	[
		83,
		'garantie-service',
		'Garantie & Nähmaschinen-Service',
		`<h2>Gewährleistung und Garantie</h2>
<p>Auf alle Artikel gilt die gesetzliche Gewährleistung von 2 Jahren. Auf Nähmaschinen, Overlocks und Stickmaschinen der Marke Alpenstich geben wir zusätzlich 3 Jahre Herstellergarantie (Nähkraft und Stichfest: 2 Jahre). Die Garantie gilt nicht für Nadeln, Glühbirnen, Nähfüße und Schäden durch falsches Einfädeln oder Sturz.</p>
<h2>Service-Preisliste Werkstatt</h2>
<table><thead><tr><th>Leistung</th><th>Preis</th></tr></thead><tbody>
<tr><td>Kostenvoranschlag (wird bei Reparatur angerechnet)</td><td>€ 25,00</td></tr>
<tr><td>Nähmaschinen-Service (Reinigen, Ölen, Fadenspannung einstellen)</td><td>€ 79,00</td></tr>
<tr><td>Overlock-Service</td><td>€ 95,00</td></tr>
<tr><td>Greifer einstellen / Nadelstange justieren</td><td>€ 45,00</td></tr>
<tr><td>Stundensatz für Reparaturen</td><td>€ 68,00</td></tr>
<tr><td>Scheren schleifen (pro Schere)</td><td>€ 9,50</td></tr>
</tbody></table>
<p>Ersatzteile werden extra verrechnet. Die Bearbeitungszeit beträgt derzeit etwa 2 Wochen. Maschinen bitte mit Fußanlasser und Netzkabel bringen; wir reparieren Maschinen aller Marken.</p>`,
	],
	[
		84,
		'kurse',
		'Kurse & Workshops',
		`<p>In unserem Kursraum über dem Geschäft unterrichten wir in kleinen Gruppen. Anmeldung im Shop (Kategorie Kurse), telefonisch oder direkt im Geschäft.</p>
<h2>Kurstermine Winter 2026/27</h2>
<table><thead><tr><th>Kurs</th><th>Termin</th><th>Preis</th><th>Plätze</th></tr></thead><tbody>
<tr><td>Nähmaschinen-Führerschein</td><td>Sa, 10. Jänner 2027 und Sa, 7. Februar 2027, jeweils 10–14 Uhr</td><td>€ 69,00</td><td>max. 6</td></tr>
<tr><td>Socken stricken</td><td>Di, 13. + 20. Jänner 2027 (ausgebucht) oder Mi, 4. + 11. Februar 2027, jeweils 18–21 Uhr</td><td>€ 59,00</td><td>max. 8</td></tr>
<tr><td>Häkeltreff für alle</td><td>jeden Donnerstag 17–19 Uhr</td><td>kostenlos, ohne Anmeldung</td><td>offen</td></tr>
<tr><td>Dirndl nähen (4 Termine)</td><td>ab Sa, 6. März 2027</td><td>€ 240,00 zzgl. Material</td><td>max. 5</td></tr>
</tbody></table>
<h2>Gut zu wissen</h2>
<p>Nähmaschinen stellen wir im Kurs zur Verfügung. Kursteilnehmerinnen und -teilnehmer bekommen am Kurstag 10 % Rabatt im Geschäft. Alle Kurse finden auf Deutsch statt; beim Häkeltreff helfen wir gern auch auf Englisch.</p>`,
	],
	[
		85,
		'kontakt',
		'Kontakt & Öffnungszeiten',
		`<h2>Geschäft</h2>
<p>Wollknäuel – Garn &amp; Stoff<br>Annenstraße 28<br>8020 Graz<br>Österreich</p>
<p>Telefon: ${ PHONE }<br>E-Mail: ${ EMAIL }</p>
<h2>Öffnungszeiten</h2>
<ul>
<li>Montag: geschlossen</li>
<li>Dienstag bis Freitag: 9:30–18:00 Uhr</li>
<li>Samstag: 9:00–13:00 Uhr</li>
<li>Sonn- und Feiertage: geschlossen</li>
</ul>
<p>Am 24. und 31. Dezember haben wir von 9:00 bis 12:00 Uhr geöffnet.</p>
<h2>Anfahrt</h2>
<p>Straßenbahnlinien 1 und 7, Haltestelle Roseggerhaus; 5 Minuten zu Fuß vom Hauptbahnhof. Parkplätze gibt es keine, die nächste Garage ist die Annenpassage.</p>`,
	],
	[
		86,
		'faq',
		'Häufige Fragen',
		`<h2>Bezahlung</h2>
<p>Sie können mit Kreditkarte (Visa, Mastercard), PayPal, EPS-Überweisung, Klarna und per Vorauskasse bezahlen. Im Geschäft auch bar und mit Bankomatkarte.</p>
<h2>Färbepartien</h2>
<p>Garne werden in Partien gefärbt. Kaufen Sie für ein Projekt immer genug Knäuel aus derselben Partie, denn eine spätere Nachbestellung kann farblich leicht abweichen. Die Partienummer steht auf der Banderole.</p>
<h2>Meterware</h2>
<p>Stoffe verkaufen wir online in ganzen Metern, der angegebene Preis gilt pro Meter. Bestellen Sie zum Beispiel 3 Stück, schneiden wir 3 m am Stück zu. Halbe Meter und Reststücke bekommen Sie nur im Geschäft.</p>
<h2>Muster und Stoffproben</h2>
<p>Stoffproben (ca. 10 × 10 cm) schicken wir bis zu 5 Stück kostenlos per Brief innerhalb Österreichs.</p>
<h2>Gutscheine</h2>
<p>Gutscheine sind 3 Jahre gültig und online sowie im Geschäft einlösbar. Eine Barauszahlung ist nicht möglich.</p>
<h2>Mengenrabatt</h2>
<p>Ab 10 Knäueln derselben Sorte bekommen Sie automatisch 10 % Rabatt auf diese Sorte.</p>`,
	],
	[
		87,
		'ueber-uns',
		'Über uns',
		`<p>Wollknäuel gibt es seit 1987. Damals eröffnete Hermine Pichler ein kleines Wollgeschäft in der Annenstraße, heute führt ihre Enkelin Theresa Pichler das Geschäft mit vier Mitarbeiterinnen.</p>
<h2>Was uns wichtig ist</h2>
<p>Wir führen möglichst viele Garne aus Europa, etwa die Tiroler Bergschafwolle und Filzwolle aus dem steirischen Almenland. Unsere Nähmaschinen warten wir in der eigenen Werkstatt im Hinterhof.</p>
<h2>Nachhaltigkeit</h2>
<p>Wir verschicken in wiederverwendeten Kartons und Papiersackerln ohne Plastik.</p>`,
	],
	[
		88,
		'datenschutz',
		'Datenschutz',
		`<p>Wir verarbeiten Ihre Daten nur zur Abwicklung Ihrer Bestellung und geben sie nur an den Versanddienstleister (Österreichische Post, DPD) und den Zahlungsanbieter weiter.</p>
<h2>Newsletter</h2>
<p>Den Newsletter können Sie jederzeit mit einem Klick abbestellen.</p>`,
	],
];

export function buildPages(): WpPage[] {
	return PAGES.map( ( [ id, slug, title, html ] ) =>
		wpPage( STORE_URL, id, slug, title, html, id % 2 === 0 )
	);
}
