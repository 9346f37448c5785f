/**
 * Saltmarsh Apothecary dev set: orders (number and e-mail in various forms, one without an
 * e-mail, one with the wrong e-mail), shop policies (shipping, returns, guarantee,
 * payment, workshops, refills) and contact, in English and German. Written blind from the
 * shop's data; every order question must keep the internal note out of the reply.
 */
import type { EvalQuestion } from '../types';
import { ASK_EMAIL, dated, eur, INTERNAL, q } from './saltmarsh-kit';

const NO =
	/\bno\b|\bnot\b|don'?t|do not|cannot|can'?t|unfortunately|sorry|only|nein|nicht|leider|kein/i;

export const ORDERS: EvalQuestion[] = [
	q(
		'order-1',
		'order',
		'en',
		'where is my order #1? email siobhan.nif@eircom.net',
		[ /CE ?318204437 ?IE/i ],
		INTERNAL
	),
	q(
		'order-2',
		'order',
		'de',
		'Status Bestellung 2, conor.walsh@gmail.com',
		[
			/bearbeit|verpack|gepackt|packed|packing|processing|in progress|versand|heute/i,
		],
		INTERNAL
	),
	q(
		'order-3',
		'order',
		'en',
		'order 3, katrin.hoffmann@web.de – tracking number please',
		[ /0550 ?7312 ?8803/ ],
		INTERNAL
	),
	q(
		'order-4',
		'order',
		'en',
		'hi, I paid by bank transfer for order 4 (mary.osullivan@hotmail.com) why is it on hold??',
		[ /transfer|überweisung|payment|zahlung/i ],
		INTERNAL
	),
	q(
		'order-5',
		'order',
		'de',
		'Meine Bestellung Nr. 6, lukas.bauer@gmx.at – wann kommt die endlich?',
		[ dated( 15, 'jan' ) ],
		INTERNAL
	),
	q(
		'order-6',
		'order',
		'en',
		"what's the status of order 8? niamh.kelly@gmail.com",
		[ /cancel|storn/i ],
		INTERNAL
	),
	q(
		'order-7',
		'order',
		'en',
		'Was my refund for order nine processed? ciara.doyle@icloud.com',
		[ eur( '22.45' ) ],
		INTERNAL
	),
	q(
		'order-8',
		'order',
		'de',
		'Bestellung 10 – sophie.wagner@gmail.com – ist die Zahlung durch?',
		[
			/nicht abgeschlossen|noch nicht|not (yet )?(been )?(completed|complete|finished|received)|ausstehend|pending|offen|wartet/i,
		],
		INTERNAL
	),
	q(
		'order-9',
		'order',
		'en',
		'how much did I pay for shipping on order 11, paddy.flanagan@eircom.net',
		[ eur( '8.95' ) ],
		INTERNAL
	),
	q(
		'order-10',
		'order',
		'en',
		'are my engraved tins from order 12 ready yet? grace.healy@yahoo.ie',
		[ /engrav|gravi/i ],
		INTERNAL
	),
	q(
		'order-11',
		'order',
		'de',
		'Wo ist mein Paket? Bestellnummer 13, E-Mail marco.bianchi@libero.it',
		[ /0550 ?7312 ?8813/ ],
		INTERNAL
	),
	q(
		'order-12',
		'order',
		'en',
		"order 14 hannah.schmitt@posteo.de why hasn't it shipped",
		[ dated( 20, 'jan' ) ],
		INTERNAL
	),
	q(
		'order-13',
		'order',
		'de',
		'Kannst du Bestellung 15 prüfen? Mail: declan.burke@gmail.com - wie hoch war die Summe',
		[ eur( '60.50' ) ],
		INTERNAL
	),
	q(
		'order-14',
		'order',
		'de',
		'Bestellung 16 laura.fitz@gmail.com – habt ihr das Geld zurückerstattet?',
		[ eur( '30.95' ) ],
		INTERNAL
	),
	q(
		'order-15',
		'order',
		'en',
		'hi my order 17, thomas.keller@bluewin.ch, whats going on with it',
		[ /cancel|storn/i, /switzerland|schweiz|swiss/i ],
		INTERNAL
	),
	q(
		'order-16',
		'order',
		'en',
		'Is order 18 ready to pick up? roisin.macgiolla@gmail.com',
		[ /ready|bereit/i ],
		INTERNAL
	),
	q(
		'order-17',
		'order',
		'en',
		"where's my order 5",
		[ ASK_EMAIL ],
		[ dated( 17, 'jan' ), eur( '130.00' ), ...INTERNAL ]
	),
	q(
		'order-18',
		'order',
		'de',
		'Bestellung 7, emma.t@gmail.com – Status?',
		[
			/stimmt nicht|passt nicht|nicht (finden|gefunden|zuordnen)|keine bestellung|überprüf|e-?mail/i,
		],
		[ /0550 ?7312 ?8807/, /candle|kerze/i, eur( '58.50' ), ...INTERNAL ]
	),
];

export const POLICY: EvalQuestion[] = [
	q( 'policy-1', 'policy', 'en', 'how much is shipping to Galway', [
		eur( '4.95' ),
	] ),
	q( 'policy-2', 'policy', 'de', 'Was kostet der Versand nach Deutschland?', [
		eur( '11.50' ),
		eur( '120.00' ),
	] ),
	q(
		'policy-3',
		'policy',
		'en',
		'do you ship to the US?',
		[ NO ],
		[ /yes,? we (do )?ship/i ]
	),
	q( 'policy-4', 'policy', 'en', 'free shipping to the UK from what amount', [
		eur( '90.00' ),
	] ),
	q(
		'policy-5',
		'policy',
		'de',
		'Liefert ihr auch in die Schweiz?',
		[ NO ],
		[ /ja,? wir liefern/i ]
	),
	q( 'policy-6', 'policy', 'en', 'how long does delivery to germany take', [
		/4\s?(–|-|to|bis)\s?7/,
	] ),
	q(
		'policy-7',
		'policy',
		'en',
		'if I order at noon today will it go out today?',
		[ /1 ?pm|\b13(:00|\.00)?\b|one o'?clock/i ]
	),
	q(
		'policy-8',
		'policy',
		'de',
		'Bis wann muss ich bestellen, damit es zu Weihnachten in Deutschland ankommt?',
		[ dated( 12, 'dec' ) ]
	),
	q(
		'policy-9',
		'policy',
		'en',
		'last day to order for christmas delivery in ireland?',
		[ dated( 19, 'dec' ) ]
	),
	q(
		'policy-10',
		'policy',
		'en',
		'can I send back a face cream I already opened? dont like it',
		[ /seal|hygien|opened|geöffnet/i ],
		[ /yes,? you can (return|send)/i ]
	),
	q(
		'policy-11',
		'policy',
		'de',
		'Wie lange habe ich Zeit für eine Rücksendung?',
		[ '14', '30' ]
	),
	q( 'policy-12', 'policy', 'en', 'who pays the return postage', [
		/faulty|wrong|defect|unless|except|(paid|covered|borne) by you|you (pay|cover)|at your (own )?(cost|expense)|your own cost|customer/i,
	] ),
	q( 'policy-13', 'policy', 'en', 'my candle arrived smashed what do I do', [
		'48',
		/photo|picture|pic\b|foto|bild/i,
	] ),
	q(
		'policy-14',
		'policy',
		'de',
		'Kann ich einen Workshop stornieren? Bis wann?',
		[ '7' ]
	),
	q( 'policy-15', 'policy', 'en', 'can I pay with klarna', [
		/klarna/i,
		eur( '30.00' ),
	] ),
	q(
		'policy-16',
		'policy',
		'de',
		'Kann ich per Nachnahme bezahlen?',
		[ NO ],
		[ /ja,? (sie können|das geht|nachnahme ist möglich)/i ]
	),
	q( 'policy-17', 'policy', 'en', 'do you test on animals', [
		/never|\bnot\b|\bno\b|cruelty.free|leaping bunny|nie\b|keine/i,
	] ),
	q(
		'policy-18',
		'policy',
		'en',
		'is everything vegan?',
		[
			/not all|not every|most|nicht alle|meisten|beeswax|bienenwachs|honey|honig|goat|ziege/i,
		],
		[ /^yes,? (everything|all)/i ]
	),
	q(
		'policy-19',
		'policy',
		'de',
		'Wie lange ist die Garantie auf den Aroma-Diffuser?',
		[ /\b2 (jahre|years)|zwei jahre|two years|2-year|2-jährig|2 jahren/i ]
	),
	q(
		'policy-20',
		'policy',
		'en',
		"how much to repair my diffuser, it's 3 years old",
		[ eur( '15.00' ) ]
	),
	q( 'policy-21', 'policy', 'en', 'do you do gift wrapping? how much', [
		eur( '3.50' ),
	] ),
	q(
		'policy-22',
		'policy',
		'de',
		'Bekomme ich Proben zu meiner Bestellung dazu?',
		[ eur( '25.00' ), /zwei|\b2\b|two/i ]
	),
	q(
		'policy-23',
		'policy',
		'en',
		'ordering to Manchester - will i have to pay customs on delivery?',
		[
			/nothing|no (extra|additional|customs|duties)|duties (are )?paid|duty.paid|nichts|keine|\bno\b/i,
		]
	),
	q( 'policy-24', 'policy', 'de', 'Kann ich leere Flaschen zurückgeben', [
		eur( '5.00' ),
		/laden|geschäft|shop|store|vor ort|quay/i,
	] ),
	q(
		'policy-25',
		'policy',
		'de',
		'Wie lange bleibt eine Click & Collect Bestellung für mich liegen?',
		[ '10' ]
	),
];

export const CONTACT: EvalQuestion[] = [
	q( 'contact-1', 'contact', 'en', 'whats your phone number', [
		/563 ?218/,
	] ),
	q( 'contact-2', 'contact', 'de', 'Wie ist eure E-Mail-Adresse?', [
		'hello@saltmarsh.example',
	] ),
	q( 'contact-3', 'contact', 'en', 'where is the shop', [ /quay street/i ] ),
	q( 'contact-4', 'contact', 'en', 'are you open on sunday', [
		/\b12(:00|\.00)?\b|noon|midday/i,
		/\b17(:00|\.00)?\b|5 ?pm/i,
	] ),
	q( 'contact-5', 'contact', 'de', 'Habt ihr an Heiligabend offen?', [
		/\b10(:00|\.00)?\b/,
		/\b14(:00|\.00)?\b|2 ?pm/i,
	] ),
	q( 'contact-6', 'contact', 'en', "open on St Stephen's day?", [
		/closed|geschlossen|not open/i,
	] ),
	q(
		'contact-7',
		'contact',
		'en',
		'my mum only speaks German, can she email you in German?',
		[ /katrin|subject|betreff/i ]
	),
	q( 'contact-8', 'contact', 'en', 'can i whatsapp you', [ /412 ?9930/ ] ),
	q( 'contact-9', 'contact', 'en', 'what hours can I ring you', [
		/\b16(:00|\.00)?\b|4 ?pm/i,
	] ),
	q( 'contact-10', 'contact', 'de', 'Ist der Laden barrierefrei?', [
		/stufenlos|barrierefrei|ebenerdig|erdgeschoss|step-free|ground floor|ohne stufen/i,
	] ),
];
