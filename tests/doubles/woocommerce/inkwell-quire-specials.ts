/**
 * Inkwell & Quire's hand-written products (the two limited pens over £1,000, the house pen in
 * nib × finish, the house ink in eight colours, cartridges, gift cards, sets, a one-off
 * restored vintage pen), for inkwell-quire.ts. Prices, stock and restock dates are fixed here.
 */
import type { Spec } from './shop-kit';
import { mmIn } from './inkwell-quire-range';

/** Units on hand, or a state: sold out, on backorder, or not counted. */
export type Held = number | 'out' | 'back' | 'open';

/** WooCommerce's stock fields for a Held state. */
export function stockOf( held: Held ): Record< string, unknown > {
	if ( held === 'open' ) {
		return {
			stock_status: 'instock',
			manage_stock: false,
			stock_quantity: null,
		};
	}
	const states = { out: 'outofstock', back: 'onbackorder' } as const;
	return typeof held === 'number'
		? { stock_status: 'instock', manage_stock: true, stock_quantity: held }
		: {
				stock_status: states[ held ],
				manage_stock: true,
				stock_quantity: 0,
				backorders: held === 'back' ? 'notify' : 'no',
			};
}

export interface Special {
	name: string;
	category: string;
	tags: string[];
	short: string;
	/** Long description, HTML. */
	html: string;
	specs: Spec[];
	/** A simple product: [ regular price, stock, sale price? ]. */
	simple?: [ number, Held, number? ];
	/** A variable one: its axes, then per combination [ labels, price, stock ]. */
	axes?: Array< [ name: string, labels: string[] ] >;
	rows?: Array< [ string[], number, Held ] >;
}

const COLOURS = [ 'Blue', 'Blue-Black', 'Black', 'Red', 'Green' ];

export const SPECIALS: Special[] = [
	{
		name: 'Royal Crescent Maki-e Fountain Pen, Limited Edition',
		category: 'Fountain Pens',
		tags: [ 'fountain pen', 'limited edition', 'gift' ],
		short: 'Hand-lacquered maki-e of the Royal Crescent at dusk; 88 pens worldwide.',
		html: `<p>Lacquered by hand in Wajima, Japan, over six months: the Royal Crescent at dusk in gold and silver powder on black urushi. Numbered edition of 88; each pen comes with a signed certificate and a paulownia wood box.</p>
<ul><li>18k gold nib, Medium only</li><li>Piston filler, 1.5 ml</li><li>Length capped 147 mm (5.79 in), 32 g</li></ul>
<p>Engraving is not offered on lacquered pens.</p>`,
		specs: [
			[ 'Nib material', '18k gold' ],
			[ 'Nib size', 'Medium' ],
			[ 'Fill system', 'Piston' ],
			[ 'Ink capacity', '1.5 ml' ],
			[ 'Length capped', mmIn( 147 ) ],
			[ 'Edition', '88 pens' ],
		],
		simple: [ 1249, 2 ],
	},
	{
		name: 'Circus Urushi Fountain Pen',
		category: 'Fountain Pens',
		tags: [ 'fountain pen', 'urushi' ],
		short: 'Ebonite turned in Bath and coated in 20 layers of red urushi lacquer.',
		html: `<p>Turned from solid ebonite on our lathe and finished with twenty layers of <em>shu</em> red urushi lacquer by a lacquer artist in Kyoto. The lacquer deepens in colour over the years.</p>
<p><strong>Sold out.</strong> The next batch of twelve pens is due on 20 February 2027; write to us to be told when it arrives.</p>`,
		specs: [
			[ 'Nib material', '18k gold' ],
			[ 'Fill system', 'Eyedropper' ],
			[ 'Ink capacity', '3.8 ml' ],
			[ 'Body material', 'Ebonite, urushi lacquer' ],
			[ 'Length capped', mmIn( 152 ) ],
		],
		simple: [ 1480, 'out' ],
	},
	{
		name: 'Quire No. 1 Fountain Pen',
		category: 'Fountain Pens',
		tags: [ 'fountain pen', 'house pen', 'gift' ],
		short: 'Our own pen, turned in the Bath workshop: 14k gold nib, piston filler, three finishes.',
		html: `<p>The pen we designed for ourselves: a piston filler turned from acrylic in our Margaret&#8217;s Buildings workshop, with a 14k gold nib ground and tested by our nib technician.</p>
<ul><li>Piston filler, 1.6 ml, with an ink window</li><li>Length capped 141 mm (5.55 in), posted 162 mm</li><li>Weight 24 g</li></ul>
<p>Covered by our five-year Quire warranty. Engraving on the cap is free on this pen.</p>`,
		specs: [
			[ 'Nib material', '14k gold' ],
			[ 'Fill system', 'Piston' ],
			[ 'Ink capacity', '1.6 ml' ],
			[ 'Length capped', mmIn( 141 ) ],
			[ 'Weight', '24 g' ],
		],
		axes: [
			[ 'Nib size', [ 'Fine', 'Medium', 'Broad', '1.1 mm Stub' ] ],
			[ 'Finish', [ 'Ebony', 'Bath Stone', 'Abbey Green' ] ],
		],
		rows: [
			[ [ 'Fine', 'Ebony' ], 245, 6 ],
			[ [ 'Fine', 'Bath Stone' ], 245, 3 ],
			[ [ 'Fine', 'Abbey Green' ], 245, 'out' ],
			[ [ 'Medium', 'Ebony' ], 245, 9 ],
			[ [ 'Medium', 'Bath Stone' ], 245, 4 ],
			[ [ 'Medium', 'Abbey Green' ], 245, 1 ],
			[ [ 'Broad', 'Ebony' ], 245, 2 ],
			[ [ 'Broad', 'Bath Stone' ], 245, 'back' ],
			[ [ 'Broad', 'Abbey Green' ], 245, 'out' ],
			[ [ '1.1 mm Stub', 'Ebony' ], 265, 3 ],
			[ [ '1.1 mm Stub', 'Bath Stone' ], 265, 'back' ],
			[ [ '1.1 mm Stub', 'Abbey Green' ], 265, 2 ],
		],
	},
	{
		name: 'Quire House Ink, 50 ml',
		category: 'Bottled Ink',
		tags: [ 'ink', 'fountain pen ink', 'house ink' ],
		short: 'Our house ink in eight colours: well-behaved, easy to clean, safe for vintage pens.',
		html: `<p>A dye-based ink mixed for us in Frome to a simple brief: it must flow well in any pen and wash out with water. 50 ml in a glass bottle.</p>
<p>Colours: Quire Blue, Midnight, Oxblood, Moss, Slate, Amber, Plum and Jet. Jet is back in stock on 8 January 2027.</p>`,
		specs: [
			[ 'Volume', '50 ml' ],
			[ 'Ink type', 'Dye-based' ],
			[ 'Water resistance', 'Low' ],
		],
		axes: [
			[
				'Colour',
				[
					'Quire Blue',
					'Midnight',
					'Oxblood',
					'Moss',
					'Slate',
					'Amber',
					'Plum',
					'Jet',
				],
			],
		],
		rows: [
			[ [ 'Quire Blue' ], 14.5, 'open' ],
			[ [ 'Midnight' ], 14.5, 22 ],
			[ [ 'Oxblood' ], 14.5, 11 ],
			[ [ 'Moss' ], 14.5, 7 ],
			[ [ 'Slate' ], 14.5, 'out' ],
			[ [ 'Amber' ], 14.5, 5 ],
			[ [ 'Plum' ], 14.5, 13 ],
			[ [ 'Jet' ], 14.5, 'back' ],
		],
	},
	{
		name: 'Short International Ink Cartridges (6)',
		category: 'Ink Cartridges',
		tags: [ 'ink', 'cartridges' ],
		short: 'Six short international cartridges: fit most European fountain pens.',
		html: '<p>Standard short international cartridges, six to a box. They fit every cartridge/converter pen we sell except the Widcombe and Weston pocket pens, which take the same cartridge but only the short size.</p>',
		specs: [
			[ 'Cartridge type', 'Short international' ],
			[ 'Per box', '6' ],
			[ 'Ink per cartridge', '0.6 ml' ],
		],
		axes: [ [ 'Colour', COLOURS ] ],
		rows: [
			[ [ 'Blue' ], 3.95, 'open' ],
			[ [ 'Blue-Black' ], 3.95, 'open' ],
			[ [ 'Black' ], 3.95, 'open' ],
			[ [ 'Red' ], 3.95, 18 ],
			[ [ 'Green' ], 3.95, 'out' ],
		],
	},
	{
		name: 'Long International Ink Cartridges (5)',
		category: 'Ink Cartridges',
		tags: [ 'ink', 'cartridges' ],
		short: 'Five long international cartridges, about twice the ink of a short one.',
		html: '<p>Long international cartridges, five to a box, 1.4 ml each. They do not fit pocket pens.</p>',
		specs: [
			[ 'Cartridge type', 'Long international' ],
			[ 'Per box', '5' ],
			[ 'Ink per cartridge', '1.4 ml' ],
		],
		axes: [ [ 'Colour', COLOURS.slice( 0, 3 ) ] ],
		rows: [
			[ [ 'Blue' ], 5.5, 'open' ],
			[ [ 'Blue-Black' ], 5.5, 9 ],
			[ [ 'Black' ], 5.5, 'back' ],
		],
	},
	{
		name: 'Inkwell & Quire Gift Card',
		category: 'Gift Cards',
		tags: [ 'gift' ],
		short: 'A gift card by e-mail, valid for two years in the shop and online.',
		html: '<p>Sent by e-mail within an hour, with your message. Valid for two years from the date of purchase, in our Bath shop and online. Gift cards cannot be exchanged for cash.</p>',
		specs: [
			[ 'Delivery', 'By e-mail' ],
			[ 'Valid for', '2 years' ],
		],
		axes: [ [ 'Amount', [ '£25', '£50', '£100', '£250' ] ] ],
		rows: [
			[ [ '£25' ], 25, 'open' ],
			[ [ '£50' ], 50, 'open' ],
			[ [ '£100' ], 100, 'open' ],
			[ [ '£250' ], 250, 'open' ],
		],
	},
	{
		name: 'Bath Letter Writing Set',
		category: 'Gift Sets',
		tags: [ 'gift', 'letter writing', 'sealing wax' ],
		short: 'Laid letter paper, envelopes, sealing wax and a brass seal in a linen box.',
		html: `<p>Everything for a proper letter: 30 sheets of Crescent laid paper (A5, 100 gsm), 20 C6 envelopes, two sticks of oxblood sealing wax and our Bath Abbey brass seal, in a linen-covered box.</p>
<p><strong>On backorder</strong>: the linen boxes are being made; orders placed now are sent from 12 January 2027.</p>`,
		specs: [
			[ 'Contents', 'Paper, envelopes, 2 wax sticks, brass seal' ],
			[ 'Box size', '240 × 175 × 45 mm (9.45 × 6.89 × 1.77 in)' ],
		],
		simple: [ 68, 'back' ],
	},
	{
		name: 'Ink Sampler Box (12 × 5 ml)',
		category: 'Bottled Ink',
		tags: [ 'ink', 'gift', 'sampler' ],
		short: 'Twelve 5 ml vials of our most-loved inks, to try before buying a bottle.',
		html: '<p>Twelve 5 ml vials, chosen by the shop: house inks, two shimmers and the Kennet iron gall. A 5 ml vial fills a converter about six times. Sample vials cannot be returned once opened.</p>',
		specs: [
			[ 'Contents', '12 vials of 5 ml' ],
			[ 'Total volume', '60 ml' ],
		],
		simple: [ 29, 14 ],
	},
	{
		name: 'Restored Conway Stewart 58, Marbled Green',
		category: 'Vintage Pens',
		tags: [ 'fountain pen', 'vintage', 'one-off' ],
		short: 'A 1950s English lever filler, restored in our workshop: one pen only.',
		html: `<p>A Conway Stewart 58 from about 1953, in green marbled celluloid, restored on our bench: new ink sac, new lever spring, nib aligned and smoothed. The 14k gold nib is a semi-flexible Fine.</p>
<p>One pen only; once sold, it is gone. Vintage pens are covered by our 12-month restoration guarantee rather than the two-year warranty.</p>`,
		specs: [
			[ 'Nib material', '14k gold, semi-flexible' ],
			[ 'Nib size', 'Fine' ],
			[ 'Fill system', 'Lever filler (ink sac)' ],
			[ 'Length capped', mmIn( 135 ) ],
			[ 'Made', 'England, about 1953' ],
		],
		simple: [ 185, 1 ],
	},
	{
		name: 'Leather Desk Blotter A3',
		category: 'Pen Care & Desk',
		tags: [ 'desk', 'leather' ],
		short: 'A leather-cornered blotter with replaceable blotting paper.',
		html: '<p>Leather corners on a card base, holding a sheet of cotton blotting paper. Refills: our Cotton Blotting Paper (10 sheets).</p>',
		specs: [
			[ 'Size', '420 × 297 mm (16.54 × 11.69 in)' ],
			[ 'Material', 'Full-grain leather corners' ],
		],
		axes: [ [ 'Colour', [ 'Tan', 'Oxblood', 'Black' ] ] ],
		rows: [
			[ [ 'Tan' ], 89, 4 ],
			[ [ 'Oxblood' ], 89, 'out' ],
			[ [ 'Black' ], 89, 2 ],
		],
	},
	{
		name: 'Holburne Music Nib Fountain Pen',
		category: 'Fountain Pens',
		tags: [ 'fountain pen', 'music nib' ],
		short: 'A broad, three-tined music nib for bold strokes and italic-like line variation.',
		html: '<p>A 14k gold music nib with two slits and three tines, broad on the downstroke and fine across. Lovely for signatures and headings; too wet for thin copier paper.</p>',
		specs: [
			[ 'Nib material', '14k gold' ],
			[ 'Nib size', 'Music' ],
			[ 'Fill system', 'Cartridge/converter' ],
			[ 'Length capped', mmIn( 139 ) ],
		],
		simple: [ 178, 3, 149 ],
	},
	{
		name: 'Left-Handed Starter Set',
		category: 'Gift Sets',
		tags: [ 'fountain pen', 'left-handed', 'beginner' ],
		short: 'A pen with a left-handed nib, quick-drying ink and smudge-resistant paper.',
		html: `<p>For left-handers who push the pen across the page: a Larkhall student pen with a left-handed Fine nib (ground slightly oblique), a 30 ml bottle of fast-drying Georgian Black, a converter and an A5 pad of 90 gsm paper.</p>
<p>The ink dries in about 8 seconds on the pad, so the hand does not smudge it.</p>`,
		specs: [
			[ 'Nib', 'Left-handed Fine, stainless steel' ],
			[ 'Contents', 'Pen, 30 ml ink, converter, A5 pad' ],
		],
		simple: [ 39, 8 ],
	},
	{
		name: 'Larkhall Starter Set',
		category: 'Gift Sets',
		tags: [ 'fountain pen', 'beginner', 'gift', 'school' ],
		short: 'A first fountain pen: the Larkhall student pen, a converter and six cartridges.',
		html: '<p>A first fountain pen for ages 8 and up: the Larkhall student pen with a Medium steel nib and a moulded grip, six Blue cartridges and a converter, in a tin.</p>',
		specs: [
			[ 'Nib', 'Medium, stainless steel' ],
			[ 'Age', '8 years and up' ],
		],
		simple: [ 32, 'open' ],
	},
];
