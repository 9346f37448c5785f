/**
 * FROZEN QUESTIONS for Kaffeewerk (tests/doubles/woocommerce/kaffeewerk.json).
 *
 * Written by hand from the shop's data on 2026-12-06, BEFORE any responder tuning against
 * this shop, and frozen from their commit on. Never edit a question, an expectation or an
 * alternative here to make a reply pass. If an expectation is factually wrong about the
 * shop, fix only that one in a separate commit whose message explains why.
 *
 * Engineers working on the responder must not read this file (the dev set in
 * tests/eval/dev/kaffeewerk-dev.ts is the one to look at). Everything the checks need is
 * defined here, so edits elsewhere cannot change the frozen set.
 *
 * Half the questions are German, half English (a tourist asking a German shop). Prices are
 * expected in the shop's own format (1.134,00 / 59,90: decimal comma, thousands dot).
 */
import type { EvalQuestion, Matcher } from '../types';

type Lang = 'en' | 'de';

const NOT_FOUND = [
	"couldn't find",
	'could not find',
	"can't find",
	'no information',
	'konnte ich nicht finden',
	'nicht gefunden',
	'nichts gefunden',
	'keine informationen',
];
const PERSON: Matcher = [
	'person',
	'human',
	'colleague',
	'team',
	'staff',
	'someone',
	'mitarbeiter',
	'kolleg',
	'mensch',
	'ansprechpartner',
	'weiterleiten',
];
const IN_STOCK = [
	'in stock',
	'available',
	'auf lager',
	'vorrätig',
	'verfügbar',
	'lieferbar',
];
const OUT_OF_STOCK = [
	'out of stock',
	'sold out',
	'not available',
	'unavailable',
	'not in stock',
	'nicht auf lager',
	'ausverkauft',
	'nicht vorrätig',
	'nicht verfügbar',
	'nicht lieferbar',
	'vergriffen',
];
const BACKORDER = [
	'backorder',
	'back order',
	'pre-order',
	'can be ordered',
	'rückstand',
	'vorbestell',
	'nachbestell',
	'nachgeliefert',
	'bestellbar',
];
const CANNOT_VERIFY = [
	"can't verify",
	'cannot verify',
	"couldn't verify",
	'could not verify',
	'unable to verify',
	"couldn't find an order",
	'could not find an order',
	'no order',
	'does not match',
	"doesn't match",
	'nicht verifizieren',
	'nicht überprüfen',
	'nicht bestätigen',
	'keine bestellung',
	'nicht finden',
	'passt nicht',
	'stimmt nicht',
];
const ASK_EMAIL = [ 'e-mail', 'email' ];

const STATUS: Record< string, Matcher > = {
	processing: [
		'processing',
		'being processed',
		'in bearbeitung',
		'bearbeitet',
	],
	completed: [ 'completed', 'complete', 'abgeschlossen', 'fertiggestellt' ],
	'on-hold': [
		'on hold',
		'on-hold',
		'wartestellung',
		'angehalten',
		'zurückgestellt',
	],
	pending: [
		'pending',
		'awaiting payment',
		'ausstehend',
		'wartet auf zahlung',
	],
	cancelled: [ 'cancelled', 'canceled', 'storniert' ],
	refunded: [ 'refunded', 'erstattet' ],
};

const questions: EvalQuestion[] = [];
let counter = 0;

function q(
	category: string,
	lang: Lang,
	text: string,
	mustContain: Matcher[],
	mustNotContain: Matcher[] = NOT_FOUND,
	before?: string[]
): void {
	questions.push( {
		id: `frozen-${ category }-${ ++counter }`,
		category,
		lang,
		text,
		mustContain,
		mustNotContain,
		...( before ? { before } : {} ),
	} );
}

/* ---------- price (18) ---------- */
q( 'price', 'de', 'Was kostet die Siebträgermaschine Alba?', [ '1.134,00' ] );
q( 'price', 'de', 'Wie teuer ist die Kaffeemühle Napoli?', [ '590,00' ] );
q( 'price', 'de', 'Preis Wasserkocher Solo?', [ '106,99' ] );
q( 'price', 'de', 'Was muss ich für den Handfilter Oro bezahlen?', [
	'22,99',
] );
q(
	'price',
	'de',
	'Ist die Kaffeewaage Alba gerade reduziert? Was kostet sie?',
	[ '95,90', '112,90' ]
);
q(
	'price',
	'de',
	'Was kostet der Versandkarton für Siebträgermaschinen?',
	[ 'Versandkarton', '14,90' ],
	[ ...NOT_FOUND, 'Versandkosten' ]
);
q(
	'price',
	'de',
	'Wie viel kostet die Garantieverlängerung 3 Jahre für Siebträgermaschinen?',
	[ '79,00' ]
);
q(
	'price',
	'de',
	'Was kostet eigentlich der Rücksendeetikett-Drucker LabelJet 4?',
	[ 'LabelJet', '129,00' ]
);
q( 'price', 'de', 'Kaffeevollautomat Uno – wie viel kostet der im Angebot?', [
	'669,90',
] );
q( 'price', 'en', 'How much is the Siebträgermaschine Oro?', [ '1.580,00' ] );
q( 'price', 'en', 'What does the Kaffeemühle Vento cost?', [ '311,00' ] );
q( 'price', 'en', 'price of the Milchaufschäumer Aroma?', [ '76,90' ] );
q( 'price', 'en', 'How much do you charge for the Abschlagbehälter Nero?', [
	'19,99',
] );
q(
	'price',
	'en',
	'Is the Kaffeemühle Duetto on sale? What was the original price?',
	[ '614,90', '723,00' ]
);
q(
	'price',
	'en',
	'How much is the Kontaktgrill-Reinigungsbürste?',
	[ '6,50' ],
	[ ...NOT_FOUND, '+49' ]
);
q( 'price', 'en', 'What is the price of the Kaffeevollautomat Fiore?', [
	'464,00',
] );
q( 'price', 'en', 'Kaffeewaage Ristretto price please', [ '34,99' ] );
q(
	'price',
	'en',
	'How much does the return label printer LabelJet 4 cost?',
	[ 'LabelJet', '129,00' ],
	[ ...NOT_FOUND, '60 days', '60 Tage' ]
);

/* ---------- spec: attributes and description facts (20) ---------- */
q( 'spec', 'de', 'Wie viel Druck hat die Siebträgermaschine Oro?', [
	'19 bar',
] );
q(
	'spec',
	'de',
	'Wie groß ist der Wassertank der Siebträgermaschine Alba?',
	[ [ '2,1 l', '2,1 liter' ] ],
	[ ...NOT_FOUND, '1.134,00' ]
);
q(
	'spec',
	'de',
	'Welche Leistung hat der Wasserkocher Solo?',
	[ [ '2.200 W', '2200 W', '2.200 Watt' ] ],
	[ ...NOT_FOUND, '106,99' ]
);
q( 'spec', 'de', 'Wie schwer ist die Kaffeemühle Nero?', [
	[ '5,3 kg', '5,3 Kilo' ],
] );
q(
	'spec',
	'de',
	'Welche Maße hat der Kaffeevollautomat Brio?',
	[ '28', '46', '35' ],
	[ ...NOT_FOUND, '1.484,00' ]
);
q( 'spec', 'de', 'Aus welchem Material ist der Tamper Corso?', [
	'Edelstahl',
] );
q( 'spec', 'de', 'Was für ein Mahlwerk hat die Kaffeemühle Vento?', [
	[ 'Scheibenmahlwerk', '54 mm' ],
] );
q(
	'spec',
	'de',
	'In wie vielen Stufen kann man den Mahlgrad der Kaffeemühle Luna einstellen?',
	[ '45' ]
);
q(
	'spec',
	'de',
	'Wie lange dauert es, bis die Siebträgermaschine Tazza betriebsbereit ist?',
	[ '60 Sekunden' ]
);
q(
	'spec',
	'de',
	'Woher kommen die Kaffeebohnen Aroma und wie sind sie geröstet?',
	[ 'Äthiopien', 'dunkel' ]
);
q( 'spec', 'en', 'What is the pressure of the Kaffeevollautomat Rosso?', [
	'15 bar',
] );
q(
	'spec',
	'en',
	'How many litres does the water tank of the Siebträgermaschine Dolce hold?',
	[ [ '2,5 l', '2.5 l', '2,5 liter', '2.5 liter', '2.5 litre' ] ],
	[ ...NOT_FOUND, '1.139,00' ]
);
q( 'spec', 'en', 'What is the wattage of the Milchaufschäumer Lago?', [
	[ '550 W', '550 watt' ],
] );
q( 'spec', 'en', 'How heavy is the Siebträgermaschine Fiore?', [
	[ '5,8 kg', '5.8 kg' ],
] );
q( 'spec', 'en', 'What colour is the Kaffeemühle Crema?', [
	[ 'Rot', 'red' ],
] );
q( 'spec', 'en', 'What is the capacity of the Wasserkocher Vento?', [
	[ '0,8 l', '0.8 l', '0,8 liter', '0.8 liter', '0.8 litre' ],
] );
q( 'spec', 'en', 'What is the weighing precision of the Kaffeewaage Perla?', [
	[ '0,1 g', '0.1 g' ],
] );
q( 'spec', 'en', 'How long does the battery of the Kaffeewaage Verona last?', [
	[ '25 Stunden', '25 hours' ],
] );
q( 'spec', 'en', 'Can the Espressokocher Corso be used on an induction hob?', [
	[ 'Induktion', 'induction' ],
] );
q(
	'spec',
	'en',
	'How many coffee specialities does the Kaffeevollautomat Brio offer?',
	[ '20' ]
);

/* ---------- stock (14) ---------- */
q(
	'stock',
	'de',
	'Ist die Siebträgermaschine Alba auf Lager?',
	[ IN_STOCK, '17' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK ]
);
q(
	'stock',
	'de',
	'Habt ihr den Kaffeevollautomat Rosso vorrätig?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'stock',
	'de',
	'Ist der Wasserkocher Bella lieferbar?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'stock',
	'de',
	'Wie viele Abschlagbehälter Napoli habt ihr noch?',
	[ '3' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK ]
);
q(
	'stock',
	'de',
	'Kann ich die Siebträgermaschine Dolce bestellen oder ist sie ausverkauft?',
	[ BACKORDER ],
	[ ...NOT_FOUND, 'ausverkauft ist' ]
);
q(
	'stock',
	'de',
	'Ist der Milchaufschäumer Rondo noch da?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'stock',
	'de',
	'Gibt es die Garantieverlängerung 3 Jahre für Siebträgermaschinen noch?',
	[ IN_STOCK ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK, '60 Tage' ]
);
q(
	'stock',
	'en',
	'Is the Kaffeemühle Napoli in stock?',
	[ IN_STOCK, '15' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK ]
);
q(
	'stock',
	'en',
	'Do you have the Kaffeevollautomat Grande available?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'stock',
	'en',
	'Is the Handfilter Duetto available right now?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'stock',
	'en',
	'How many Wasserkocher Vento do you have left?',
	[ '48' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK ]
);
q(
	'stock',
	'en',
	'Can I still order the Kaffeemühle Crema?',
	[ BACKORDER ],
	NOT_FOUND
);
q(
	'stock',
	'en',
	'Is the Abschlagbehälter Vivo sold out?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'stock',
	'en',
	'Do you have the Versandkarton für Siebträgermaschinen in stock?',
	[ IN_STOCK, '7' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK, '6,90' ]
);

/* ---------- variation: price or stock of a named variation (18) ---------- */
q(
	'variation',
	'de',
	'Was kosten die Kaffeebohnen Oro in 1 kg?',
	[ '53,90' ],
	[ ...NOT_FOUND, 'ab 15,90' ]
);
q(
	'variation',
	'de',
	'Preis für Kaffeebohnen Brio 500 g?',
	[ '23,90' ],
	[ ...NOT_FOUND, 'ab 12,90' ]
);
q(
	'variation',
	'de',
	'Was kostet der Tamper Duetto mit 58 mm Durchmesser?',
	[ '75,90' ],
	[ ...NOT_FOUND, 'ab 65,90' ]
);
q(
	'variation',
	'de',
	'Wie teuer ist das Milchkännchen Prima in 600 ml?',
	[ '43,90' ],
	NOT_FOUND
);
q(
	'variation',
	'de',
	'Was kostet die French Press Torino mit 1,0 l?',
	[ '71,90' ],
	NOT_FOUND
);
q(
	'variation',
	'de',
	'Ist das Milchkännchen Crema in 350 ml auf Lager?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'variation',
	'de',
	'Habt ihr den Entkalker Aroma in 500 ml?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'variation',
	'de',
	'Ist das Espressotassen-Set Rosso mit 6 Stück lieferbar?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'variation',
	'de',
	'Wie viele Reinigungstabletten Lungo mit 100 Stück sind noch da?',
	[ '44' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK ]
);
q(
	'variation',
	'en',
	'How much is the Espressokocher Milano in the 9 cup size?',
	[ '55,90' ],
	[ ...NOT_FOUND, 'from 34,90' ]
);
q(
	'variation',
	'en',
	'What does the Entkalker Nero 1 l cost?',
	[ '30,90' ],
	NOT_FOUND
);
q(
	'variation',
	'en',
	'Price of the Espressotassen-Set Oro with 4 pieces (4 Stück)?',
	[ '94,90' ],
	NOT_FOUND
);
q(
	'variation',
	'en',
	'How much is the Wasserfilter Monte pack of 3?',
	[ '30,90' ],
	[ ...NOT_FOUND, 'from 11,90' ]
);
q(
	'variation',
	'en',
	'What is the price of the Milchkännchen Lungo 950 ml?',
	[ '57,90' ],
	NOT_FOUND
);
q(
	'variation',
	'en',
	'Is the Tamper Sole in 58 mm in stock?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'variation',
	'en',
	'Do you have the French Press Rosso in 0,8 l?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
q(
	'variation',
	'en',
	'Is the Kaffeebohnen Prima 1 kg bag available? How many are left?',
	[ '2' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK ]
);
q(
	'variation',
	'en',
	'Can I order the Espressokocher Arco in the 6 cup size?',
	[ BACKORDER ],
	NOT_FOUND
);

/* ---------- order status (18) ---------- */
q(
	'order',
	'de',
	'Wo ist meine Bestellung 2? Meine E-Mail ist clara.klein@tamper.example',
	[ STATUS.completed!, '00340434161109838' ],
	[ ...NOT_FOUND, 'PayPal erfasst' ]
);
q(
	'order',
	'de',
	'Bestellung 5, E-Mail ben.neumann@gmx.de – wie ist der Status?',
	[ STATUS.pending! ],
	[ 'Kaffeewaage Fiore kostet' ]
);
q(
	'order',
	'de',
	'clara.klein@tamper.example',
	[ STATUS.completed! ],
	[ 'Tamper Sole', 'Tamper Corso' ],
	[ 'Wie ist der Stand meiner Bestellung Nr. 2?' ]
);
q(
	'order',
	'de',
	'meine Mail: jonas.hoffmann@milchkaennchen.de',
	[ STATUS[ 'on-hold' ]! ],
	[ 'Milchkännchen Crema', 'Milchkännchen Vento' ],
	[ 'Hallo, wo bleibt Bestellung #3?' ]
);
q(
	'order',
	'de',
	'Status von Bestellung 12 bitte, sophie.wolf@web.de',
	[ STATUS[ 'on-hold' ]! ],
	NOT_FOUND
);
q(
	'order',
	'de',
	'Bestellung 11, E-Mail falsch.person@example.com',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, 'Handfilter Arco', '87,98' ]
);
q(
	'order',
	'de',
	'Wo ist meine Bestellung 99? E-Mail: lena.klein@entkalker.net',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, 'Wasserkocher Bella' ]
);
q(
	'order',
	'de',
	'Wo ist meine Bestellung 7?',
	[ ASK_EMAIL ],
	[ STATUS.cancelled!, 'Wasserkocher Notte' ]
);
q( 'order', 'de', 'lukas.wolf@posteo.de', [ STATUS.cancelled! ], NOT_FOUND, [
	'Ich möchte wissen, was mit meiner Bestellung los ist.',
	'7',
] );
q(
	'order',
	'en',
	'Where is my order 1? My email is paul.becker@espresso-freunde.de',
	[ STATUS.processing! ],
	[ 'Espressokocher', 'Espressotassen-Set' ]
);
q(
	'order',
	'en',
	'order #8, email sarah.neumann@kaffeemuehle.de',
	[ STATUS.completed!, '00340434161157352' ],
	[ 'Kaffeemühle Napoli', 'Kaffeemühle Vento', 'PayPal erfasst' ]
);
q(
	'order',
	'en',
	'It is mia.schulz@entkalker.net',
	[ STATUS.processing! ],
	[ 'Entkalker Aroma', 'Entkalker Nero' ],
	[ 'What is the status of order 6?' ]
);
q(
	'order',
	'en',
	'felix.weber@espresso-freunde.de',
	[ STATUS.refunded! ],
	NOT_FOUND,
	[ 'Hi, can you check my order 9 please?' ]
);
q(
	'order',
	'en',
	'Status of order 14? lena.klein@entkalker.net',
	[ STATUS.completed!, '00340434161204866' ],
	[ 'Entkalker Aroma' ]
);
q(
	'order',
	'en',
	'Where is my order 10? My email is wrong.guy@example.com',
	[ CANNOT_VERIFY ],
	[ STATUS.processing!, 'Handfilter Tazza' ]
);
q(
	'order',
	'en',
	'Order 4, email is hannah.wolf@gmx.de',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, 'Handfilter Oro' ]
);
q(
	'order',
	'en',
	'Where is my order 13?',
	[ ASK_EMAIL ],
	[ STATUS.processing!, 'Milchaufschäumer Napoli' ]
);
q(
	'order',
	'en',
	'tom.koch@gmx.de',
	[
		STATUS.processing!,
		[ 'Abschlagbehälter Dolce', 'Milchaufschäumer Napoli' ],
	],
	NOT_FOUND,
	[ 'I want to know where my order is', '13' ]
);

/* ---------- policy: returns, shipping, warranty, payment, services (20) ---------- */
q( 'policy', 'de', 'Wie lange habe ich Zeit, etwas zurückzuschicken?', [
	'60 Tage',
] );
q( 'policy', 'de', 'Ist die Rücksendung kostenlos?', [
	[ 'kostenlos', 'kostenfrei', 'gratis' ],
] );
q( 'policy', 'de', 'Wann bekomme ich mein Geld zurück?', [ '14 Tage' ] );
q(
	'policy',
	'de',
	'Was kostet der Versand?',
	[ '6,90' ],
	[ ...NOT_FOUND, 'Versandkarton' ]
);
q( 'policy', 'de', 'Ab welchem Bestellwert ist der Versand kostenlos?', [
	'75',
] );
q( 'policy', 'de', 'Wie lange dauert die Lieferung innerhalb Deutschlands?', [
	[ '1–3', '1-3', '1 bis 3' ],
] );
q(
	'policy',
	'de',
	'Wie lange gilt die Garantie auf Kaffeemühlen?',
	[ [ '3 Jahre', 'drei Jahre' ] ],
	[
		...NOT_FOUND,
		'Garantieverlängerung 3 Jahre für Siebträgermaschinen kostet',
	]
);
q( 'policy', 'de', 'Welche Zahlungsarten bietet ihr an?', [
	'PayPal',
	'Klarna',
] );
q( 'policy', 'de', 'Kann ich auf Rechnung kaufen?', [ 'Klarna' ] );
q(
	'policy',
	'de',
	'Was kostet euer Entkalkungsservice?',
	[ '49,00' ],
	[ ...NOT_FOUND, 'Entkalker Aroma' ]
);
q( 'policy', 'en', 'What is your return policy?', [
	[ '60 days', '60 Tage' ],
] );
q( 'policy', 'en', 'Can I return an opened bag of coffee?', [
	[ 'hygien', 'Kaffeepackungen', 'coffee pack' ],
] );
q(
	'policy',
	'en',
	'How much is shipping?',
	[ '6,90' ],
	[ ...NOT_FOUND, 'Versandkarton' ]
);
q( 'policy', 'en', 'Do you offer express delivery and what does it cost?', [
	'14,90',
] );
q( 'policy', 'en', 'Do you ship to Switzerland?', [
	[ 'Schweiz', 'Switzerland' ],
] );
q( 'policy', 'en', 'How long does delivery to other EU countries take?', [
	[ '4–8', '4-8', '4 to 8', '4 bis 8' ],
] );
q( 'policy', 'en', 'What warranty do I get on an espresso machine?', [
	[ '2 years', '2 Jahre', 'two years', '2-year' ],
	[ '3 years', '3 Jahre', 'three years', '3-year' ],
] );
q( 'policy', 'en', 'Which payment methods do you accept?', [
	'PayPal',
	'Klarna',
] );
q( 'policy', 'en', 'How long does a repair take?', [
	[ '5–7', '5-7', '5 to 7', '5 bis 7' ],
] );
q( 'policy', 'en', 'Is a repair quote free of charge?', [
	[ 'kostenlos', 'free' ],
] );

/* ---------- contact (12) ---------- */
q( 'contact', 'de', 'Wie ist eure Telefonnummer?', [
	[ '+49 221 1044 244', '0221 1044 244' ],
] );
q( 'contact', 'de', 'Wann habt ihr geöffnet?', [
	[ '10:00', '10 Uhr' ],
	[ '19:00', '19 Uhr' ],
] );
q( 'contact', 'de', 'Habt ihr samstags offen?', [
	[ '9:00', '9 Uhr' ],
	[ '13:00', '13 Uhr' ],
] );
q( 'contact', 'de', 'Wo ist euer Laden?', [
	[ 'Röstereistraße 53', 'Röstereistr. 53' ],
	'Köln',
] );
q( 'contact', 'de', 'Wie kann ich euch per E-Mail erreichen?', [
	'service@kaffeewerk.example',
] );
q( 'contact', 'de', 'Wer ist Geschäftsführer von Kaffeewerk?', [
	'Johanna Brandt',
] );
q( 'contact', 'en', 'What is your phone number?', [
	[ '+49 221 1044 244', '0221 1044 244' ],
] );
q( 'contact', 'en', 'What are your opening hours?', [
	[ '10:00', '10 am', '10am' ],
	[ '19:00', '7 pm', '7pm' ],
] );
q( 'contact', 'en', 'Are you open on Sundays?', [
	[ 'geschlossen', 'closed' ],
] );
q( 'contact', 'en', 'What is the address of your shop?', [
	[ 'Röstereistraße 53', 'Röstereistr. 53' ],
	[ 'Köln', 'Cologne' ],
] );
q( 'contact', 'en', 'How can I contact customer service by email?', [
	'service@kaffeewerk.example',
] );
q( 'contact', 'en', 'What is your VAT ID?', [
	[ 'DE 314 159 265', 'DE314159265' ],
] );

/* ---------- search and recommendation with constraints (12) ---------- */
q(
	'search',
	'de',
	'Ich suche eine Kaffeemühle unter 400 €.',
	[ 'Kaffeemühle Vento' ],
	[
		...NOT_FOUND,
		'Kaffeemühle Nero',
		'Kaffeemühle Napoli',
		'Kaffeemühle Luna',
	]
);
q(
	'search',
	'de',
	'Welche Siebträgermaschine habt ihr für unter 1.000 Euro?',
	[ 'Siebträgermaschine Perla' ],
	[ ...NOT_FOUND, 'Siebträgermaschine Oro', 'Siebträgermaschine Alba' ]
);
q(
	'search',
	'de',
	'Habt ihr eine Siebträgermaschine mit 19 bar?',
	[ 'Siebträgermaschine Oro' ],
	NOT_FOUND
);
q(
	'search',
	'de',
	'Ich hätte gern einen Handfilter aus Glas.',
	[ 'Handfilter Notte' ],
	[ ...NOT_FOUND, 'Handfilter Duetto' ]
);
q(
	'search',
	'de',
	'Welche Kaffeebohnen kommen aus Äthiopien?',
	[ 'Kaffeebohnen Aroma' ],
	[ ...NOT_FOUND, 'Kaffeebohnen Oro' ]
);
q(
	'search',
	'de',
	'Empfehlt mir einen Milchaufschäumer für unter 30 Euro',
	[ 'Milchaufschäumer Napoli' ],
	[ ...NOT_FOUND, 'Milchaufschäumer Tazza' ]
);
q(
	'search',
	'en',
	'Can you recommend a bean-to-cup machine (Kaffeevollautomat) under 500 euros?',
	[ 'Kaffeevollautomat Fiore' ],
	[ ...NOT_FOUND, 'Kaffeevollautomat Brio', 'Kaffeevollautomat Grande' ]
);
q(
	'search',
	'en',
	'I need a coffee scale under 50 euros',
	[ 'Kaffeewaage Ristretto' ],
	[ ...NOT_FOUND, 'Kaffeewaage Grande' ]
);
q(
	'search',
	'en',
	'Do you have light roast coffee beans?',
	[ 'Kaffeebohnen Prima' ],
	[ ...NOT_FOUND, 'Kaffeebohnen Doppio' ]
);
q( 'search', 'en', 'Do you sell tampers?', [ 'Tamper' ], NOT_FOUND );
q(
	'search',
	'en',
	'I am looking for a kettle with 1,7 l that is in stock',
	[ [ 'Wasserkocher Solo', 'Wasserkocher Tazza' ] ],
	[ ...NOT_FOUND, 'Wasserkocher Milano' ]
);
q(
	'search',
	'en',
	'Which knock box is made of walnut wood (Walnussholz)?',
	[ 'Abschlagbehälter Verona' ],
	[ ...NOT_FOUND, 'Abschlagbehälter Vivo' ]
);

/* ---------- honest unknown: facts the shop does not have (10) ---------- */
q(
	'unknown',
	'de',
	'Wie laut ist die Kaffeemühle Napoli in Dezibel?',
	[ PERSON ],
	[ /\d\s?(db|dezibel)/i ]
);
q(
	'unknown',
	'de',
	'Wie hoch ist der Stromverbrauch im Standby beim Kaffeevollautomat Brio?',
	[ PERSON ],
	[ '1.400', /\d\s?(w|watt) im standby/i ]
);
q(
	'unknown',
	'de',
	'Wann ist die Siebträgermaschine Dolce wieder auf Lager?',
	[ PERSON ],
	[ /\d{1,2}\.\s?(\d{1,2}\.|januar|februar|märz|dezember)/i ]
);
q(
	'unknown',
	'de',
	'Gibt es bei euch einen Studentenrabatt?',
	[ PERSON ],
	[ /\d+\s?%/ ]
);
q(
	'unknown',
	'de',
	'Hat die Kaffeewaage Alba Bluetooth?',
	[ PERSON ],
	[ 'ja, die', 'ja, sie' ]
);
q(
	'unknown',
	'en',
	'What is the CO2 footprint of the Kaffeebohnen Oro?',
	[ PERSON ],
	[ /\d\s?(kg|g)\s?co/i ]
);
q(
	'unknown',
	'en',
	'Do you have a discount code for my first order?',
	[ PERSON ],
	[ /\d+\s?%/, 'code:' ]
);
q(
	'unknown',
	'en',
	'Can I pick up my order in person at your shop?',
	[ PERSON ],
	[ 'yes, you can pick' ]
);
q(
	'unknown',
	'en',
	'Does the Siebträgermaschine Alba have a PID temperature controller?',
	[ PERSON ],
	[ 'yes, it has', 'yes, the' ]
);
q(
	'unknown',
	'en',
	'How much does shipping to Austria cost?',
	[ PERSON ],
	[ '6,90', '14,90' ]
);

/* ---------- handoff (6) ---------- */
q(
	'handoff',
	'de',
	'Ich möchte bitte mit einem Mitarbeiter sprechen.',
	[ ASK_EMAIL ],
	[]
);
q(
	'handoff',
	'de',
	'Kann mich jemand zurückrufen? Ich habe ein Problem mit meiner Maschine.',
	[ [ ...ASK_EMAIL, 'telefon', 'kolleg', 'mitarbeiter' ] ],
	[]
);
q(
	'handoff',
	'de',
	'anna.berger@beispiel.de',
	[ [ 'anna.berger@beispiel.de', 'melden', 'kolleg', 'mitarbeiter' ] ],
	[],
	[ 'Ich will mit einem Menschen reden' ]
);
q( 'handoff', 'en', 'Can I talk to a real person please?', [ ASK_EMAIL ], [] );
q(
	'handoff',
	'en',
	'I need help from your staff, the bot is not enough',
	[ ASK_EMAIL ],
	[]
);
q(
	'handoff',
	'en',
	'my address is john.miller@example.org',
	[
		[
			'john.miller@example.org',
			'get back',
			'in touch',
			'colleague',
			'team',
		],
	],
	[],
	[ 'I want to speak to a human' ]
);

/* ---------- language: the reply must be in the shopper's language (8) ---------- */
q( 'language', 'de', 'Hallo! Verkauft ihr auch Entkalker?', [ 'Entkalker' ] );
q(
	'language',
	'de',
	'Guten Tag, was kostet denn das Espressotassen-Set Vivo?',
	[ '46,90' ]
);
q(
	'language',
	'de',
	'Danke für die Hilfe!',
	[ [ 'gern', 'bitte', 'freut' ] ],
	[]
);
q( 'language', 'de', 'Servus, habt ihr Wasserfilter?', [ 'Wasserfilter' ] );
q( 'language', 'en', 'Hello! Do you sell milk jugs (Milchkännchen)?', [
	'Milchkännchen',
] );
q(
	'language',
	'en',
	'Thanks a lot!',
	[ [ 'welcome', 'glad', 'pleasure' ] ],
	[]
);
q(
	'language',
	'en',
	'Hi, I only speak English. How much is the French Press Grande?',
	[ '17,90' ]
);
q(
	'language',
	'en',
	'Good morning, do you have cleaning tablets (Reinigungstabletten)?',
	[ 'Reinigungstabletten' ]
);

export const KAFFEEWERK_FROZEN: readonly EvalQuestion[] =
	Object.freeze( questions );
