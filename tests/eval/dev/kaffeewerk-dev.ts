/**
 * The DEV set for Kaffeewerk: questions different from the frozen set, free to be read,
 * shown to anyone working on the responder and extended. Tune against this one, never
 * against tests/eval/frozen/.
 */
import {
	ASK_EMAIL,
	BACKORDER,
	CANNOT_VERIFY,
	inStock,
	NOT_FOUND,
	OUT_OF_STOCK,
	PERSON,
	STATUS,
} from '../phrases';
import { numberedQuestions } from '../question-kit';
import type { EvalQuestion } from '../types';

const { questions, ofClass } = numberedQuestions( 'dev' );

const price = ofClass( 'price' );
price.de( 'Was kostet der Kaffeevollautomat Brio?', [ '1.484,00' ] );
price.de( 'Wie viel kostet der Wasserkocher Lago?', [ '168,90' ] );
price.de( 'Preis Abschlagbehälter Verona?', [ '32,90' ] );
price.en( 'How much is the Siebträgermaschine Perla?', [ '833,00' ] );
price.en( 'What does the Milchaufschäumer Verona cost?', [ '58,90' ] );
price.en( 'Price of the Handfilter Tazza?', [ '37,90' ] );
const spec = ofClass( 'spec' );
spec.de( 'Wie viel Leistung hat die Siebträgermaschine Fiore?', [
	[ '1.650 W', '1650 W' ],
] );
spec.de( 'Wie viele Bohnen passen in die Kaffeemühle Alba?', [ '400 g' ] );
spec.de( 'Aus welchem Material ist der Wasserkocher Verona?', [
	'Borosilikatglas',
] );
spec.en( 'What is the diameter of the Abschlagbehälter Stella?', [ '12 cm' ] );
spec.en( 'How heavy is the Tamper Milano?', [ '630 g' ] );
spec.en( 'What is the water tank size of the Kaffeevollautomat Uno?', [
	[ '2,0 l', '2.0 l', '2 l' ],
] );
const stock = ofClass( 'stock' );
stock.de( 'Ist der Wasserkocher Milano auf Lager?', [ OUT_OF_STOCK ] );
stock.de( 'Habt ihr die Kaffeemühle Ponte da?', ...inStock( '5' ) );
stock.en( 'Is the Kaffeewaage Grande available?', [ BACKORDER ] );
stock.en(
	'Do you have the Siebträgermaschine Oro in stock?',
	...inStock( '12' )
);
const variation = ofClass( 'variation' );
variation.de( 'Was kosten die Kaffeebohnen Perla in 500 g?', [ '18,90' ] );
variation.de( 'Ist die French Press Grande mit 0,8 l lieferbar?', [
	OUT_OF_STOCK,
] );
variation.en( 'How much is the Tamper Milano in 58 mm?', [ '84,90' ] );
variation.en( 'Is the Entkalker Solo 1 l in stock?', [ OUT_OF_STOCK ] );
const order = ofClass( 'order' );
order.de(
	'Wo bleibt meine Bestellung 4? hannah.wolf@web.de',
	[ STATUS.completed!, '00340434161125676' ],
	NOT_FOUND
);
order.de(
	'Bestellung 6, meine E-Mail ist jemand@example.com',
	[ CANNOT_VERIFY ],
	[ STATUS.processing! ]
);
order.en(
	'emma.koch@tamper.example',
	[ STATUS.processing! ],
	[ 'Tamper Sole' ],
	[ 'Where is order 10?' ]
);
order.en( 'Where is my order 3?', [ ASK_EMAIL ], [ STATUS[ 'on-hold' ]! ] );
order.en( 'order 9 felix.weber@espresso-freunde.de', [ STATUS.refunded! ] );
const policy = ofClass( 'policy' );
policy.de( 'Wie schicke ich etwas zurück?', [
	[ 'Rücksendeetikett', 'service@kaffeewerk.example' ],
] );
policy.de( 'Was kostet Expressversand?', [ '14,90' ] );
policy.de( 'Liefert ihr in die Schweiz?', [ 'Schweiz' ] );
policy.en( 'When will I get my refund?', [ [ '14 days', '14 Tage' ] ] );
policy.en( 'From what order value is shipping free?', [ '75' ] );
policy.en( 'How much is your descaling service?', [ '49,00' ] );
const contact = ofClass( 'contact' );
contact.de( 'Wie erreiche ich euch telefonisch?', [
	[ '+49 221 1044 244', '0221 1044 244' ],
] );
contact.de( 'Habt ihr sonntags geöffnet?', [ 'geschlossen' ] );
contact.en( 'Where are you located?', [
	[ 'Röstereistraße 53', 'Köln', 'Cologne' ],
] );
contact.en( 'When are you open on Saturday?', [
	[ '9:00', '9 am' ],
	[ '13:00', '1 pm' ],
] );
const search = ofClass( 'search' );
search.de(
	'Ich suche einen Wasserkocher aus Glas',
	[ [ 'Wasserkocher Verona', 'Wasserkocher Tazza' ] ],
	[ ...NOT_FOUND, 'Wasserkocher Solo' ]
);
search.en( 'Do you have coffee beans from Guatemala?', [
	[ 'Kaffeebohnen Brio', 'Kaffeebohnen Prima' ],
] );
const unknown = ofClass( 'unknown' );
unknown.de(
	'Wie viel Koffein haben die Kaffeebohnen Oro?',
	[ PERSON ],
	[ /\d\s?mg/i ]
);
unknown.en(
	'Do you offer coffee tasting courses?',
	[ PERSON ],
	[ /\d+,\d{2}/ ]
);
const handoff = ofClass( 'handoff' );
handoff.de( 'Ich brauche einen echten Menschen', [ ASK_EMAIL ], [] );
handoff.en( 'Please connect me with customer service', [ ASK_EMAIL ], [] );
const language = ofClass( 'language' );
language.de( 'Moin! Habt ihr Tamper?', [ 'Tamper' ] );
language.en( 'Hey there, do you sell kettles (Wasserkocher)?', [
	'Wasserkocher',
] );

export const KAFFEEWERK_DEV: readonly EvalQuestion[] = questions;
