/**
 * Saltmarsh Apothecary dev set: searches by purpose and budget, things the shop does not
 * sell, facts the shop's data does not hold, and follow-ups in a conversation, in English
 * and German. Written blind from the shop's data.
 */
import type { EvalQuestion } from '../types';
import { dated, DONT_KNOW, eur, INTERNAL, NOT_SOLD, q } from './saltmarsh-kit';

export const SEARCH: EvalQuestion[] = [
	q(
		'search-1',
		'search',
		'en',
		'a gift under 20 euro for my mum?',
		[
			[
				/stocking filler/i,
				/soap sampler/i,
				/pillow mist/i,
				/lip balm/i,
				/solid perfume/i,
				/gift tin/i,
				/hand cream/i,
				/bath bomb/i,
				/soap/i,
			],
		],
		[ /pamper hamper/i, /wild atlantic gift box/i ]
	),
	q(
		'search-2',
		'search',
		'en',
		'something for very sensitive skin, a soap',
		[ [ /castile/i, /goat milk/i, /calendula/i ] ]
	),
	q( 'search-3', 'search', 'de', 'Habt ihr was gegen Mücken?', [
		[ /midge away/i, /bog myrtle/i ],
	] ),
	q( 'search-4', 'search', 'en', 'do you have anything for a beard', [
		/beard oil/i,
	] ),
	q( 'search-5', 'search', 'en', 'shampoo bar for curly hair?', [
		/carrageen/i,
	] ),
	q(
		'search-6',
		'search',
		'de',
		'Ich suche ein Geschenk für einen Mann, so um die 40 Euro',
		[ /grooming/i ]
	),
	q( 'search-7', 'search', 'en', 'anything plastic free for travelling', [
		[
			/travel tin/i,
			/shampoo bar/i,
			/wash bag/i,
			/lotion bar/i,
			/conditioner bar/i,
		],
	] ),
	q( 'search-8', 'search', 'en', 'what would you get for a new baby', [
		[ /new mum/i, /baby bum/i, /calendula baby/i, /castile/i ],
	] ),
	q( 'search-9', 'search', 'de', 'Habt ihr Duftkerzen?', [
		[
			/shipping forecast/i,
			/turf fire candle/i,
			/massage candle/i,
			/beeswax pillar/i,
		],
	] ),
	q(
		'search-10',
		'search',
		'en',
		'do you have a vegan lip balm',
		[
			/beeswax|bienenwachs|not vegan|nicht vegan|no vegan|isn'?t vegan|aren'?t vegan/i,
		],
		[ /lip balm.{0,30}\bis vegan/i ]
	),
	q( 'search-11', 'search', 'de', 'habt ihr was für hunde', [
		/muddy paws/i,
	] ),
	q( 'search-12', 'search', 'de', 'Was habt ihr für müde Füße?', [
		[ /foot balm/i, /foot soak/i ],
	] ),
	q(
		'search-13',
		'search',
		'en',
		'do you do a seaweed bath like in enniscrone',
		[ /traditional seaweed bath|seaweed bath pack/i ]
	),
	q(
		'search-14',
		'search',
		'de',
		'Habt ihr etwas zum besseren Einschlafen?',
		[ [ /pillow mist/i, /sleep bath oil/i, /magnesium/i, /bath tea/i ] ]
	),
];

export const ABSENT: EvalQuestion[] = [
	q(
		'absent-1',
		'absent',
		'en',
		'do you sell sunscreen?',
		[ NOT_SOLD ],
		[ /our sunscreen|spf ?\d+|\d+ ?spf/i ]
	),
	q( 'absent-2', 'absent', 'de', 'Habt ihr Zahnpasta?', [ NOT_SOLD ] ),
	q( 'absent-3', 'absent', 'en', 'do you have nail polish', [ NOT_SOLD ] ),
	q( 'absent-4', 'absent', 'en', "I'm looking for a hair dryer", [
		NOT_SOLD,
	] ),
	q( 'absent-5', 'absent', 'de', 'Verkauft ihr Eau de Parfum in Flaschen?', [
		[ NOT_SOLD, /solid perfume|festes parfum|parfümbalsam/i ],
	] ),
	q( 'absent-6', 'absent', 'en', 'do u sell CBD oil', [ NOT_SOLD ] ),
	q(
		'absent-7',
		'absent',
		'en',
		'I need a razor to go with the shaving soap',
		[ NOT_SOLD ],
		[ /razor.{0,30}€\s?\d/i ]
	),
	q( 'absent-8', 'absent', 'de', 'Habt ihr Haarfarbe oder Henna?', [
		NOT_SOLD,
	] ),
	q( 'absent-9', 'absent', 'en', 'do you stock the Weleda skin food?', [
		NOT_SOLD,
	] ),
	q( 'absent-10', 'absent', 'de', 'Verkauft ihr auch Badematten?', [
		NOT_SOLD,
	] ),
];

export const UNKNOWN: EvalQuestion[] = [
	q(
		'unknown-1',
		'unknown',
		'en',
		'is the rosehip oil certified organic?',
		[ DONT_KNOW ],
		[ /yes,? (it'?s|it is) (certified )?organic/i ]
	),
	q(
		'unknown-2',
		'unknown',
		'en',
		"what's the pH of the pure castile soap",
		[ DONT_KNOW ],
		[
			/ph (value )?(of|is|around|about)? ?(around |about |approximately )?\d/i,
		]
	),
	q(
		'unknown-3',
		'unknown',
		'de',
		'Hat der Aroma-Diffuser eine Nachtlicht-Funktion?',
		[ DONT_KNOW ],
		[ /ja,? (er )?hat (eine )?(nachtlicht|licht)/i ]
	),
	q(
		'unknown-4',
		'unknown',
		'de',
		'Gibt es bei euch einen Studentenrabatt?',
		[ DONT_KNOW ],
		[ /student(en)? ?(discount|rabatt) (of|is|von|beträgt) \d/i ]
	),
	q(
		'unknown-5',
		'unknown',
		'en',
		'how heavy is the ultrasonic diffuser',
		[ DONT_KNOW ],
		[ /\d+ ?(g|grams|gramm|kg)\b/i ]
	),
	q(
		'unknown-6',
		'unknown',
		'de',
		'Wann ist der nächste Soap-Making Workshop nach dem im März?',
		[ DONT_KNOW ],
		[ /\d{1,2}\.? ?(april|mai|juni)/i ]
	),
	q(
		'unknown-7',
		'unknown',
		'en',
		'who supplies your essential oils?',
		[ DONT_KNOW ],
		INTERNAL
	),
	q(
		'unknown-8',
		'unknown',
		'de',
		'Welchen Lichtschutzfaktor hat der Atlantic Rain Face Mist?',
		[ [ DONT_KNOW, /keinen|kein lsf|no spf|kein spf/i ] ],
		[ /lsf ?\d+|spf ?\d+/i ]
	),
];

export const FOLLOWUPS: EvalQuestion[] = [
	q(
		'followup-1',
		'followup',
		'en',
		'and the big one?',
		[ eur( '39.00' ) ],
		[],
		[ 'how much is the salt marsh body butter?' ]
	),
	q(
		'followup-2',
		'followup',
		'en',
		'how long does the small one burn',
		[ '35' ],
		[],
		[ 'Do you have the Shipping Forecast candle?' ]
	),
	q(
		'followup-3',
		'followup',
		'de',
		'Und ist sie vegan?',
		[ /\bja\b|ist vegan|\byes\b/i ],
		[ /nicht vegan/i ],
		[ 'Was kostet die Turf Fire Soap?' ]
	),
	q(
		'followup-4',
		'followup',
		'en',
		'email is marco.bianchi@libero.it, where is it?',
		[ /0550 ?7312 ?8813/ ],
		INTERNAL,
		[ 'my order number is 13' ]
	),
	q(
		'followup-5',
		'followup',
		'en',
		'something under 15?',
		[ [ /bath bomb/i, /bath tea/i, /foot soak/i, /seaweed bath pack/i ] ],
		[ /pamper hamper/i ],
		[ "I'm looking for a gift for my sister who loves baths" ]
	),
	q(
		'followup-6',
		'followup',
		'de',
		'Und ab welchem Betrag ist der Versand gratis?',
		[ eur( '120.00' ) ],
		[],
		[ 'Liefert ihr nach Österreich?' ]
	),
	q(
		'followup-7',
		'followup',
		'en',
		'can you gift wrap it? what does that cost',
		[ /free|kostenlos|gratis|no charge|no extra|no cost/i ],
		[],
		[ "what's in the men's grooming set?" ]
	),
	q(
		'followup-8',
		'followup',
		'de',
		'Und das große Badetuch?',
		[ dated( 20, 'jan' ) ],
		[],
		[ 'Habt ihr das Waffle Cotton Bath Towel in Sea Grey?' ]
	),
	q(
		'followup-9',
		'followup',
		'en',
		'what about the solid perfume',
		[ /beeswax|bienenwachs|not vegan|nicht vegan|\bno\b/i ],
		[ /yes,? (it'?s|it is) vegan/i ],
		[ 'is the lip balm vegan?' ]
	),
	q(
		'followup-10',
		'followup',
		'de',
		'An welche Adresse schicke ich das?',
		[ /quay street/i ],
		[],
		[ 'Ich möchte etwas zurückschicken.' ]
	),
];
