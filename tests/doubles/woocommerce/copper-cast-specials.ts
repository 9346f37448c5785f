/**
 * Copper & Cast's hand-written products (copper-cast.ts): the big copper set, a low-stock
 * heirloom skillet, care products, sharpening gear, a made-to-order butcher block, an apron
 * in three colours and the gift card.
 */
import type { ShortSpecial as Special } from './family-catalog';
import { stockState } from './shop-kit';

export type { ShortSpecial as Special } from './family-catalog';

const { counted, soldOut, backorder, unmanaged } = stockState;

export const SPECIALS: Special[] = [
	{
		name: 'Signature Copper Cookware Set, 10 Pieces',
		category: 'Copper',
		tags: [ 'Copper', 'Sets', 'Made in France' ],
		price: 1895,
		sale: 1649,
		short: 'Our complete copper kitchen: five pans and five lids, stainless-lined.',
		description: `<p>Five hammered copper pieces with lids, 2.5 mm copper lined with stainless steel.</p>
<table><thead><tr><th>Piece</th><th>Size</th></tr></thead><tbody>
<tr><td>Saucepan</td><td>1.5 qt (16 cm)</td></tr><tr><td>Saucepan</td><td>2.5 qt (18 cm)</td></tr>
<tr><td>Sauté pan</td><td>3 qt (24 cm)</td></tr><tr><td>Rondeau</td><td>5 qt (28 cm)</td></tr><tr><td>Stockpot</td><td>8 qt (24 cm)</td></tr>
</tbody></table><p>Oven-safe to 500 °F. Not induction compatible. Ships in a wooden crate; allow 5 business days.</p>`,
		specs: [
			[ 'Material', '2.5 mm copper, stainless steel lining' ],
			[ 'Pieces', '10 (5 pans, 5 lids)' ],
			[ 'Induction compatible', 'No' ],
		],
		stock: counted( 2 ),
	},
	{
		name: 'Heirloom No. 10 Skillet',
		category: 'Cast Iron',
		tags: [ 'Cast iron', 'Skillets', 'Induction ready' ],
		price: 165,
		short: 'A 10.25&quot; skillet machined glass-smooth, cast in small runs.',
		description:
			'<p>Lighter than vintage: 10.25&quot; (26 cm) across, 4.9 lbs, oven-safe to 800 °F. Induction compatible. Made in Portland, Oregon &amp; seasoned by hand with 6 coats.</p>',
		specs: [
			[ 'Material', 'Cast iron' ],
			[ 'Diameter', '10.25" (26 cm)' ],
			[ 'Weight', '4.9 lbs' ],
			[ 'Oven-safe to', '800 °F' ],
		],
		stock: counted( 1 ),
	},
	{
		name: 'Grand Enameled Dutch Oven 13.25 qt',
		category: 'Enameled Cast Iron',
		tags: [ 'Enamel', 'Dutch ovens' ],
		price: 449,
		short: 'Our biggest Dutch oven (12.5 L), for a crowd.',
		description:
			'<p>13.25 qt (12.5 L) of enameled cast iron, 24 lbs empty. Oven-safe to 500 °F, induction compatible. Colour: Graphite.</p>',
		specs: [
			[ 'Capacity', '13.25 qt (12.5 L)' ],
			[ 'Weight', '24 lbs' ],
			[ 'Oven-safe to', '500 °F' ],
		],
		stock: soldOut(),
	},
	{
		name: 'Cast Iron Care Kit',
		category: 'Care &amp; Cleaning',
		tags: [ 'Cast iron', 'Care' ],
		price: 29.95,
		short: 'Everything to keep cast iron happy.',
		description:
			'<ul><li>Flaxseed seasoning oil, 8 oz</li><li>Chain mail scrubber, 4&quot; x 4&quot;</li><li>Polycarbonate pan scraper</li></ul><p>Enough oil for about 40 seasonings.</p>',
		specs: [
			[
				'Contents',
				'Seasoning oil 8 oz, chain mail scrubber, pan scraper',
			],
		],
		stock: counted( 14 ),
	},
	{
		name: 'Flaxseed Seasoning Oil 8 oz',
		category: 'Care &amp; Cleaning',
		tags: [ 'Cast iron', 'Care' ],
		price: 12.5,
		short: 'Cold-pressed flaxseed oil for seasoning cast iron and carbon steel.',
		description: '<p>8 fl oz (237 ml). Cold-pressed in Oregon.</p>',
		specs: [ [ 'Volume', '8 fl oz (237 ml)' ] ],
		stock: soldOut(),
	},
	{
		name: 'Chain Mail Scrubber',
		category: 'Care &amp; Cleaning',
		tags: [ 'Cast iron', 'Care' ],
		price: 16,
		short: '316 stainless rings that lift stuck bits without stripping seasoning.',
		description: '<p>4&quot; x 4&quot;, dishwasher safe.</p>',
		specs: [
			[ 'Material', '316 stainless steel' ],
			[ 'Dishwasher safe', 'Yes' ],
		],
		stock: counted( 37 ),
	},
	{
		name: 'Copper Polish Cream 7 oz',
		category: 'Care &amp; Cleaning',
		tags: [ 'Copper', 'Care' ],
		price: 14.95,
		short: 'A gentle, non-toxic cream that brings copper back to a bright shine.',
		description:
			'<p>7 oz (200 g) jar with an applicator sponge. Do not use on tin linings.</p>',
		specs: [ [ 'Size', '7 oz (200 g)' ] ],
		stock: backorder(),
	},
	{
		name: 'Whetstone 1000/6000 Grit',
		category: 'Knives',
		tags: [ 'Knives', 'Sharpening' ],
		price: 45,
		short: 'A combination water stone: 1000 grit to sharpen, 6000 grit to polish.',
		description:
			'<p>7.25&quot; x 2.5&quot; x 1&quot;, with a non-slip bamboo base. Soak for 10 minutes before use.</p>',
		specs: [
			[ 'Grit', '1000 / 6000' ],
			[ 'Size', '7.25" x 2.5" x 1"' ],
		],
		stock: counted( 3 ),
	},
	{
		name: 'Ceramic Honing Rod 10&quot;',
		category: 'Knives',
		tags: [ 'Knives', 'Sharpening' ],
		price: 39,
		short: 'Hones and lightly refines the edge between sharpenings.',
		description:
			'<p>10&quot; white ceramic rod, 2000 grit, with a walnut handle.</p>',
		specs: [
			[ 'Length', '10"' ],
			[ 'Grit', '2000' ],
		],
		stock: counted( 11 ),
	},
	{
		name: 'Mail-In Sharpening Kit',
		category: 'Services',
		tags: [ 'Sharpening' ],
		price: 9.95,
		short: 'A padded, prepaid box to send us up to 6 knives for sharpening.',
		description:
			'<p>Pay the kit here; the sharpening itself is charged per knife when your knives arrive (see our sharpening page). Return shipping is included.</p>',
		specs: [ [ 'Holds', 'up to 6 knives' ] ],
		stock: unmanaged(),
	},
	{
		name: 'Oregon Maple Butcher Block 24&quot; x 18&quot;',
		category: 'Cutting Boards',
		tags: [ 'Cutting boards', 'Made in Oregon' ],
		price: 389,
		short: 'A 3&quot; thick end-grain block that lives on your counter.',
		description:
			'<p>24&quot; x 18&quot; x 3&quot;, end-grain hard maple, 38 lbs. Made to order in our Portland workshop.</p>',
		specs: [
			[ 'Size', '24" x 18" x 3"' ],
			[ 'Weight', '38 lbs' ],
		],
		stock: backorder(),
	},
	{
		name: 'Linen Apron',
		category: 'Textiles',
		tags: [ 'Gift ideas' ],
		price: 38,
		short: 'Stonewashed linen with a cross-back and two deep pockets.',
		description: '<p>One size, adjustable. Machine washable.</p>',
		specs: [ [ 'Material', '100% linen' ] ],
		stock: unmanaged(),
		axis: {
			name: 'Colour',
			prices: [
				[ 'Natural', 38, counted( 9 ) ],
				[ 'Charcoal', 38, soldOut() ],
				[ 'Rust', 38, counted( 2 ) ],
			],
		},
	},
	{
		name: 'Copper &amp; Cast Gift Card',
		category: 'Gift Cards',
		tags: [ 'Gift ideas' ],
		price: 25,
		short: 'An e-gift card delivered by e-mail, good for anything in the shop.',
		description:
			'<p>Sent by e-mail within an hour of ordering. See our gift card page for the terms.</p>',
		specs: [ [ 'Delivery', 'By e-mail' ] ],
		stock: unmanaged(),
		axis: {
			name: 'Amount',
			prices: [
				[ '$25', 25, unmanaged() ],
				[ '$50', 50, unmanaged() ],
				[ '$100', 100, unmanaged() ],
				[ '$250', 250, unmanaged() ],
			],
		},
	},
];
