/**
 * Loom & Lantern's product families (lamps, lanterns, bulbs, throws, blankets, bed linen,
 * towels, cushions, candles), for loom-lantern.ts: metric specs (cm, kg, W, lm, K, thread
 * count, GSM), one fact per product stated only in its long description.
 */
import { oneOf, specTable, type NounFamily } from './family-catalog';
import { between, pickOf, type Axis, type Random, type Spec } from './shop-kit';

export type { Axis, Spec };

/** A family of Loom & Lantern's, with how many products it has. */
export interface Family extends NounFamily {
	count: number;
}

/** The value for the first prefix the noun starts with, else the fallback. */
const byPrefix = (
	noun: string,
	table: Array< [ prefix: string, value: string ] >,
	fallback: string
) =>
	table.find( ( [ prefix ] ) => noun.startsWith( prefix ) )?.[ 1 ] ??
	fallback;

const yesNo = ( r: Random, yes: number ) => ( r() < yes ? 'Yes' : 'No' );

const BED_SIZES: Axis = {
	name: 'Size',
	options: [
		{ label: 'Single', factor: 1 },
		{ label: 'Double', factor: 1.3 },
		{ label: 'King', factor: 1.55 },
	],
};

const TOWEL_SIZES: Axis = {
	name: 'Size',
	options: [
		{ label: 'Hand towel 50 × 90 cm', factor: 1 },
		{ label: 'Bath towel 70 × 130 cm', factor: 1.9 },
		{ label: 'Bath sheet 100 × 150 cm', factor: 2.6 },
	],
};

export const LIGHTING_FAMILIES: Family[] = [
	{
		key: 'tl',
		category: 'Table Lamps',
		tags: [ 'lighting', 'lamp' ],
		count: 14,
		nouns: [
			'Ceramic Table Lamp',
			'Brass Table Lamp',
			'Oak Table Lamp',
			'Linen Shade Table Lamp',
			'Glass Table Lamp',
		],
		price: [ 59, 189 ],
		blurb: 'A table lamp made for long Atlantic evenings, with a soft, even glow.',
		specs: ( r ) => {
			const fitting = pickOf( r, [ 'E27', 'E27', 'E14' ] );
			return [
				[ 'Bulb fitting', fitting ],
				[
					'Max. bulb wattage',
					fitting === 'E14'
						? '25 W'
						: pickOf( r, [ '40 W', '60 W' ] ),
				],
				[ 'Height', `${ between( r, 32, 68, 2 ) } cm` ],
				[ 'Shade diameter', `${ between( r, 20, 45, 5 ) } cm` ],
				[ 'Cable length', `${ pickOf( r, [ '1.5', '1.8', '2' ] ) } m` ],
				[ 'Dimmable', yesNo( r, 0.5 ) ],
				[ 'Bulb included', yesNo( r, 0.4 ) ],
			];
		},
		detail: oneOf(
			'Fitted with an Irish 3-pin plug and an inline rocker switch on the cable.',
			'The shade is hand-stitched in our Galway workshop and can be replaced separately.',
			'The base is weighted, so it will not tip when a child pulls the cable.',
			'Each base is thrown by hand, so the glaze varies slightly from lamp to lamp.',
			'It works with a touch dimmer: tap the base three times for low, medium and full light.'
		),
	},
	{
		key: 'fl',
		category: 'Floor Lamps',
		tags: [ 'lighting', 'lamp' ],
		count: 8,
		nouns: [ 'Arc Floor Lamp', 'Tripod Floor Lamp', 'Reading Floor Lamp' ],
		price: [ 129, 349 ],
		blurb: 'A floor lamp that lights a corner or a reading chair without glare.',
		specs: ( r ) => [
			[ 'Bulb fitting', 'E27' ],
			[ 'Max. bulb wattage', pickOf( r, [ '40 W', '60 W' ] ) ],
			[ 'Height', `${ between( r, 140, 185, 5 ) } cm` ],
			[ 'Weight', `${ between( r, 4, 14 ) } kg` ],
			[ 'Cable length', `${ pickOf( r, [ '2', '2.5', '3' ] ) } m` ],
			[ 'Dimmable', yesNo( r, 0.5 ) ],
		],
		detail: oneOf(
			'A foot switch sits on the cable, 40 cm from the base.',
			'The marble base keeps it steady even on a thick rug.',
			'The head turns 340&deg; so you can point it at your book.',
			'It arrives in two parts and goes together in about ten minutes with the key supplied.'
		),
	},
	{
		key: 'pd',
		category: 'Pendant Lights',
		tags: [ 'lighting', 'ceiling' ],
		count: 8,
		nouns: [
			'Rattan Pendant',
			'Copper Pendant',
			'Smoked Glass Pendant',
			'Woven Seagrass Pendant',
		],
		price: [ 69, 229 ],
		blurb: 'A ceiling pendant for over a kitchen island, a hall or a dining table.',
		specs: ( r ) => [
			[ 'Bulb fitting', pickOf( r, [ 'E27', 'E27', 'E14' ] ) ],
			[ 'Max. bulb wattage', '60 W' ],
			[ 'Shade diameter', `${ between( r, 25, 60, 5 ) } cm` ],
			[
				'Drop (cable length)',
				`${ pickOf( r, [ '1', '1.2', '1.5' ] ) } m, adjustable`,
			],
			[ 'Dimmable', yesNo( r, 0.7 ) ],
		],
		detail: oneOf(
			'It must be wired in by a registered electrician (RECI or Safe Electric).',
			'The ceiling rose is 11 cm across and covers most old fittings.',
			'Sold without a bulb; we suggest a 2700 K filament bulb.'
		),
	},
	{
		key: 'ol',
		category: 'Outdoor Lanterns',
		tags: [ 'lighting', 'outdoor', 'garden' ],
		count: 8,
		nouns: [
			'Wall Lantern',
			'Solar Lantern',
			'Post Lantern',
			'Hanging Storm Lantern',
		],
		price: [ 39, 189 ],
		blurb: 'An outdoor lantern built for Connemara weather: wind, salt and rain.',
		specs: ( r, noun ) => [
			[
				'IP rating',
				noun.startsWith( 'Solar' )
					? 'IP65'
					: pickOf( r, [ 'IP44', 'IP65' ] ),
			],
			[
				'Power',
				noun.startsWith( 'Solar' )
					? 'Solar panel with 2,000 mAh battery'
					: 'Mains, hard-wired',
			],
			[
				'Light output',
				`${ pickOf( r, [ 180, 250, 400, 600 ] ) } lumens`,
			],
			[ 'Colour temperature', `${ pickOf( r, [ 2700, 3000 ] ) } K` ],
			[
				'Material',
				pickOf( r, [
					'Powder-coated steel',
					'Cast aluminium',
					'Solid brass',
				] ),
			],
			[ 'Height', `${ between( r, 24, 60, 2 ) } cm` ],
		],
		detail: oneOf(
			'A dusk-to-dawn sensor switches it on as the light fades.',
			'The brass will weather to a dark bronze within a year by the sea.',
			'A full charge gives about 8 hours of light.',
			'The glass is toughened and replaceable.'
		),
	},
	{
		key: 'bu',
		category: 'Bulbs',
		tags: [ 'lighting', 'bulb', 'LED' ],
		count: 8,
		nouns: [ 'LED Filament Bulb', 'LED Globe Bulb', 'LED Candle Bulb' ],
		price: [ 6, 19 ],
		blurb: 'An energy-saving LED bulb with the warm look of an old filament.',
		specs: ( r, noun ) => {
			const watts = pickOf( r, [ 4, 6, 8 ] );
			return [
				[ 'Fitting', noun.includes( 'Candle' ) ? 'E14' : 'E27' ],
				[ 'Wattage', `${ watts } W (replaces ${ watts * 8 } W)` ],
				[ 'Light output', `${ watts * 100 - 20 } lumens` ],
				[
					'Colour temperature',
					`${ pickOf( r, [ 2200, 2700, 3000 ] ) } K`,
				],
				[ 'Dimmable', yesNo( r, 0.6 ) ],
				[ 'Lifetime', `${ pickOf( r, [ 15000, 25000 ] ) } hours` ],
			];
		},
		detail: oneOf(
			'Energy class F.',
			'Energy class E.',
			'Works with trailing-edge dimmers only.'
		),
	},
	{
		key: 'cd',
		category: 'Candles',
		tags: [ 'candle', 'home fragrance', 'gift' ],
		count: 16,
		nouns: [
			'Peat Fire Candle',
			'Sea Salt &amp; Samphire Candle',
			'Wild Heather Candle',
			'Fig &amp; Blackcurrant Candle',
			'Turf &amp; Tobacco Candle',
			'Gorse Blossom Candle',
		],
		price: [ 14, 42 ],
		blurb: 'A hand-poured scented candle, made in small batches in Co. Galway.',
		specs: ( r ) => {
			const grams = pickOf( r, [ 180, 220, 300, 450 ] );
			return [
				[
					'Wax',
					pickOf( r, [ 'Soy wax', 'Rapeseed wax', 'Beeswax blend' ] ),
				],
				[ 'Weight', `${ grams } g` ],
				[ 'Burn time', `${ Math.round( grams / 5 ) } hours` ],
				[ 'Wick', pickOf( r, [ 'Cotton', 'Wooden' ] ) ],
				[
					'Vessel',
					pickOf( r, [
						'Amber glass jar',
						'Stoneware pot',
						'Tin with lid',
					] ),
				],
			];
		},
		detail: oneOf(
			'Trim the wick to 5 mm before each burn.',
			'The stoneware pot can be reused as a plant pot once the candle is finished.',
			'Vegan and free of paraffin.',
			'Burn it for 2 hours the first time so the wax melts to the edge.'
		),
	},
];

export const TEXTILE_FAMILIES: Family[] = [
	{
		key: 'th',
		category: 'Throws &amp; Blankets',
		tags: [ 'wool', 'throw', 'gift' ],
		count: 10,
		nouns: [
			'Lambswool Throw',
			'Herringbone Throw',
			'Merino Throw',
			'Honeycomb Throw',
			'Tartan Throw',
		],
		price: [ 79, 169 ],
		blurb: 'A woven wool throw from a family mill, for the back of the sofa or the foot of the bed.',
		specs: specTable(
			'Material: {100% lambswool|100% merino wool|90% wool, 10% cashmere}',
			'Size: 130 × 170 cm',
			'Weight: {320|380|420|480} GSM',
			'Fringe: {Twisted fringe, 8 cm|No fringe, blanket-stitched edge}',
			'Care: {Dry clean or hand wash cold|Machine washable on a wool cycle at 30 &deg;C}'
		),
		detail: oneOf(
			'Woven in Co. Donegal from Irish fleece.',
			'Comes rolled and tied with a leather strap, ready to give as a present.',
			'Each throw is numbered by the weaver.',
			'The wool is undyed in the cream and grey shades.'
		),
	},
	{
		key: 'bl',
		category: 'Throws &amp; Blankets',
		tags: [ 'wool', 'blanket' ],
		count: 6,
		nouns: [ 'Wool Blanket', 'Cashmere Blanket', 'Waffle Cotton Blanket' ],
		price: [ 119, 449 ],
		blurb: 'A full bed blanket, heavy enough for a cold room in January.',
		specs: ( r, noun ) => [
			[
				'Material',
				byPrefix(
					noun,
					[
						[ 'Cashmere', '100% cashmere' ],
						[ 'Waffle', '100% cotton' ],
					],
					'100% Irish wool'
				),
			],
			[ 'Size', pickOf( r, [ '140 × 200 cm', '230 × 250 cm' ] ) ],
			[ 'Weight', `${ pickOf( r, [ 280, 450, 550, 650 ] ) } GSM` ],
			[
				'Care',
				noun.startsWith( 'Waffle' )
					? 'Machine wash at 40 &deg;C'
					: 'Dry clean only',
			],
		],
		detail: oneOf(
			'Fits a double or a king-size bed with an overhang on each side.',
			'Sheds a little in the first weeks, which is normal for a brushed wool.',
			'Stored in a cotton bag with a cedar block against moths.'
		),
	},
	{
		key: 'bd',
		category: 'Bed Linen',
		tags: [ 'bedding', 'cotton' ],
		count: 10,
		nouns: [
			'Percale Duvet Cover Set',
			'Sateen Duvet Cover Set',
			'Linen Duvet Cover Set',
			'Brushed Cotton Duvet Cover Set',
		],
		price: [ 59, 129 ],
		blurb: 'A duvet cover with matching pillowcases (one for a single, two for a double or king).',
		specs: ( r, noun ) => [
			[
				'Material',
				noun.startsWith( 'Linen' )
					? '100% stonewashed linen'
					: '100% long-staple cotton',
			],
			[
				'Thread count',
				noun.startsWith( 'Linen' )
					? 'n/a (linen)'
					: `${ pickOf( r, [ 200, 300, 400, 600 ] ) }`,
			],
			[ 'Weave', noun.split( ' ' )[ 0 ]! ],
			[
				'Fastening',
				pickOf( r, [ 'Hidden buttons', 'Envelope closure' ] ),
			],
			[ 'Care', 'Machine wash at 40 &deg;C' ],
		],
		detail: oneOf(
			'Single 135 × 200 cm, double 200 × 200 cm, king 230 × 220 cm.',
			'OEKO-TEX Standard 100 certified.',
			'Softens with every wash; tumble dry on low.'
		),
		axes: [ BED_SIZES ],
	},
	{
		key: 'tw',
		category: 'Towels',
		tags: [ 'bathroom', 'cotton', 'towel' ],
		count: 8,
		nouns: [
			'Cotton Towel',
			'Waffle Towel',
			'Organic Cotton Towel',
			'Linen Towel',
		],
		price: [ 12, 24 ],
		blurb: 'A thirsty towel in heavy cotton that dries quickly on a radiator.',
		specs: ( r, noun ) => [
			[
				'Material',
				byPrefix(
					noun,
					[
						[ 'Linen', '100% linen' ],
						[ 'Organic', '100% organic cotton' ],
					],
					'100% combed cotton'
				),
			],
			[
				'Weight',
				`${ noun.startsWith( 'Linen' ) || noun.startsWith( 'Waffle' ) ? 300 : pickOf( r, [ 550, 600, 700 ] ) } GSM`,
			],
			[ 'Care', 'Machine wash at 60 &deg;C' ],
		],
		detail: oneOf(
			'Woven in Portugal.',
			'Has a hanging loop on one short side.',
			'Wash it twice before first use to bring up the softness.'
		),
		axes: [ TOWEL_SIZES ],
	},
	{
		key: 'cu',
		category: 'Cushions',
		tags: [ 'cushion', 'living room' ],
		count: 12,
		nouns: [
			'Tweed Cushion',
			'Linen Cushion',
			'Velvet Cushion',
			'Aran Knit Cushion',
			'Embroidered Cushion',
		],
		price: [ 29, 69 ],
		blurb: 'A cushion that brings texture to a sofa, a bench or a window seat.',
		specs: ( r, noun ) => [
			[
				'Size',
				pickOf( r, [ '45 × 45 cm', '50 × 50 cm', '30 × 50 cm' ] ),
			],
			[
				'Cover',
				byPrefix(
					noun,
					[
						[ 'Tweed', 'Donegal tweed, 100% wool' ],
						[ 'Velvet', 'Cotton velvet' ],
						[ 'Aran', 'Hand-knitted merino' ],
					],
					'100% linen'
				),
			],
			[
				'Filling',
				pickOf( r, [ 'Duck feather', 'Recycled hollowfibre' ] ),
			],
			[ 'Zip', 'Yes, hidden' ],
		],
		detail: oneOf(
			'The cover comes off and washes at 30 &deg;C; the inner does not.',
			'Piped edge in a contrasting colour.',
			'Knitted on Inis M&oacute;r.',
			'The back is plain cotton.'
		),
	},
];
