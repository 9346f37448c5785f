/** Wollknäuel dev set: order status (with and without e-mail, across turns) and contact. */
import type { EvalQuestion } from '../types';
import { ASK_EMAIL, eur, INTERNAL, q, restock } from './wollknaeuel-kit';

const post = ( id: number ) => [
	`1042 0981 7730 ${ 4400 + id }`,
	`104209817730${ 4400 + id }`,
];
const dpd = ( id: number ) => [
	`0150 8823 ${ 6100 + id }`,
	`01508823${ 6100 + id }`,
];

export const SERVICE: EvalQuestion[] = [
	q(
		'o01',
		'order',
		'de',
		'Wo ist meine Bestellung 1? katharina.gruber@gmx.at',
		[ post( 1 ) ],
		INTERNAL
	),
	q(
		'o02',
		'order',
		'en',
		"Hi, what's the status of order 3? email sarah.miller@outlook.com",
		[ dpd( 3 ) ],
		INTERNAL
	),
	q(
		'o03',
		'order',
		'de',
		'Bestellung 5, thomas.weber@web.de – warum is die noch ned da?',
		[ restock( 12, 'jan' ) ],
		INTERNAL
	),
	q(
		'o04',
		'order',
		'en',
		'order 7 emma.rossi@libero.it where is it?',
		[ dpd( 7 ) ],
		INTERNAL
	),
	q(
		'o05',
		'order',
		'de',
		'Status von Bestellung 4 bitte, anna.hofer@chello.at',
		[ /überweisung|zahlung|zahlungseingang/i ],
		INTERNAL
	),
	q(
		'o06',
		'order',
		'en',
		'Where is my order 11?',
		[ ASK_EMAIL ],
		[ ...post( 11 ), 'Quilt', '1.249' ]
	),
	q(
		'o07',
		'order',
		'de',
		'Was ist mit meiner Bestellung Nr. 15?',
		[ ASK_EMAIL ],
		[ 'Cover', 'Februar' ]
	),
	q(
		'o08',
		'order',
		'en',
		'my email is jwilson@protonmail.com',
		[ dpd( 14 ) ],
		INTERNAL,
		[ 'Hi, I want to check on my order 14' ]
	),
	q( 'o09', 'order', 'de', 'sophie.bauer@gmx.at', [ /pompon/i ], INTERNAL, [
		'I hätt gern gewusst, wie es mit Bestellung 13 ausschaut',
	] ),
	q(
		'o10',
		'order',
		'de',
		'Bestellung 2, meine Mail ist lukas.steiner@gmail.com – wann kommt die Maschine?',
		[ ASK_EMAIL ],
		[ 'Comfort', '399', 'Werkstatt' ]
	),
	q(
		'o11',
		'order',
		'en',
		'Order 19, hannah.fischer@posteo.de — has it been cancelled?',
		[ /cancel|storniert/i ],
		INTERNAL
	),
	q(
		'o12',
		'order',
		'de',
		'Bestellung 10, elisabeth.moser@gmx.at – is des Geld schon zurück?',
		[ /erstatte|refund|zurück/i ],
		INTERNAL
	),
	q(
		'o13',
		'order',
		'en',
		'order 9, d.brown@gmail.com — is my course spot confirmed?',
		[ /reserv/i ],
		INTERNAL
	),
	q(
		'o14',
		'order',
		'de',
		'Bestellung 17 chloe.martin@orange.fr, wann krieg ich den Gutschein?',
		[ 'PDF' ],
		INTERNAL
	),
	q(
		'o15',
		'order',
		'en',
		'What was the total of order 16? martin.koller@kabelplus.at',
		[ eur( '45,20' ) ],
		INTERNAL
	),
	q(
		'o16',
		'order',
		'de',
		'Bestellung 12, laura.schmidt@t-online.de – was ist da los?',
		[ 'PayPal' ],
		INTERNAL
	),
	q(
		'o17',
		'order',
		'en',
		'What did I order again?',
		[ /strickset|hat kit|mütze/i, /maschenmarkierer|stitch marker/i ],
		INTERNAL,
		[ 'Order 20 please', 'olivia.taylor@yahoo.co.uk' ]
	),
	q(
		'o18',
		'order',
		'de',
		'Bestellung 8 von johanna.wagner@a1.net – wurde das Geld zurücküberwiesen?',
		[ /storniert|zurücküberwiesen/i ],
		INTERNAL
	),

	q( 'c01', 'contact', 'de', 'Wann habt ihr am Samstag offen?', [
		/9(:00)?\s?(–|-|bis)\s?13(:00)?/,
	] ),
	q( 'c02', 'contact', 'en', 'Are you open on Mondays?', [
		/closed|geschlossen/i,
	] ),
	q( 'c03', 'contact', 'de', 'Wie ist eure Telefonnummer?', [
		[ '82 47 90', '824790' ],
	] ),
	q( 'c04', 'contact', 'en', "What's your shop address in Graz?", [
		/annenstra(ß|ss)e 28/i,
	] ),
	q( 'c05', 'contact', 'de', 'Wie komm ich mit der Bim zu euch?', [
		'Roseggerhaus',
	] ),
	q( 'c06', 'contact', 'en', "What's your email address?", [
		'servus@wollknaeuel.example',
	] ),
	q( 'c07', 'contact', 'de', 'Habts am 24. Dezember offen?', [
		/9(:00)?\s?(–|-|bis)\s?12(:00)?/,
	] ),
	q( 'c08', 'contact', 'en', 'Is there parking near the shop?', [
		'Annenpassage',
	] ),
	q( 'c09', 'contact', 'de', 'Öffnungszeiten unter der Woche?', [
		/9[:.]30/,
		/18(:00)?/,
	] ),
	q( 'c10', 'contact', 'de', 'Wo seid ihr genau, welche Postleitzahl?', [
		'8020',
	] ),
	q( 'c11', 'contact', 'en', 'What are your opening hours on Friday?', [
		/9[:.]30/,
		/18[:.]00|6 ?pm/i,
	] ),
];
