/**
 * Inkwell & Quire's drawn ranges (fountain pens, inks, cartridges, notebooks, writing paper,
 * pencils and rollerballs, pen care, sealing wax, calligraphy), for inkwell-quire.ts. Each
 * range names its products explicitly; the seed only draws specs, prices and stock, so a
 * product's name never depends on the draw. Sizes are given in mm and inches, as a UK
 * stationer lists them; every product has one fact stated only in its long description.
 */
import { between, pickOf, type Random, type Spec } from './shop-kit';

/** A variation axis: each option with the pounds it adds to the parent's price. */
export interface Choice {
	name: string;
	options: Array< [ label: string, extra: number ] >;
}

export interface Range {
	/** SKU infix. */
	code: string;
	category: string;
	tags: string[];
	/** The products of the range, by name, in catalogue order. */
	names: string[];
	/** Lowest and highest regular price in pounds (a range may narrow it per product). */
	pounds: ( r: Random, name: string ) => [ number, number ];
	intro: string;
	/** The specs, drawn once the regular price is known (a pen's nib follows its price). */
	draw: ( r: Random, name: string, regular: number ) => Spec[];
	/** Facts only the long description states; one is drawn per product. */
	asides: string[];
	choices?: ( name: string ) => Choice[];
}

/** "142 mm (5.59 in)": the metric size with its inch equivalent, two decimals. */
export const mmIn = ( mm: number ) =>
	`${ mm } mm (${ ( mm / 25.4 ).toFixed( 2 ) } in)`;

/** "148 × 210 mm (5.83 × 8.27 in)". */
export const sheet = ( w: number, h: number ) =>
	`${ w } × ${ h } mm (${ ( w / 25.4 ).toFixed( 2 ) } × ${ ( h / 25.4 ).toFixed( 2 ) } in)`;

const NIBS: Choice = {
	name: 'Nib size',
	options: [
		[ 'Extra Fine', 0 ],
		[ 'Fine', 0 ],
		[ 'Medium', 0 ],
		[ 'Broad', 0 ],
	],
};
const NIBS_WITH_STUB: Choice = {
	name: 'Nib size',
	options: [ ...NIBS.options, [ '1.1 mm Stub', 15 ] ],
};
const RULINGS: Choice = {
	name: 'Ruling',
	options: [
		[ 'Plain', 0 ],
		[ 'Lined', 0 ],
		[ 'Dot grid', 0 ],
		[ 'Squared', 0 ],
	],
};
const PAGE_SIZES: Choice = {
	name: 'Size',
	options: [
		[ 'A6', -6 ],
		[ 'A5', 0 ],
		[ 'B5', 5 ],
	],
};

/** The nib a pen's price tier buys. */
function nibOf( name: string, low: number ): string {
	if ( name.includes( 'Titanium' ) ) {
		return 'Titanium';
	}
	if ( low >= 380 ) {
		return '18k gold, rhodium plated';
	}
	return low >= 160 ? '14k gold' : 'Stainless steel';
}

const PEN_NAMES = [
	'Pulteney Fountain Pen',
	'Widcombe Pocket Pen',
	'Walcot Demonstrator',
	'Larkhall Student Pen',
	'Lansdown Piston Filler',
	'Bathwick Ebonite Fountain Pen',
	'Camden Celluloid Fountain Pen',
	'Milsom Aluminium Fountain Pen',
	'Kingsmead Brass Fountain Pen',
	'Sydney Gardens Fountain Pen',
	'Prior Park Piston Filler',
	'Queen Square Fountain Pen',
	'Beckford Tower Vacuum Filler',
	'Solsbury Hill Eyedropper Pen',
	'Claverton Titanium Fountain Pen',
	'Bathampton Demonstrator',
	'Combe Down Fountain Pen',
	'Weston Pocket Pen',
	'Charlcombe Ebonite Fountain Pen',
	'Swainswick Celluloid Fountain Pen',
	'Freshford Fountain Pen',
	'Kelston Round Piston Filler',
	'Lyncombe Brass Pocket Pen',
	'Avoncliff Vacuum Filler',
	'Monkton Fountain Pen',
];

function penSpecs( r: Random, name: string, low: number ): Spec[] {
	let fill = pickOf( r, [
		'Cartridge/converter',
		'Cartridge/converter',
		'Piston',
	] );
	if ( name.includes( 'Piston' ) ) {
		fill = 'Piston';
	} else if ( name.includes( 'Vacuum' ) ) {
		fill = 'Vacuum (plunger)';
	} else if ( name.includes( 'Eyedropper' ) ) {
		fill = 'Eyedropper';
	} else if ( name.includes( 'Pocket' ) || name.includes( 'Student' ) ) {
		fill = 'Cartridge/converter';
	}
	const capacity: Record< string, string > = {
		'Cartridge/converter': '0.75 ml (converter included)',
		Piston: `${ pickOf( r, [ '1.2', '1.4', '1.6', '1.8' ] ) } ml`,
		'Vacuum (plunger)': `${ pickOf( r, [ '2.0', '2.2', '2.4' ] ) } ml`,
		Eyedropper: `${ pickOf( r, [ '3.5', '4.0', '4.5' ] ) } ml`,
	};
	const word = [
		'Ebonite',
		'Celluloid',
		'Aluminium',
		'Brass',
		'Titanium',
	].find( ( m ) => name.includes( m ) );
	const body =
		word ??
		( name.includes( 'Demonstrator' )
			? 'Clear acrylic'
			: pickOf( r, [
					'Acrylic resin',
					'Acrylic resin',
					'Ebonite',
					'Precious resin',
				] ) );
	const pocket = name.includes( 'Pocket' );
	return [
		[ 'Nib material', nibOf( name, low ) ],
		[ 'Fill system', fill ],
		[ 'Ink capacity', capacity[ fill ]! ],
		[ 'Body material', body ],
		[
			'Length capped',
			mmIn( pocket ? between( r, 98, 112 ) : between( r, 128, 150 ) ),
		],
		[
			'Weight',
			`${ body === 'Brass' ? between( r, 34, 48 ) : between( r, 14, 30 ) } g`,
		],
	];
}

export const PENS: Range = {
	code: 'FP',
	category: 'Fountain Pens',
	tags: [ 'fountain pen', 'writing' ],
	names: PEN_NAMES,
	pounds: ( r, name ) => {
		if ( name.includes( 'Student' ) || name.includes( 'Pocket' ) ) {
			return [ 24, 58 ];
		}
		if ( name.includes( 'Titanium' ) ) {
			return [ 140, 160 ];
		}
		return pickOf( r, [
			[ 45, 95 ],
			[ 60, 140 ],
			[ 180, 340 ],
			[ 390, 690 ],
		] as Array< [ number, number ] > );
	},
	intro: 'A fountain pen tuned and tested with ink in our Bath workshop before it leaves.',
	draw: penSpecs,
	asides: [
		'The cap posts securely on the barrel for longer writing sessions.',
		'Each nib is flushed and hand-checked on our bench before dispatch.',
		'It comes in a grey card gift box with a printed care leaflet.',
		'The clip is spring-loaded, so it slides onto a thick diary cover.',
		'A small quill mark is engraved on the cap band.',
		'The section is threaded brass inside, so the cap will not crack.',
	],
	choices: ( name ) =>
		name.includes( 'Student' ) || name.includes( 'Pocket' )
			? [ NIBS ]
			: [ NIBS_WITH_STUB ],
};

export const INKS: Range = {
	code: 'INK',
	category: 'Bottled Ink',
	tags: [ 'ink', 'fountain pen ink' ],
	names: [
		'Bath Stone Grey Ink',
		'Abbey Green Ink',
		'Pump Room Blue Ink',
		'Avon Teal Ink',
		'Sulis Red Ink',
		'Minerva Violet Ink',
		'Roman Bronze Shimmer Ink',
		'Georgian Black Ink',
		'Crescent Sepia Ink',
		'Kennet Blue-Black Iron Gall Ink',
		'Pulteney Weir Turquoise Ink',
		'Holburne Burgundy Ink',
		'Parade Gardens Green Ink',
		'Victoria Park Orange Ink',
		'Assembly Rooms Gold Shimmer Ink',
		'Archive Black Pigment Ink',
		'Jane Austen Blue Ink',
		'Thermae Aqua Ink',
	],
	pounds: ( _r, name ) =>
		name.includes( 'Shimmer' ) || name.includes( 'Pigment' )
			? [ 19, 26 ]
			: [ 10, 18 ],
	intro: 'A fountain pen ink mixed in small batches for us in Somerset and bottled in glass.',
	draw: ( r, name ) => {
		let kind = 'Dye-based';
		if ( name.includes( 'Iron Gall' ) ) {
			kind = 'Iron gall';
		} else if ( name.includes( 'Pigment' ) ) {
			kind = 'Pigment';
		} else if ( name.includes( 'Shimmer' ) ) {
			kind = 'Shimmer (dye with mica)';
		}
		const resist: Record< string, string > = {
			'Dye-based': pickOf( r, [ 'None', 'Low' ] ),
			'Iron gall': 'High',
			Pigment: 'Waterproof once dry',
			'Shimmer (dye with mica)': 'Low',
		};
		return [
			[ 'Volume', `${ pickOf( r, [ 30, 50, 50, 100 ] ) } ml` ],
			[ 'Ink type', kind ],
			[ 'Water resistance', resist[ kind ]! ],
			[ 'Shading', pickOf( r, [ 'Low', 'Medium', 'High' ] ) ],
			[
				'Sheen',
				pickOf( r, [
					'None',
					'None',
					'Slight red sheen',
					'Heavy sheen',
				] ),
			],
		];
	},
	asides: [
		'The label is printed by letterpress in Bath.',
		'Dries in about 20 seconds on 80 gsm copier paper.',
		'Safe for vintage pens with rubber ink sacs.',
		'Not recommended for eyedropper pens with silver trim.',
		'The square bottle has a wide neck for large nibs.',
	],
};

function bindingOf( r: Random, name: string ): string {
	if ( name.includes( 'Spiral' ) || name.includes( 'Reporter' ) ) {
		return 'Wire spiral';
	}
	if ( name.includes( 'Field Notes' ) || name.includes( 'Exercise' ) ) {
		return 'Stapled';
	}
	return name.includes( 'Lay-Flat' )
		? 'Thread-sewn, lay-flat'
		: pickOf( r, [ 'Thread-sewn', 'Thread-sewn, lay-flat' ] );
}

/** The cover a notebook's name promises; softcover where the name says nothing. */
function coverOf( name: string ): string {
	const covers: Array< [ string, string ] > = [
		[ 'Leather', 'Vegetable-tanned leather' ],
		[ 'Kraft', 'Kraft card' ],
		[ 'Field Notes', 'Kraft card' ],
		[ 'Exercise', 'Card softcover' ],
		[ 'Softcover', 'Card softcover' ],
		[ 'Pocket', 'Card softcover' ],
		[ 'Tomoe', 'Card softcover' ],
		[ 'Reporter', 'Card softcover' ],
		[ 'Spiral', 'Card softcover' ],
	];
	return (
		covers.find( ( [ word ] ) => name.includes( word ) )?.[ 1 ] ??
		'Bookcloth hardback'
	);
}

export const NOTEBOOKS: Range = {
	code: 'NB',
	category: 'Notebooks',
	tags: [ 'notebook', 'paper', 'journal' ],
	names: [
		'Quire Cloth Notebook',
		'Quire Leather Journal',
		'Circus Softcover Notebook',
		'Gay Street Pocket Notebook',
		'Kingsmead Lay-Flat Notebook',
		'Royal Victoria Sketch Journal',
		'Orange Grove Reporter Pad',
		'Abbey Churchyard Notebook',
		'Alfred Street Ledger',
		'Bennett Street Weekly Planner 2027',
		'Brock Street Travel Journal',
		'Milsom Spiral Notebook',
		'Stall Street Field Notes (3 pack)',
		'Westgate Tomoe River Notebook',
		'Quiet Street Commonplace Book',
		'Trim Street Recipe Journal',
		'Green Park Garden Notebook',
		'Walcot Kraft Notebook',
		'North Parade Bullet Journal',
		'Bathwick Hardback Notebook',
		'Union Street Exercise Book',
		'Manvers Street Meeting Book',
	],
	pounds: ( _r, name ) =>
		name.includes( 'Leather' ) || name.includes( 'Ledger' )
			? [ 38, 64 ]
			: [ 8, 26 ],
	intro: 'A notebook with paper chosen for fountain pens: no feathering and little show-through.',
	draw: ( r, name ) => {
		const tomoe = name.includes( 'Tomoe' );
		const pocket =
			name.includes( 'Pocket' ) || name.includes( 'Field Notes' );
		const [ w, h ] = pocket ? [ 90, 140 ] : [ 148, 210 ];
		return [
			[
				'Paper weight',
				tomoe
					? '52 gsm'
					: `${ pickOf( r, [ 68, 80, 90, 100, 120 ] ) } gsm`,
			],
			[
				'Pages',
				String( tomoe ? 368 : pickOf( r, [ 96, 128, 160, 192, 240 ] ) ),
			],
			[ 'Size', pocket ? sheet( w, h ) : `A5, ${ sheet( w, h ) }` ],
			[ 'Binding', bindingOf( r, name ) ],
			[ 'Cover', coverOf( name ) ],
			[ 'Paper colour', pickOf( r, [ 'White', 'Ivory', 'Cream' ] ) ],
		];
	},
	asides: [
		'The paper is acid-free and made in England.',
		'It has two ribbon markers and a gusseted back pocket.',
		'The pages are numbered, with an index at the front.',
		'The corners are rounded so it does not dog-ear in a bag.',
		'An elastic closure band holds it shut.',
	],
	choices: ( name ) => {
		if (
			name.includes( 'Planner' ) ||
			name.includes( 'Field Notes' ) ||
			name.includes( 'Pocket' )
		) {
			return [];
		}
		return name.includes( 'Cloth' ) || name.includes( 'Hardback' )
			? [ PAGE_SIZES, RULINGS ]
			: [ RULINGS ];
	},
};
