/**
 * Copper & Cast dev questions about everything but the catalog: orders (number and e-mail in
 * one message or two, a wrong e-mail, a missing one), policies, contact, follow-ups in the
 * same conversation, things the shop does not sell and things its pages do not say. Written
 * from copper-cast.json only, before the responder was asked any of them.
 */
import {
	ASK_EMAIL,
	CANNOT_VERIFY,
	IN_STOCK,
	NOT_FOUND,
	PERSON,
	STATUS,
} from '../phrases';
import type { EvalQuestion } from '../types';
import { de, en, NOT_CARRIED, UNSURE, usd } from './copper-cast-questions';

const SHIPPED = [ ...STATUS.completed!, 'delivered', 'shipped' ];
const PHONE = [ '555-0182', '555 0182', '5550182' ];

export const SERVICE_QUESTIONS: EvalQuestion[] = [
	// order
	en(
		'cc-order-01',
		'order',
		'where is my order #1? email megan.alvarez@fastmail.example',
		[ SHIPPED, '1Z84V317073301' ]
	),
	en(
		'cc-order-02',
		'order',
		'order 2, bcho@gmail.example - has it shipped yet?',
		[
			[
				...STATUS.processing!,
				'packing',
				'not shipped',
				"hasn't shipped",
				'not yet',
			],
		],
		[ '1Z84V' ]
	),
	en(
		'cc-order-03',
		'order',
		"sure, it's order 3 and my email is priya.nair@outlook.example",
		[ [ ...STATUS[ 'on-hold' ]!, 'waiting', 'back in stock' ] ],
		[],
		[ 'hi can you check my order status for me' ]
	),
	en(
		'cc-order-04',
		'order',
		'status of order 4? my email is daniel.okoro@gmail.example',
		[ CANNOT_VERIFY ],
		[ '1Z84V317293204', 'Flame Orange', 'Multnomah', STATUS.completed! ]
	),
	en(
		'cc-order-05',
		'order',
		'hey whats going on with order 5',
		[ ASK_EMAIL ],
		[ STATUS.cancelled!, '221.99', 'Thurman' ]
	),
	en(
		'cc-order-06',
		'order',
		'order #6 luis.ortega@dutchoven.example did my refund go through??',
		[ STATUS.refunded! ]
	),
	en(
		'cc-order-07',
		'order',
		'sarah.kim@yahoo.example',
		[ SHIPPED, '1Z84V317513107' ],
		[],
		[ "Hi, I'm checking on order 7" ]
	),
	en(
		'cc-order-08',
		'order',
		'order 8 tom.fischer@gmx.example how much did i pay for shipping',
		[ usd( '29.95' ) ]
	),
	en(
		'cc-order-09',
		'order',
		'order 9 (ogrant@icloud.example) why hasnt it shipped',
		[ [ ...STATUS.pending!, 'payment' ] ]
	),
	en(
		'cc-order-10',
		'order',
		'tracking # for order 1045? grace.murphy@comcast.example',
		[ '1Z84V393598505' ]
	),
	en(
		'cc-order-11',
		'order',
		'whats the total on my order 10387, email ava.schmidt@gmail.example',
		[ usd( '183.94' ) ]
	),
	en(
		'cc-order-12',
		'order',
		'order 2210 - email noah@knives.example. was it refunded?',
		[ CANNOT_VERIFY ],
		[ '118.95', 'Lovejoy' ]
	),
	de(
		'cc-order-13',
		'order',
		'Wo ist meine Bestellung 10? E-Mail: jamal@copper.example',
		[
			[
				...SHIPPED,
				'zugestellt',
				'geliefert',
				'versendet',
				'verschickt',
			],
			'1Z84V317733000',
		]
	),
	de(
		'cc-order-14',
		'order',
		'Status von Bestellung 11 bitte, emma.larsen@proton.example',
		[ [ ...STATUS[ 'on-hold' ]!, '3 bis 4', '3–4', '3-4', '3 to 4' ] ]
	),
	de(
		'cc-order-15',
		'order',
		'Bestellung 12 – ist die schon unterwegs?',
		[ ASK_EMAIL ],
		[ STATUS.processing!, 'Everett', '100.90' ]
	),
	de(
		'cc-order-16',
		'order',
		'hannah.becker@web.example',
		[ STATUS.cancelled! ],
		[],
		[ 'Hallo, ich möchte wissen, was mit meiner Bestellung ist. Nummer 5.' ]
	),
	de(
		'cc-order-17',
		'order',
		'Bestellung 6, meine Mail ist luis.ortega@gmail.example – wurde das Geld erstattet?',
		[ CANNOT_VERIFY ],
		[ '235', 'Flanders', 'Graphite' ]
	),
	de(
		'cc-order-18',
		'order',
		'Wie viel habe ich für Bestellung 2 bezahlt? bcho@gmail.example',
		[ usd( '367.95' ) ]
	),

	// policy
	en( 'cc-policy-01', 'policy', 'how much is shipping', [
		usd( '8.95' ),
		'99',
	] ),
	en( 'cc-policy-02', 'policy', 'do u ship to hawaii? how much', [
		usd( '29.95' ),
	] ),
	en(
		'cc-policy-03',
		'policy',
		'can you ship to the UK?',
		[
			[
				"don't ship",
				'do not ship',
				'only ship',
				'canada',
				'not ship',
				"can't ship",
				'cannot ship',
				'unable to ship',
			],
		],
		[ /\byes\b/i ]
	),
	en(
		'cc-policy-04',
		'policy',
		'shipping to canada - what does it cost, and do i pay duties?',
		[ usd( '34.95' ), [ 'duties', 'duty', 'taxes' ] ]
	),
	en( 'cc-policy-05', 'policy', 'how long do i have to return stuff', [
		'45',
	] ),
	en(
		'cc-policy-06',
		'policy',
		'who pays return shipping if i just changed my mind',
		[ usd( '9.95' ) ]
	),
	en(
		'cc-policy-07',
		'policy',
		"can I return a skillet I already seasoned and cooked in? it's not what i expected",
		[
			[
				/\bno\b/i,
				"can't",
				'cannot',
				'can’t',
				'unable',
				'not able',
				"isn't",
				'not eligible',
				'not returnable',
				"won't",
			],
		]
	),
	en( 'cc-policy-08', 'policy', 'whats the warranty on cast iron?', [
		'lifetime',
	] ),
	en( 'cc-policy-09', 'policy', 'how long is the warranty on your knives', [
		[ '10 year', '10-year', 'ten year', '10 yr' ],
	] ),
	en( 'cc-policy-10', 'policy', 'how much to get a bread knife sharpened', [
		'12',
	] ),
	en(
		'cc-policy-11',
		'policy',
		'do you retin copper pans? how much for a 24cm one',
		[ '95' ]
	),
	en( 'cc-policy-12', 'policy', 'do your gift cards expire', [
		[
			'never expire',
			"don't expire",
			'do not expire',
			'no expiration',
			"doesn't expire",
			"don't ever expire",
		],
	] ),
	en(
		'cc-policy-13',
		'policy',
		'how fast is overnight shipping and what does it cost',
		[ usd( '49.95' ) ]
	),
	de(
		'cc-policy-14',
		'policy',
		'Ab welchem Bestellwert ist der Versand kostenlos?',
		[ '99' ]
	),
	de(
		'cc-policy-15',
		'policy',
		'Versendet ihr auch nach Deutschland?',
		[ [ 'nicht', 'leider', 'nur in die usa', 'kanada' ] ],
		[ /\bja\b/i, /versenden (auch )?nach deutschland/i ]
	),
	de(
		'cc-policy-16',
		'policy',
		'Wie lange habe ich Zeit, etwas zurückzugeben?',
		[ '45' ]
	),
	de(
		'cc-policy-17',
		'policy',
		'Wie lange ist die Garantie auf Kupfertöpfe?',
		[ '25' ]
	),
	de(
		'cc-policy-18',
		'policy',
		'Was kostet es, ein normales Kochmesser (8 Zoll) schleifen zu lassen?',
		[ '7' ]
	),
	de( 'cc-policy-19', 'policy', 'Kann man bei euch in Raten zahlen?', [
		'150',
	] ),

	// contact
	en( 'cc-contact-01', 'contact', 'whats your phone number', [ PHONE ] ),
	en( 'cc-contact-02', 'contact', 'are you open mondays?', [ 'closed' ] ),
	en( 'cc-contact-03', 'contact', "where's your showroom at", [
		'2218',
		'Division',
	] ),
	en( 'cc-contact-04', 'contact', 'what time do u close on saturday', [
		[ '5pm', '5 pm', '5:00', '5 p.m.' ],
	] ),
	en( 'cc-contact-05', 'contact', 'email address for customer service?', [
		'help@copperandcast.example',
	] ),
	en( 'cc-contact-06', 'contact', 'sunday hours?', [
		[ '11am', '11 am', '11:00', '11 a.m.' ],
		[ '4pm', '4 pm', '4:00', '4 p.m.' ],
	] ),
	en( 'cc-contact-07', 'contact', 'can i talk to a real person please', [
		PERSON,
	] ),
	de(
		'cc-contact-08',
		'contact',
		'Wie sind eure Öffnungszeiten am Samstag?',
		[
			[ '10am', '10 am', '10:00', '10 uhr' ],
			[ '5pm', '5 pm', '17:00', '17 uhr', '5:00', '5 uhr' ],
		]
	),
	de( 'cc-contact-09', 'contact', 'Welche Telefonnummer habt ihr?', [
		PHONE,
	] ),
	de( 'cc-contact-10', 'contact', 'Wo genau ist euer Laden?', [
		'2218',
		'Division',
	] ),
	de(
		'cc-contact-11',
		'contact',
		'Ich möchte bitte mit einem Mitarbeiter sprechen.',
		[ PERSON ]
	),

	// follow-ups in the same conversation
	en(
		'cc-followup-01',
		'followup',
		'and is it ok in the oven at 500?',
		[ '500' ],
		[],
		[ 'how much is the Raleigh Round Cocotte?' ]
	),
	en(
		'cc-followup-02',
		'followup',
		'what about the 12 inch one, how much is that?',
		[ usd( '93.95' ) ],
		[],
		[ 'is the Everett cast iron skillet in stock' ]
	),
	en(
		'cc-followup-03',
		'followup',
		'and if it arrives damaged who pays to send it back?',
		[
			[
				'on us',
				'we pay',
				'free',
				'no cost',
				'we cover',
				"we'll cover",
				'at our expense',
				'our cost',
				"don't pay",
				'not charged',
				'no charge',
			],
		],
		[],
		[ "what's your return window?" ]
	),
	en(
		'cc-followup-04',
		'followup',
		'is the 7 piece in stock?',
		[ IN_STOCK ],
		NOT_FOUND,
		[ "I'm looking at the Tabor Knife Block Set" ]
	),
	en(
		'cc-followup-05',
		'followup',
		'does free shipping apply there if i spend over $99?',
		[ usd( '29.95' ) ],
		[],
		[ 'do you ship to alaska?' ]
	),
	de(
		'cc-followup-06',
		'followup',
		'Und funktioniert die auf Induktion?',
		[ [ 'nicht', 'nein', 'kein' ] ],
		[],
		[ 'Was kostet die Vaughn Copper Rondeau?' ]
	),
	de(
		'cc-followup-07',
		'followup',
		'Aus welchem Holz ist das, und darf es in die Spülmaschine?',
		[
			[ 'maple', 'ahorn' ],
			[ 'nicht', 'nein' ],
		],
		[],
		[ 'Ich interessiere mich für das Raleigh End-Grain Cutting Board.' ]
	),
	de(
		'cc-followup-08',
		'followup',
		'und wie lange dauert das, wenn ich es im laden abgebe?',
		[ [ '3', 'drei' ] ],
		[],
		[ 'Was kostet es, ein Brotmesser schleifen zu lassen?' ]
	),

	// things the shop does not sell
	en( 'cc-absent-01', 'absent', 'do you sell air fryers?', [ NOT_CARRIED ] ),
	en(
		'cc-absent-02',
		'absent',
		'looking for a nonstick teflon pan for eggs',
		[ NOT_CARRIED ]
	),
	en(
		'cc-absent-03',
		'absent',
		'do u have an instant pot or any pressure cooker',
		[ NOT_CARRIED ]
	),
	en( 'cc-absent-04', 'absent', 'Do you carry Le Creuset?', [ NOT_CARRIED ] ),
	en(
		'cc-absent-05',
		'absent',
		'I need a replacement glass lid for my 12" skillet, do you sell lids separately?',
		[ NOT_CARRIED ]
	),
	de( 'cc-absent-06', 'absent', 'Verkauft ihr auch Espressomaschinen?', [
		NOT_CARRIED,
	] ),
	de( 'cc-absent-07', 'absent', 'Habt ihr einen Schnellkochtopf?', [
		NOT_CARRIED,
	] ),
	de( 'cc-absent-08', 'absent', 'Gibt es bei euch Keramikmesser?', [
		NOT_CARRIED,
	] ),

	// things the pages do not say
	en(
		'cc-unknown-01',
		'unknown',
		'are your enameled dutch ovens lead free? prop 65?',
		[ UNSURE ]
	),
	en(
		'cc-unknown-02',
		'unknown',
		'do you have a student discount?',
		[ UNSURE ],
		[ /\d+ ?%/ ]
	),
	en(
		'cc-unknown-03',
		'unknown',
		'is the Glisan pasta pot made in the USA?',
		[ UNSURE ],
		[ /(it|pot) is made in/i ]
	),
	en( 'cc-unknown-04', 'unknown', 'do you offer gift wrapping?', [ UNSURE ] ),
	de(
		'cc-unknown-05',
		'unknown',
		'Kann ich meine alte Pfanne bei euch in Zahlung geben?',
		[ UNSURE ]
	),
	de(
		'cc-unknown-06',
		'unknown',
		'Wie viel wiegt der Sellwood Tri-Ply Stock Pot?',
		[ UNSURE ],
		[ /\d+([.,]\d+)? ?(lbs|lb|kg|pfund)/i ]
	),
	de(
		'cc-unknown-07',
		'unknown',
		'Gibt es einen Rabatt, wenn ich mich für den Newsletter anmelde?',
		[ UNSURE ],
		[ /\d+ ?%/ ]
	),
];
