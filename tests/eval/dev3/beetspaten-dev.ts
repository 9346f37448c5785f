/**
 * The DEV set for Beet & Spaten (tests/doubles/woocommerce/beetspaten.json), a GERMAN-language
 * garden and tool shop in Mannheim priced in euro ("1.234,50 €"). About two thirds of the
 * shoppers ask in German, a third in English: English shoppers must get an English reply
 * with the shop's own prices in the shop's format, and the shop's German pages and German
 * product names found from English words.
 *
 * Written by hand from the shop's JSON, BEFORE any of them was asked, by someone who has not
 * read the responder's code, the way shoppers write: typos, lowercase, colloquial German,
 * indirect questions, several constraints in one question, and follow-ups in the same
 * conversation. Free to be read and tuned against, like tests/eval/dev/ and dev2/.
 */
import {
	ASK_EMAIL,
	BACKORDER,
	CANNOT_VERIFY,
	IN_STOCK,
	inStock,
	NOT_FOUND,
	OUT_OF_STOCK,
	PERSON,
	STATUS,
} from '../phrases';
import { numberedQuestions } from '../question-kit';
import type { EvalQuestion } from '../types';

const { questions, q } = numberedQuestions( 'bs' );

// Product cards a reply must not show when the shopper only wrote an e-mail address.
const AHORN = /akku-rasenmäher ahorn/;
const HECKENSCHEREN =
	/heckenschere (?:schlehe|amsel|erle|zaunkönig|kiefer|igel|rotkehlchen|hasel)/;
const GARTENSCHLAEUCHE =
	/gartenschlauch (?:flieder|lärche|holunder|amsel|zaunkönig|eiche|meise|elster)/;
const REGENTONNEN =
	/regentonne (?:elster|eiche|ulme|eibe|wacholder|falke|amsel)/;
const SPECHT = /(?:akku-rasenmäher|hochdruckreiniger) specht/;
const KETTENSAEGEN =
	/kettensäge (?:rotkehlchen|elster|flieder|esche|hasel|erle|schlehe)/;
// Order 10 itself holds 2 × Spaten Buche, so its reply may name that one.
const SPATEN =
	/spaten (?:wacholder|schlehe|lärche|kranich|meise|kastanie|fink)/;
const HOCHBEETE = /hochbeet (?:schlehe|igel|esche|eibe|lärche|meise|fichte)/;

// ---------------------------------------------------------------- price
q( 'price', 'de', 'Was kostet der Akku-Rasenmäher Meise?', [ '483,95' ] );
q( 'price', 'de', 'wie teuer is die heckenschere amsel', [ '231,99' ] );
q( 'price', 'de', 'Preis Gewächshaus Esche?', [ '1.450,00' ] );
q(
	'price',
	'de',
	'Was kostet bei euch die Paketbox Lieferfix?',
	[ '219,00' ],
	[ ...NOT_FOUND, '5,90', '14,90' ]
);
q(
	'price',
	'de',
	'Was kostet die Garantieverlängerung für Akku-Geräte?',
	[ '24,90' ],
	[ ...NOT_FOUND, '2 Jahre' ]
);
q(
	'price',
	'de',
	'Ich hätte gern den Preis für das Kontaktspray für Akkukontakte',
	[ '8,99' ],
	[ ...NOT_FOUND, '4398' ]
);
q(
	'price',
	'de',
	'Was muss ich für die Versandtasche für Kettensägen zahlen?',
	[ '19,95' ],
	[ ...NOT_FOUND, '5,90', '39,00' ]
);
q(
	'price',
	'de',
	'und in 50 m?',
	[ '142,99' ],
	[ ...NOT_FOUND, '54,90' ],
	[ 'Was kostet der Gartenschlauch Amsel?' ]
);
q( 'price', 'en', 'How much is the Gewächshaus Wacholder?', [ '1.571,99' ] );
q(
	'price',
	'en',
	'price of the Rückschlagventil 1 Zoll?',
	[ '12,90' ],
	[ ...NOT_FOUND, '30 days', '30 Tage' ]
);
q( 'price', 'en', 'What does BS-HDR-348 cost?', [ '166,99' ] );
q( 'price', 'en', 'how much r the Hori-Hori knife & sheath', [ '29,50' ] );

// ---------------------------------------------------------------- spec
q( 'spec', 'de', 'Wie breit schneidet der Akku-Rasenmäher Specht?', [
	'42 cm',
] );
q( 'spec', 'de', 'Wie groß ist der Fangkorb vom Rasenmäher Zaunkönig?', [
	[ '55 l', '55 liter' ],
] );
q( 'spec', 'de', 'Wieviel bar schafft der Hochdruckreiniger Lärche?', [
	'140 bar',
] );
q(
	'spec',
	'de',
	'Wie schwer ist der Akku-Rasenmäher Ahorn?',
	[ '21,2 kg' ],
	[ ...NOT_FOUND, '286,99' ]
);
q(
	'spec',
	'de',
	'Ist beim Hochdruckreiniger Amsel ein Flächenreiniger dabei?',
	[ '28 cm' ]
);
q( 'spec', 'de', 'Wie lange hält eine Akkuladung beim Rasenmäher Dachs?', [
	[ '44 Minuten', '44 min' ],
] );
q(
	'spec',
	'de',
	'Ist beim Akku-Rasenmäher Specht ein Akku dabei oder muss ich den extra kaufen?',
	[
		[
			'nicht im lieferumfang',
			'nicht enthalten',
			'ohne akku',
			'kein akku',
			'nicht dabei',
		],
	]
);
q( 'spec', 'de', 'Welchen Durchmesser hat der Gartenschlauch Amsel innen?', [
	[ '5/8 Zoll', '15 mm' ],
] );
q(
	'spec',
	'de',
	'Wie viele Stufen hat die Drehmomentkupplung beim Akku-Bohrschrauber Fichte?',
	[ '21' ],
	[ ...NOT_FOUND, '165,95' ]
);
q(
	'spec',
	'de',
	'Welche Schneelast hält das Gewächshaus Holunder aus? Wir haben im Winter viel Schnee',
	[ [ '70 kg/m²', '70 kg/m2', '70 kg pro' ] ]
);
q(
	'spec',
	'en',
	'What is the max cutting thickness of the Gartenschere Fichte?',
	[ '25 mm' ]
);
q( 'spec', 'en', 'How big is the Gewächshaus Birke, floor area?', [
	[ '8,0 m²', '8,0 m2', '8 m²', '8 m2', '8.0 m' ],
] );
q( 'spec', 'en', 'What voltage does the Akku-Bohrschrauber Meise run on?', [
	'12 V',
] );
q(
	'spec',
	'en',
	'How long does one tank of chain oil last on the Kettensäge Flieder?',
	[ [ '29 minutes', '29 Minuten', '29 min' ] ]
);
q( 'spec', 'en', 'How much leverage is the Spaten Buche tested for?', [
	'290 kg',
] );

// ---------------------------------------------------------------- stock
q( 'stock', 'de', 'Ist die Heckenschere Schlehe auf Lager?', [ OUT_OF_STOCK ] );
q(
	'stock',
	'de',
	'Habt ihr den Hochdruckreiniger Kiefer da?',
	...inStock( '11' )
);
q( 'stock', 'de', 'Kann ich den Laubbläser Fichte sofort bekommen?', [
	BACKORDER,
] );
q(
	'stock',
	'de',
	'Ist das Service-Set für Mähroboter lieferbar?',
	[ OUT_OF_STOCK ],
	[ ...NOT_FOUND, '59,00' ]
);
q(
	'stock',
	'de',
	'Rückschlagventil 1 Zoll vorrätig?',
	[ BACKORDER ],
	[ ...NOT_FOUND, '30 Tage' ]
);
q(
	'stock',
	'de',
	'Wie viele Paketboxen Lieferfix habt ihr noch?',
	...inStock( '4' )
);
q( 'stock', 'de', 'gibts die regentonne wacholder noch?', [ OUT_OF_STOCK ] );
q( 'stock', 'en', 'Is the Gewächshaus Amsel in stock?', ...inStock( '9' ) );
q( 'stock', 'en', 'Do you have the Akku-Rasenmäher Fink available?', [
	BACKORDER,
] );
q( 'stock', 'en', 'any Spaten Fink left?', [ OUT_OF_STOCK ] );
q(
	'stock',
	'en',
	'Is the Kontaktspray für Akkukontakte in stock?',
	[ IN_STOCK, '37' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK, '4398' ]
);

// ---------------------------------------------------------------- variation
q(
	'variation',
	'de',
	'Was kostet der Gartenschlauch Holunder in 25 m?',
	[ '109,99' ],
	[ ...NOT_FOUND, '72,99' ]
);
q( 'variation', 'de', 'Ist der Gartenschlauch Eiche in 15 m lieferbar?', [
	OUT_OF_STOCK,
] );
q(
	'variation',
	'de',
	'Was kostet der Akku-Bohrschrauber Elster im Set mit 2 Akkus?',
	[ '247,99' ],
	[ ...NOT_FOUND, '120,95' ]
);
q(
	'variation',
	'de',
	'Den Bohrschrauber Falke gibts doch auch solo ohne Akku, oder? Ist der da?',
	[ OUT_OF_STOCK ]
);
q( 'variation', 'de', 'Kettensäge Flieder mit 40er Schwert – auf Lager?', [
	OUT_OF_STOCK,
] );
q(
	'variation',
	'de',
	'Was kostet das Hochbeet Igel in 200 cm Länge?',
	[ '345,99' ],
	[ ...NOT_FOUND, '238,90' ]
);
q( 'variation', 'de', 'Habt ihr die Gartenhandschuhe Meise in Größe 8?', [
	BACKORDER,
] );
q(
	'variation',
	'de',
	'Rasensamen Buche 10 kg, was kostet das?',
	[ '158,99' ],
	[ ...NOT_FOUND, '20,99' ]
);
q(
	'variation',
	'de',
	'Was kostet der Geschenkgutschein über 100 Euro?',
	[ '100,00' ],
	[ ...NOT_FOUND, '25,00' ]
);
q(
	'variation',
	'en',
	'How much is the Kettensäge Rotkehlchen with the 40 cm bar?',
	[ '415,99' ],
	[ ...NOT_FOUND, '377,99' ]
);
q(
	'variation',
	'en',
	'Do you have the Gartenhandschuhe Elster in size 10 (XL)?',
	...inStock()
);
q(
	'variation',
	'en',
	'Price for 2.5 kg of the Rasensamen Zaunkönig?',
	[ '43,99' ],
	[ ...NOT_FOUND, '19,95' ]
);
q(
	'variation',
	'en',
	'how many pairs of the Gartenhandschuhe Zaunkönig in XL do you have?',
	...inStock( '7' )
);
q( 'variation', 'en', 'is the 40 cm version in stock?', ...inStock(), [
	'Tell me about the Kettensäge Hasel',
] );

// ---------------------------------------------------------------- order
q(
	'order',
	'de',
	'Wo bleibt meine Bestellung 2? lea.schaefer@ahorn.example',
	[ STATUS.processing! ],
	[ ...NOT_FOUND, AHORN ]
);
q(
	'order',
	'de',
	'Bestellung Nr. 1, jonas.becker@heckenschere.de – ist die schon raus?',
	[ STATUS.completed!, '00340434161101310473' ],
	[ ...NOT_FOUND, HECKENSCHEREN ]
);
q(
	'order',
	'de',
	'Nummer 3, felix.wagner@gartenschlauch.example',
	[ STATUS[ 'on-hold' ]! ],
	[ ...NOT_FOUND, GARTENSCHLAEUCHE ],
	[ 'Hallo, ich will wissen wo meine Bestellung ist' ]
);
q(
	'order',
	'de',
	'lukas.zimmermann@regentonne.de',
	[ STATUS.completed!, '00340434161145173311' ],
	[ ...NOT_FOUND, REGENTONNEN ],
	[ 'Ich hab eine Frage zu meiner Bestellung 7' ]
);
q(
	'order',
	'de',
	'Bestellung 5 paul.neumann@hochbeet.net',
	[ STATUS.pending! ],
	[ ...NOT_FOUND, HOCHBEETE ]
);
q(
	'order',
	'de',
	'Status von Auftrag 8? Meine Mail: sophie.braun@kettensaege.example',
	[ STATUS.refunded! ],
	[ ...NOT_FOUND, KETTENSAEGEN ]
);
q(
	'order',
	'de',
	'Bestellung 6 – marie.hoffmann@specht.example',
	[ STATUS.cancelled! ],
	[ ...NOT_FOUND, SPECHT ]
);
q(
	'order',
	'de',
	'Ist meine Bestellung 9 schon unterwegs?',
	[ ASK_EMAIL ],
	[ STATUS.processing! ]
);
q(
	'order',
	'de',
	'Bestellung 10, emilia.schulz@gmx.example',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, '00340434161167104730' ]
);
q( 'order', 'en', "where's my order #4? hannah.krueger@web.de", [
	STATUS.completed!,
	'00340434161123241892',
] );
q(
	'order',
	'en',
	'Can you check order 10 for emilia.schulz@spaten.example?',
	[ STATUS.completed! ],
	[ ...NOT_FOUND, SPATEN ]
);
q(
	'order',
	'en',
	'it is number 9 and my email is tim.wolf@posteo.de',
	[ STATUS.processing! ],
	NOT_FOUND,
	[ 'Hi, I would like to know the status of my order' ]
);
q(
	'order',
	'en',
	'order 1, email jonas.becker@spaten.example',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, '00340434161101310473' ]
);

// ---------------------------------------------------------------- policy
q( 'policy', 'de', 'Wie lange kann ich Sachen zurückschicken?', [ '30' ] );
q( 'policy', 'de', 'ab wieviel euro is der versand gratis?', [ '69' ] );
q( 'policy', 'de', 'Was kostet der Versand nach Österreich?', [ '9,90' ] );
q(
	'policy',
	'de',
	'Ich will ein Gewächshaus bestellen – kommt für die Lieferung noch was drauf?',
	[ '39,00' ]
);
q( 'policy', 'de', 'Liefert ihr Akku-Geräte auch in die Schweiz?', [
	[ 'Solo', 'ohne Akku' ],
] );
q(
	'policy',
	'de',
	'Wie lange Garantie hab ich auf einen Akku-Rasenmäher?',
	[ [ '3 Jahre', 'drei Jahre' ] ],
	[ ...NOT_FOUND, '24,90' ]
);
q( 'policy', 'de', 'Kann ich auf Rechnung kaufen?', [ 'Klarna' ] );
q( 'policy', 'de', 'Was kostet es, meine Gartenschere schleifen zu lassen?', [
	'9,90',
] );
q(
	'policy',
	'de',
	'Was nehmt ihr für die Inspektion von einem Benzin-Rasenmäher?',
	[ '59,00' ]
);
q( 'policy', 'de', 'Baut ihr auch Gewächshäuser auf? Was kostet das?', [
	'249,00',
] );
q( 'policy', 'de', 'Verkauft ihr eigentlich auch Pflanzen?', [
	[ 'nur werkzeug', 'keine pflanzen', 'nein,', 'nein.' ],
] );
q(
	'policy',
	'en',
	'How long until I get my money back after you receive my return?',
	[ [ '10 Tage', '10 days' ] ]
);
q( 'policy', 'en', 'Can I get next-day delivery and what does it cost?', [
	'14,90',
] );
q( 'policy', 'en', 'Can I pay in installments?', [ 'Klarna', '199' ] );
q( 'policy', 'en', "What's the warranty on a greenhouse frame?", [
	[ '10 Jahre', '10 years' ],
] );
q(
	'policy',
	'en',
	"I'm in an allotment garden club (Kleingartenverein) – do we get a discount?",
	[ [ '5 %', '5%', '5 percent', '5 Prozent' ] ]
);
q(
	'policy',
	'en',
	'If I return a greenhouse, do you collect it and does that cost anything?',
	[ '39,00' ]
);

// ---------------------------------------------------------------- contact
q( 'contact', 'de', 'Wie ist eure Telefonnummer?', [
	[ '0621 4398 270', '0621 4398270', '06214398270', '621 4398270' ],
] );
q( 'contact', 'de', 'Wann habt ihr samstags im Laden offen?', [
	[ '9:00', '9 Uhr' ],
	[ '14:00', '14 Uhr' ],
] );
q(
	'contact',
	'de',
	'wo ist euer Laden?',
	[ [ 'Neckarauer Straße', 'Neckarauer Str' ] ],
	[ ...NOT_FOUND, '39,00' ]
);
q( 'contact', 'de', 'Kann ich euch auch per WhatsApp schreiben?', [
	'0171 5520 934',
] );
q( 'contact', 'de', 'Bis wann kann ich unter der Woche bei euch anrufen?', [
	[ '17:00', '17 Uhr' ],
] );
q( 'contact', 'de', 'Wie komm ich mit der Straßenbahn zu euch?', [
	'Neckarau West',
] );
q( 'contact', 'en', "What's your email address?", [
	'hallo@beet-und-spaten.example',
] );
q( 'contact', 'en', 'Is the shop open on Sundays?', [
	[ 'closed', 'geschlossen' ],
] );
q( 'contact', 'en', 'Who is the managing director of your company?', [
	'Katrin Albrecht',
] );

// ---------------------------------------------------------------- search
q(
	'search',
	'de',
	'Ich suche einen Akku-Rasenmäher mit mindestens 45 cm Schnittbreite',
	[ [ 'Akku-Rasenmäher Meise', 'Akku-Rasenmäher Ulme' ] ],
	[
		...NOT_FOUND,
		'Akku-Rasenmäher Buche',
		'Akku-Rasenmäher Zaunkönig',
		'Akku-Rasenmäher Dachs',
		'Akku-Rasenmäher Fink',
	]
);
q(
	'search',
	'de',
	'Hochdruckreiniger unter 150 Euro?',
	[ [ 'Hochdruckreiniger Lärche', 'Hochdruckreiniger Birke' ] ],
	[
		...NOT_FOUND,
		'Hochdruckreiniger Kiefer',
		'Hochdruckreiniger Amsel',
		'Hochdruckreiniger Linde',
		'Hochdruckreiniger Flieder',
	]
);
q(
	'search',
	'de',
	'Ich bin Linkshänder, welche Gartenscheren gehen da?',
	[ [ 'Gartenschere Flieder', 'Gartenschere Ulme', 'Gartenschere Fichte' ] ],
	[
		...NOT_FOUND,
		'Gartenschere Eibe',
		'Gartenschere Falke',
		'Gartenschere Schlehe',
	]
);
q(
	'search',
	'de',
	'brauche ne regentonne mit mind. 300 liter',
	[ [ 'Regentonne Ulme', 'Regentonne Eibe', 'Regentonne Wacholder' ] ],
	[
		...NOT_FOUND,
		'Regentonne Eiche',
		'Regentonne Falke',
		'Regentonne Elster',
	]
);
q(
	'search',
	'de',
	'Habt ihr ein Hochbeet aus Lärchenholz?',
	[ 'Hochbeet Esche' ],
	[ ...NOT_FOUND, 'Hochbeet Igel', 'Hochbeet Lärche', 'Hochbeet Schlehe' ]
);
q(
	'search',
	'de',
	'Welche Heckenscheren haben 70 cm Schnittlänge?',
	[
		[
			'Heckenschere Schlehe',
			'Heckenschere Igel',
			'Heckenschere Rotkehlchen',
		],
	],
	[ ...NOT_FOUND, 'Heckenschere Kiefer', 'Heckenschere Hasel' ]
);
q(
	'search',
	'de',
	'Gibt es Gartenhandschuhe mit Schnittschutz?',
	[
		[
			'Gartenhandschuhe Erle',
			'Gartenhandschuhe Zaunkönig',
			'Gartenhandschuhe Meise',
			'Gartenhandschuhe Igel',
		],
	],
	[
		...NOT_FOUND,
		'Gartenhandschuhe Eibe',
		'Gartenhandschuhe Elster',
		'Gartenhandschuhe Rotkehlchen',
	]
);
q(
	'search',
	'de',
	'Ich will einen Laubbläser mit Akku, aber nicht über 200 €',
	[ [ 'Laubbläser Esche', 'Laubbläser Rotkehlchen', 'Laubbläser Lärche' ] ],
	[
		...NOT_FOUND,
		'Laubbläser Kastanie',
		'Laubbläser Buche',
		'Laubbläser Wacholder',
	]
);
q(
	'search',
	'en',
	'Do you have a cordless drill with at least 60 Nm of torque?',
	[ [ 'Akku-Bohrschrauber Elster', 'Akku-Bohrschrauber Erle' ] ],
	[
		...NOT_FOUND,
		'Akku-Bohrschrauber Hasel',
		'Akku-Bohrschrauber Meise',
		'Akku-Bohrschrauber Falke',
	]
);
q(
	'search',
	'en',
	'Looking for a wheelbarrow that can carry 250 kg',
	[ [ 'Schubkarre Fichte', 'Schubkarre Schlehe', 'Schubkarre Kiefer' ] ],
	[
		...NOT_FOUND,
		'Schubkarre Meise',
		'Schubkarre Linde',
		'Schubkarre Hasel',
		'Schubkarre Ulme',
	]
);
q(
	'search',
	'en',
	'any greenhouse with safety glass instead of plastic panels?',
	[ [ 'Gewächshaus Wacholder', 'Gewächshaus Kranich' ] ],
	[
		...NOT_FOUND,
		'Gewächshaus Esche',
		'Gewächshaus Mistel',
		'Gewächshaus Holunder',
	]
);

// ---------------------------------------------------------------- unknown
q(
	'unknown',
	'de',
	'Welche Farbe hat die Schubkarre Fichte?',
	[ PERSON ],
	[ /\b(?:grün|rot|blau|schwarz|grau|gelb|orange|anthrazit)\b/ ]
);
q(
	'unknown',
	'de',
	'Wie lange läuft der Akku vom Laubbläser Esche?',
	[ PERSON ],
	[ /\d+\s?(?:min|minuten|stunden|h)\b/ ]
);
q(
	'unknown',
	'de',
	'Bietet ihr auch Gartenplanung bei mir zu Hause an?',
	[ PERSON ],
	[]
);
q(
	'unknown',
	'de',
	'Wo wird der Spaten Buche hergestellt?',
	[ PERSON ],
	[ /hergestellt in|made in/ ]
);
q(
	'unknown',
	'de',
	'Hat die Heckenschere Igel einen Sanftanlauf?',
	[ PERSON ],
	[]
);
q(
	'unknown',
	'en',
	'How much does the Gewächshaus Esche weigh?',
	[ PERSON ],
	[ /\d+(?:[.,]\d+)?\s?kg\b/ ]
);
q(
	'unknown',
	'en',
	'Do you rent out chainsaws for a weekend?',
	[ PERSON ],
	[]
);

// ---------------------------------------------------------------- handoff
q( 'handoff', 'de', 'Ich will mit einem Menschen reden', [ ASK_EMAIL ], [] );
q(
	'handoff',
	'de',
	'Kann mich bitte jemand vom Kundenservice zurückrufen?',
	[ ASK_EMAIL ],
	[]
);
q(
	'handoff',
	'de',
	'Das ist mir zu kompliziert, gib mich bitte an einen Mitarbeiter weiter',
	[ ASK_EMAIL ],
	[]
);
q(
	'handoff',
	'en',
	'I need to speak to someone about a greenhouse that arrived damaged',
	[ ASK_EMAIL ],
	[]
);
q( 'handoff', 'en', 'agent please', [ ASK_EMAIL ], [] );

// ---------------------------------------------------------------- language
q( 'language', 'en', 'Do you sell hedge trimmers?', [ 'Heckenschere' ] );
q( 'language', 'en', 'Hi! Any leaf blowers?', [ 'Laubbläser' ] );
q( 'language', 'en', 'do you guys have rain barrels', [ 'Regentonne' ] );
q( 'language', 'de', 'Moin, habt ihr Rasenmäher?', [ 'Rasenmäher' ] );
q( 'language', 'de', 'Grüß Gott, verkauft ihr Kettensägen?', [ 'Kettensäge' ] );
q( 'language', 'de', 'Servus! Gibt’s bei euch Schubkarren?', [ 'Schubkarre' ] );

export const BEETSPATEN_DEV: readonly EvalQuestion[] = questions;
