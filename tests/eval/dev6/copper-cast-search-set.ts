/**
 * Copper & Cast dev questions that search the catalog with constraints (material, size,
 * budget, induction, stock) or compare two products, in English and (a third) German.
 * Written from copper-cast.json only, before the responder was asked any of them.
 */
import type { EvalQuestion } from '../types';
import { de, en, usd } from './copper-cast-questions';

export const SEARCH_QUESTIONS: EvalQuestion[] = [
	// search with constraints
	en(
		'cc-search-01',
		'search',
		'need a cast iron skillet under $40 that works on induction',
		[ [ 'Alberta Cast Iron Skillet', 'Irving Deep Cast Iron Skillet' ] ],
		[ 'Heirloom No. 10', 'Everett Cast Iron Skillet' ]
	),
	en(
		'cc-search-02',
		'search',
		'looking for a dutch oven big enough for 7-8 people, budget max $250',
		[
			[
				'Flanders Oval Dutch Oven',
				'Glisan Round Cocotte',
				'Kearney Enameled Dutch Oven',
				'Multnomah Enameled Dutch Oven',
				'Raleigh Round Cocotte',
			],
		],
		[ 'Grand Enameled Dutch Oven' ]
	),
	en(
		'cc-search-03',
		'search',
		'got an induction cooktop, which wok can i use that you actually have in stock?',
		[ 'Upshur Flat-Bottom Wok' ]
	),
	en(
		'cc-search-04',
		'search',
		'gift idea under 20 bucks for a friend who loves her cast iron?',
		[ 'Chain Mail Scrubber' ]
	),
	en(
		'cc-search-05',
		'search',
		'i want a copper pan with a stainless lining (no tin), cheapest one you have',
		[
			[
				'Thurman Copper Sauté Pan',
				'Thurman Copper Saute Pan',
				'Quimby Copper Saucier',
			],
		],
		[ 'Multnomah Copper Saucepan' ]
	),
	en(
		'cc-search-06',
		'search',
		'do you have a bread knife that is made in japan',
		[ 'Upshur Bread Knife' ],
		[ 'Lovejoy Bread Knife' ]
	),
	en( 'cc-search-07', 'search', 'something to sharpen my knives at home?', [
		[ 'Whetstone', 'Ceramic Honing Rod' ],
	] ),
	en(
		'cc-search-08',
		'search',
		'need a 12 qt stockpot, has to be dishwasher safe and work on induction',
		[ [ 'Glisan Pasta Pot', 'Johnson Tri-Ply Stock Pot' ] ]
	),
	en(
		'cc-search-09',
		'search',
		'what should i bake sourdough in? something around 5 qt, not more than $260',
		[
			[
				'Glisan Enameled Dutch Oven',
				'Multnomah Enameled Dutch Oven',
				'Kearney Round Cocotte',
				'Raleigh Round Cocotte',
				'Overton Enameled Braiser',
			],
		],
		[ 'Grand Enameled Dutch Oven' ]
	),
	de(
		'cc-search-10',
		'search',
		'Ich suche eine Pfanne aus Carbonstahl, 12 Zoll, unter 60 Dollar, muss auf Induktion gehen',
		[ 'Upshur Carbon Steel Fry Pan' ]
	),
	de(
		'cc-search-11',
		'search',
		'Habt ihr ein Schneidebrett aus Walnussholz?',
		[
			[
				'Burnside Edge-Grain',
				'Multnomah Edge-Grain',
				'Glisan Carving Board',
			],
		]
	),
	de(
		'cc-search-12',
		'search',
		'Ich hätte gern ein Messerset mit einem Block aus Walnuss',
		[
			[
				'Hawthorne Knife Block Set',
				'Davis Knife Block Set',
				'Raleigh Knife Block Set',
			],
		]
	),
	de(
		'cc-search-13',
		'search',
		'suche eine Grillpfanne aus Gusseisen, die sofort lieferbar ist, max 70 $',
		[
			[
				'Johnson Cast Iron Grill Pan',
				'Burnside Cast Iron Grill Pan',
				'Willamette Cast Iron Grill Pan',
				'Belmont Reversible Grill Griddle',
			],
		]
	),
	de(
		'cc-search-14',
		'search',
		'Womit poliere ich meine Kupfertöpfe? Habt ihr da was?',
		[ 'Copper Polish Cream' ]
	),

	// comparison
	en(
		'cc-compare-01',
		'compare',
		'whats the difference between the alberta cast iron skillet and the heirloom no. 10? is the heirloom worth the extra money',
		[ '165', [ '4.9', '800', 'machined' ] ]
	),
	en(
		'cc-compare-02',
		'compare',
		'which is lighter in the 10" size, the Johnson Carbon Steel Skillet or the Everett Cast Iron Skillet?',
		[ [ '3 lbs', '3 lb', '3 pounds' ], '5.75' ]
	),
	en(
		'cc-compare-03',
		'compare',
		'Thurman vs Kearney copper saute pan, how do they differ?',
		[ usd( '221.99' ), usd( '392.95' ) ]
	),
	en(
		'cc-compare-04',
		'compare',
		'Glisan enameled dutch oven vs Multnomah enameled dutch oven - which one holds more?',
		[ '5.5', '4.5' ]
	),
	en(
		'cc-compare-05',
		'compare',
		'im torn between the Hoyt chef’s knife and the Quimby chef’s knife. main differences?',
		[ usd( '108.95' ), usd( '202.95' ) ]
	),
	de(
		'cc-compare-06',
		'compare',
		'Was ist leichter: der Flanders Oval Dutch Oven oder der Overton Enameled Braiser?',
		[
			[ '10 lbs', '10 lb', '10 pfund', '4,5 kg', '4.5 kg' ],
			[ '12.75', '12,75' ],
		]
	),
	de(
		'cc-compare-07',
		'compare',
		'Half Sheet Pan von York oder von Multnomah – worin unterscheiden die sich?',
		[ usd( '39.95' ), [ 'aluminized', 'aluminisiert', 'alumini' ] ]
	),
	de(
		'cc-compare-08',
		'compare',
		'Vergleich bitte die Pettygrove Copper Saucier und die Quimby Copper Saucier',
		[ usd( '264.95' ), usd( '290.95' ) ]
	),
];
