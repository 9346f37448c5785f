/**
 * The Aperture & Grain dev set's service questions: orders 1–20 (with and without a matching
 * e-mail), the shop's policies (delivery zones, returns and exclusions, warranty per brand,
 * trade-in, repairs, film developing, payment and finance) and how to reach it.
 */
import { ASK_EMAIL, CANNOT_VERIFY, NOT_FOUND, STATUS } from '../phrases';
import { delivered, gbp, numberedQuestions } from './aperture-questions';

const { questions, ofClass } = numberedQuestions( 'ag' );

// Orders.
const order = ofClass( 'order' );
order.en(
	'hi, order 1, email tom.hargreaves@fastlens.example - has my camera arrived?',
	[ delivered(), '15501004206113' ]
);
order.en( "where's order 2? priya.shah@tripod.example", [
	[ ...STATUS.processing!, 'packed', 'DPD' ],
	'15501004212226',
] );
order.en( 'whats happening with order 3, gareth.lloyd@mail.example', [
	[ ...STATUS[ 'on-hold' ]!, 'bank transfer' ],
] );
order.en(
	'megan.price@sdcard.example',
	[ [ 'backorder', '14 December', 'queue' ] ],
	NOT_FOUND,
	[ 'when will my order 10 ship?' ]
);
order.en( 'order 5 sophie.t@mail.example - why was it cancelled?', [
	STATUS.cancelled!,
	[ 'sold out', 'sand' ],
] );
order.en(
	'order 11, my email is oliver@gmail.example, can you tell me the tracking number',
	[ CANNOT_VERIFY ],
	[ '15501004267243', 'EOS R6' ]
);
order.en(
	'status of order 16 please',
	[ ASK_EMAIL ],
	[ ...STATUS.completed!, '15501004297808' ]
);
order.en( 'order 14 chloe.evans@mail.example - did you refund me?', [
	STATUS.refunded!,
] );
order.en( 'order 19 ben.carter@mail.example. why hasnt it shipped', [
	[ ...STATUS[ 'on-hold' ]!, 'bank transfer', 'backorder' ],
] );
order.de(
	'Hallo, wo ist meine Bestellung 4? E-Mail lukas.brandt@filmroll.example',
	[ delivered(), '15501004224452' ]
);
order.de(
	'Bestellung 9, felix.wagner@darkroom.example – warum wurde die FM2 noch nicht verschickt?',
	[ [ ...STATUS.pending!, 'zahlung', 'payment', 'bezahl' ] ]
);
order.de(
	'anna.mueller@35mm.example',
	[ [ ...STATUS[ 'on-hold' ]!, 'prüf', 'zahlung', 'payment' ] ],
	NOT_FOUND,
	[ 'Was ist der Stand meiner Bestellung 12?' ]
);
order.de(
	'Bestellung 20, meine Mail ist max@blitz.example',
	[ CANNOT_VERIFY ],
	[ '15501004322260', '85mm' ]
);
order.de( 'Ist Bestellung 15 schon unterwegs? jonas.becker@zoomlens.example', [
	[ ...STATUS.processing!, 'DPD', 'verschickt', 'versandt', 'unterwegs' ],
	'15501004291695',
] );

// Policies.
const policy = ofClass( 'policy' );
policy.en(
	'how much is next day delivery and what time do I need to order by?',
	[ gbp( '8.95' ), [ '2:30', '14:30', '2.30' ] ]
);
policy.en( 'whats the minimum for free delivery?', [ gbp( '150.00' ) ] );
policy.en(
	'I live in Inverness (Highlands) - what does delivery cost me?',
	[ gbp( '14.95' ) ],
	[ ...NOT_FOUND, /(?<![\d])4[.,]95/ ]
);
policy.en( 'Do you ship to Belfast? how much?', [ gbp( '9.95' ) ] );
policy.en(
	'can you send a lens to New York? cost and will I pay import duties',
	[
		gbp( '39.95' ),
		[
			'recipient',
			'you pay',
			'paid by you',
			'your responsibility',
			'duties and taxes',
		],
	]
);
policy.en( 'how long do I have to return a camera?', [
	[ '30 days', '30-day' ],
] );
policy.en(
	"I opened a 5 pack of film but haven't shot it, can I return the unused rolls?",
	[ [ 'opened film', 'cannot', "can't", 'not able', 'unable' ] ]
);
policy.en( 'how long do refunds take once you receive the parcel', [
	[ '5 working days', 'five working days' ],
] );
policy.en( 'What warranty do I get on a Canon camera?', [
	[ '1 year', 'one year', '1-year' ],
	[ 'register', 'second year' ],
] );
policy.en( 'is there a warranty on used gear?', [
	[ '6 months', 'six months', '6-month' ],
] );
policy.en( 'how does trade in work? do I get more if I take credit?', [
	[ '10%', '10 %', '10 percent' ],
] );
policy.en( 'how much is a sensor clean and how long does it take', [
	gbp( '49.00' ),
	[ 'same day', '11am', '11 am' ],
] );
policy.en(
	'What do you charge to develop a roll of C-41 with standard scans?',
	[ gbp( '8.00' ), gbp( '4.50' ) ]
);
policy.en( 'do you do 0% finance? from what amount', [
	[ '0%', '0 %' ],
	gbp( '499.00' ),
] );
policy.de(
	'Wie viel kostet der Versand nach Deutschland und wie lange dauert es?',
	[ gbp( '24.95' ), [ '3–6', '3-6', '3 bis 6' ] ]
);
policy.de(
	'Muss ich bei Lieferung nach Österreich Einfuhrumsatzsteuer zahlen?',
	[
		[
			'mehrwertsteuer',
			'einfuhrumsatzsteuer',
			'import vat',
			'zoll',
			'einfuhr',
			'steuer',
		],
	]
);
policy.de(
	'Wie lange habe ich Zeit, um ein gebrauchtes Objektiv zurückzugeben?',
	[ [ '14 Tage', '14 days', 'vierzehn Tage' ] ]
);
policy.de( 'Kann ich benutzte Sensor-Swabs zurückschicken?', [
	[ 'nicht', 'keine', 'ausgeschlossen' ],
] );
policy.de( 'Wie lange Garantie gibt es auf eine Sony-Kamera?', [
	[ '2 Jahre', 'zwei Jahre', '2 years', '2-jährig' ],
] );
policy.de(
	'Was kostet die Entwicklung eines Schwarzweißfilms und wie lange dauert das?',
	[
		gbp( '10.00' ),
		[ '5 Werktage', '5 working days', 'fünf Werktage', '5 Arbeitstage' ],
	]
);
policy.de( 'Welche Zustandsstufen gibt es bei Gebrauchtware?', [
	[ 'A+', 'Like new', 'wie neu' ],
	[ 'Well used', 'C (', 'stark gebraucht' ],
] );
policy.de( 'Kann ich mit Klarna zahlen?', [
	[ 'Klarna' ],
	[ 'ja', 'raten', 'instalments' ],
] );

// Contact.
const contact = ofClass( 'contact' );
contact.en( 'whats your phone number', [
	[ '0161 555 0193', '+44 161 555 0193' ],
] );
contact.en( 'where is the shop? address please', [
	'42 Tib Street',
	[ 'M4 1LA', 'Manchester' ],
] );
contact.en( 'are you open on sunday?', [
	[ '11:00', '11am', '11 am' ],
	[ '16:00', '4pm', '4 pm' ],
] );
contact.en( 'email address for the shop?', [
	'hello@apertureandgrain.example',
] );
contact.en( 'Are you open on Boxing Day?', [ [ 'closed', '26 December' ] ] );
contact.de( 'Wann habt ihr am Samstag geöffnet?', [
	[ '10:00', '10 Uhr' ],
	[ '17:30', '17.30' ],
] );
contact.de( 'Wie kann ich euch per E-Mail erreichen?', [
	'hello@apertureandgrain.example',
] );
contact.de( 'Wo genau ist euer Laden in Manchester?', [
	[ 'Tib Street' ],
	[ 'M4 1LA', 'Northern Quarter' ],
] );
contact.de( 'Kann ich meine Kamera am Montag zur Reparatur vorbeibringen?', [
	[ 'Dienstag', 'Tuesday', 'geschlossen', 'closed', 'nicht' ],
] );

export const SERVICE = questions;
