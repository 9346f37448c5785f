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

const { questions, ofClass } = numberedQuestions( 'bs' );

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
const price = ofClass( 'price' );
price.de( 'Was kostet der Akku-Rasenmäher Meise?', [ '483,95' ] );
price.de( 'wie teuer is die heckenschere amsel', [ '231,99' ] );
price.de( 'Preis Gewächshaus Esche?', [ '1.450,00' ] );
price.de(
	'Was kostet bei euch die Paketbox Lieferfix?',
	[ '219,00' ],
	[ ...NOT_FOUND, '5,90', '14,90' ]
);
price.de(
	'Was kostet die Garantieverlängerung für Akku-Geräte?',
	[ '24,90' ],
	[ ...NOT_FOUND, '2 Jahre' ]
);
price.de(
	'Ich hätte gern den Preis für das Kontaktspray für Akkukontakte',
	[ '8,99' ],
	[ ...NOT_FOUND, '4398' ]
);
price.de(
	'Was muss ich für die Versandtasche für Kettensägen zahlen?',
	[ '19,95' ],
	[ ...NOT_FOUND, '5,90', '39,00' ]
);
price.de(
	'und in 50 m?',
	[ '142,99' ],
	[ ...NOT_FOUND, '54,90' ],
	[ 'Was kostet der Gartenschlauch Amsel?' ]
);
price.en( 'How much is the Gewächshaus Wacholder?', [ '1.571,99' ] );
price.en(
	'price of the Rückschlagventil 1 Zoll?',
	[ '12,90' ],
	[ ...NOT_FOUND, '30 days', '30 Tage' ]
);
price.en( 'What does BS-HDR-348 cost?', [ '166,99' ] );
price.en( 'how much r the Hori-Hori knife & sheath', [ '29,50' ] );

// ---------------------------------------------------------------- spec
const spec = ofClass( 'spec' );
spec.de( 'Wie breit schneidet der Akku-Rasenmäher Specht?', [ '42 cm' ] );
spec.de( 'Wie groß ist der Fangkorb vom Rasenmäher Zaunkönig?', [
	[ '55 l', '55 liter' ],
] );
spec.de( 'Wieviel bar schafft der Hochdruckreiniger Lärche?', [ '140 bar' ] );
spec.de(
	'Wie schwer ist der Akku-Rasenmäher Ahorn?',
	[ '21,2 kg' ],
	[ ...NOT_FOUND, '286,99' ]
);
spec.de( 'Ist beim Hochdruckreiniger Amsel ein Flächenreiniger dabei?', [
	'28 cm',
] );
spec.de( 'Wie lange hält eine Akkuladung beim Rasenmäher Dachs?', [
	[ '44 Minuten', '44 min' ],
] );
spec.de(
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
spec.de( 'Welchen Durchmesser hat der Gartenschlauch Amsel innen?', [
	[ '5/8 Zoll', '15 mm' ],
] );
spec.de(
	'Wie viele Stufen hat die Drehmomentkupplung beim Akku-Bohrschrauber Fichte?',
	[ '21' ],
	[ ...NOT_FOUND, '165,95' ]
);
spec.de(
	'Welche Schneelast hält das Gewächshaus Holunder aus? Wir haben im Winter viel Schnee',
	[ [ '70 kg/m²', '70 kg/m2', '70 kg pro' ] ]
);
spec.en( 'What is the max cutting thickness of the Gartenschere Fichte?', [
	'25 mm',
] );
spec.en( 'How big is the Gewächshaus Birke, floor area?', [
	[ '8,0 m²', '8,0 m2', '8 m²', '8 m2', '8.0 m' ],
] );
spec.en( 'What voltage does the Akku-Bohrschrauber Meise run on?', [ '12 V' ] );
spec.en(
	'How long does one tank of chain oil last on the Kettensäge Flieder?',
	[ [ '29 minutes', '29 Minuten', '29 min' ] ]
);
spec.en( 'How much leverage is the Spaten Buche tested for?', [ '290 kg' ] );

// ---------------------------------------------------------------- stock
const stock = ofClass( 'stock' );
stock.de( 'Ist die Heckenschere Schlehe auf Lager?', [ OUT_OF_STOCK ] );
stock.de( 'Habt ihr den Hochdruckreiniger Kiefer da?', ...inStock( '11' ) );
stock.de( 'Kann ich den Laubbläser Fichte sofort bekommen?', [ BACKORDER ] );
stock.de(
	'Ist das Service-Set für Mähroboter lieferbar?',
	[ OUT_OF_STOCK ],
	[ ...NOT_FOUND, '59,00' ]
);
stock.de(
	'Rückschlagventil 1 Zoll vorrätig?',
	[ BACKORDER ],
	[ ...NOT_FOUND, '30 Tage' ]
);
stock.de( 'Wie viele Paketboxen Lieferfix habt ihr noch?', ...inStock( '4' ) );
stock.de( 'gibts die regentonne wacholder noch?', [ OUT_OF_STOCK ] );
stock.en( 'Is the Gewächshaus Amsel in stock?', ...inStock( '9' ) );
stock.en( 'Do you have the Akku-Rasenmäher Fink available?', [ BACKORDER ] );
stock.en( 'any Spaten Fink left?', [ OUT_OF_STOCK ] );
stock.en(
	'Is the Kontaktspray für Akkukontakte in stock?',
	[ IN_STOCK, '37' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK, '4398' ]
);

// ---------------------------------------------------------------- variation
const variation = ofClass( 'variation' );
variation.de(
	'Was kostet der Gartenschlauch Holunder in 25 m?',
	[ '109,99' ],
	[ ...NOT_FOUND, '72,99' ]
);
variation.de( 'Ist der Gartenschlauch Eiche in 15 m lieferbar?', [
	OUT_OF_STOCK,
] );
variation.de(
	'Was kostet der Akku-Bohrschrauber Elster im Set mit 2 Akkus?',
	[ '247,99' ],
	[ ...NOT_FOUND, '120,95' ]
);
variation.de(
	'Den Bohrschrauber Falke gibts doch auch solo ohne Akku, oder? Ist der da?',
	[ OUT_OF_STOCK ]
);
variation.de( 'Kettensäge Flieder mit 40er Schwert – auf Lager?', [
	OUT_OF_STOCK,
] );
variation.de(
	'Was kostet das Hochbeet Igel in 200 cm Länge?',
	[ '345,99' ],
	[ ...NOT_FOUND, '238,90' ]
);
variation.de( 'Habt ihr die Gartenhandschuhe Meise in Größe 8?', [
	BACKORDER,
] );
variation.de(
	'Rasensamen Buche 10 kg, was kostet das?',
	[ '158,99' ],
	[ ...NOT_FOUND, '20,99' ]
);
variation.de(
	'Was kostet der Geschenkgutschein über 100 Euro?',
	[ '100,00' ],
	[ ...NOT_FOUND, '25,00' ]
);
variation.en(
	'How much is the Kettensäge Rotkehlchen with the 40 cm bar?',
	[ '415,99' ],
	[ ...NOT_FOUND, '377,99' ]
);
variation.en(
	'Do you have the Gartenhandschuhe Elster in size 10 (XL)?',
	...inStock()
);
variation.en(
	'Price for 2.5 kg of the Rasensamen Zaunkönig?',
	[ '43,99' ],
	[ ...NOT_FOUND, '19,95' ]
);
variation.en(
	'how many pairs of the Gartenhandschuhe Zaunkönig in XL do you have?',
	...inStock( '7' )
);
variation.en( 'is the 40 cm version in stock?', ...inStock(), [
	'Tell me about the Kettensäge Hasel',
] );

// ---------------------------------------------------------------- order
const order = ofClass( 'order' );
order.de(
	'Wo bleibt meine Bestellung 2? lea.schaefer@ahorn.example',
	[ STATUS.processing! ],
	[ ...NOT_FOUND, AHORN ]
);
order.de(
	'Bestellung Nr. 1, jonas.becker@heckenschere.de – ist die schon raus?',
	[ STATUS.completed!, '00340434161101310473' ],
	[ ...NOT_FOUND, HECKENSCHEREN ]
);
order.de(
	'Nummer 3, felix.wagner@gartenschlauch.example',
	[ STATUS[ 'on-hold' ]! ],
	[ ...NOT_FOUND, GARTENSCHLAEUCHE ],
	[ 'Hallo, ich will wissen wo meine Bestellung ist' ]
);
order.de(
	'lukas.zimmermann@regentonne.de',
	[ STATUS.completed!, '00340434161145173311' ],
	[ ...NOT_FOUND, REGENTONNEN ],
	[ 'Ich hab eine Frage zu meiner Bestellung 7' ]
);
order.de(
	'Bestellung 5 paul.neumann@hochbeet.net',
	[ STATUS.pending! ],
	[ ...NOT_FOUND, HOCHBEETE ]
);
order.de(
	'Status von Auftrag 8? Meine Mail: sophie.braun@kettensaege.example',
	[ STATUS.refunded! ],
	[ ...NOT_FOUND, KETTENSAEGEN ]
);
order.de(
	'Bestellung 6 – marie.hoffmann@specht.example',
	[ STATUS.cancelled! ],
	[ ...NOT_FOUND, SPECHT ]
);
order.de(
	'Ist meine Bestellung 9 schon unterwegs?',
	[ ASK_EMAIL ],
	[ STATUS.processing! ]
);
order.de(
	'Bestellung 10, emilia.schulz@gmx.example',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, '00340434161167104730' ]
);
order.en( "where's my order #4? hannah.krueger@web.de", [
	STATUS.completed!,
	'00340434161123241892',
] );
order.en(
	'Can you check order 10 for emilia.schulz@spaten.example?',
	[ STATUS.completed! ],
	[ ...NOT_FOUND, SPATEN ]
);
order.en(
	'it is number 9 and my email is tim.wolf@posteo.de',
	[ STATUS.processing! ],
	NOT_FOUND,
	[ 'Hi, I would like to know the status of my order' ]
);
order.en(
	'order 1, email jonas.becker@spaten.example',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, '00340434161101310473' ]
);

// ---------------------------------------------------------------- policy
const policy = ofClass( 'policy' );
policy.de( 'Wie lange kann ich Sachen zurückschicken?', [ '30' ] );
policy.de( 'ab wieviel euro is der versand gratis?', [ '69' ] );
policy.de( 'Was kostet der Versand nach Österreich?', [ '9,90' ] );
policy.de(
	'Ich will ein Gewächshaus bestellen – kommt für die Lieferung noch was drauf?',
	[ '39,00' ]
);
policy.de( 'Liefert ihr Akku-Geräte auch in die Schweiz?', [
	[ 'Solo', 'ohne Akku' ],
] );
policy.de(
	'Wie lange Garantie hab ich auf einen Akku-Rasenmäher?',
	[ [ '3 Jahre', 'drei Jahre' ] ],
	[ ...NOT_FOUND, '24,90' ]
);
policy.de( 'Kann ich auf Rechnung kaufen?', [ 'Klarna' ] );
policy.de( 'Was kostet es, meine Gartenschere schleifen zu lassen?', [
	'9,90',
] );
policy.de( 'Was nehmt ihr für die Inspektion von einem Benzin-Rasenmäher?', [
	'59,00',
] );
policy.de( 'Baut ihr auch Gewächshäuser auf? Was kostet das?', [ '249,00' ] );
policy.de( 'Verkauft ihr eigentlich auch Pflanzen?', [
	[ 'nur werkzeug', 'keine pflanzen', 'nein,', 'nein.' ],
] );
policy.en( 'How long until I get my money back after you receive my return?', [
	[ '10 Tage', '10 days' ],
] );
policy.en( 'Can I get next-day delivery and what does it cost?', [ '14,90' ] );
policy.en( 'Can I pay in installments?', [ 'Klarna', '199' ] );
policy.en( "What's the warranty on a greenhouse frame?", [
	[ '10 Jahre', '10 years' ],
] );
policy.en(
	"I'm in an allotment garden club (Kleingartenverein) – do we get a discount?",
	[ [ '5 %', '5%', '5 percent', '5 Prozent' ] ]
);
policy.en(
	'If I return a greenhouse, do you collect it and does that cost anything?',
	[ '39,00' ]
);

// ---------------------------------------------------------------- contact
const contact = ofClass( 'contact' );
contact.de( 'Wie ist eure Telefonnummer?', [
	[ '0621 4398 270', '0621 4398270', '06214398270', '621 4398270' ],
] );
contact.de( 'Wann habt ihr samstags im Laden offen?', [
	[ '9:00', '9 Uhr' ],
	[ '14:00', '14 Uhr' ],
] );
contact.de(
	'wo ist euer Laden?',
	[ [ 'Neckarauer Straße', 'Neckarauer Str' ] ],
	[ ...NOT_FOUND, '39,00' ]
);
contact.de( 'Kann ich euch auch per WhatsApp schreiben?', [ '0171 5520 934' ] );
contact.de( 'Bis wann kann ich unter der Woche bei euch anrufen?', [
	[ '17:00', '17 Uhr' ],
] );
contact.de( 'Wie komm ich mit der Straßenbahn zu euch?', [ 'Neckarau West' ] );
contact.en( "What's your email address?", [ 'hallo@beet-und-spaten.example' ] );
contact.en( 'Is the shop open on Sundays?', [ [ 'closed', 'geschlossen' ] ] );
contact.en( 'Who is the managing director of your company?', [
	'Katrin Albrecht',
] );

// ---------------------------------------------------------------- search
const search = ofClass( 'search' );
search.de(
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
search.de(
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
search.de(
	'Ich bin Linkshänder, welche Gartenscheren gehen da?',
	[ [ 'Gartenschere Flieder', 'Gartenschere Ulme', 'Gartenschere Fichte' ] ],
	[
		...NOT_FOUND,
		'Gartenschere Eibe',
		'Gartenschere Falke',
		'Gartenschere Schlehe',
	]
);
search.de(
	'brauche ne regentonne mit mind. 300 liter',
	[ [ 'Regentonne Ulme', 'Regentonne Eibe', 'Regentonne Wacholder' ] ],
	[
		...NOT_FOUND,
		'Regentonne Eiche',
		'Regentonne Falke',
		'Regentonne Elster',
	]
);
search.de(
	'Habt ihr ein Hochbeet aus Lärchenholz?',
	[ 'Hochbeet Esche' ],
	[ ...NOT_FOUND, 'Hochbeet Igel', 'Hochbeet Lärche', 'Hochbeet Schlehe' ]
);
search.de(
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
search.de(
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
search.de(
	'Ich will einen Laubbläser mit Akku, aber nicht über 200 €',
	[ [ 'Laubbläser Esche', 'Laubbläser Rotkehlchen', 'Laubbläser Lärche' ] ],
	[
		...NOT_FOUND,
		'Laubbläser Kastanie',
		'Laubbläser Buche',
		'Laubbläser Wacholder',
	]
);
search.en(
	'Do you have a cordless drill with at least 60 Nm of torque?',
	[ [ 'Akku-Bohrschrauber Elster', 'Akku-Bohrschrauber Erle' ] ],
	[
		...NOT_FOUND,
		'Akku-Bohrschrauber Hasel',
		'Akku-Bohrschrauber Meise',
		'Akku-Bohrschrauber Falke',
	]
);
search.en(
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
search.en(
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
const unknown = ofClass( 'unknown' );
unknown.de(
	'Welche Farbe hat die Schubkarre Fichte?',
	[ PERSON ],
	[ /\b(?:grün|rot|blau|schwarz|grau|gelb|orange|anthrazit)\b/ ]
);
unknown.de(
	'Wie lange läuft der Akku vom Laubbläser Esche?',
	[ PERSON ],
	[ /\d+\s?(?:min|minuten|stunden|h)\b/ ]
);
unknown.de(
	'Bietet ihr auch Gartenplanung bei mir zu Hause an?',
	[ PERSON ],
	[]
);
unknown.de(
	'Wo wird der Spaten Buche hergestellt?',
	[ PERSON ],
	[ /hergestellt in|made in/ ]
);
unknown.de( 'Hat die Heckenschere Igel einen Sanftanlauf?', [ PERSON ], [] );
unknown.en(
	'How much does the Gewächshaus Esche weigh?',
	[ PERSON ],
	[ /\d+(?:[.,]\d+)?\s?kg\b/ ]
);
unknown.en( 'Do you rent out chainsaws for a weekend?', [ PERSON ], [] );

// ---------------------------------------------------------------- handoff
const handoff = ofClass( 'handoff' );
handoff.de( 'Ich will mit einem Menschen reden', [ ASK_EMAIL ], [] );
handoff.de(
	'Kann mich bitte jemand vom Kundenservice zurückrufen?',
	[ ASK_EMAIL ],
	[]
);
handoff.de(
	'Das ist mir zu kompliziert, gib mich bitte an einen Mitarbeiter weiter',
	[ ASK_EMAIL ],
	[]
);
handoff.en(
	'I need to speak to someone about a greenhouse that arrived damaged',
	[ ASK_EMAIL ],
	[]
);
handoff.en( 'agent please', [ ASK_EMAIL ], [] );

// ---------------------------------------------------------------- language
const language = ofClass( 'language' );
language.en( 'Do you sell hedge trimmers?', [ 'Heckenschere' ] );
language.en( 'Hi! Any leaf blowers?', [ 'Laubbläser' ] );
language.en( 'do you guys have rain barrels', [ 'Regentonne' ] );
language.de( 'Moin, habt ihr Rasenmäher?', [ 'Rasenmäher' ] );
language.de( 'Grüß Gott, verkauft ihr Kettensägen?', [ 'Kettensäge' ] );
language.de( 'Servus! Gibt’s bei euch Schubkarren?', [ 'Schubkarre' ] );

export const BEETSPATEN_DEV: readonly EvalQuestion[] = questions;
