/**
 * Aperture & Grain's product families (lenses by mount, film stock in single rolls and
 * 5-packs, tripods, camera bags by colour, memory cards by capacity, filters by diameter,
 * flashes, lighting), for aperture-grain.ts: specs with units (mm, f/, g, kg, cm, GB, MB/s),
 * one fact per product stated only in its long description.
 */
import { oneOf, type NounFamily } from './family-catalog';
import { between, pickOf, type Axis, type Random } from './shop-kit';

/** A family of Aperture & Grain's, with how many products it has. */
export interface Family extends NounFamily {
	count: number;
}

const yesNo = ( r: Random, yes: number ) => ( r() < yes ? 'Yes' : 'No' );

const MOUNTS: Axis = {
	name: 'Mount',
	options: [
		{ label: 'Sony E', factor: 1 },
		{ label: 'Nikon Z', factor: 1 },
		{ label: 'Canon RF', factor: 1.04 },
		{ label: 'Fujifilm X', factor: 0.92 },
	],
};

const PACKS: Axis = {
	name: 'Pack',
	options: [
		{ label: 'Single roll', factor: 1 },
		{ label: '5-pack', factor: 4.6 },
	],
};

const CAPACITIES: Axis = {
	name: 'Capacity',
	options: [
		{ label: '64 GB', factor: 1 },
		{ label: '128 GB', factor: 1.7 },
		{ label: '256 GB', factor: 2.9 },
	],
};

const DIAMETERS: Axis = {
	name: 'Filter diameter',
	options: [
		{ label: '52 mm', factor: 1 },
		{ label: '58 mm', factor: 1.1 },
		{ label: '67 mm', factor: 1.25 },
		{ label: '77 mm', factor: 1.45 },
		{ label: '82 mm', factor: 1.6 },
	],
};

const COLOURS: Axis = {
	name: 'Colour',
	options: [
		{ label: 'Black', factor: 1 },
		{ label: 'Olive', factor: 1 },
		{ label: 'Sand', factor: 1 },
	],
};

/** A lens noun's focal length, maximum aperture, filter thread and its weights (g). */
const LENS_OPTICS: Record<
	string,
	[ string, string, string, number, number ]
> = {
	'24mm f/2.8 Pancake Lens': [ '24 mm', 'f/2.8', '49 mm', 120, 180 ],
	'35mm f/1.8 Lens': [ '35 mm', 'f/1.8', '55 mm', 180, 420 ],
	'50mm f/1.4 Lens': [ '50 mm', 'f/1.4', '62 mm', 250, 700 ],
	'85mm f/1.8 Portrait Lens': [ '85 mm', 'f/1.8', '67 mm', 350, 650 ],
	'16-35mm f/4 Zoom Lens': [ '16–35 mm', 'f/4', '77 mm', 450, 700 ],
	'24-70mm f/2.8 Zoom Lens': [ '24–70 mm', 'f/2.8', '82 mm', 650, 950 ],
	'70-200mm f/4 Telephoto Lens': [ '70–200 mm', 'f/4', '72 mm', 700, 1100 ],
	'100mm f/2.8 Macro Lens': [ '100 mm', 'f/2.8', '62 mm', 450, 650 ],
};

export const GEAR_FAMILIES: Family[] = [
	{
		key: 'ln',
		category: 'Lenses',
		tags: [ 'lens', 'mirrorless' ],
		count: 18,
		nouns: Object.keys( LENS_OPTICS ),
		price: [ 229, 1299 ],
		blurb: 'A sharp, quiet-focusing lens for mirrorless cameras, made in Sony E, Nikon Z, Canon RF and Fujifilm X mount.',
		specs: ( r, noun ) => {
			const [ focal, aperture, thread, light, heavy ] =
				LENS_OPTICS[ noun ]!;
			return [
				[ 'Focal length', focal ],
				[ 'Maximum aperture', aperture ],
				[ 'Filter thread', thread ],
				[ 'Weight', `${ between( r, light, heavy, 5 ) } g` ],
				[
					'Minimum focus distance',
					`${ noun.includes( 'Macro' ) ? 28 : between( r, 20, 95, 5 ) } cm`,
				],
				[ 'Autofocus', 'Yes' ],
				[ 'Weather sealed', yesNo( r, 0.5 ) ],
			];
		},
		detail: oneOf(
			'A lens hood and both caps come in the box.',
			'It has a de-clicked aperture ring for smooth exposure changes in video.',
			'The front element has a fluorine coating that repels water and fingerprints.',
			'Its stepping motor focuses silently, so it will not spoil the sound in video.',
			'It has eleven rounded aperture blades for soft, round out-of-focus highlights.'
		),
		axes: [ MOUNTS ],
	},
	{
		key: 'fm',
		category: 'Film',
		tags: [ 'film', 'analogue' ],
		count: 16,
		nouns: [
			'Colour 200 Film',
			'Colour 400 Film',
			'Portrait 160 Film',
			'Mono 100 Film',
			'Mono 400 Film',
			'Slide 100 Film',
		],
		price: [ 8, 24 ],
		blurb: 'Fresh, cold-stored film, dated at least a year ahead.',
		specs: ( r, noun ) => {
			const iso = /\d+/.exec( noun )![ 0 ];
			const format = pickOf( r, [ '35mm', '35mm', '120' ] );
			let process = 'C-41';
			if ( noun.startsWith( 'Mono' ) ) {
				process = 'Black & white';
			} else if ( noun.startsWith( 'Slide' ) ) {
				process = 'E-6';
			}
			return [
				[ 'ISO', iso ],
				[ 'Format', format ],
				[ 'Exposures', format === '120' ? '12 (6 × 6)' : '36' ],
				[ 'Process', process ],
			];
		},
		detail: oneOf(
			'Keep it in the fridge and let it warm up for an hour before loading.',
			'It pushes well to one stop more than the box speed.',
			'Fine grain makes it a good choice for scanning at high resolution.',
			'The base is clear, which makes home scanning easier.'
		),
		axes: [ PACKS ],
	},
	{
		key: 'tp',
		category: 'Tripods',
		tags: [ 'tripod', 'support' ],
		count: 10,
		nouns: [
			'Carbon Travel Tripod',
			'Aluminium Travel Tripod',
			'Carbon Studio Tripod',
			'Aluminium Video Tripod',
		],
		price: [ 79, 449 ],
		blurb: 'A steady tripod with a ball head and an Arca-Swiss compatible plate.',
		specs: ( r, noun ) => {
			const carbon = noun.startsWith( 'Carbon' );
			const travel = noun.includes( 'Travel' );
			const weight = carbon
				? between( r, 11, 19 ) / 10
				: between( r, 15, 29 ) / 10;
			return [
				[
					'Maximum load',
					`${ between( r, travel ? 6 : 10, travel ? 10 : 20 ) } kg`,
				],
				[
					'Maximum height',
					`${ between( r, travel ? 140 : 160, travel ? 158 : 190, 2 ) } cm`,
				],
				[
					'Folded length',
					`${ between( r, travel ? 38 : 58, travel ? 46 : 72 ) } cm`,
				],
				[ 'Weight', `${ weight.toFixed( 1 ) } kg` ],
				[ 'Material', carbon ? 'Carbon fibre' : 'Aluminium' ],
				[ 'Leg sections', String( pickOf( r, [ 4, 5 ] ) ) ],
			];
		},
		detail: oneOf(
			'One leg unscrews to become a monopod.',
			'The centre column can be reversed for low-angle shots.',
			'It comes with a padded carry bag and a spanner for the leg joints.',
			'The legs have twist locks that open with a quarter turn.'
		),
	},
	{
		key: 'bg',
		category: 'Camera Bags',
		tags: [ 'bag', 'carry' ],
		count: 10,
		nouns: [
			'Camera Backpack',
			'Sling Bag',
			'Shoulder Bag',
			'Roll-Top Backpack',
		],
		price: [ 49, 229 ],
		blurb: 'A camera bag with padded, movable dividers and a weatherproof base.',
		specs: ( r, noun ) => [
			[
				'Capacity',
				`${ noun.includes( 'Backpack' ) ? between( r, 18, 30 ) : between( r, 6, 12 ) } litres`,
			],
			[
				'Fits',
				noun.includes( 'Backpack' )
					? 'A body, 3–4 lenses and a 16-inch laptop'
					: 'A body and 2 lenses',
			],
			[ 'Weight', `${ between( r, 6, 18 ) / 10 } kg` ],
			[
				'Material',
				pickOf( r, [
					'Waxed canvas',
					'Recycled nylon',
					'Cordura 500D',
				] ),
			],
		],
		detail: oneOf(
			'A rain cover is tucked into the base.',
			'The back panel opens, so nobody can get into it while you are wearing it.',
			'It has a luggage strap to slip over a suitcase handle.',
			'A side pocket holds a travel tripod.'
		),
		axes: [ COLOURS ],
	},
	{
		key: 'mc',
		category: 'Memory Cards',
		tags: [ 'memory card', 'storage' ],
		count: 8,
		nouns: [
			'SD UHS-II Card',
			'SD UHS-I Card',
			'CFexpress Type B Card',
			'microSD Card',
		],
		price: [ 19, 89 ],
		blurb: 'A fast, reliable card that keeps up with burst shooting and 4K video.',
		specs: ( r, noun ) => {
			const fast =
				noun.includes( 'UHS-II' ) || noun.includes( 'CFexpress' );
			const read = noun.includes( 'CFexpress' )
				? 1700
				: pickOf( r, fast ? [ 250, 300 ] : [ 95, 170 ] );
			return [
				[ 'Read speed', `${ read } MB/s` ],
				[
					'Write speed',
					`${ Math.round( read * pickOf( r, [ 0.5, 0.6, 0.9 ] ) ) } MB/s`,
				],
				[
					'Video speed class',
					fast ? 'V90' : pickOf( r, [ 'V30', 'V30', 'V60' ] ),
				],
			];
		},
		detail: oneOf(
			'It survives a drop in water, X-ray machines at the airport and −25 °C.',
			'Recovery software is included for a year.',
			'It comes in a hard plastic case that holds two cards.'
		),
		axes: [ CAPACITIES ],
	},
	{
		key: 'ft',
		category: 'Filters',
		tags: [ 'filter', 'landscape' ],
		count: 10,
		nouns: [
			'UV Filter',
			'Circular Polariser',
			'ND1000 Filter',
			'Variable ND Filter',
			'Black Mist Filter',
		],
		price: [ 29, 119 ],
		blurb: 'A screw-in filter of optical glass in a slim brass frame, so no vignetting on wide lenses.',
		specs: ( r, noun ) => [
			[
				'Effect',
				{
					'UV Filter': 'Protection, no colour shift',
					'Circular Polariser':
						'Cuts reflections, deepens blue skies',
					'ND1000 Filter': '10 stops darker',
					'Variable ND Filter': '2 to 8 stops darker',
					'Black Mist Filter': 'Softens highlights, 1/4 strength',
				}[ noun ]!,
			],
			[
				'Glass',
				pickOf( r, [ 'Schott B270', 'Japanese optical glass' ] ),
			],
			[ 'Frame thickness', `${ pickOf( r, [ 3.3, 4.5, 5.2 ] ) } mm` ],
		],
		detail: oneOf(
			'It has 16 coating layers on each side.',
			'It ships in a crush-proof case.',
			'The frame is knurled so it comes off easily in the cold.'
		),
		axes: [ DIAMETERS ],
	},
	{
		key: 'fl',
		category: 'Flashes',
		tags: [ 'flash', 'lighting' ],
		count: 8,
		nouns: [ 'Speedlight', 'Mini Flash', 'Pocket Flash', 'Studio Strobe' ],
		price: [ 69, 399 ],
		blurb: 'A flash with TTL and high-speed sync for Sony, Nikon, Canon and Fujifilm.',
		specs: ( r, noun ) => [
			[
				'Guide number',
				`${ noun === 'Studio Strobe' ? between( r, 58, 76 ) : between( r, 20, 60 ) } (ISO 100, m)`,
			],
			[ 'Recycle time', `${ pickOf( r, [ 0.9, 1.5, 2.1 ] ) } s` ],
			[ 'Power', pickOf( r, [ 'Li-ion battery, 2,600 mAh', '4 × AA' ] ) ],
			[ 'Weight', `${ between( r, 120, 620, 10 ) } g` ],
			[ 'Wireless', pickOf( r, [ '2.4 GHz radio', 'Optical only' ] ) ],
		],
		detail: oneOf(
			'A diffuser dome and a stand come with it.',
			'Its head tilts 90° up and turns 330°.',
			'It gives about 480 full-power flashes on one charge.'
		),
	},
	{
		key: 'lt',
		category: 'Lighting',
		tags: [ 'lighting', 'studio', 'video' ],
		count: 10,
		nouns: [
			'LED Panel',
			'COB Video Light',
			'RGB Tube Light',
			'Softbox Kit',
		],
		price: [ 59, 349 ],
		blurb: 'Continuous light for portraits, product shots and video.',
		specs: ( r ) => [
			[ 'Power', `${ pickOf( r, [ 20, 40, 60, 100, 150 ] ) } W` ],
			[
				'Colour temperature',
				pickOf( r, [ '2700–6500 K', '3200–5600 K' ] ),
			],
			[ 'CRI', pickOf( r, [ '95+', '96+', '97+' ] ) ],
			[ 'Weight', `${ between( r, 3, 28 ) / 10 } kg` ],
		],
		detail: oneOf(
			'It can be dimmed from an app over Bluetooth.',
			'A cooling fan runs silently below 25 dB.',
			'It takes NP-F batteries as well as the mains adapter.'
		),
	},
];
