/**
 * The Loom & Lantern dev set's search, comparison, follow-up, missing-product and unanswerable questions.
 */
import type { EvalQuestion } from '../types';
import { eur, NOT_KNOWN, NOT_SOLD, q } from './loom-lantern-questions';

export const SEARCH: EvalQuestion[] = [
	q(
		'll-search-01',
		'search',
		'en',
		'lookin for an outdoor light for a house right on the sea, needs to be IP65 and under 120 euro',
		[ 'Roundstone' ]
	),
	q( 'll-search-02', 'search', 'en', 'have ye a pure cashmere throw?', [
		[ 'Inishmore', 'Cashmere Blanket' ],
	] ),
	q(
		'll-search-03',
		'search',
		'en',
		'i want a candle that burns for more than 80 hours',
		[
			[
				'Cashel Gorse',
				'Cashel Wild Heather',
				'Furbo Gorse',
				'Salthill Fig',
			],
		]
	),
	q(
		'll-search-04',
		'search',
		'en',
		'dimmable bedside lamp that takes an E14 bulb?',
		[ [ 'Claddagh', 'Oughterard Brass', 'Craughwell Glass' ] ]
	),
	q(
		'll-search-05',
		'search',
		'en',
		'I want the heaviest towel ye do, 700 gsm',
		[ 'Inverin Cotton Towel' ]
	),
	q( 'll-search-06', 'search', 'en', 'need an E14 LED bulb thats dimmable', [
		'Dangan',
	] ),
	q(
		'll-search-07',
		'search',
		'en',
		'a 45 x 45 cushion with a feather filling, have you one',
		[ 'Carna Embroidered' ]
	),
	q(
		'll-search-08',
		'search',
		'de',
		'Gibt es eine Stehlampe unter 150 Euro?',
		[ [ 'Cleggan', 'Kinvara' ] ]
	),
	q(
		'll-search-09',
		'search',
		'de',
		'Ich suche eine Duftkerze aus Bienenwachs',
		[
			[
				'Ballyconneely Sea Salt',
				'Letterfrack Wild Heather',
				'Carna Sea Salt',
				'Recess Peat Fire',
			],
		]
	),
	q(
		'll-search-10',
		'search',
		'de',
		'Habt ihr Bettwäsche aus Leinen fürs Doppelbett?',
		[ 'Linen Duvet Cover Set' ]
	),
	q(
		'll-search-11',
		'search',
		'de',
		'Ich suche eine Wolldecke unter 90 Euro als Geschenk',
		[ [ 'Salthill Lambswool', 'Tuam Herringbone', 'Cleggan Tartan' ] ]
	),
];

export const COMPARE: EvalQuestion[] = [
	q(
		'll-compare-01',
		'compare',
		'en',
		'Tuam Herringbone Throw vs Ballyconneely Tartan Throw - which is heavier?',
		[ '380', '480' ]
	),
	q(
		'll-compare-02',
		'compare',
		'en',
		'which is brighter, the Athenry Wall Lantern or the Rossaveal Wall Lantern?',
		[ '400', '600' ]
	),
	q(
		'll-compare-03',
		'compare',
		'en',
		'Menlo LED Globe Bulb or Barna LED Globe Bulb, which gives more light',
		[ '780', '580' ]
	),
	q(
		'll-compare-04',
		'compare',
		'en',
		'whats the difference between the Loughrea cotton towel and the Inverin cotton towel',
		[ '600', '700' ]
	),
	q(
		'll-compare-05',
		'compare',
		'en',
		'Cashel Gorse Blossom Candle or Tuam Wild Heather Candle: which one burns longer?',
		[ '90', '60' ]
	),
	q(
		'll-compare-06',
		'compare',
		'de',
		'Was ist der Unterschied zwischen der Maam Arc Floor Lamp und der Kinvara Arc Floor Lamp?',
		[ eur( '341.95' ), eur( '114.95' ) ]
	),
	q(
		'll-compare-07',
		'compare',
		'de',
		'Welche ist höher: die Oughterard Brass Table Lamp oder die Menlo Ceramic Table Lamp?',
		[ '68', '50' ]
	),
	q(
		'll-compare-08',
		'compare',
		'de',
		'Inishmore Cashmere Throw oder Aran Cable Knit Throw – was ist günstiger?',
		[ eur( '335.00' ), eur( '189.00' ) ]
	),
];

export const FOLLOWUP: EvalQuestion[] = [
	q(
		'll-followup-01',
		'followup',
		'en',
		'is it dimmable?',
		[ [ 'yes', 'it is dimmable', "it's dimmable" ] ],
		[ 'not dimmable' ],
		[ 'how much is the Leenane Rattan Pendant?' ]
	),
	q(
		'll-followup-02',
		'followup',
		'en',
		'how much is it and can i put it in the washing machine?',
		[ eur( '86.95' ), [ 'wool cycle', '30' ] ],
		[],
		[ 'tell me about the Salthill Lambswool Throw' ]
	),
	q(
		'll-followup-03',
		'followup',
		'en',
		'grand, how much is the double in white',
		[ eur( '139.00' ) ],
		[],
		[ 'do you have the hotel sateen duvet set?' ]
	),
	q(
		'll-followup-04',
		'followup',
		'en',
		'and to the UK?',
		[ [ ...eur( '14.95' ), ...eur( '8.95' ) ] ],
		[],
		[ 'How much is delivery in Ireland?' ]
	),
	q(
		'll-followup-05',
		'followup',
		'en',
		'what bulb does that yoke take',
		[ 'E14' ],
		[],
		[ 'is the Kilcolgan Smoked Glass Pendant in stock?' ]
	),
	q(
		'll-followup-06',
		'followup',
		'de',
		'Und ist sie dimmbar?',
		[ [ 'ja', 'ist dimmbar' ] ],
		[ 'nicht dimmbar' ],
		[ 'Was kostet die Claddagh Bedside Lamp?' ]
	),
	q(
		'll-followup-07',
		'followup',
		'de',
		'Welche Farben gibt es?',
		[ [ 'Báinín', 'Bainin' ], 'Atlantic Blue', 'Moss Green' ],
		[],
		[ 'Habt ihr den Aran Cable Knit Throw?' ]
	),
	q(
		'll-followup-08',
		'followup',
		'de',
		'Welche Schutzart (IP) hat sie?',
		[ 'IP65' ],
		[],
		[ 'Was kostet die Roundstone Solar Lantern?' ]
	),
];

export const ABSENT: EvalQuestion[] = [
	q(
		'll-absent-01',
		'absent',
		'en',
		'do ye sell rugs? looking for a big wool rug for the sitting room',
		[ NOT_SOLD ]
	),
	q( 'll-absent-02', 'absent', 'en', 'have you any electric blankets', [
		NOT_SOLD,
	] ),
	q( 'll-absent-03', 'absent', 'en', 'I need a curtain pole, 2 m long', [
		NOT_SOLD,
	] ),
	q(
		'll-absent-04',
		'absent',
		'en',
		'do you sell the Philips Hue smart bulbs',
		[ NOT_SOLD ]
	),
	q(
		'll-absent-05',
		'absent',
		'de',
		'Verkauft ihr auch Bettdecken mit Daunenfüllung?',
		[ NOT_SOLD ]
	),
	q(
		'll-absent-06',
		'absent',
		'de',
		'Habt ihr Lichterketten für den Garten?',
		[ NOT_SOLD ]
	),
];

export const UNKNOWN: EvalQuestion[] = [
	q(
		'll-unknown-01',
		'unknown',
		'en',
		'do ye have a loyalty card or a points scheme?',
		[ NOT_KNOWN ]
	),
	q( 'll-unknown-02', 'unknown', 'en', 'is there parking near the shop?', [
		NOT_KNOWN,
	] ),
	q( 'll-unknown-03', 'unknown', 'en', 'do you do a student discount', [
		NOT_KNOWN,
	] ),
	q(
		'll-unknown-04',
		'unknown',
		'en',
		'are the candles safe to burn around cats?',
		[ NOT_KNOWN ]
	),
	q(
		'll-unknown-05',
		'unknown',
		'de',
		'Darf ich meinen Hund mit in den Laden bringen?',
		[ NOT_KNOWN ]
	),
	q(
		'll-unknown-06',
		'unknown',
		'de',
		'Macht ihr auch Lampenschirme nach Maß?',
		[ NOT_KNOWN ]
	),
];
