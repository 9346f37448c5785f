/**
 * Inkwell & Quire dev questions about orders (with and without the billing e-mail, across turns)
 * and how to reach the shop, written blind from
 * tests/doubles/woocommerce/inkwell-quire.json; about 40% asked in German.
 */
import type { EvalQuestion } from '../types';
import { ASK_EMAIL, day, gbp, q } from './inkwell-quire-match';

const DELIVERED =
	/delivered|zugestellt|geliefert|angekommen|abgeschlossen|completed|erledigt/;
const PROCESSING =
	/processing|in bearbeitung|bearbeitet|being (prepared|processed|packed)|packed|verpackt/;
const ON_HOLD = /on.hold|zurückgehalten|wartet|angehalten|wartestellung|hold/;
const PENDING =
	/pending|awaiting|not (been )?(paid|completed)|ausstehend|nicht abgeschlossen|wartet auf/;
const CANCELLED = /cancel+ed|storniert/;
const REFUNDED = /refund|erstatt|zurückgezahlt/;
const NOT_FOUND =
	/(couldn't|could not|can't|cannot|unable to) (find|locate|match)|no order|(doesn't|does not|don't|do not) match|nicht (finden|gefunden|zuordnen)|keine bestellung|passt nicht|stimmt nicht/;

const ORDER: EvalQuestion[] = [
	q(
		'iq-order-01',
		'order',
		'en',
		"where's my order 3? email harriet.fenwick@example.co.uk",
		[ DELIVERED, 'ZW 4418 2093 6GB' ]
	),
	q(
		'iq-order-02',
		'order',
		'en',
		'status of order 9 please',
		[ ASK_EMAIL ],
		[ 'nib bench', '8 December', 'Pulteney' ]
	),
	q(
		'iq-order-03',
		'order',
		'de',
		'Bestellung 7, jonas.mueller@example.de – ist die schon angekommen?',
		[ DELIVERED, 'LX 2207 8841 3GB' ]
	),
	q(
		'iq-order-04',
		'order',
		'de',
		'Wo bleibt meine Bestellung 27? Mail: greta.schmidt@example.de',
		[ day( 12, 1 ) ]
	),
	q(
		'iq-order-05',
		'order',
		'en',
		"it's number 12, e.lacey@example.com",
		[ ON_HOLD, /bank transfer/ ],
		[],
		[ 'Hi, I want to check on my order' ]
	),
	q(
		'iq-order-06',
		'order',
		'en',
		"order 30 marcus.webb@example.co.uk — what's happening with it?",
		[ PENDING ]
	),
	q(
		'iq-order-07',
		'order',
		'de',
		'Bestellung 33, anna.keller@example.ch – warum ging die nicht durch?',
		[ /declined|abgelehnt|fehlgeschlagen|failed/, 'PayPal' ]
	),
	q(
		'iq-order-08',
		'order',
		'en',
		'order 24, oliver.grant@example.com. did you refund me?',
		[ REFUNDED, gbp( 10 ) ]
	),
	q(
		'iq-order-09',
		'order',
		'de',
		'Was ist mit meiner Bestellung 21? lena.hoffmann@example.de',
		[ CANCELLED ]
	),
	q(
		'iq-order-10',
		'order',
		'en',
		'order 41 dan.okafor@example.com whats the tracking number',
		[ 'RR 5523 0178 4GB' ]
	),
	q(
		'iq-order-11',
		'order',
		'en',
		'can you check order 9, my email is p.sharma@example.org',
		[ NOT_FOUND ],
		[ 'nib bench', 'Pulteney', '8 December' ]
	),
	q(
		'iq-order-12',
		'order',
		'de',
		'mia.schulz@example.de',
		[ 'LX 4102 9987 5GB' ],
		[],
		[
			'Hallo, ich möchte wissen, wo meine Bestellung ist',
			'Die Nummer ist 86',
		]
	),
	q(
		'iq-order-13',
		'order',
		'en',
		'order 15, sophie.wagner@example.at: why is it on hold?',
		[ /engrav/, 'S. W. 1990' ]
	),
	q(
		'iq-order-14',
		'order',
		'en',
		'Order 47 isla.macleod@example.co.uk, when will it be posted?',
		[ day( 9, 12 ) ]
	),
	q(
		'iq-order-15',
		'order',
		'de',
		'Bestellung 63, lukas.fischer@example.de – bekomme ich mein Geld zurück?',
		[ REFUNDED ]
	),
	q(
		'iq-order-16',
		'order',
		'en',
		"what's the status of order 99? email margaret.hughes@example.co.uk",
		[ NOT_FOUND ],
		[ /gift card/ ]
	),
	q(
		'iq-order-17',
		'order',
		'de',
		'Status von Bestellung 44? k.braun@example.de',
		[ DELIVERED, day( 2, 12 ) ]
	),
	q(
		'iq-order-18',
		'order',
		'en',
		'margaret.hughes@example.co.uk',
		[ /gift card/, day( 3, 12 ) ],
		[],
		[ 'checking on order 58' ]
	),
	q(
		'iq-order-19',
		'order',
		'de',
		'Bestellung Nr. 52 bitte, felix.wolf@example.de',
		[ CANCELLED ]
	),
	q(
		'iq-order-20',
		'order',
		'de',
		'Ist meine Bestellung 86 schon unterwegs?',
		[ ASK_EMAIL ],
		[ 'LX 4102', 'Left-Handed' ]
	),
	q(
		'iq-order-21',
		'order',
		'en',
		'order 71 ruth.ellison@example.co.uk, did my payment go through?',
		[ PENDING, 'PayPal' ]
	),
	q(
		'iq-order-22',
		'order',
		'en',
		'order 9 priya.sharma@example.co.uk any news?',
		[ PROCESSING, day( 8, 12 ) ]
	),
];

const CONTACT: EvalQuestion[] = [
	q( 'iq-contact-01', 'contact', 'en', "what's your phone number?", [
		'1225 480 317',
	] ),
	q( 'iq-contact-02', 'contact', 'en', 'where exactly is the shop', [
		/margaret/,
		'BA1 2LP',
	] ),
	q( 'iq-contact-03', 'contact', 'de', 'Wann habt ihr samstags geöffnet?', [
		[ '10:00', '10 Uhr' ],
		[ '17:00', '17 Uhr' ],
	] ),
	q( 'iq-contact-04', 'contact', 'de', 'Ist der Laden am Sonntag offen?', [
		[ 'closed', 'geschlossen' ],
	] ),
	q( 'iq-contact-05', 'contact', 'en', 'email address for questions?', [
		'hello@inkwellandquire.example',
	] ),
	q( 'iq-contact-06', 'contact', 'en', 'are you open till 6 on weekdays?', [
		'17:30',
	] ),
	q(
		'iq-contact-07',
		'contact',
		'de',
		'Wie kann ich euch telefonisch erreichen?',
		[ '1225 480 317' ]
	),
	q( 'iq-contact-08', 'contact', 'en', 'when is the nib clinic on?', [
		/thursday/,
		/14:00|2 ?pm/,
	] ),
	q(
		'iq-contact-09',
		'contact',
		'de',
		'Was ist die Adresse vom Laden in Bath?',
		[ /margaret/, 'BA1 2LP' ]
	),
	q(
		'iq-contact-10',
		'contact',
		'en',
		'how quickly do you usually answer emails',
		[ /one working day|1 working day|within a (working )?day/ ]
	),
];

export const IQ_ORDERS: EvalQuestion[] = [ ...ORDER, ...CONTACT ];
