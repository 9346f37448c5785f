/**
 * Loom & Lantern's hand-written products (the flagship pieces, a gift card, a two-axis bed
 * linen set, care products), for loom-lantern.ts. Prices and stock are fixed here, not drawn.
 */
import { stockState, type Spec } from './shop-kit';

export type Stock = Record< string, unknown >;

/** Stock as WooCommerce reports it (shop-kit's stockState). */
const { counted, soldOut, backorder, unmanaged } = stockState;

export interface Special {
	name: string;
	category: string;
	tags: string[];
	short: string;
	/** HTML, with entities and lists. */
	description: string;
	specs: Spec[];
	price?: number;
	sale?: number;
	stock?: Stock;
	/** Axes and, per combination (in WooCommerce's order), [ options, price, stock, sale? ]. */
	axes?: Array< { name: string; options: string[] } >;
	grid?: Array< [ string[], number, Stock, number? ] >;
}

export const SPECIALS: Special[] = [
	{
		name: 'Corrib Brass Chandelier, 8-Arm',
		category: 'Pendant Lights',
		tags: [ 'lighting', 'ceiling', 'statement' ],
		short: 'Our largest light: eight arms of solid brass for a high hall or a dining room.',
		description: `<p>Eight arms of solid, unlacquered brass, made for us by a foundry in Co. Mayo.</p>
<ul><li>8 &times; E14 bulb holders, max. 25 W each</li><li>Diameter 82 cm, height 64 cm</li><li>Chain drop 1 m, can be shortened by an electrician</li><li>Weight 11.5 kg</li></ul>
<p>Must be installed by a registered electrician. Bulbs not included.</p>`,
		specs: [
			[ 'Bulb fitting', '8 × E14' ],
			[ 'Diameter', '82 cm' ],
			[ 'Weight', '11.5 kg' ],
			[ 'Dimmable', 'Yes' ],
		],
		price: 1249,
		stock: counted( 2 ),
	},
	{
		name: 'Claddagh Bedside Lamp',
		category: 'Table Lamps',
		tags: [ 'lighting', 'lamp', 'bedroom' ],
		short: 'A small bedside lamp with a pleated linen shade and a USB-C port in the base.',
		description: `<p>A small bedside lamp with a pleated Irish linen shade. There&#8217;s a USB-C charging port in the base for your phone.</p>
<ul><li>E14 fitting, max. 25 W (LED 4 W recommended)</li><li>Height 38 cm, shade &Oslash; 22 cm</li><li>Cable 1.8 m with inline dimmer</li></ul>`,
		specs: [
			[ 'Bulb fitting', 'E14' ],
			[ 'Height', '38 cm' ],
			[ 'Cable length', '1.8 m' ],
			[ 'Dimmable', 'Yes' ],
			[ 'USB-C port', 'Yes' ],
		],
		price: 64.95,
		sale: 49.95,
		stock: counted( 11 ),
	},
	{
		name: 'Aran Cable Knit Throw',
		category: 'Throws &amp; Blankets',
		tags: [ 'wool', 'throw', 'gift', 'aran' ],
		short: 'A chunky hand-finished Aran cable knit throw in pure Irish merino.',
		description: `<p>Knitted in the traditional Aran cable, honeycomb and diamond stitches &ndash; each stitch has a meaning, from the fisherman&#8217;s rope to the bee&#8217;s hard work.</p>
<ul><li>100% merino wool</li><li>130 &times; 170 cm</li><li>Weight 1.6 kg</li><li>Hand wash cold or dry clean</li></ul>`,
		specs: [
			[ 'Material', '100% merino wool' ],
			[ 'Size', '130 × 170 cm' ],
			[ 'Weight', '1.6 kg' ],
		],
		axes: [
			{
				name: 'Colour',
				options: [ 'Báinín Cream', 'Atlantic Blue', 'Moss Green' ],
			},
		],
		grid: [
			[ [ 'Báinín Cream' ], 189, counted( 7 ) ],
			[ [ 'Atlantic Blue' ], 189, soldOut() ],
			[ [ 'Moss Green' ], 189, backorder() ],
		],
	},
	{
		name: 'Inishmore Cashmere Throw',
		category: 'Throws &amp; Blankets',
		tags: [ 'cashmere', 'throw', 'gift' ],
		short: 'Pure cashmere, woven in Ireland, featherlight at 260 GSM.',
		description: `<p>Our softest throw: pure Mongolian cashmere woven in Ireland. Light enough to travel with, warm enough for a cold evening by the fire.</p>
<ul><li>100% cashmere</li><li>130 &times; 170 cm, 260 GSM</li><li>Dry clean only</li></ul>`,
		specs: [
			[ 'Material', '100% cashmere' ],
			[ 'Size', '130 × 170 cm' ],
			[ 'Weight', '260 GSM' ],
		],
		price: 395,
		sale: 335,
		stock: counted( 3 ),
	},
	{
		name: 'Hotel Sateen Duvet Cover Set',
		category: 'Bed Linen',
		tags: [ 'bedding', 'cotton', 'sateen' ],
		short: '600 thread count Egyptian cotton sateen, in three colours and three sizes.',
		description: `<p>The duvet cover we sleep under ourselves: 600 thread count Egyptian cotton sateen with a soft sheen.</p>
<ul><li>Single: cover 135 &times; 200 cm + 1 pillowcase</li><li>Double: cover 200 &times; 200 cm + 2 pillowcases</li><li>King: cover 230 &times; 220 cm + 2 pillowcases</li></ul>
<p>Pillowcases are 50 &times; 75 cm, housewife style.</p>`,
		specs: [
			[ 'Material', '100% Egyptian cotton' ],
			[ 'Thread count', '600' ],
			[ 'Weave', 'Sateen' ],
		],
		axes: [
			{ name: 'Size', options: [ 'Single', 'Double', 'King' ] },
			{ name: 'Colour', options: [ 'White', 'Oyster', 'Sage' ] },
		],
		grid: [
			[ [ 'Single', 'White' ], 99, counted( 12 ) ],
			[ [ 'Single', 'Oyster' ], 99, counted( 4 ) ],
			[ [ 'Single', 'Sage' ], 99, soldOut() ],
			[ [ 'Double', 'White' ], 139, counted( 20 ) ],
			[ [ 'Double', 'Oyster' ], 139, counted( 2 ) ],
			[ [ 'Double', 'Sage' ], 139, backorder(), 119 ],
			[ [ 'King', 'White' ], 169, counted( 9 ) ],
			[ [ 'King', 'Oyster' ], 169, soldOut() ],
			[ [ 'King', 'Sage' ], 169, counted( 1 ), 145 ],
		],
	},
	{
		name: 'Loom &amp; Lantern Gift Card',
		category: 'Gift Cards',
		tags: [ 'gift' ],
		short: 'An e-mailed gift card, valid for 5 years, in store and online.',
		description: `<p>Sent by e-mail within the hour, with your own message. Valid for <strong>5 years</strong> online and in our Galway shop. Can be used over several orders.</p>`,
		specs: [
			[ 'Delivery', 'By e-mail' ],
			[ 'Valid for', '5 years' ],
		],
		axes: [ { name: 'Amount', options: [ '€25', '€50', '€100', '€200' ] } ],
		grid: [
			[ [ '€25' ], 25, unmanaged() ],
			[ [ '€50' ], 50, unmanaged() ],
			[ [ '€100' ], 100, unmanaged() ],
			[ [ '€200' ], 200, unmanaged() ],
		],
	},
	{
		name: 'Wool Wash &amp; Care Liquid 500 ml',
		category: 'Care',
		tags: [ 'care', 'wool' ],
		short: 'A lanolin wool wash for throws, blankets and knits. No rinse needed.',
		description: `<p>A gentle, no-rinse wool wash with lanolin and a hint of cedar. 500 ml does about 40 hand washes.</p>
<ol><li>Dissolve a capful in cool water.</li><li>Soak for 15 minutes.</li><li>Press out the water in a towel and dry flat.</li></ol>`,
		specs: [ [ 'Volume', '500 ml' ] ],
		price: 14.5,
		stock: counted( 46 ),
	},
	{
		name: 'Cedar Moth Blocks, Set of 6',
		category: 'Care',
		tags: [ 'care', 'wool' ],
		short: 'Red cedar blocks that keep moths away from stored wool.',
		description: `<p>Red cedar blocks; sand them lightly every few months to refresh the scent.</p>`,
		specs: [ [ 'Pieces', '6' ] ],
		price: 9.95,
		stock: soldOut(),
	},
	{
		name: 'Candle Care Kit',
		category: 'Candles',
		tags: [ 'candle', 'gift' ],
		short: 'A brass wick trimmer, snuffer and wick dipper in a linen pouch.',
		description: `<p>Three brass tools in a linen pouch: a wick trimmer, a snuffer and a wick dipper.</p>`,
		specs: [ [ 'Material', 'Brass' ] ],
		price: 34,
		stock: counted( 1 ),
	},
	{
		name: 'Salthill Linen Lampshade 40 cm',
		category: 'Table Lamps',
		tags: [ 'lighting', 'lampshade' ],
		short: 'A drum lampshade in natural Irish linen, for table and floor lamps.',
		description: `<p>A 40 cm drum shade in natural Irish linen. Fits E27 lamp holders with the ring supplied (a reducer ring for E14 is included too).</p>`,
		specs: [
			[ 'Diameter', '40 cm' ],
			[ 'Height', '25 cm' ],
			[ 'Fits', 'E27 and E14' ],
		],
		price: 45,
		stock: backorder(),
	},
	{
		name: 'Bog Oak Candle Holder',
		category: 'Candles',
		tags: [ 'candle', 'gift', 'irish made' ],
		short: 'Carved from 5,000-year-old Irish bog oak; each piece is unique.',
		description: `<p>Carved from bog oak dug from the midlands and around 5,000 years old. Takes a standard dinner candle (2.2 cm).</p>`,
		specs: [
			[ 'Material', 'Irish bog oak' ],
			[ 'Height', '12 cm' ],
		],
		price: 78,
		stock: counted( 5 ),
	},
	{
		name: 'Kids’ Star Night Light',
		category: 'Table Lamps',
		tags: [ 'lighting', 'kids' ],
		short: 'A rechargeable LED star night light with a 30-minute timer.',
		description: `<p>A rechargeable LED star that glows warm white at 2200 K. A full charge (USB-C, 2 hours) lasts 12 nights on the 30-minute timer.</p>`,
		specs: [
			[ 'Power', 'Rechargeable, USB-C' ],
			[ 'Colour temperature', '2200 K' ],
		],
		price: 29.95,
		sale: 22.5,
		stock: counted( 18 ),
	},
];
