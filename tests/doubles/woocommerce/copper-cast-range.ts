/**
 * What Copper & Cast (copper-cast.ts) sells, part one: the six pot-and-pan families (cast
 * iron, carbon steel, tri-ply, copper, enameled cast iron, stockpots) with their specs in
 * imperial units (inches, quarts, lbs, °F) and sometimes metric too, and a fact each product
 * states only in its long description. Knives, boards, bakeware and tools are in
 * copper-cast-tools.ts, the hand-written products in copper-cast-specials.ts.
 */
import { oneOf, type NounFamily as Family } from './family-catalog';
import { axisOptions, between, pickOf, type Random } from './shop-kit';

export type { Axis, Spec } from './shop-kit';
export type { NounFamily as Family } from './family-catalog';

export const options = axisOptions;

export const lbs = ( r: Random, min: number, max: number ) =>
	`${ between( r, min * 4, max * 4 ) / 4 } lbs`;

const litres = ( quarts: number ) => ( quarts * 0.946 ).toFixed( 1 );

/** The pots and pans (the knives, boards, bakeware and tools are in copper-cast-tools.ts). */
export const COOKWARE_FAMILIES: Family[] = [
	{
		key: 'ci',
		nouns: [
			'Cast Iron Skillet',
			'Deep Cast Iron Skillet',
			'Cast Iron Chef Skillet',
		],
		category: 'Cast Iron',
		tags: [ 'Cast iron', 'Skillets', 'Induction ready' ],
		price: [ 34, 79 ],
		blurb: 'Pre-seasoned cast iron that sears, bakes and fries for generations.',
		specs: ( r ) => [
			[ 'Material', 'Cast iron, pre-seasoned with flaxseed oil' ],
			[ 'Weight (10" size)', lbs( r, 4.5, 6.5 ) ],
			[ 'Oven-safe to', `${ pickOf( r, [ 500, 650 ] ) } °F` ],
			[ 'Induction compatible', 'Yes' ],
			[ 'Dishwasher safe', 'No' ],
			[
				'Handle',
				pickOf( r, [
					'Cast-in handle with helper handle',
					'Long cast-in handle',
				] ),
			],
		],
		detail: oneOf(
			'The cooking surface is machined smooth, and the walls are {2-3} inches deep.',
			'Cast at a family-run foundry in South Pittsburg, Tennessee.',
			'Both sides of the rim have a pour spout.'
		),
		axes: [
			{
				name: 'Diameter',
				options: options(
					[ '8" (20 cm)', '10" (25 cm)', '12" (30 cm)' ],
					[ 1, 1.3, 1.6 ]
				),
			},
		],
	},
	{
		key: 'cs',
		nouns: [
			'Carbon Steel Fry Pan',
			'Carbon Steel Skillet',
			'Carbon Steel Crêpe Pan',
		],
		category: 'Carbon Steel',
		tags: [ 'Carbon steel', 'Skillets', 'Induction ready' ],
		price: [ 39, 89 ],
		blurb: 'Restaurant-weight carbon steel: lighter than cast iron, seasons to a slick black finish.',
		specs: ( r ) => [
			[
				'Material',
				`Carbon steel, ${ pickOf( r, [ '2', '2.5', '3' ] ) } mm`,
			],
			[ 'Weight (10" size)', lbs( r, 2.5, 4 ) ],
			[ 'Oven-safe to', '600 °F' ],
			[ 'Induction compatible', 'Yes' ],
			[ 'Dishwasher safe', 'No' ],
			[ 'Handle', 'Riveted steel handle' ],
		],
		detail: oneOf(
			'It ships with a beeswax coating that you wash off before the first seasoning.',
			'The handle is angled at {25-35} degrees so it stays out of the flame.',
			'Pressed from one sheet of French steel, with no coating of any kind.'
		),
		axes: [
			{
				name: 'Diameter',
				options: options(
					[ '10" (25 cm)', '12" (30 cm)' ],
					[ 1, 1.25 ]
				),
			},
		],
	},
	{
		key: 'sp',
		nouns: [
			'Tri-Ply Saucepan with Lid',
			'Tri-Ply Saucier',
			'Tri-Ply Sauté Pan with Lid',
		],
		category: 'Stainless Steel',
		tags: [ 'Tri-ply', 'Stainless', 'Induction ready' ],
		price: [ 69, 139 ],
		blurb: 'Fully clad tri-ply: 18/10 stainless inside and out around an aluminum core, for even heat right up the sides.',
		specs: ( r ) => {
			const glass = r() < 0.4;
			return [
				[
					'Material',
					'Tri-ply stainless steel (18/10 stainless, aluminum core)',
				],
				[
					'Oven-safe to',
					glass
						? '500 °F (glass lid 350 °F)'
						: '500 °F, lid included',
				],
				[ 'Lid', glass ? 'Tempered glass' : 'Stainless steel' ],
				[ 'Induction compatible', 'Yes' ],
				[ 'Dishwasher safe', 'Yes' ],
				[ 'Handle', 'Stay-cool cast stainless handle' ],
			];
		},
		detail: oneOf(
			'Measurement marks in quarts and liters are etched inside.',
			'The rim is flared for drip-free pouring, and the pan is {3-5} inches tall.',
			'Made in Ohio from American-made steel.'
		),
		axes: [
			{
				name: 'Capacity',
				options: options(
					[ '1.5 qt (1.4 L)', '2 qt (1.9 L)', '3 qt (2.8 L)' ],
					[ 1, 1.15, 1.35 ]
				),
			},
		],
	},
	{
		key: 'cu',
		nouns: [
			'Copper Saucepan',
			'Copper Sauté Pan',
			'Copper Rondeau',
			'Copper Saucier',
		],
		category: 'Copper',
		tags: [ 'Copper', 'Made in France' ],
		price: [ 189, 549 ],
		blurb: 'Hammered copper made in Normandy: the most responsive heat there is.',
		specs: ( r ) => {
			const tin = r() < 0.4;
			const cm = pickOf( r, [ 16, 20, 24, 28 ] );
			return [
				[
					'Material',
					`${ pickOf( r, [ '2', '2.5' ] ) } mm copper, ${ tin ? 'hand-wiped tin lining' : 'stainless steel lining' }`,
				],
				[ 'Diameter', `${ cm } cm (${ Math.round( cm / 2.54 ) }")` ],
				[ 'Capacity', `${ ( cm / 8 ).toFixed( 1 ) } qt` ],
				[ 'Oven-safe to', tin ? '425 °F' : '500 °F' ],
				[ 'Induction compatible', 'No' ],
				[ 'Dishwasher safe', 'No, hand wash only' ],
				[
					'Handle',
					pickOf( r, [
						'Cast iron handle',
						'Bronze handle',
						'Cast stainless handle',
					] ),
				],
			];
		},
		detail: oneOf(
			'A tin lining can be renewed; we re-tin for you (see our services page).',
			'Each piece is hammered by hand and weighs about {3-6} lbs.',
			'Polish with our copper cream, or leave it to develop a warm patina.'
		),
	},
	{
		key: 'en',
		nouns: [
			'Enameled Dutch Oven',
			'Enameled Braiser',
			'Round Cocotte',
			'Oval Dutch Oven',
		],
		category: 'Enameled Cast Iron',
		tags: [ 'Enamel', 'Dutch ovens', 'Induction ready' ],
		price: [ 129, 329 ],
		blurb: 'Enameled cast iron for braises, stews and bread, in colours you&#8217;ll want to leave on the stove.',
		specs: ( r ) => {
			const qt = pickOf( r, [ 3.5, 4.5, 5.5, 7.25 ] );
			return [
				[ 'Material', 'Enameled cast iron' ],
				[ 'Capacity', `${ qt } qt (${ litres( qt ) } L)` ],
				[ 'Weight', lbs( r, 9, 15 ) ],
				[ 'Oven-safe to', pickOf( r, [ '500 °F', '480 °F' ] ) ],
				[ 'Induction compatible', 'Yes' ],
				[ 'Dishwasher safe', 'Yes, but hand washing is recommended' ],
				[ 'Handle', 'Loop handles, stainless steel knob' ],
			];
		},
		detail: oneOf(
			'The lid has self-basting spikes underneath.',
			'The sand-coloured interior enamel makes it easy to watch the browning.',
			'It serves {4-8} people.'
		),
		axes: [
			{
				name: 'Colour',
				options: options(
					[ 'Flame Orange', 'Sea Salt', 'Graphite', 'Sage Green' ],
					[ 1, 1, 1, 1 ]
				),
			},
		],
	},
	{
		key: 'st',
		nouns: [
			'Stainless Stockpot',
			'Pasta Pot with Insert',
			'Tri-Ply Stock Pot',
		],
		category: 'Stainless Steel',
		tags: [ 'Stainless', 'Stockpots', 'Induction ready' ],
		price: [ 79, 229 ],
		blurb: 'A tall pot for stock, pasta, chili and canning days.',
		specs: ( r, noun ) => {
			const qt = pickOf( r, [ 8, 12, 16, 20 ] );
			return [
				[
					'Material',
					noun.startsWith( 'Tri-Ply' )
						? 'Tri-ply stainless steel'
						: '18/10 stainless steel with an impact-bonded aluminum base',
				],
				[ 'Capacity', `${ qt } qt (${ litres( qt ) } L)` ],
				[ 'Oven-safe to', '500 °F' ],
				[ 'Induction compatible', 'Yes' ],
				[ 'Dishwasher safe', 'Yes' ],
				[ 'Handle', 'Riveted loop handles' ],
			];
		},
		detail: oneOf(
			'It is {9-13} inches tall without the lid.',
			'It fits a standard canning rack.',
			'The base is 8 mm thick.'
		),
	},
];
