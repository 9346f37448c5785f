/**
 * What Copper & Cast (copper-cast.ts) sells besides pots and pans: knives, knife sets,
 * cutting boards, bakeware, small tools, woks, griddles and roasters, in the shape of
 * copper-cast-range.ts.
 */
import { oneOf, specTable } from './family-catalog';
import { lbs, options, type Family } from './copper-cast-range';
import { between, pickOf } from './shop-kit';

function toolMaterial( noun: string ): string {
	if ( noun.includes( 'Silicone' ) ) {
		return 'Platinum silicone, heat-resistant to 600 °F';
	}
	return noun.includes( 'Olivewood' ) ? 'Olive wood' : 'Stainless steel';
}

export const TOOL_FAMILIES: Family[] = [
	{
		key: 'kn',
		nouns: [
			'Chef&#8217;s Knife 8&quot;',
			'Santoku 7&quot;',
			'Bread Knife 10&quot;',
			'Paring Knife 3.5&quot;',
			'Nakiri 6.5&quot;',
		],
		category: 'Knives',
		tags: [ 'Knives' ],
		price: [ 49, 229 ],
		blurb: 'A hand-finished kitchen knife, sharpened to 15° per side.',
		specs: specTable(
			'Steel: {VG-10 (61 HRC)|German X50CrMoV15 (56 HRC)|AEB-L (60 HRC)|52100 carbon steel (62 HRC)}',
			'Handle: {Pakkawood|Walnut|Black G10|Olive wood}',
			'Weight: {3-9}.{0-9} oz',
			'Dishwasher safe: No'
		),
		detail: oneOf(
			'Made in Seki, Japan.',
			'Forged in Solingen, Germany.',
			'The blade is {2-3} mm thick at the spine.'
		),
	},
	{
		key: 'ks',
		nouns: [ 'Knife Block Set', 'Magnetic Knife Set' ],
		category: 'Knives',
		tags: [ 'Knives', 'Gift ideas' ],
		price: [ 129, 199 ],
		blurb: 'The knives you actually use, with a place to keep them.',
		specs: specTable(
			'Steel: {VG-10 (61 HRC)|German X50CrMoV15 (56 HRC)}',
			'Block: {Walnut|Acacia|Maple}',
			'Dishwasher safe: No'
		),
		detail: () =>
			'The 3-piece set has a chef&#8217;s knife, a serrated utility knife and a paring knife; the 5-piece adds a bread knife and a santoku; the 7-piece adds kitchen shears and a honing steel.',
		axes: [
			{
				name: 'Set size',
				options: options(
					[ '3-piece', '5-piece', '7-piece' ],
					[ 1, 1.55, 2.1 ]
				),
			},
		],
	},
	{
		key: 'cb',
		nouns: [
			'End-Grain Cutting Board',
			'Edge-Grain Cutting Board',
			'Carving Board with Juice Groove',
		],
		category: 'Cutting Boards',
		tags: [ 'Cutting boards', 'Made in Oregon' ],
		price: [ 59, 149 ],
		blurb: 'A hardwood board made in our Portland workshop, kind to your knife edges.',
		specs: specTable(
			'Wood: {Hard maple|Black walnut|Cherry}',
			'Thickness: {1.25"|1.5"|2"}',
			'Dishwasher safe: No'
		),
		detail: oneOf(
			'Finished with food-safe mineral oil and beeswax.',
			'It has rubber feet and weighs about {5-12} lbs.',
			'Each board is signed by the maker on the underside.'
		),
		axes: [
			{
				name: 'Size',
				options: options(
					[ 'Medium 12" x 16"', 'Large 15" x 20"' ],
					[ 1, 1.35 ]
				),
			},
		],
	},
	{
		key: 'bk',
		nouns: [
			'Half Sheet Pan',
			'Quarter Sheet Pan',
			'Loaf Pan',
			'Round Cake Pan 9&quot;',
			'Muffin Pan 12-Cup',
			'Pie Dish',
		],
		category: 'Bakeware',
		tags: [ 'Bakeware' ],
		price: [ 14, 45 ],
		blurb: 'Commercial-grade bakeware that doesn&#8217;t warp.',
		specs: ( r, noun ) => {
			const stone = noun === 'Pie Dish';
			return [
				[
					'Material',
					stone
						? 'Glazed stoneware'
						: pickOf( r, [
								'Aluminized steel',
								'Heavy-gauge aluminum',
							] ),
				],
				[ 'Oven-safe to', stone ? '500 °F' : '450 °F' ],
				[ 'Dishwasher safe', stone ? 'Yes' : 'No' ],
				[ 'Nonstick coating', 'None' ],
			];
		},
		detail: oneOf(
			'The rolled rim is reinforced with steel wire.',
			'It measures {9-18} inches at the longest point.',
			'Made in Pennsylvania.'
		),
	},
	{
		key: 'tl',
		nouns: [
			'Fish Spatula',
			'Locking Tongs 12&quot;',
			'Balloon Whisk',
			'Silicone Spatula',
			'Bench Scraper',
			'Spider Strainer',
			'Instant-Read Thermometer',
			'Olivewood Spoon Set',
		],
		category: 'Kitchen Tools',
		tags: [ 'Tools', 'Gift ideas' ],
		price: [ 9, 39 ],
		blurb: 'A small tool our cooks reach for every day.',
		specs: ( r, noun ) => [
			[ 'Material', toolMaterial( noun ) ],
			[ 'Length', `${ between( r, 8, 14 ) }"` ],
			[
				'Dishwasher safe',
				noun.includes( 'Olivewood' ) || noun.includes( 'Thermometer' )
					? 'No'
					: 'Yes',
			],
		],
		detail: oneOf(
			'It has a hanging loop.',
			'It weighs just {2-7} oz.',
			'Comes with a 1-year warranty.'
		),
	},
	{
		key: 'wk',
		nouns: [
			'Flat-Bottom Wok 14&quot;',
			'Round-Bottom Wok 14&quot;',
			'Carbon Steel Stir-Fry Pan 12&quot;',
		],
		category: 'Carbon Steel',
		tags: [ 'Carbon steel', 'Woks' ],
		price: [ 45, 95 ],
		blurb: 'Hand-hammered carbon steel for real wok hei.',
		specs: ( r, noun ) => [
			[ 'Material', 'Carbon steel, 1.8 mm' ],
			[ 'Weight', lbs( r, 3, 4.5 ) ],
			[ 'Oven-safe to', '600 °F' ],
			[
				'Induction compatible',
				noun.startsWith( 'Round' )
					? 'No (gas only, or with a wok ring)'
					: 'Yes',
			],
			[ 'Dishwasher safe', 'No' ],
			[ 'Handle', 'Wooden handle with helper handle' ],
		],
		detail: () => 'Remove the wooden handle before it goes in the oven.',
	},
	{
		key: 'gr',
		nouns: [
			'Reversible Grill Griddle',
			'Cast Iron Grill Pan',
			'Cast Iron Pizza Pan',
		],
		category: 'Cast Iron',
		tags: [ 'Cast iron', 'Griddles', 'Induction ready' ],
		price: [ 39, 99 ],
		blurb: 'Heavy cast iron for smash burgers, pancakes and char marks.',
		specs: ( r ) => [
			[ 'Material', 'Cast iron, pre-seasoned' ],
			[
				'Size',
				pickOf( r, [ '20" x 10.5"', '13" x 13"', '14" round' ] ),
			],
			[ 'Weight', lbs( r, 6, 14 ) ],
			[ 'Oven-safe to', '650 °F' ],
			[ 'Induction compatible', 'Yes' ],
			[ 'Dishwasher safe', 'No' ],
		],
		detail: () => 'Safe on the grill and over a campfire too.',
	},
	{
		key: 'rp',
		nouns: [
			'Tri-Ply Roasting Pan with Rack',
			'Stainless Roaster with V-Rack',
		],
		category: 'Stainless Steel',
		tags: [ 'Stainless', 'Roasting' ],
		price: [ 119, 219 ],
		blurb: 'Big enough for a 20 lb turkey, sturdy enough to deglaze on the stove.',
		specs: specTable(
			'Material: Tri-ply stainless steel',
			'Size: {16" x 13"|17" x 14"}',
			'Oven-safe to: 500 °F',
			'Induction compatible: Yes',
			'Dishwasher safe: Yes',
			'Handle: Upright riveted handles'
		),
		detail: () => 'The nonstick-free rack lifts out for carving.',
	},
];
