/**
 * The Teekontor Alster dev set's service questions: orders, policies (shipping zones,
 * returns with the food-hygiene exclusions, payment, the tea subscription, the gift service,
 * seminars) and contact. English shoppers must get English replies quoting the German pages.
 */
import { ASK_EMAIL, CANNOT_VERIFY, STATUS } from '../phrases';
import { eur, numberedQuestions } from './teekontor-kit';

const { questions, ofClass } = numberedQuestions( 'tkv' );

const shipped = [
	...STATUS.completed!,
	'unterwegs',
	'versendet',
	'verschickt',
	'shipped',
	'on its way',
	'dispatched',
	'sent',
];

// Orders.
const order = ofClass( 'order' );
order.de( 'Hallo, wo ist meine Bestellung 1? hanna.petersen@posteo.example', [
	shipped,
	'003404345187220037',
] );
order.en( 'order 3, emily.carter@outlook.example – has it shipped yet?', [
	shipped,
	'003404345187220111',
] );
order.de(
	'Bestellung 4, lars.moeller@web.example – warum passiert da nichts?',
	[
		[
			...STATUS[ 'on-hold' ]!,
			'Überweisung',
			'Zahlungseingang',
			'Vorkasse',
		],
	]
);
order.de( 'Was ist mit Bestellung 5? sophie.w@t-online.example', [
	[ ...STATUS.pending!, 'Zahlung', 'bezahlt' ],
] );
order.en( 'did my refund for order 9 go through? daniel.kim@proton.example', [
	STATUS.refunded!,
] );
order.en( 'Order 7, olivia.hughes@gmail.example, is it still coming?', [
	STATUS.cancelled!,
] );
order.de( 'Status Bestellung 11 bitte, ben.schulz@web.example', [
	[ ...STATUS.processing!, 'abgewogen', 'wiegen', 'gepackt' ],
] );
order.en( 'order 12 aoife.byrne@eircom.example where is it??', [
	shipped,
	'003404345187220444',
] );
order.de(
	'Bestellung 13, meine Mail ist klaus.hinrichs@gmx.example',
	[ CANNOT_VERIFY ],
	[ 'Ceylon Sasel', ...eur( '50.79' ) ]
);
order.en(
	'status of order 14 please',
	[ ASK_EMAIL ],
	[ 'Earl Grey Wandsbek', ...eur( '103.94' ) ]
);
order.de( 'Was hatte ich in Bestellung 10 bestellt? m.lange@posteo.example', [
	'Adventskalender',
	'Sencha Wandsbek',
] );
order.en(
	'how much did I pay for shipping on order 16? greta.albers@t-online.example',
	[ eur( '8.90' ) ]
);
order.de(
	'henrik.voss@posteo.example',
	[ shipped, '003404345187220703' ],
	[],
	[ 'Ich möchte wissen, wo meine Bestellung 19 ist.' ]
);
order.en(
	'Sarah here – order 18 (sarah.oneill@icloud.example), was it cancelled?',
	[ STATUS.cancelled! ]
);
order.de( 'Bestellung 20, lena.krueger@gmx.example – wann kommt mein Tee?', [
	[ ...STATUS.processing!, 'abgewogen', 'wiegen', 'gepackt' ],
] );
order.de(
	'Wie hoch war der Gesamtbetrag von Bestellung 2? j.brandt@gmx.example',
	[ eur( '42.69' ) ]
);

// Policies.
const policy = ofClass( 'policy' );
policy.de( 'Was kostet der Versand innerhalb Deutschlands?', [
	eur( '4.90' ),
] );
policy.de( 'Ab welchem Bestellwert ist der Versand kostenlos?', [ '39' ] );
policy.en(
	'How much is shipping to Austria?',
	[ eur( '8.90' ) ],
	[ ...eur( '14.90' ) ]
);
policy.en(
	'do you ship to Switzerland, what does it cost, and is there customs?',
	[ eur( '14.90' ), [ 'Zoll', 'customs', 'Einfuhrumsatzsteuer', 'import' ] ]
);
policy.de( 'Liefert ihr auch nach Frankreich? Was kostet das?', [
	eur( '11.90' ),
] );
policy.en( "Can I return a tea I've opened and didn't like?", [
	[
		"can't be returned",
		'cannot be returned',
		'not be returned',
		"can't return",
		'cannot return',
		'not accept',
		"don't accept",
		'nicht zurück',
		'hygiene',
		'Hygiene',
	],
] );
policy.de( 'Wie lange habe ich Zeit, etwas zurückzuschicken?', [
	[ '30 Tage', '30 Tagen', '30 days' ],
] );
policy.en( "who pays for return shipping if I'm in Germany?", [
	[
		'kostenlos',
		'free',
		'Retourenetikett',
		'return label',
		'no cost',
		"don't pay",
	],
] );
policy.de( 'Kann ich auf Rechnung bezahlen?', [ 'Klarna' ] );
policy.en( 'do you take cash on delivery?', [
	[ 'Nachnahme', 'cash on delivery', 'COD' ],
	[ 'not', 'nicht', "don't", 'unfortunately', 'leider' ],
] );
policy.de( 'Gibt es Rabatt, wenn ich per Vorkasse zahle?', [
	[ '2 %', '2%', '2 Prozent', '2 percent' ],
] );
policy.de( 'Wie funktioniert das Tee-Abo, welche Lieferintervalle gibt es?', [
	'2',
	'4',
	'8',
	[ 'Wochen', 'weeks' ],
] );
policy.de( 'Wie viel Rabatt bekomme ich im Tee-Abo?', [
	[ '10 %', '10%', '10 Prozent', '10 percent' ],
] );
policy.en( 'how do I cancel the tea subscription? is there a minimum term?', [
	[ '5 Tage', '5 days', 'five days' ],
	[
		'keine Mindestlaufzeit',
		'no minimum',
		'any time',
		'anytime',
		'jederzeit',
	],
] );
policy.en( 'can I pause my tea subscription while I travel?', [
	[ '3 Monate', '3 months', 'three months' ],
] );
policy.de( 'Was kostet die Geschenkverpackung?', [ eur( '3.50' ) ] );
policy.en(
	'If you send a gift straight to my mum, will the invoice be in the parcel?',
	[
		[
			'keine Rechnung',
			'no invoice',
			'not include',
			"don't include",
			'without',
			'ohne Rechnung',
			'no prices',
			'keine Preise',
		],
	]
);
policy.de( 'Wie lange ist ein Geschenkgutschein gültig?', [
	[ '3 Jahre', 'drei Jahre', '3 years', 'three years' ],
] );
policy.de( 'Kann ich den Gutschein auch für ein Teeseminar einlösen?', [
	[
		'auch für Teeseminare',
		'für Teeseminare',
		'einlösbar',
		'yes',
		'Ja,',
		'Ja.',
	],
] );
policy.de( 'Meine Teekanne kam kaputt an, was jetzt?', [
	[ '48 Stunden', '48 hours' ],
	[ 'Foto', 'photo' ],
] );
policy.en( 'Do you do express delivery? How much is it?', [ eur( '9.90' ) ] );
policy.de( 'Kann ich meine Bestellung auch im Laden abholen?', [
	[ 'kostenlos', 'free', 'gratis' ],
] );
policy.en( 'How long is the warranty on your kettles?', [
	[ '2 Jahre', '2 years', 'two years' ],
] );
policy.de( 'Wenn ich heute um 11 Uhr bestelle, wann verschickt ihr?', [
	[ '13 Uhr', 'selben Tag', 'same day', 'gleichen Tag', 'heute noch' ],
] );

// Contact.
const contact = ofClass( 'contact' );
contact.de( 'Wie sind eure Öffnungszeiten?', [ '18:30', '16:00' ] );
contact.en( 'what time do you open on saturday?', [
	[ '10:00', '10 am', '10am', '10 a.m.' ],
] );
contact.de( 'Habt ihr an Feiertagen geöffnet?', [
	[ 'geschlossen', 'closed' ],
] );
contact.en( 'Are you open on Christmas Eve?', [
	[ '13:00', '1 pm', '1pm', '1 p.m.' ],
] );
contact.de( 'Wie ist eure Telefonnummer?', [
	[ '555 718 20', '55571820', '+49 40 555 718 20' ],
] );
contact.de( 'Wo ist euer Laden genau?', [ 'Hofweg 42', '22085' ] );
contact.en( 'how do I get to your shop by public transport?', [
	[ 'U3', 'Mundsburg', 'Bus 6' ],
] );
contact.de( 'Welche E-Mail-Adresse habt ihr?', [
	'kontor@teekontor-alster.example',
] );
contact.en( 'When can I reach you by phone?', [
	[ '9–17', '9-17', '9 am', '9am', '9:00', '9 to 5', '9 and 5', '9 a.m.' ],
] );
contact.de( 'Wie schnell antwortet ihr auf E-Mails?', [
	[ '24 Stunden', '24 hours' ],
] );

export const SERVICE = questions;
