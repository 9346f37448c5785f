/**
 * Inkwell & Quire dev questions about policies, follow-up turns, things the shop does not
 * sell and things nobody wrote down, written blind from
 * tests/doubles/woocommerce/inkwell-quire.json; about 40% asked in German.
 */
import type { EvalQuestion } from '../types';
import { ABSENT, gbp, HONEST, NOT, q, SOLD_OUT } from './inkwell-quire-match';

const POLICY: EvalQuestion[] = [
	q(
		'iq-policy-01',
		'policy',
		'en',
		'how long do I have to return something?',
		[ '30' ]
	),
	q(
		'iq-policy-02',
		'policy',
		'de',
		'Kann ich einen gravierten Füller zurückgeben?',
		[ NOT ]
	),
	q(
		'iq-policy-03',
		'policy',
		'en',
		"I filled a pen with ink and don't like it. can I still send it back?",
		[ gbp( 10 ) ]
	),
	q(
		'iq-policy-04',
		'policy',
		'de',
		'Was kostet der Versand nach Deutschland?',
		[ gbp( 12.5 ) ]
	),
	q(
		'iq-policy-05',
		'policy',
		'de',
		'Ab welchem Bestellwert ist der Versand nach Deutschland kostenlos?',
		[ '150' ]
	),
	q(
		'iq-policy-06',
		'policy',
		'en',
		'whats standard shipping within the UK?',
		[ gbp( 3.95 ) ]
	),
	q(
		'iq-policy-07',
		'policy',
		'en',
		'can you send bottled ink to Australia?',
		[ NOT, /cartridge/ ]
	),
	q(
		'iq-policy-08',
		'policy',
		'de',
		'Muss ich in Österreich beim Empfang noch Einfuhrumsatzsteuer zahlen?',
		[ '150' ]
	),
	q(
		'iq-policy-09',
		'policy',
		'de',
		'Was kostet der Versand in die Schweiz und wie lange dauert er?',
		[ gbp( 16 ), /5.{1,3}10/ ]
	),
	q( 'iq-policy-10', 'policy', 'en', 'what does a custom nib grind cost', [
		gbp( 35 ),
	] ),
	q(
		'iq-policy-11',
		'policy',
		'en',
		'what warranty do your fountain pens have?',
		[ /2.years?|two.years?|2-year/ ]
	),
	q(
		'iq-policy-12',
		'policy',
		'de',
		'Wie lange Garantie gibt es auf den Quire No. 1?',
		[ /5 jahre|fünf jahre|5 years|five years|5-jährig|fünfjährig/ ]
	),
	q(
		'iq-policy-13',
		'policy',
		'en',
		'I dropped my pen and bent the nib, does the warranty cover that?',
		[
			/not cover|doesn't cover|does not cover|isn't covered|is not covered|not included/,
		]
	),
	q( 'iq-policy-14', 'policy', 'en', 'how much is engraving?', [
		gbp( 12 ),
		gbp( 18 ),
	] ),
	q(
		'iq-policy-15',
		'policy',
		'de',
		'Könnt ihr meinen Füller aus Celluloid gravieren?',
		[ NOT ]
	),
	q( 'iq-policy-16', 'policy', 'en', 'can I pay with Klarna?', [ NOT ] ),
	q(
		'iq-policy-17',
		'policy',
		'de',
		'Kann ich per Banküberweisung bezahlen?',
		[ '500' ]
	),
	q( 'iq-policy-18', 'policy', 'en', 'do you do gift wrapping?', [
		gbp( 3.5 ),
	] ),
	q(
		'iq-policy-19',
		'policy',
		'de',
		'Gibt es bei euch einen Studentenrabatt?',
		[ '10' ]
	),
	q( 'iq-policy-20', 'policy', 'en', 'do you price match other shops?', [
		NOT,
	] ),
	q(
		'iq-policy-21',
		'policy',
		'en',
		'how much is next day delivery in the UK',
		[ [ '5.95', '9.50' ] ]
	),
	q(
		'iq-policy-22',
		'policy',
		'de',
		'Wie lange dauert eine Reparatur und was kostet eine neue 14k Goldfeder?',
		[ gbp( 95 ), '10' ]
	),
	q(
		'iq-policy-23',
		'policy',
		'en',
		'how long does a refund take once you get my return?',
		[ /5 working days|five working days/ ]
	),
	q(
		'iq-policy-24',
		'policy',
		'de',
		'Kann ich den Füller gegen eine andere Federbreite umtauschen?',
		[ '30' ]
	),
];

const FOLLOWUP: EvalQuestion[] = [
	q(
		'iq-followup-01',
		'followup',
		'en',
		'and with a stub?',
		[ gbp( 207 ) ],
		[],
		[ 'how much is the Prior Park Piston Filler?' ]
	),
	q(
		'iq-followup-02',
		'followup',
		'de',
		'Und ist der in Medium lieferbar?',
		[ SOLD_OUT ],
		[],
		[ 'Was kostet der Claverton Titanium Füller?' ]
	),
	q(
		'iq-followup-03',
		'followup',
		'en',
		'is Slate in stock?',
		[ SOLD_OUT ],
		[],
		[ 'Do you sell the Quire House Ink?' ]
	),
	q(
		'iq-followup-04',
		'followup',
		'en',
		'how much ink does it hold?',
		[ /2(\.0)? ?ml/ ],
		[],
		[ 'tell me about the Beckford Tower Vacuum Filler' ]
	),
	q(
		'iq-followup-05',
		'followup',
		'de',
		'Wie viele Seiten hat es?',
		[ '192' ],
		[],
		[ 'Ich interessiere mich für das Quire Leather Journal' ]
	),
	q(
		'iq-followup-06',
		'followup',
		'en',
		'and to Norway?',
		[ gbp( 16 ) ],
		[],
		[ 'what does it cost to ship to the EU?' ]
	),
	q(
		'iq-followup-07',
		'followup',
		'en',
		'how much is it in B5?',
		[ gbp( 20 ) ],
		[],
		[ 'Tell me about the Bathwick Hardback Notebook' ]
	),
	q(
		'iq-followup-08',
		'followup',
		'de',
		'Und geht das auch beim Royal Crescent Maki-e?',
		[ NOT ],
		[],
		[ 'Was kostet bei euch eine Gravur?' ]
	),
	q(
		'iq-followup-09',
		'followup',
		'en',
		'what nib does it have?',
		[ '18k' ],
		[],
		[ "I'm looking at the Milsom Aluminium Fountain Pen" ]
	),
	q(
		'iq-followup-10',
		'followup',
		'de',
		'Gilt das auch für geöffnete Tinte?',
		[ NOT ],
		[],
		[ 'Wie lange habe ich Zeit, etwas zurückzugeben?' ]
	),
];

const ABSENT_Q: EvalQuestion[] = [
	q(
		'iq-absent-01',
		'absent',
		'en',
		'do you sell printer ink cartridges for HP printers?',
		[ ABSENT ]
	),
	q( 'iq-absent-02', 'absent', 'de', 'Verkauft ihr Aquarellfarben?', [
		ABSENT,
	] ),
	q(
		'iq-absent-03',
		'absent',
		'en',
		'Do you have the Montblanc Meisterstück 149?',
		[ ABSENT ]
	),
	q( 'iq-absent-04', 'absent', 'en', 'typewriter ribbons?', [ ABSENT ] ),
	q( 'iq-absent-05', 'absent', 'de', 'Habt ihr auch Schulranzen?', [
		ABSENT,
	] ),
	q( 'iq-absent-06', 'absent', 'en', 'I need an A3 sketchbook', [ ABSENT ] ),
	q( 'iq-absent-07', 'absent', 'de', 'Verkauft ihr Washi Tape?', [ ABSENT ] ),
	q( 'iq-absent-08', 'absent', 'en', 'do you have whiteboard markers', [
		ABSENT,
	] ),
	q( 'iq-absent-09', 'absent', 'en', 'any desk lamps?', [ ABSENT ] ),
	q( 'iq-absent-10', 'absent', 'de', 'Habt ihr Briefmarken?', [ ABSENT ] ),
];

const UNKNOWN: EvalQuestion[] = [
	q(
		'iq-unknown-01',
		'unknown',
		'en',
		'who makes the steel nib on the Pulteney, is it Bock or JoWo?',
		[ HONEST ]
	),
	q(
		'iq-unknown-02',
		'unknown',
		'de',
		'Gibt es Parkplätze in der Nähe vom Laden?',
		[ HONEST ]
	),
	q(
		'iq-unknown-03',
		'unknown',
		'en',
		"what's the pH of the Kennet iron gall ink?",
		[ HONEST ]
	),
	q(
		'iq-unknown-04',
		'unknown',
		'de',
		'Macht ihr auch Kalligrafie-Workshops für Firmen?',
		[ HONEST ]
	),
	q(
		'iq-unknown-05',
		'unknown',
		'en',
		'is the acrylic on the Quire No. 1 recycled?',
		[ HONEST ]
	),
	q(
		'iq-unknown-06',
		'unknown',
		'en',
		'do you have a loyalty card or points scheme?',
		[ HONEST ]
	),
	q( 'iq-unknown-07', 'unknown', 'de', 'Ist die Quire House Ink vegan?', [
		HONEST,
	] ),
	q( 'iq-unknown-08', 'unknown', 'en', 'can I bring my dog into the shop?', [
		HONEST,
	] ),
	q( 'iq-unknown-09', 'unknown', 'de', 'Wie heißt euer Feder-Techniker?', [
		HONEST,
	] ),
	q(
		'iq-unknown-10',
		'unknown',
		'en',
		'will the Circus Urushi cost more when the next batch comes in?',
		[ HONEST ]
	),
];

export const IQ_SERVICE: EvalQuestion[] = [
	...POLICY,
	...FOLLOWUP,
	...ABSENT_Q,
	...UNKNOWN,
];
