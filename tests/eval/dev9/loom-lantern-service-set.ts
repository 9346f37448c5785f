/**
 * The Loom & Lantern dev set's service questions: orders, policies and contact.
 */
import { ASK_EMAIL, CANNOT_VERIFY, STATUS } from '../phrases';
import type { EvalQuestion } from '../types';
import { delivered, eur, q } from './loom-lantern-questions';

export const ORDER: EvalQuestion[] = [
	q(
		'll-order-01',
		'order',
		'en',
		'hi, order 1, email siobhan.murphy@eircom.example - has it been delivered?',
		[ delivered(), 'CE480007919IE' ]
	),
	q(
		'll-order-02',
		'order',
		'en',
		"where's my order no. 2? dec.byrne@mail.example",
		[ [ ...STATUS.processing!, 'packed', 'An Post' ], 'CE480015838IE' ]
	),
	q(
		'll-order-03',
		'order',
		'en',
		'whats happening with order 3, niamhfitz@post.example',
		[ [ ...STATUS[ 'on-hold' ]!, 'bank transfer' ] ]
	),
	q(
		'll-order-04',
		'order',
		'en',
		'grainne.kelly@mail.example',
		[ delivered() ],
		[],
		[ 'can you check order 10 for me' ]
	),
	q(
		'll-order-05',
		'order',
		'en',
		'order 6 emma.clarke@belfast.example - was the refund done?',
		[ STATUS.refunded! ]
	),
	q(
		'll-order-06',
		'order',
		'en',
		'order 7, my email is aisling@gmail.example',
		[ CANNOT_VERIFY ],
		[ 'CE480055433IE', 'Candle Care Kit' ]
	),
	q(
		'll-order-07',
		'order',
		'en',
		'status of order 12 please',
		[ ASK_EMAIL ],
		[ ...STATUS[ 'on-hold' ]!, '524' ]
	),
	q(
		'll-order-08',
		'order',
		'en',
		'order 5 ciaran.walsh@galway.example - did ye cancel it?',
		[ STATUS.cancelled! ]
	),
	q(
		'll-order-09',
		'order',
		'en',
		'order 9 padraig.ose@kerry.example, why has the gift card not come?',
		[ [ ...STATUS.pending!, 'payment' ] ]
	),
	q(
		'll-order-10',
		'order',
		'en',
		'siobhan@eircom.example',
		[ CANNOT_VERIFY ],
		[ 'CE480007919IE' ],
		[ 'where is order 1?' ]
	),
	q(
		'll-order-11',
		'order',
		'de',
		'Hallo, wo ist meine Bestellung 4? E-Mail k.hoffmann@web.example',
		[ delivered(), 'CE480031676IE' ]
	),
	q(
		'll-order-12',
		'order',
		'de',
		'Bestellung 8, sabine.keller@gmx.example – ist die schon angekommen?',
		[ delivered( 'angekommen' ) ]
	),
	q(
		'll-order-13',
		'order',
		'de',
		'jonas.weber@posteo.example',
		[ [ ...STATUS.processing!, 'backorder', 'Dezember', 'December' ] ],
		[],
		[ 'Was ist mit meiner Bestellung 11?' ]
	),
	q(
		'll-order-14',
		'order',
		'de',
		'Bestellung 4, meine Mail ist klaus@web.example',
		[ CANNOT_VERIFY ],
		[ 'CE480031676IE', 'Cashmere' ]
	),
	q(
		'll-order-15',
		'order',
		'de',
		'Wie ist der Status von Bestellung 11?',
		[ ASK_EMAIL ],
		[ 'Dezember', 'December', 'Lampshade' ]
	),
	q(
		'll-order-16',
		'order',
		'de',
		'Ich habe Bestellung 12 aufgegeben (orla.brennan@mail.example). Was ist der Stand?',
		[ [ ...STATUS[ 'on-hold' ]!, 'zahlung', 'payment' ] ]
	),
];

export const POLICY: EvalQuestion[] = [
	q(
		'll-policy-01',
		'policy',
		'en',
		'how long have I got to send something back',
		[ '30' ]
	),
	q(
		'll-policy-02',
		'policy',
		'en',
		"can I return a duvet cover I opened? it's the wrong colour",
		[ [ 'unopened', 'sealed', 'original packaging' ] ]
	),
	q(
		'll-policy-03',
		'policy',
		'en',
		'how much is delivery in Ireland and when is it free',
		[ eur( '6.95' ), eur( '75.00' ) ]
	),
	q(
		'll-policy-04',
		'policy',
		'en',
		'do ye ship to England? will I get stung for customs',
		[ eur( '14.95' ), [ 'VAT', 'customs', 'import' ] ]
	),
	q(
		'll-policy-05',
		'policy',
		'en',
		'what warranty do ye give on the lamps?',
		[ [ '2 year', '2-year', 'two year', 'two-year' ] ]
	),
	q(
		'll-policy-06',
		'policy',
		'en',
		'How do I wash a wool throw without ruining it',
		[ '30', [ 'flat', 'towel' ] ]
	),
	q( 'll-policy-07', 'policy', 'en', 'do you do gift wrapping? how much', [
		eur( '4.50' ),
	] ),
	q(
		'll-policy-08',
		'policy',
		'en',
		'can I collect in the shop instead of having it posted?',
		[ [ '2 hours', 'two hours' ] ]
	),
	q( 'll-policy-09', 'policy', 'en', 'can I pay with klarna', [
		'Klarna',
		'35',
	] ),
	q(
		'll-policy-10',
		'policy',
		'en',
		'delivery to Northern Ireland - is there customs on that?',
		[ eur( '8.95' ), 'customs' ]
	),
	q(
		'll-policy-11',
		'policy',
		'de',
		'Wie lange habe ich Zeit für eine Rückgabe?',
		[ '30' ]
	),
	q(
		'll-policy-12',
		'policy',
		'de',
		'Was kostet der Versand nach Deutschland?',
		[ eur( '12.95' ) ]
	),
	q(
		'll-policy-13',
		'policy',
		'de',
		'Ab welchem Betrag ist der Versand nach Deutschland kostenlos?',
		[ eur( '150.00' ) ]
	),
	q(
		'll-policy-14',
		'policy',
		'de',
		'Wie lange ist die Garantie auf eine Lampe?',
		[
			[
				'2 Jahre',
				'zwei Jahre',
				'2-jährige',
				'zweijährige',
				'24 Monate',
				'2-year',
			],
		]
	),
	q(
		'll-policy-15',
		'policy',
		'de',
		'Kann ich eine Kerze zurückgeben, die ich schon angezündet habe?',
		[
			[
				'nicht zurück',
				'keine rückgabe',
				'ausgeschlossen',
				'nicht möglich',
				'leider nicht',
				'nicht zurückgenommen',
			],
		]
	),
	q(
		'll-policy-16',
		'policy',
		'de',
		'Kann ich mit Kreditkarte oder PayPal zahlen?',
		[ 'PayPal', [ 'Visa', 'Mastercard' ] ]
	),
];

export const CONTACT: EvalQuestion[] = [
	q( 'll-contact-01', 'contact', 'en', 'whats yer phone number', [
		'555 0147',
	] ),
	q( 'll-contact-02', 'contact', 'en', 'are you open on a Sunday?', [
		[ '12:00', 'noon', '12 pm', '12pm' ],
		[ '17:00', '5pm', '5 pm' ],
	] ),
	q( 'll-contact-03', 'contact', 'en', 'where is the shop exactly', [
		'Quay Street',
	] ),
	q(
		'll-contact-04',
		'contact',
		'en',
		'what time do ye close on a thursday',
		[ [ '20:00', '8pm', '8 pm' ] ]
	),
	q(
		'll-contact-05',
		'contact',
		'en',
		'e-mail address for customer service?',
		[ 'hello@loomandlantern.example' ]
	),
	q(
		'll-contact-06',
		'contact',
		'de',
		'Wie sind die Öffnungszeiten am Samstag?',
		[
			[ '10:00', '10 Uhr', '10.00' ],
			[ '18:00', '18 Uhr', '18.00' ],
		]
	),
	q(
		'll-contact-07',
		'contact',
		'de',
		'Wie kann ich euch telefonisch erreichen?',
		[ '555 0147' ]
	),
	q( 'll-contact-08', 'contact', 'de', 'Wo ist euer Laden in Galway?', [
		'Quay Street',
	] ),
];
