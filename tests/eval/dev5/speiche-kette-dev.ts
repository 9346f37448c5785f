/**
 * The DEV set for Speiche & Kette (tests/doubles/woocommerce/speiche-kette.json), a
 * GERMAN-language bicycle shop in Graz priced in euro ("1.299,00 €"). About two thirds of
 * the shoppers ask in German (some in Austrian German), a third in English: English
 * shoppers must get an English reply that shows the shop's own prices in the shop's format
 * and finds the shop's German pages and product names from English words.
 *
 * Written by hand from the shop's JSON, BEFORE any of them was asked, by an outside tester
 * who has not read the responder's code and did not tune it for this shop: typos,
 * lowercase, colloquial and Austrian German ("hamma", "gibts", "Jänner", "Packerl"),
 * indirect questions, several constraints in one question, follow-ups in the same
 * conversation. Every concrete fact expected is stated in the shop's data (checked by
 * speiche-kette-consistency.test.ts).
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
import type { EvalQuestion, Matcher } from '../types';

const { questions, ofClass } = numberedQuestions( 'sk' );

/** A reply that admits the shop does not say, or hands over to a person. */
const DONT_KNOW: Matcher = [
	...NOT_FOUND,
	...( PERSON as string[] ),
	"don't know",
	'do not know',
	'not stated',
	'not listed',
	'not mentioned',
	'no details',
	'no info',
	'weiß ich nicht',
	'wissen wir nicht',
	'keine angabe',
	'nicht angegeben',
	'nicht angeführt',
	'steht nicht',
	'leider nicht sagen',
	'kann ich nicht sagen',
	'nicht beantworten',
];
const SHOW_NO_ORDER = [
	/bestellung \d+ (?:ist|wurde)/,
	/order (?:#?\d+ )?(?:is|was|has been)/,
];
// Product cards a reply must not show when the shopper only wrote an e-mail address.
const PACKTASCHEN =
	/packtasche (?:wachau|semmering|mur|koralpe|plabutsch|gaisberg|salzach|feistritz)/;
const DACHSTEIN = /(?:reifen|bremsbeläge) dachstein/;
const SCHOECKL = /(?:kette|e-bike-akku) schöckl/;

const AT_SHIP = [ '4,90' ];
const TIME_18 = [ '18:00', '18.00', '18 uhr', '6 pm', '6:00 pm', '6pm' ];
const TIME_13 = [ '13:00', '13.00', '13 uhr', '1 pm', '1:00 pm', '1pm' ];

/* ---------------- price ---------------- */
const price = ofClass( 'price' );
price.de( 'was kostet der Sattel Koralpe?', [ '69,95' ] );
price.de( 'Wie teuer is das Frontlicht Kaunertal grad?', [ '109,99' ] );
price.de( 'preis für die kassette zirbitz bitte', [ '148,95' ] );
price.de(
	'Hallo! Ich such das Doppelakku-Set Großglockner, was zahlt man da?',
	[ '1.299,00' ]
);
price.de( 'Was kostet der Montageständer Werkstatt Pro?', [ '1.049,90' ] );
price.de( 'Das Kontaktspray für die E-Bike Stecker – was kostet das?', [
	'8,90',
] );
price.de( 'wieviel kostet das garantie flickset', [ '6,90' ] );
price.de( 'Versand-Karton für Räder Preis?', [ '24,90' ] );
price.de( 'Kostet der E-Bike-Akku Schöckl wirklich fast 900 Euro??', [
	'897,99',
] );
price.de( 'Ist die Luftpumpe Stuhleck im Angebot? was war der alte preis?', [
	'53,99',
	'63,99',
] );
price.en( 'How much is the Kassette Leopoldsberg?', [ '46,99' ] );
price.en( 'price of the drehmomentschlüssel ötscher?', [ '62,90' ] );
price.en( "What's the price of the Sperrgut-Transporttasche?", [ '159,00' ] );
price.en( 'how much does the E-Bike-Akku Kaunertal cost', [ '743,99' ] );
price.en( 'Is the Fahrradschloss Grimming expensive? what does it cost', [
	'131,95',
] );
price.en( 'How much is the Garantieverlängerung for e-bike batteries?', [
	'49,00',
] );
price.de(
	'Was kostet das E-Bike-Akku Hochschwab, der is doch reduziert oder?',
	[ '396,99' ]
);

/* ---------------- spec ---------------- */
const spec = ofClass( 'spec' );
spec.de( 'wie breit ist der Reifen Leopoldsberg?', [
	[ '40 mm', '1,50 zoll', '40-622' ],
] );
spec.de( 'Wie hell ist das Frontlicht Koralpe? (Lux)', [ '150 lux' ] );
spec.de( 'wie viele lumen hat das frontlicht hochschwab', [ '800 lumen' ] );
spec.de(
	'Wieviel Wh hat der E-Bike-Akku Leopoldsberg und auf welches System passt er?',
	[ '643 wh', 'powertube' ]
);
spec.de( 'Welche Spannung hat der Akku Wachau? 36 oder 48 V?', [ '36 v' ] );
spec.de( 'Wie viel Liter passen in die Packtasche Semmering?', [
	[ '30 l', '30 liter' ],
] );
spec.de( 'Bis wie viel Nm geht der Drehmomentschlüssel Hochkar?', [
	[ '23 nm', '3–23', '3-23' ],
] );
spec.de( 'was hat die kassette glockner für eine abstufung', [ '11-32' ] );
spec.de(
	'Ist beim Fahrradhelm Mürz das Visier abnehmbar?',
	[ [ 'abnehmbar', 'abnehmen' ] ],
	[ ...NOT_FOUND, 'nicht abnehmbar' ]
);
spec.de( 'Ist beim E-Bike-Akku Leopoldsberg a Ladegerät dabei?', [
	[
		'nicht im lieferumfang',
		'nicht enthalten',
		'ohne ladegerät',
		'kein ladegerät',
		'nicht dabei',
	],
] );
spec.de( 'wie lang dauert das laden beim frontlicht tauern', [
	[ '5 stunden', '5 h' ],
] );
spec.de( 'Welche Sicherheitsstufe hat das Bügelschloss Feistritz?', [ '15' ] );
spec.en( 'How wide is the Sattel Koralpe?', [ '180 mm' ] );
spec.en(
	'how much does the Fahrradschloss Tauern weigh? I carry it in my bag',
	[ [ '0,8 kg', '0.8 kg', '800 g' ] ]
);
spec.en( 'What pressure can the Luftpumpe Leopoldsberg reach?', [
	[ '16 bar', '232 psi' ],
] );
spec.en(
	'Is the Reifen Wechsel tubeless ready?',
	[ 'tubeless' ],
	[ ...NOT_FOUND, 'not tubeless', 'is not tubeless-ready' ]
);
spec.en(
	'what valve does the Fahrradschlauch Stuhleck have and which wheel size is it for?',
	[
		[ 'dunlop', 'dv' ],
		[ '29 zoll', '29 inch', '29"', '29-inch' ],
	]
);
spec.en( 'How many charge cycles does the E-Bike-Akku Kaunertal last?', [
	'700',
] );
spec.en( "What's the battery capacity (Ah) of the E-Bike-Akku Hochschwab?", [
	[ '17,5 ah', '17.5 ah' ],
] );
spec.en( 'Do the Plattformpedale Traun come with spare pins?', [
	[ 'spare pins', 'ersatzpins', 'replacement pins' ],
] );

/* ---------------- stock ---------------- */
const stock = ofClass( 'stock' );
stock.de( 'Ist die Luftpumpe Traun lagernd?', [ OUT_OF_STOCK ] );
stock.de( 'hamma den Sattel Leopoldsberg noch da?', [ IN_STOCK, '5' ] );
stock.de( 'Gibts das Fahrradschloss Loser grad, oder is des aus?', [
	BACKORDER,
] );
stock.de( 'Habt ihr die Kassette Raab auf Lager?', [ BACKORDER ] );
stock.de( 'wie viele Frontlicht Mur habt ihr noch?', [ IN_STOCK, '2' ] );
stock.de( 'Ist der Telefonhalter Lenker Quicklock verfügbar?', [
	OUT_OF_STOCK,
] );
stock.de(
	'Könnt ihr mir sagen, ob das Doppelakku-Set Großglockner noch vorrätig ist?',
	[ IN_STOCK, '3' ]
);
stock.de( 'Versand-Karton für Räder – lieferbar?', [ BACKORDER ] );
stock.de( 'habt ihr das kettenöl nass?', ...inStock() );
stock.en( 'Is the Packtasche Mur in stock?', [ OUT_OF_STOCK ] );
stock.en( 'do you have the Plattformpedale Hochkar available', [
	OUT_OF_STOCK,
] );
stock.en( 'How many Garantie-Flickset do you have left?', [ IN_STOCK, '64' ] );
stock.en( 'Is the Montageständer Werkstatt Pro in stock?', [ BACKORDER ] );
stock.en( 'Is the E-Bike-Akku Gesäuse available right now?', [
	IN_STOCK,
	'5',
] );
stock.en( 'is the Drehmomentschlüssel Raab in stock?', [ OUT_OF_STOCK ] );
stock.de(
	'Gibt es die Sperrgut-Transporttasche noch? Brauch sie für den Flug im März',
	[ IN_STOCK, '2' ]
);

/* ---------------- variation ---------------- */
const variation = ofClass( 'variation' );
variation.de(
	'Den Fahrradhelm Lavant in M – habt ihr den?',
	[ OUT_OF_STOCK ],
	[ ...NOT_FOUND, /in m (?:ist )?(?:auf lager|vorrätig|verfügbar)/ ]
);
variation.de( 'und in L?', [ IN_STOCK, '27' ], NOT_FOUND, [
	'Den Fahrradhelm Lavant in M – habt ihr den?',
] );
variation.de( 'Was kostet die Kette Semmering mit 126 Gliedern?', [ '31,99' ] );
variation.de( 'und mit 114?', [ '29,99' ], NOT_FOUND, [
	'Was kostet die Kette Semmering mit 126 Gliedern?',
] );
variation.de( 'Reifen Koralpe in 29 Zoll, gibts den?', [ OUT_OF_STOCK ] );
variation.de( 'Was kostet der Reifen Dachstein in 29"?', [ '24,99' ] );
variation.de( 'wieviel kostet der Fahrradschlauch Ötscher im 2er-Set?', [
	'31,99',
] );
variation.de( 'Radtrikot Schneeberg in XL, lieferbar? und was kostets?', [
	BACKORDER,
	'79,99',
] );
variation.de( 'Rahmentasche Triangel in Größe M bitte – hamma die?', [
	OUT_OF_STOCK,
] );
variation.de(
	'Welche Größen gibts beim Radtrikot Wechsel und welche ist aus?',
	[ 'XL', OUT_OF_STOCK ]
);
variation.de( 'Bremsbeläge Hochkar, 1 Paar: verfügbar?', [ OUT_OF_STOCK ] );
variation.en(
	'How much is the Packtasche Semmering in Signalrot and is it in stock?',
	[ '80,99', OUT_OF_STOCK ]
);
variation.en(
	'What sizes does the Rahmentasche Triangel come in and what do they cost?',
	[ '44,90', '49,90', '54,90' ]
);
variation.en( 'Price of the Fahrradschlauch Salzach 5er-Set?', [ '41,99' ] );
variation.en( 'Do you have the Fahrradhelm Karawanken in size M?', [
	BACKORDER,
] );
variation.en( 'Is the Radtrikot Kaunertal available in XL?', [ OUT_OF_STOCK ] );
variation.en( 'which gift card amounts do you have? (Gutschein)', [
	'20',
	'50',
	'100',
] );
variation.de( 'Plattformpedale Kaunertal in türkis?', [ OUT_OF_STOCK ] );

/* ---------------- order ---------------- */
const order = ofClass( 'order' );
order.de( 'Hallo, wo ist meine Bestellung 3? stefan.gruber@gmx.at', [
	STATUS.completed!,
	'CL40782951AT',
] );
order.de( 'Bestellnr. 7, thomas.bauer@web.de – wann kommt das?', [
	STATUS.processing!,
] );
order.de( '#4 julia.wimmer@fahrradschlauch.example status?', [
	STATUS[ 'on-hold' ]!.concat( [ 'überweisung', 'zahlung' ] ),
] );
order.de(
	'was ist mit meiner bestellung 10 los, sarah.fuchs@dachstein.example',
	[ STATUS.completed!, '00340434591570' ],
	[ ...NOT_FOUND, DACHSTEIN ]
);
order.de(
	'lena.hofer@packtasche.example',
	[ STATUS.refunded! ],
	[ ...NOT_FOUND, PACKTASCHEN ],
	[ 'Ich hab was zurückgeschickt, Bestellung 8. Is das Geld schon da?' ]
);
order.de(
	'Wie ist der Stand von Bestellung 2?',
	[ ASK_EMAIL ],
	[ '163,89', STATUS.processing![ 0 ]!, 'Fahrradhelm Mur' ]
);
order.de(
	'Bestellung 2, meine Mail ist k.pichler@schoeckl.example',
	[ CANNOT_VERIFY ],
	[ '163,89', 'Fahrradhelm Mur', 'Plattformpedale Gaisberg', SCHOECKL ]
);
order.de(
	'katharina.pichler@schoeckl.example',
	[ STATUS.processing!, '163,89' ],
	[ ...NOT_FOUND, SCHOECKL ],
	[ 'Wie ist der Stand von Bestellung 2?' ]
);
order.de( 'Bestellung 9 michael.leitner@aon.at – muss ich noch was zahlen?', [
	STATUS.pending!.concat( [ 'vorkasse', 'überweisung' ] ),
	'133,98',
] );
order.de(
	'Ist meine Bestellung 5 storniert worden? markus.steiner@bremsbelag.de',
	[ STATUS.cancelled! ],
	[ ...NOT_FOUND, /bremsbeläge (?!tauern)\w+/ ]
);
order.en( 'Where is my order #6? email anna.moser@speichenreflektor.at', [
	STATUS.completed!,
	'CL40794702AT',
] );
order.en( 'order 1, florian.huber@kettenblatt.at — what was the total?', [
	'36,89',
] );
order.en(
	'Can you check order 7 for me? My email is thomas.bauer@gmail.com',
	[ CANNOT_VERIFY ],
	[ '90,80', 'Kassette Koralpe', ...SHOW_NO_ORDER ]
);
order.en(
	"What's the status of order 10?",
	[ ASK_EMAIL ],
	[ '26,70', '00340434591570' ]
);
order.en(
	'stefan.gruber@gmx.at',
	[ 'Kassette Koralpe', [ 'Radtrikot Pyhrn', 'Trikot Pyhrn' ] ],
	NOT_FOUND,
	[ 'what did I order in order 3?' ]
);
order.en(
	'Order 12 please, stefan.gruber@gmx.at',
	[ [ ...CANNOT_VERIFY, ...NOT_FOUND ] ],
	[ '256,70', 'CL40782951AT' ]
);
order.de(
	'hab bestellung 1 aufgegeben, wurde das schon verschickt? florian.huber@kettenblatt.at',
	[
		STATUS.completed!.concat( [ 'versendet', 'verschickt', 'unterwegs' ] ),
		'CL40775117AT',
	]
);

/* ---------------- policy ---------------- */
const policy = ofClass( 'policy' );
policy.de(
	'Was kostet der Versand nach Österreich und ab wann ist er gratis?',
	[ AT_SHIP, '59' ]
);
policy.de( 'liefert ihr auch nach Deutschland? was kostet das', [ '6,90' ] );
policy.de( 'Wie lange hab ich Zeit, was zurückzuschicken?', [ '30 tage' ] );
policy.de(
	'Kann ich eine gekürzte Kette zurückgeben?',
	[ [ 'nicht', 'keine', 'ausgeschlossen' ] ],
	[
		...NOT_FOUND,
		/gekürzte ketten? (?:können|kann) (?:sie|man) (?:gerne )?zurück/,
	]
);
policy.de(
	'Schickt ihr E-Bike-Akkus in die Schweiz?',
	[ [ 'nicht', 'keine', 'nur innerhalb', 'nur nach' ] ],
	[ ...NOT_FOUND, /akkus? (?:in die schweiz|schweiz) (?:für|um) 19,90/ ]
);
policy.de( 'Was kostet der Versand von einem Akku?', [ '29,00' ] );
policy.de(
	'Welche Zahlungsarten gibts? geht eps?',
	[ 'eps' ],
	[ ...NOT_FOUND, 'eps nicht' ]
);
policy.de( 'Kann man bei euch auf Raten zahlen?', [ '500' ] );
policy.de( 'Wie lange gilt die Gewährleistung?', [
	[ '2 jahre', 'zwei jahre' ],
] );
policy.de( 'Was verrechnet ihr fürs Sperrgut, ich brauch einen Radkarton', [
	'15,00',
] );
policy.en( 'Do you ship to Switzerland and how much is it?', [ '19,90' ] );
policy.en( 'How long do I have to return something?', [
	[ '30 days', '30 tage' ],
] );
policy.en(
	'Who pays the return shipping if I send something back from Germany?',
	[
		[
			'you pay',
			'at your own cost',
			'your own expense',
			'yourself',
			'customer pays',
			'you cover',
			'you bear',
			'selbst',
		],
	]
);
policy.en( 'is there a warranty on e-bike batteries?', [
	[ '500', '2 years', 'two years' ],
] );
policy.en( 'how fast do you refund the money after a return?', [
	[ '14 days', '14 tage' ],
] );
policy.en( 'Can I pay by invoice?', [ 'klarna' ] );
policy.de( 'Schlauchwechsel in der Werkstatt, was kostet das?', [ '12,00' ] );
policy.de( 'was kostet a komplette inspektion?', [ '89,00' ] );
policy.en( 'How much is an e-bike service (Inspektion) in your workshop?', [
	'119,00',
] );
policy.de( 'Gibts einen Studentenrabatt?', [ '10 %' ] );

/* ---------------- contact ---------------- */
const contact = ofClass( 'contact' );
contact.de( 'Wie kann ich euch anrufen?', [ '720 418' ] );
contact.de( 'wo is euer geschäft in graz?', [ 'Annenstraße 41' ] );
contact.de( 'Habt ihr am Samstag offen? bis wann?', [ TIME_13 ] );
contact.de( 'Bis wann habt ihr unter der Woche offen?', [ TIME_18 ] );
contact.de( 'Was ist eure E-Mail-Adresse?', [
	'servus@speiche-kette.example',
] );
contact.en( "What's your phone number?", [ '720 418' ] );
contact.en( 'Where is your shop located?', [
	[ 'Annenstraße 41', 'Annenstrasse 41' ],
	'Graz',
] );
contact.en( 'Are you open on Saturdays in January?', [
	[ 'closed', 'geschlossen', 'not open' ],
] );
contact.en( 'How do I get to you by tram?', [ 'Roseggerhaus' ] );
contact.de( 'Wo soll ich bei Garantiefällen hinschreiben?', [
	'garantie@speiche-kette.example',
] );

/* ---------------- search ---------------- */
const search = ofClass( 'search' );
search.de(
	'habt ihr Schlösser unter 50 Euro?',
	[ 'Feistritz' ],
	[
		...NOT_FOUND,
		'Fahrradschloss Grimming',
		'Fahrradschloss Tauern',
		'Fahrradschloss Lavant',
		'Fahrradschloss Mur',
	]
);
search.de(
	'Welche Frontlichter habt ihr unter 35 €?',
	[ 'Hochschwab', 'Kahlenberg', 'Raab' ],
	[
		...NOT_FOUND,
		'Frontlicht Koralpe',
		'Frontlicht Gleinalm',
		'Frontlicht Kaunertal',
	]
);
search.de(
	'Ich brauch einen E-Bike-Akku für mein Yamaha',
	[ 'Hochschwab' ],
	[ ...NOT_FOUND, 'E-Bike-Akku Wachau', 'E-Bike-Akku Kahlenberg' ]
);
search.de(
	'gibts Sättel mit Titan-Gestell?',
	[ 'Enns', 'Leopoldsberg' ],
	[ ...NOT_FOUND, 'Sattel Kahlenberg' ]
);
search.de(
	'Welche Bremsbeläge passen auf a Magura MT5?',
	[ 'Hochschwab', 'Gaisberg' ],
	[ ...NOT_FOUND, 'Bremsbeläge Tauern', 'Bremsbeläge Rax' ]
);
search.en( 'Do you have any bike locks?', [ [ 'Fahrradschloss', 'Schloss' ] ] );
search.en(
	'Which e-bike batteries fit a Bosch PowerTube?',
	[ 'Wachau', 'Leopoldsberg' ],
	[ ...NOT_FOUND, 'E-Bike-Akku Hochschwab', 'E-Bike-Akku Kahlenberg' ]
);
search.en(
	'I need a pump with a digital gauge, what do you have?',
	[ [ 'Kahlenberg', 'Stubai', 'Semmering' ] ],
	[ ...NOT_FOUND, 'Luftpumpe Traun', 'Luftpumpe Leopoldsberg' ]
);
search.en(
	'any cassettes with SRAM XD driver?',
	[ [ 'Leopoldsberg', 'Koralpe' ] ],
	[ ...NOT_FOUND, 'Kassette Glockner', 'Kassette Zirbitz' ]
);
search.de(
	'Hättet ihr Reifen für mein 29er, so um die 2,15 Zoll breit?',
	[ [ 'Dachstein', 'Koralpe', 'Enns' ] ],
	[ ...NOT_FOUND, 'Reifen Leopoldsberg', 'Reifen Pyhrn' ]
);
search.de(
	'verkauft ihr auch fahrräder?',
	[ [ 'keine', 'nicht', 'nein' ] ],
	[ /wir (?:verkaufen|führen|haben) (?:auch )?(?:komplette )?(?:fahr)?räder/ ]
);

/* ---------------- handoff ---------------- */
const handoff = ofClass( 'handoff' );
handoff.de( 'Ich möcht bitte mit einem Menschen reden', [ PERSON ], [] );
handoff.de(
	'Mein Akku ist nach 3 Monaten kaputt, ich will reklamieren, wer hilft mir da?',
	[
		[
			...( PERSON as string[] ),
			'garantie@speiche-kette.example',
			'werkstatt',
		],
	],
	[]
);
handoff.de(
	'Der Bot versteht mich nicht. Kann mich jemand zurückrufen?',
	[ [ ...( PERSON as string[] ), '720 418' ] ],
	[]
);
handoff.en( 'Can I talk to a real person please?', [ PERSON ], [] );
handoff.en(
	'I got the wrong item in my parcel and I am really annoyed. Who can sort this out?',
	[
		[
			...( PERSON as string[] ),
			'servus@speiche-kette.example',
			'720 418',
		],
	],
	[]
);
handoff.de(
	'Ich will einen Werkstatttermin für nächsten Dienstag ausmachen',
	[ [ ...( PERSON as string[] ), '720 418', 'telefonisch', 'anrufen' ] ],
	[]
);

/* ---------------- unknown ---------------- */
const unknown = ofClass( 'unknown' );
unknown.de(
	'Was kostet der Versand nach Polen?',
	[ DONT_KNOW ],
	[ /polen[^.]*\d+,\d\d/ ]
);
unknown.de(
	'Habt ihr am 8. Dezember offen? Ist ja Feiertag',
	[ DONT_KNOW ],
	[ /(?:haben|sind) (?:wir )?am 8\. dezember (?:geöffnet|offen)/ ]
);
unknown.de(
	'Welche Farbe hat der Sattel Enns?',
	[ DONT_KNOW ],
	[ 'schwarz', 'braun', 'weiß' ]
);
unknown.de(
	'Ist der Akku vom Frontlicht Koralpe austauschbar?',
	[ DONT_KNOW ],
	[ /(?:ist|sind) (?:der akku )?(?:leicht )?austauschbar/ ]
);
unknown.en(
	'Can I lease the E-Bike-Akku Wachau?',
	[ DONT_KNOW ],
	[ /yes,? you can lease/ ]
);
unknown.en(
	'What brand makes the Fahrradhelm Enns?',
	[ DONT_KNOW ],
	[ 'giro', 'uvex', 'abus', 'bell' ]
);
unknown.en(
	'Do you offer a bike fitting service?',
	[ DONT_KNOW ],
	[ /yes,? we (?:do )?offer (?:a )?bike fitting/ ]
);
unknown.de(
	'Wie schwer ist die Rahmentasche Triangel?',
	[ DONT_KNOW ],
	[ / g\b/, /\d kg/ ]
);
unknown.en(
	'How long does delivery to Poland take?',
	[ DONT_KNOW ],
	[ /poland[^.]*\d+[–-]\d+ (?:working|business)? ?days/ ]
);

/* ---------------- language ---------------- */
const language = ofClass( 'language' );
language.en( 'Hi! Do you have the Radtrikot Pyhrn and what does it cost?', [
	'88,90',
] );
language.en( 'What are your opening hours on weekdays?', [
	[ '9:30', '9.30', '9:30 am' ],
	TIME_18,
] );
language.en( 'how much is shipping to Austria?', [ AT_SHIP ] );
language.de( 'Hallo, habt ihr tubeless ready Reifen?', [
	[ 'Wechsel', 'Pyhrn' ],
] );
language.de( 'Grüß Gott, was kostet bei euch das Laufrad zentrieren?', [
	'18,00',
] );
language.en( 'Whats the warranty on frames?', [
	[ '5 to 10', '5–10', '5-10', '5 bis 10' ],
] );
language.de(
	'Servus, do you speak English? Ich frag lieber auf Deutsch: habt ihr Kettenöl?',
	[ 'Kettenöl' ]
);

/* ---------------- more shopper questions, mixed classes ---------------- */
price.de( 'Bitte um den Preis vom Drehmomentschlüssel Karawanken, danke', [
	'145,99',
] );
spec.de( 'Wie schwer ist der Fahrradhelm Koralpe?', [ '230 g' ] );
spec.de(
	'Bei der Packtasche Feistritz, wie lange gibt der Hersteller Garantie auf die Nähte?',
	[ [ '6 jahre', 'sechs jahre' ] ]
);
stock.de( 'Sattel Salzach, kann ich den bestellen?', [ BACKORDER ] );
variation.de( 'die Plattformpedale Loser in orange, wie viel habt ihr da?', [
	IN_STOCK,
	'22',
] );
order.de(
	'Meine Bestellung 8 – ist die Erstattung durch? lena.hofer@packtasch.example',
	[ CANNOT_VERIFY ],
	[ '188,79', PACKTASCHEN ]
);
policy.de( 'Wie lang reserviert ihr die Ware bei Vorkasse?', [
	[ '10 tage', 'zehn tage' ],
] );
search.de(
	'Suche eine Packtasche mit mindestens 20 Liter, wasserdicht, was habt ihr?',
	[ [ 'Wachau', 'Salzach', 'Semmering' ] ],
	[ ...NOT_FOUND, 'Packtasche Plabutsch', 'Packtasche Feistritz' ]
);
contact.de( 'Kann man bei euch parken?', [ 'Annenpassage' ] );
price.en( 'how much are the Bremsbeläge Tauern?', [ '14,90' ] );
spec.en( 'what is the ETRTO of the Reifen Schneeberg?', [ '47-622' ] );
stock.en( 'Do you have the Kontaktspray in stock?', [ IN_STOCK, '23' ] );
order.en(
	'hi, my order number is 9, email michael.leitner@aon.at. did you get my payment?',
	[ STATUS.pending!.concat( [ 'not yet', 'bank transfer', 'vorkasse' ] ) ]
);
policy.en( 'Can I pick up my order in the shop instead of shipping?', [
	[ 'Annenstraße', 'free', 'kostenlos', 'pick up', 'pick it up', 'collect' ],
] );
unknown.de(
	'Macht ihr auch Federgabel-Service? was kostet der?',
	[ DONT_KNOW ],
	[ /federgabel[^.]*\d+,\d\d/ ]
);
handoff.en(
	'I want to speak with the owner about a bulk order for our club',
	[ PERSON ],
	[]
);
language.en( 'Do you sell Kettenschlösser? chain locks I mean, for my bike', [
	[ 'Kettenschloss', 'chain lock', 'Fahrradschloss' ],
] );
spec.de( 'Welche Belagmischung haben die Bremsbeläge Gaisberg?', [
	'organisch',
] );
variation.de( 'Den Reifen Enns in 28 Zoll, was kostet der und is er lagernd?', [
	'64,90',
	IN_STOCK,
] );
price.de( 'Die Packtasche Koralpe, was kostet die jetzt im Angebot?', [
	'83,99',
] );
contact.en( 'how quickly do you answer emails?', [
	[ '24 hours', '24 stunden', 'within a day' ],
] );
search.en(
	'Any helmets with MIPS under 100 euros?',
	[ [ 'Drau', 'Mur' ] ],
	[ ...NOT_FOUND, 'Fahrradhelm Zirbitz', 'Fahrradhelm Koralpe' ]
);

export const SPEICHE_KETTE_DEV: EvalQuestion[] = questions;
