/**
 * Klangraum dev questions about orders (number and e-mail in one message or two, a wrong
 * e-mail, a missing e-mail, an order that does not exist, internal notes that must stay
 * internal), and the shop's policies and services.
 */
import { ASK_EMAIL, CANNOT_VERIFY, NOT_FOUND, STATUS } from '../phrases';
import type { EvalQuestion } from '../types';
import { chf, q } from './klangraum-kit';

const INTERNAL = [ 'Marge', 'Bonität', '31 %' ];
const NO = /\b(?:no|not|don't|doesn't|unfortunately|only)\b/i;

export const ORDER: EvalQuestion[] = [
	q(
		'kr-order-01',
		'order',
		'de',
		'Hallo, wo ist meine Bestellung 3? E-Mail lukas.frei@hispeed.ch',
		[ '99.60.180411.40223757' ],
		[ ...CANNOT_VERIFY, ...INTERNAL ]
	),
	q(
		'kr-order-02',
		'order',
		'en',
		'Hi, can you check order 7 for me? email emma.clarke@gmail.com',
		[ [ ...STATUS.processing!, 'being prepared', 'prepared' ] ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-03',
		'order',
		'de',
		't.keller@web.de',
		[ 'RR710400296CH' ],
		CANNOT_VERIFY,
		[ 'Grüezi, ich möchte wissen wo meine Bestellung 8 bleibt' ]
	),
	q(
		'kr-order-04',
		'order',
		'de',
		'Bestellung 1, meine Mail ist reto.meyer@bluewin.ch',
		[ CANNOT_VERIFY ],
		[ '99.60.180137.40207919', 'Nordhall Sarnen' ]
	),
	q(
		'kr-order-05',
		'order',
		'en',
		'where is my order 10?',
		[ ASK_EMAIL ],
		[ '99.60.181370.40279190', 'Vela Eiger' ]
	),
	q(
		'kr-order-06',
		'order',
		'de',
		'Status Bestellung 5 bitte, daniel@plattenspieler-fan.ch',
		[ [ ...STATUS[ 'on-hold' ]!, 'vorauszahlung', 'zahlungseingang' ] ],
		[ ...CANNOT_VERIFY, ...INTERNAL ]
	),
	q(
		'kr-order-07',
		'order',
		'en',
		'Order 6, claudia.wyss@sunrise.ch — was it cancelled?',
		[ STATUS.cancelled! ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-08',
		'order',
		'de',
		'Ich habe Bestellung 9 zurückgeschickt, ist das Geld schon zurück? markus.brunner@bluewin.ch',
		[ STATUS.refunded!, chf( '1188.00' ) ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-09',
		'order',
		'en',
		"what's the total of order 3051? sophie.mueller@protonmail.ch",
		[ chf( '3357.00' ) ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-10',
		'order',
		'de',
		'Bestellung 1088, andrea.gerber@gmx.ch – wann kann ich sie abholen?',
		[ [ 'freitag', 'friday' ] ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-11',
		'order',
		'en',
		"it's order number 4, nadine.huber@vaduz.li",
		[ '99.60.180548.40231676' ],
		CANNOT_VERIFY,
		[ "Hi! I'd like to track my order" ]
	),
	q(
		'kr-order-12',
		'order',
		'de',
		'bestellung 1207 p.zimmermann@lautsprecher.example, ist die schon raus?',
		[ [ ...STATUS.pending!, 'zahlung', 'noch nicht' ] ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-13',
		'order',
		'en',
		'Order 2, my email is sandra.baumann@gmx.ch',
		[ CANNOT_VERIFY ],
		[ 'Lindqvist Rigi', 'Nordhall Murten', '788' ]
	),
	q(
		'kr-order-14',
		'order',
		'de',
		'Wann kommt meine Bestellung 3051?',
		[ ASK_EMAIL ],
		[ '99.60.597987.46360869', 'Lindqvist Tödi' ]
	),
	q(
		'kr-order-15',
		'order',
		'en',
		'order 1 reto.meier@bluewin.ch — what did I order again?',
		[ 'Nordhall Sarnen' ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-16',
		'order',
		'de',
		'und die Bestellnummer ist 10. Wo ist das Paket?',
		[ '99.60.181370.40279190' ],
		CANNOT_VERIFY,
		[ 'Grüezi, meine Mailadresse ist j.whitfield@outlook.com' ]
	),
	q(
		'kr-order-17',
		'order',
		'en',
		'How much did I pay for order 2? s.baumann@gmx.ch',
		[ chf( '788.00' ) ],
		CANNOT_VERIFY
	),
	q(
		'kr-order-18',
		'order',
		'de',
		'Bestellung 11, emma.clarke@gmail.com – wo bleibt sie?',
		[ CANNOT_VERIFY ],
		[ 'Vela Titlis', '538' ]
	),
	q(
		'kr-order-19',
		'order',
		'en',
		'order 3, lukas.frei@hispeed.ch - are there any notes on my order?',
		[ '99.60.180411.40223757' ],
		INTERNAL
	),
	q(
		'kr-order-20',
		'order',
		'de',
		'Bestellung 8, t.keller@web.de: Muss ich da noch Zoll bezahlen?',
		[ [ 'zustellung', 'einfuhrumsatzsteuer', 'erhoben' ] ],
		CANNOT_VERIFY
	),
];

export const POLICY: EvalQuestion[] = [
	q(
		'kr-policy-01',
		'policy',
		'de',
		'Liefert ihr auch nach Liechtenstein und was kostet das?',
		[ [ 'CHF 9', '9.00', '9 franken', 'fr. 9' ], [ '150' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-02',
		'policy',
		'en',
		'Do you ship to Germany? What about customs?',
		[ [ '29' ], [ 'customs', 'duty', 'duties', 'zoll' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-03',
		'policy',
		'de',
		'Wie lange habe ich Zeit, etwas zurückzugeben?',
		[ [ '30 tage', '30 days' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-04',
		'policy',
		'en',
		'Can I return in-ear headphones if I already opened them?',
		[ [ 'seal', 'hygien', 'versiegel' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-05',
		'policy',
		'de',
		'Wie lange Garantie gebt ihr auf einen Verstärker von Lindqvist?',
		[ [ '5 jahre', 'fünf jahre' ], [ 'registr' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-06',
		'policy',
		'en',
		"What's the warranty on Vela headphones? and on the battery?",
		[
			[ '2 years', 'two years', '2-year', '2 jahre' ],
			[ '1 year', 'one year', '12 months', '1-year', '1 jahr' ],
		],
		NOT_FOUND
	),
	q(
		'kr-policy-07',
		'policy',
		'de',
		'Welche Zahlungsarten habt ihr? Geht auch auf Rechnung?',
		[ [ 'twint' ], [ '30 tage' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-08',
		'policy',
		'en',
		'Can I pay by invoice if I live in Germany?',
		[ [ 'switzerland', 'schweiz', 'liechtenstein' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-09',
		'policy',
		'de',
		'Was kostet das Einmessen bei mir zuhause?',
		[ chf( '290.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-policy-10',
		'policy',
		'en',
		'How much do you charge per hour to install a system at my home?',
		[ [ '120' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-11',
		'policy',
		'de',
		'Mein alter Verstärker brummt. Was kostet bei euch eine Reparatur?',
		[ [ '110' ], [ 'kostenvoranschlag' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-12',
		'policy',
		'en',
		'is there express delivery? how much?',
		[ [ '19' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-13',
		'policy',
		'de',
		'Ab wieviel Franken ist der Versand gratis?',
		[ [ '150' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-14',
		'policy',
		'en',
		'Do you offer financing or paying in instalments?',
		[ NO ],
		NOT_FOUND
	),
	q(
		'kr-policy-15',
		'policy',
		'de',
		'Kann ich die Lautsprecher zuerst probehören? Muss ich mich anmelden?',
		[ [ 'termin' ], [ 'kostenlos', 'gratis', 'unentgeltlich' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-16',
		'policy',
		'en',
		'Can I try speakers at home before I buy them?',
		[ [ "2'000", '2000', '2’000', '2 000' ], [ '50' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-17',
		'policy',
		'de',
		'was kostet der versand für standlautsprecher? die sind ja schwer',
		[ [ '49' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-18',
		'policy',
		'en',
		'How long does a refund take after you receive my return?',
		[
			[
				'10 days',
				'10 tage',
				'ten days',
				'10 business days',
				'10 working days',
			],
		],
		NOT_FOUND
	),
	q(
		'kr-policy-19',
		'policy',
		'de',
		'Nehmt ihr meinen alten Verstärker in Zahlung?',
		[ [ "1'000", '1000', '1’000', '1 000' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-20',
		'policy',
		'en',
		'any student discount?',
		[ [ '5 %', '5%', '5 percent', 'five percent' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-21',
		'policy',
		'de',
		'Wer bezahlt die Rücksendung, wenn ich in Deutschland wohne?',
		[
			[
				'selbst',
				'ihre kosten',
				'eigene kosten',
				'sie bezahlen',
				'sie zahlen',
			],
		],
		NOT_FOUND
	),
	q(
		'kr-policy-22',
		'policy',
		'de',
		'was kostet es, einen tonabnehmer montieren zu lassen?',
		[ [ '40' ] ],
		NOT_FOUND
	),
	q( 'kr-policy-23', 'policy', 'en', 'Do you ship to the UK?', [ NO ], [] ),
	q(
		'kr-policy-24',
		'policy',
		'de',
		'Gibt es auf Verstärker von Nordhall auch 5 Jahre Garantie?',
		[ [ '2 jahre', 'zwei jahre' ] ],
		NOT_FOUND
	),
	q(
		'kr-policy-25',
		'policy',
		'de',
		'Kommt ihr auch zum Einmessen nach Genf?',
		[ [ 'offerte', 'angebot', '30 km' ] ],
		[]
	),
	q(
		'kr-policy-26',
		'policy',
		'de',
		'Muss ich bei einer Lieferung nach Österreich Zoll zahlen?',
		[
			[
				'zustellung',
				'empfänger',
				'einfuhrumsatzsteuer',
				'ja,',
				'ja.',
				'ja!',
			],
		],
		NOT_FOUND
	),
];
