/**
 * Aperture & Grain's hand-written products (camera bodies with their kit options, graded used
 * gear, film cameras, batteries per brand, cleaning and darkroom supplies, a developing
 * mailer, a gift card), for aperture-grain.ts. Prices and stock are fixed here, not drawn.
 */
import { shortSpecial as item, type ShortSpecial } from './family-catalog';
import { stockState, type Spec, type StockFields } from './shop-kit';

const { soldOut, backorder, counted, unmanaged } = stockState;

/** A used item: one piece, with its grade, shutter count (bodies) and the shop's warranty. */
const used = (
	name: string,
	grade: string,
	extra: Spec[],
	note: string,
	price: number,
	stock: StockFields
) =>
	item(
		name,
		'Used Cameras &amp; Lenses',
		[ 'used', 'second hand' ],
		`Checked and graded in our Manchester workshop: grade ${ grade.split( ' ' )[ 0 ] }.`,
		`<p>${ note }</p>\n<p>Every used item is tested, cleaned and graded by our technicians and comes with our 6-month used-gear warranty.</p>`,
		[
			[ 'Condition grade', grade ],
			...extra,
			[ 'Warranty', '6 months (shop)' ],
		],
		{ price, stock }
	);

export const SPECIALS: ShortSpecial[] = [
	item(
		'Sony A7 IV',
		'Camera Bodies',
		[ 'camera', 'mirrorless', 'full frame', 'sony' ],
		'33-megapixel full-frame mirrorless camera, body only or with the FE 28-60mm kit lens.',
		`<p>A 33&nbsp;MP full-frame hybrid for stills and 4K&nbsp;60p video.</p>\n<ul><li>Sony E mount</li><li>5-axis in-body stabilisation, 5.5 stops</li><li>Dual card slots: CFexpress Type A / SD UHS-II</li></ul>\n<p>Supplied with the NP-FZ100 battery and a UK plug charger.</p>`,
		[
			[ 'Sensor', '33 MP full frame' ],
			[ 'Mount', 'Sony E' ],
			[ 'Weight', '658 g' ],
			[ 'Video', '4K 60p' ],
		],
		{
			axis: 'Kit',
			options: [
				[ 'Body only', 2099, counted( 4 ) ],
				[ 'With FE 28-60mm lens', 2299, soldOut() ],
			],
		}
	),
	item(
		'Nikon Z6 III',
		'Camera Bodies',
		[ 'camera', 'mirrorless', 'full frame', 'nikon' ],
		'24.5-megapixel full-frame Nikon with a partly stacked sensor and 6K video.',
		`<p>Nikon&#8217;s all-rounder, with a partly stacked 24.5&nbsp;MP sensor and the brightest viewfinder Nikon has made (4,000 nits).</p>\n<ul><li>Nikon Z mount</li><li>6K 60p N-RAW video</li><li>Weather sealed</li></ul>`,
		[
			[ 'Sensor', '24.5 MP full frame' ],
			[ 'Mount', 'Nikon Z' ],
			[ 'Weight', '760 g' ],
			[ 'Video', '6K 60p' ],
		],
		{
			axis: 'Kit',
			options: [
				[ 'Body only', 2199, counted( 2 ) ],
				[ 'With Z 24-70mm f/4 lens', 2749, backorder() ],
			],
		}
	),
	{
		...item(
			'Canon EOS R6 Mark II',
			'Camera Bodies',
			[ 'camera', 'mirrorless', 'full frame', 'canon' ],
			'24.2-megapixel full-frame Canon that shoots 40 frames a second.',
			`<p>Fast and forgiving: 40&nbsp;fps with the electronic shutter and eye detection for people, animals and vehicles.</p>\n<ul><li>Canon RF mount</li><li>In-body stabilisation up to 8 stops</li><li>Battery: LP-E6NH</li></ul>`,
			[
				[ 'Sensor', '24.2 MP full frame' ],
				[ 'Mount', 'Canon RF' ],
				[ 'Weight', '670 g' ],
				[ 'Video', '4K 60p' ],
			],
			{ price: 2299, sale: 2049, stock: counted( 3 ) }
		),
	},
	item(
		'Fujifilm X-T5',
		'Camera Bodies',
		[ 'camera', 'mirrorless', 'aps-c', 'fujifilm' ],
		'40-megapixel APS-C camera with classic dials, in black or silver.',
		`<p>Shutter speed, ISO and exposure compensation dials on top, just like a film camera.</p>\n<ul><li>Fujifilm X mount</li><li>40.2&nbsp;MP APS-C sensor</li><li>19 film simulations</li></ul>`,
		[
			[ 'Sensor', '40.2 MP APS-C' ],
			[ 'Mount', 'Fujifilm X' ],
			[ 'Weight', '557 g' ],
			[ 'Video', '6.2K 30p' ],
		],
		{
			axis: 'Colour',
			options: [
				[ 'Black', 1549, counted( 5 ) ],
				[ 'Silver', 1549, soldOut() ],
			],
		}
	),
	item(
		'Fujifilm X100VI',
		'Camera Bodies',
		[ 'camera', 'compact', 'fujifilm' ],
		'A compact with a fixed 23mm f/2 lens and a hybrid viewfinder.',
		`<p>The pocketable street camera everybody wants: fixed 23&nbsp;mm f/2 lens (35&nbsp;mm equivalent), 40&nbsp;MP and in-body stabilisation.</p>\n<p>Demand is high: orders are sent in the order they were placed as our allocation arrives.</p>`,
		[
			[ 'Sensor', '40.2 MP APS-C' ],
			[ 'Lens', '23 mm f/2 (fixed)' ],
			[ 'Weight', '521 g' ],
		],
		{ price: 1599, stock: backorder() }
	),
	item(
		'Nikon Zf',
		'Camera Bodies',
		[ 'camera', 'mirrorless', 'full frame', 'nikon', 'retro' ],
		'Full-frame Nikon in the body of a 1980s FM2.',
		`<p>Styled on the Nikon FM2, with real dials and a 24.5&nbsp;MP full-frame sensor. It has a dedicated black-and-white switch.</p>`,
		[
			[ 'Sensor', '24.5 MP full frame' ],
			[ 'Mount', 'Nikon Z' ],
			[ 'Weight', '710 g' ],
		],
		{ price: 1899, stock: counted( 1 ) }
	),
	used(
		'Used Sony A7 III Body',
		'B (Good)',
		[
			[ 'Shutter count', '38,200' ],
			[ 'Mount', 'Sony E' ],
		],
		'Light wear on the grip and the base plate; the sensor and the screen are clean. Comes with one battery and the charger.',
		899,
		counted( 1 )
	),
	used(
		'Used Nikon Z6 II Body',
		'A (Excellent)',
		[
			[ 'Shutter count', '9,450' ],
			[ 'Mount', 'Nikon Z' ],
		],
		'Hardly used; boxed with the strap and the manual.',
		1099,
		counted( 1 )
	),
	used(
		'Used Canon EOS R Body',
		'C (Well used)',
		[
			[ 'Shutter count', '112,000' ],
			[ 'Mount', 'Canon RF' ],
		],
		'Paint worn on the corners and a scratch on the top screen; works perfectly.',
		649,
		counted( 1 )
	),
	used(
		'Used Fujifilm X-T4 Body',
		'A+ (Like new)',
		[
			[ 'Shutter count', '1,200' ],
			[ 'Mount', 'Fujifilm X' ],
		],
		'Still has the screen protector on; silver version.',
		899,
		soldOut()
	),
	used(
		'Used Nikon Z 50mm f/1.8 S',
		'A (Excellent)',
		[ [ 'Mount', 'Nikon Z' ] ],
		'Clean glass, no haze or fungus; with both caps and the hood.',
		329,
		counted( 1 )
	),
	used(
		'Used Sony FE 85mm f/1.8',
		'B (Good)',
		[ [ 'Mount', 'Sony E' ] ],
		'A small mark on the focus ring; the optics are clean.',
		379,
		counted( 1 )
	),
	used(
		'Used Canon RF 35mm f/1.8 Macro',
		'B (Good)',
		[ [ 'Mount', 'Canon RF' ] ],
		'Light scuffs on the barrel. No hood.',
		319,
		counted( 2 )
	),
	used(
		'Used Leica M6 (1986)',
		'B (Good)',
		[
			[ 'Format', '35mm film' ],
			[ 'Mount', 'Leica M' ],
		],
		'Serviced (CLA) by our repair bench in October 2026; the light meter is accurate.',
		2950,
		counted( 1 )
	),
	used(
		'Used Olympus OM-1 with 50mm f/1.8',
		'C (Well used)',
		[ [ 'Format', '35mm film' ] ],
		'Brassing on the top plate; new light seals fitted. The meter needs a 1.35 V battery.',
		249,
		counted( 1 )
	),
	used(
		'Used Pentax 67 with 105mm f/2.4',
		'B (Good)',
		[ [ 'Format', '120 film (6 × 7)' ] ],
		'The classic medium-format portrait kit, with the metered prism.',
		1450,
		soldOut()
	),
	used(
		'Used Nikon FM2 Body',
		'A (Excellent)',
		[
			[ 'Format', '35mm film' ],
			[ 'Mount', 'Nikon F' ],
		],
		'Fully mechanical: it works without a battery (the battery only powers the meter).',
		449,
		counted( 1 )
	),
	item(
		'Kodak Ektar H35 Half-Frame Camera',
		'Film Cameras',
		[ 'film camera', 'analogue', 'beginner' ],
		'A light half-frame film camera: 72 photos from a 36-exposure roll.',
		`<p>Doubles every roll: a 36-exposure film gives you 72 half-frame pictures. Built-in flash.</p>`,
		[
			[ 'Format', '35mm (half frame)' ],
			[ 'Weight', '100 g' ],
			[ 'Flash', 'Built in' ],
		],
		{
			axis: 'Colour',
			options: [
				[ 'Black', 54.99, counted( 9 ) ],
				[ 'Sand', 54.99, soldOut() ],
			],
		}
	),
	item(
		'Aperture &amp; Grain Reusable 35mm Film Camera',
		'Film Cameras',
		[ 'film camera', 'analogue', 'beginner', 'gift' ],
		'Our own simple point-and-shoot film camera with a 31 mm lens and flash.',
		`<p>A plastic point-and-shoot we designed with a Manchester maker: fixed 31&nbsp;mm f/9 lens, 1/120&nbsp;s, and a flash that takes one AAA battery.</p>`,
		[
			[ 'Lens', '31 mm f/9' ],
			[ 'Shutter speed', '1/120 s' ],
			[ 'Weight', '110 g' ],
		],
		{ price: 29.99, stock: counted( 14 ) }
	),
	item(
		'Sensor Swabs 24 mm, Pack of 12',
		'Cleaning &amp; Care',
		[ 'cleaning', 'sensor' ],
		'Sealed, single-use swabs for full-frame sensors.',
		`<p>Each swab is sealed in its own clean-room bag. Use one swab per clean with two drops of sensor fluid.</p>`,
		[
			[ 'Width', '24 mm' ],
			[ 'Pieces', '12' ],
		],
		{ price: 24.99, stock: counted( 30 ) }
	),
	item(
		'Rocket Air Blower',
		'Cleaning &amp; Care',
		[ 'cleaning', 'sensor' ],
		'A strong rubber blower for dust on sensors and lenses.',
		`<p>The first thing to try before a sensor swab: a few puffs with the camera facing down.</p>`,
		[ [ 'Length', '19 cm' ] ],
		{ price: 14.99, stock: counted( 22 ) }
	),
	item(
		'Lens Cleaning Kit',
		'Cleaning &amp; Care',
		[ 'cleaning', 'lens' ],
		'A lens pen, a microfibre cloth, fluid and a brush in a zip case.',
		`<p>Everything for the front element in one zip case; the fluid is safe for all lens coatings.</p>`,
		[ [ 'Fluid', '30 ml' ] ],
		{ price: 19.99, stock: soldOut() }
	),
	item(
		'NP-FZ100 Battery for Sony',
		'Batteries &amp; Power',
		[ 'battery', 'sony' ],
		'Genuine Sony battery for the A7 and A9 series.',
		`<p>Genuine Sony battery. It charges over USB-C inside the camera.</p>`,
		[ [ 'Capacity', '2,280 mAh' ] ],
		{ price: 79, stock: counted( 8 ) }
	),
	item(
		'EN-EL15c Battery for Nikon',
		'Batteries &amp; Power',
		[ 'battery', 'nikon' ],
		'Genuine Nikon battery for the Z6, Z7 and Zf.',
		`<p>Genuine Nikon battery; it also fits older Nikon DSLRs that take the EN-EL15.</p>`,
		[ [ 'Capacity', '2,280 mAh' ] ],
		{ price: 74, stock: backorder() }
	),
	item(
		'LP-E6NH Battery for Canon',
		'Batteries &amp; Power',
		[ 'battery', 'canon' ],
		'Genuine Canon battery for the EOS R5, R6 and R6 Mark II.',
		`<p>Genuine Canon battery with 2,130&nbsp;mAh.</p>`,
		[ [ 'Capacity', '2,130 mAh' ] ],
		{ price: 82, stock: counted( 6 ) }
	),
	item(
		'NP-W235 Battery for Fujifilm',
		'Batteries &amp; Power',
		[ 'battery', 'fujifilm' ],
		'Genuine Fujifilm battery for the X-T5, X-T4 and X-H2.',
		`<p>Genuine Fujifilm battery, 2,200&nbsp;mAh.</p>`,
		[ [ 'Capacity', '2,200 mAh' ] ],
		{ price: 69, stock: counted( 3 ) }
	),
	item(
		'Paterson Universal Developing Tank',
		'Darkroom',
		[ 'darkroom', 'film', 'analogue' ],
		'A daylight developing tank with two reels for 35mm and 120.',
		`<p>Load it in a changing bag, then do everything in daylight. Holds two 35&nbsp;mm reels or one 120 reel; 290&nbsp;ml per 35&nbsp;mm film.</p>`,
		[ [ 'Reels', '2' ] ],
		{ price: 32.5, stock: counted( 9 ) }
	),
	item(
		'Ilford Multigrade RC Paper 8x10, 25 Sheets',
		'Darkroom',
		[ 'darkroom', 'paper', 'analogue' ],
		'Resin-coated variable-contrast paper, glossy.',
		`<p>Glossy, resin-coated paper for variable-contrast printing under an enlarger.</p>`,
		[
			[ 'Size', '8 × 10 in' ],
			[ 'Sheets', '25' ],
		],
		{ price: 21.99, stock: counted( 12 ) }
	),
	item(
		'Film Scanning Adapter for 35mm and 120',
		'Darkroom',
		[ 'scanning', 'film', 'analogue' ],
		'Holds negatives flat for scanning with a digital camera and a macro lens.',
		`<p>Holds strips of 35&nbsp;mm and 120 film flat over a light panel, for scanning with a camera and a macro lens. Light panel not included.</p>`,
		[ [ 'Formats', '35mm and 120' ] ],
		{ price: 119, sale: 99, stock: counted( 4 ) }
	),
	item(
		'Ancoats Leather Camera Strap',
		'Camera Bags',
		[ 'strap', 'leather' ],
		'A full-grain leather neck strap, hand-stitched in Manchester.',
		`<p>Full-grain vegetable-tanned leather, 110&nbsp;cm long, with split rings for any camera.</p>`,
		[
			[ 'Length', '110 cm' ],
			[ 'Material', 'Leather' ],
		],
		{ price: 39, stock: counted( 7 ) }
	),
	item(
		'Film Developing Mailer, 1 Roll',
		'Film Developing',
		[ 'film', 'developing', 'lab' ],
		'A prepaid envelope: post us one roll, we develop and scan it.',
		`<p>Post one roll of C-41 colour film to our lab in this prepaid envelope. The price covers developing, standard scans and return postage of your negatives.</p>`,
		[ [ 'Process', 'C-41' ] ],
		{ price: 14.5, stock: unmanaged() }
	),
	item(
		'Aperture &amp; Grain Gift Card',
		'Gift Cards',
		[ 'gift' ],
		'An e-mailed gift card, valid for 2 years online and in the shop.',
		`<p>Sent by e-mail with your message. Valid for <strong>2 years</strong> online and in our Manchester shop, on gear, film developing and repairs.</p>`,
		[ [ 'Delivery', 'By e-mail' ] ],
		{
			axis: 'Amount',
			options: [
				[ '£25', 25, unmanaged() ],
				[ '£50', 50, unmanaged() ],
				[ '£100', 100, unmanaged() ],
				[ '£250', 250, unmanaged() ],
			],
		}
	),
];
