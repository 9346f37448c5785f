/**
 * Blattwerk dev questions about orders, the shop's policies, contact details and what its
 * pages do not say. Written blind from the orders and pages (blattwerk-orders.ts,
 * blattwerk-pages.ts), before the responder was asked any of them.
 */
import type { EvalQuestion } from '../types';
import {
	ASK_EMAIL,
	CANNOT_VERIFY,
	eur,
	PERSON,
	q,
	STATUS,
	UNSURE,
} from './blattwerk-kit';

const NO = [
	'nicht',
	'leider',
	'no ',
	'not ',
	"don't",
	"doesn't",
	'unfortunately',
	'only',
];

export const SERVICE_QUESTIONS: EvalQuestion[] = [
	// order
	q(
		'bw-order-01',
		'order',
		'de',
		'Wo bleibt meine Bestellung 1? meine mail ist lena.hoffmann@web.de',
		[ '340434161001' ]
	),
	q(
		'bw-order-02',
		'order',
		'en',
		'Hi, order 3, email emily.carter@gmail.com - has it shipped? tracking number?',
		[ '340434161003' ]
	),
	q(
		'bw-order-03',
		'order',
		'de',
		'j.richter@gmx.de',
		[ [ ...STATUS.processing!, 'Montag' ] ],
		[],
		[ 'Ich möchte wissen, was mit meiner Bestellung 2 ist' ]
	),
	q(
		'bw-order-04',
		'order',
		'en',
		'Order 7, my email is olivia.b@gmail.com, where is it?',
		[ CANNOT_VERIFY ],
		[ 'Frost', '15.12', 'Alocasia' ]
	),
	q(
		'bw-order-05',
		'order',
		'de',
		'Was ist der Status von Bestellung 5?',
		[ ASK_EMAIL ],
		[ 'Überweisung', 'Pflanzenleuchte', '89' ]
	),
	q(
		'bw-order-06',
		'order',
		'en',
		'order 10 m.brown@protonmail.com status?',
		[ [ ...STATUS.processing!, 'packed', 'gepackt', 'tomorrow' ] ]
	),
	q(
		'bw-order-07',
		'order',
		'de',
		'bestellung 6, daniel.schulz@gmail.com - ist die storniert?',
		[ STATUS.cancelled! ]
	),
	q(
		'bw-order-08',
		'order',
		'en',
		'I sent back order 8 (t.neumann@web.de). did I get my money back?',
		[ eur( '45,80' ) ]
	),
	q(
		'bw-order-09',
		'order',
		'de',
		'Bestellung 11, katrin.wolf@gmx.net - wann kommt meine Strelitzia?',
		[ [ 'Spedition', '24.11' ] ]
	),
	q(
		'bw-order-10',
		'order',
		'en',
		"sure, it's sarah.miller@gmail.com",
		[ '340434161012' ],
		[],
		[ 'Hey, can you check order number 12 for me?' ]
	),
	q(
		'bw-order-11',
		'order',
		'de',
		'Bestellung 4 - sabine.krause@aon.at - wie viel hab ich insgesamt bezahlt?',
		[ eur( '62,70' ) ]
	),
	q(
		'bw-order-12',
		'order',
		'en',
		"order 5, markus.vogel@posteo.de: why hasn't it shipped yet?",
		[ [ 'Überweisung', 'transfer', 'payment', 'Zahlung', 'paid' ] ]
	),
	q(
		'bw-order-13',
		'order',
		'de',
		'Bestellung 9, anna.lehmann@gmail.com, was ist damit?',
		[ CANNOT_VERIFY ],
		[ 'abgeholt', 'Umtopf-Set', 'Pilea' ]
	),
	q(
		'bw-order-14',
		'order',
		'en',
		'Where is my order #11?',
		[ ASK_EMAIL ],
		[ 'Spedition', '24.11', 'Strelitzia' ]
	),
	q(
		'bw-order-15',
		'order',
		'de',
		'bestellung 7 olivia.bennett@outlook.com wann wird die verschickt',
		[ [ 'Frost', '15.12' ] ]
	),
	q(
		'bw-order-16',
		'order',
		'en',
		"What's in my order 1? lena.hoffmann@web.de",
		[ 'Monstera' ]
	),

	// policy
	q(
		'bw-policy-01',
		'policy',
		'de',
		'Wie hoch sind die Versandkosten innerhalb Deutschland?',
		[ eur( '5,90' ) ]
	),
	q(
		'bw-policy-02',
		'policy',
		'en',
		'from what amount is shipping free in Germany?',
		[ '49' ]
	),
	q(
		'bw-policy-03',
		'policy',
		'de',
		'Was kostet der Versand nach Österreich?',
		[ eur( '9,90' ) ]
	),
	q( 'bw-policy-04', 'policy', 'en', 'Do you ship to Switzerland?', [ NO ] ),
	q(
		'bw-policy-05',
		'policy',
		'de',
		'warum wird meine pflanze erst montag verschickt, hab donnerstag bestellt?',
		[ [ 'montag', 'mittwoch', 'Mo–Mi', 'Mo-Mi' ] ]
	),
	q(
		'bw-policy-06',
		'policy',
		'en',
		'It is freezing outside, will you still ship my plant?',
		[ [ '5 °C', '5°C', '5 degrees', '5 °', 'frost' ] ]
	),
	q( 'bw-policy-07', 'policy', 'de', 'wie lange hab ich widerrufsrecht', [
		[ '14 Tage', '14 Tagen', 'vierzehn' ],
	] ),
	q(
		'bw-policy-08',
		'policy',
		'en',
		'my plant arrived with a broken stem, what do I do?',
		[ '48', [ 'photo', 'Foto', 'picture' ] ]
	),
	q(
		'bw-policy-09',
		'policy',
		'de',
		'Was kostet das Umtopfen bei euch für eine Pflanze im 21er Topf?',
		[ [ '14,00', '14.00', '14 €', '€14', '14 Euro' ] ]
	),
	q(
		'bw-policy-10',
		'policy',
		'en',
		'Do you have a guarantee if my new plant dies?',
		[ '30' ]
	),
	q( 'bw-policy-11', 'policy', 'de', 'Welche Zahlungsarten gibt es?', [
		'PayPal',
		'Klarna',
	] ),
	q( 'bw-policy-12', 'policy', 'en', 'can I pay cash on delivery?', [ NO ] ),
	q(
		'bw-policy-13',
		'policy',
		'de',
		'Wer zahlt bei einem Widerruf die Rücksendung?',
		[
			[
				'tragen Sie',
				'Sie tragen',
				'trägt der',
				'Ihre Kosten',
				'auf Ihre',
				'zahlen Sie',
				'Sie zahlen',
				'selbst',
			],
		]
	),
	q( 'bw-policy-14', 'policy', 'en', 'How long is a gift voucher valid?', [
		[ '3 years', 'three years', '3 Jahre' ],
	] ),
	q(
		'bw-policy-15',
		'policy',
		'de',
		'Kann ich online bestellen und im Laden abholen? wie schnell gehts',
		[ [ '2 Stunden', 'zwei Stunden' ] ]
	),
	q(
		'bw-policy-16',
		'policy',
		'en',
		"what does plant-sitting cost while I'm on holiday?",
		[ eur( '2,50' ) ]
	),
	q(
		'bw-policy-17',
		'policy',
		'de',
		'Kommt eine 1,40 m hohe Palme auch per Paket? gibts nen aufpreis?',
		[ [ '29,00', '29.00', '29 €', '€29', '29 Euro' ] ]
	),
	q(
		'bw-policy-18',
		'policy',
		'en',
		'Is there a warranty on the grow lights?',
		[ [ '2 years', 'two years', '2 Jahre', '2-year', '2 year' ] ]
	),
	q(
		'bw-policy-19',
		'policy',
		'de',
		'Wie lange reserviert ihr die Ware bei Vorkasse?',
		[ [ '7 Tage', '7 Tagen', 'sieben Tage' ] ]
	),
	q(
		'bw-policy-20',
		'policy',
		'en',
		'does the plant come in a pot or bare root?',
		[ [ 'nursery pot', 'plastic', 'Kulturtopf', 'grow pot', 'nursery' ] ]
	),
	q( 'bw-policy-21', 'policy', 'de', 'Sind eure Erden torffrei?', [
		'torffrei',
		[ 'Kakteen', 'torfreduziert' ],
	] ),
	q(
		'bw-policy-22',
		'policy',
		'en',
		'do you add heat packs in winter, and what does that cost?',
		[ eur( '1,50' ) ]
	),
	q(
		'bw-policy-23',
		'policy',
		'de',
		'Ab wann ist der Versand nach Österreich kostenlos?',
		[ '79' ]
	),
	q(
		'bw-policy-24',
		'policy',
		'de',
		'Was kostet ein Hausbesuch zur Pflegeberatung?',
		[ eur( '45,00' ) ]
	),

	// contact
	q( 'bw-contact-01', 'contact', 'de', 'Wie ist eure Telefonnummer?', [
		[ '2470 5590', '24705590' ],
	] ),
	q( 'bw-contact-02', 'contact', 'en', 'what is your email address?', [
		'hallo@blattwerk.example',
	] ),
	q( 'bw-contact-03', 'contact', 'de', 'Wo ist euer Laden?', [
		'Karl-Liebknecht',
	] ),
	q( 'bw-contact-04', 'contact', 'en', 'When are you open on Saturday?', [
		[ '10:00', '10 am', '10am', '10 a.m.' ],
		[ '16:00', '4 pm', '4pm', '4 p.m.' ],
	] ),
	q( 'bw-contact-05', 'contact', 'de', 'Habt ihr montags offen?', [
		'geschlossen',
	] ),
	q(
		'bw-contact-06',
		'contact',
		'en',
		'what are the shop opening hours on weekdays?',
		[
			[ '11:00', '11 am', '11am' ],
			[ '19:00', '7 pm', '7pm' ],
		]
	),
	q(
		'bw-contact-07',
		'contact',
		'de',
		'Wie komme ich mit der Straßenbahn zu euch?',
		[ 'Südplatz' ]
	),
	q( 'bw-contact-08', 'contact', 'en', 'Where do I send a damage claim?', [
		'service@blattwerk.example',
	] ),
	q(
		'bw-contact-09',
		'contact',
		'de',
		'Ich möchte bitte mit einem Menschen sprechen',
		[
			[
				...( PERSON as string[] ),
				'2470 5590',
				'hallo@blattwerk.example',
			],
		]
	),
	q( 'bw-contact-10', 'contact', 'en', 'When can I reach you by phone?', [
		[ '17', '5 pm', '5pm' ],
	] ),
	q(
		'bw-contact-11',
		'contact',
		'de',
		'wann ist die pflanzendoktor sprechstunde',
		[ [ 'Donnerstag', 'donnerstags' ], '16' ]
	),

	// unknown: the pages do not say
	q(
		'bw-unknown-01',
		'unknown',
		'de',
		'Habt ihr Kundenparkplätze am Laden?',
		[ UNSURE ],
		[ 'Parkplätze vorhanden', 'kostenlose Parkplätze', 'ja, wir haben' ]
	),
	q(
		'bw-unknown-02',
		'unknown',
		'en',
		'Do you have a loyalty or points program?',
		[ UNSURE ],
		[ 'points per', 'per euro spent' ]
	),
	q(
		'bw-unknown-03',
		'unknown',
		'de',
		'Vermietet ihr Pflanzen für Büros?',
		[ UNSURE ],
		[ 'pro Monat' ]
	),
	q(
		'bw-unknown-04',
		'unknown',
		'en',
		'Is there a student discount?',
		[ UNSURE ],
		[ /\d+ ?%/ ]
	),
	q(
		'bw-unknown-05',
		'unknown',
		'de',
		'Ist der Laden rollstuhlgerecht?',
		[ UNSURE ],
		[ 'ja, der laden ist' ]
	),
	q(
		'bw-unknown-06',
		'unknown',
		'en',
		'Do you buy cuttings or plants from customers?',
		[ UNSURE ]
	),
	q(
		'bw-unknown-07',
		'unknown',
		'de',
		'Wie viele Mitarbeiter hat Blattwerk?',
		[ UNSURE ]
	),
	q(
		'bw-unknown-08',
		'unknown',
		'en',
		'Do you do plant decorations for weddings?',
		[ UNSURE ]
	),
];
