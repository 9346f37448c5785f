/**
 * Cairn & Crest Outfitters, the third eval shop: an ENGLISH-language outdoor and camping
 * gear shop in Portland, Oregon, priced in US dollars the way WooCommerce formats them for
 * the US ("$1,234.50": currency left, no space, thousands comma, decimal point). Built ONCE
 * from seed 4807 by `npx tsx tests/doubles/woocommerce/cairncrest.ts --write` and stored in
 * cairncrest.json, which the WooCommerce double serves; its dev questions
 * (tests/eval/dev2/) were written from that JSON. Never rebuild the JSON to make a
 * question pass.
 *
 * What it holds, on purpose:
 * - 120 products in 17 families with rich specifications, units in metric AND imperial
 *   (kg/lb/oz, L/qt/fl oz, cm/in, °C/°F, psi/bar, m/ft), facts stated only in the long
 *   description, SKUs, categories and tags;
 * - variable products (sleeping bag length, pad size, torso size, boot size, jacket
 *   size × colour, bike frame size, pole length, bottle capacity, gift card amount) whose
 *   variations carry their own prices, sale prices and stock;
 * - sale prices, out-of-stock, backorder, managed and unmanaged stock;
 * - products named after policy words ("Return Trip Daypack", "Warranty Card Holder",
 *   "Shipping Crate 60 L", "Contact Lens Travel Kit", "Tent &amp; Pad Repair Kit");
 * - HTML entities in names, descriptions and pages (&amp; &deg; &ndash; &times; &#8217;
 *   &sup2; &frac12; &nbsp;);
 * - 7 pages as a real shop writes them, with headings (returns, shipping zones and costs,
 *   warranty, payment, contact, repairs and rentals, FAQ);
 * - 12 orders numbered 1..12 in every status, shoppers whose e-mail domains look like
 *   products (…@headlamp.net, …@talus.example).
 * The shape is the one the coffee shops use (CoffeeShop), so the same eval runner and the
 * same WordPress front serve it.
 */
import * as kit from './catalog-kit';
import path from 'node:path';
import {
	oneOf,
	specTable,
	buildFamilyCatalog,
	gridVariations,
	optionVariations,
	roundRobin,
	wholeLessCents,
	type OneNounFamily,
	type Special,
} from './family-catalog';
import {
	axisOptions,
	between,
	entityWriter,
	pageWriter,
	paymentMethods,
	pickOf,
	shopFrom,
	slugify,
	stockFieldsAt,
	stockState,
	storedShop,
	type Random,
	type Spec,
} from './shop-kit';
import { seededRandom } from './catalog';
import * as order from './order-kit';
import type { CoffeeShop, PriceFormat, WpPage } from './coffee-shop';
import type { WcOrder, WooCommerceData } from './server';

const SNAPSHOT = path.join( __dirname, 'cairncrest.json' );
export const CAIRNCREST_SEED = 4807;
const STORE_URL = 'https://cairncrest.example';

export const US_PRICE_FORMAT: PriceFormat = {
	currency: 'USD',
	currency_pos: 'left',
	thousand_sep: ',',
	decimal_sep: '.',
	num_decimals: 2,
};

/** The dollar as WooCommerce's settings name it (its symbol as the REST API writes it). */
export const US_DOLLAR = {
	code: 'USD',
	name: 'United States (US) dollar',
	symbol: '&#36;',
};

const round = ( value: number, decimals: number ) =>
	Number( value.toFixed( decimals ) );
/** A whole number with US thousands separators: 10,000. */
const grouped = ( value: number ) =>
	String( Math.round( value ) ).replace( /\B(?=(\d{3})+(?!\d))/g, ',' );

/** "1.62 kg (3 lb 9 oz)" */
function kgLb( kg: number ): string {
	const ounces = Math.round( kg * 35.274 );
	const lb = Math.floor( ounces / 16 );
	const oz = ounces % 16;
	return `${ round( kg, 2 ) } kg (${ lb } lb${ oz ? ` ${ oz } oz` : '' })`;
}
/** "450 g (16 oz)" */
function gOz( g: number ): string {
	return `${ g } g (${ round( g / 28.35, 1 ) } oz)`;
}
/** "-4 °C (25 °F)" */
function celsius( c: number ): string {
	return `${ c } °C (${ Math.round( ( c * 9 ) / 5 + 32 ) } °F)`;
}
/** "76 cm (30 in)" */
function cmIn( cm: number ): string {
	return `${ cm } cm (${ round( cm / 2.54, 1 ) } in)`;
}

/** "3 min 10 s per 1 L", "4 min per 1 L" */
function boilTime( minutes: number, seconds: number ): string {
	return `${ minutes } min${ seconds ? ` ${ seconds } s` : '' } per 1 L`;
}

type Family = OneNounFamily;

const sizes = axisOptions;

const FAMILIES: Family[] = [
	{
		key: 'tent',
		noun: 'Tent',
		category: 'Tents & Shelters',
		tags: [ 'backpacking', 'shelter' ],
		price: [ 189, 649 ],
		blurb: 'A freestanding double-wall backpacking tent with two doors and two vestibules.',
		specs: ( r ) => {
			const persons = pickOf( r, [ 1, 2, 2, 3, 4 ] );
			const area = round( 1.6 + persons * 0.75 + r() * 0.3, 1 );
			return [
				[
					'Capacity',
					`${ persons } ${ persons === 1 ? 'person' : 'persons' }`,
				],
				[
					'Packed weight',
					kgLb( round( 0.9 + persons * 0.45 + r() * 0.4, 2 ) ),
				],
				[
					'Floor area',
					`${ area } m² (${ Math.round( area * 10.764 ) } sq ft)`,
				],
				[ 'Peak height', cmIn( between( r, 96, 122 ) ) ],
				[
					'Waterproof rating',
					`${ grouped( between( r, 15, 40 ) * 100 ) } mm`,
				],
				[
					'Seasons',
					pickOf( r, [ '3-season', '3-season', '4-season' ] ),
				],
			];
		},
		detail: oneOf(
			'It pitches in about {3-7} minutes with colour-coded clips.',
			'It comes with {8-14} aluminium Y-stakes and pre-cut guylines.',
			'The inner tent can be pitched on its own on warm, dry nights; the footprint is sold separately.'
		),
	},
	{
		key: 'bag',
		noun: 'Sleeping Bag',
		category: 'Sleeping Bags',
		tags: [ 'sleep system', 'down' ],
		price: [ 149, 529 ],
		blurb: 'A mummy sleeping bag with a draft collar, a contoured hood and a two-way YKK zipper.',
		specs: ( r ) => {
			const comfort = pickOf( r, [ 7, 4, 1, -2, -4, -7, -9 ] );
			return [
				[ 'Comfort rating', celsius( comfort ) ],
				[ 'Limit rating', celsius( comfort - between( r, 5, 7 ) ) ],
				[
					'Fill',
					pickOf( r, [
						'650-fill-power duck down',
						'800-fill-power goose down',
						'850-fill-power goose down',
						'Synthetic insulation',
					] ),
				],
				[ 'Weight', kgLb( round( 0.65 + r() * 0.9, 2 ) ) ],
				[
					'Packed size',
					`${ between( r, 16, 24 ) } × ${ between( r, 28, 40 ) } cm`,
				],
			];
		},
		detail: ( r ) =>
			pickOf( r, [
				`Fill weight is ${ between( r, 38, 90 ) * 10 } g; the shell is treated with a PFC-free DWR finish.`,
				`A left-hand zip version can be zipped to a right-hand one to make a double bag.`,
				`It ships with a mesh storage sack and a ${ between( r, 8, 14 ) } L compression stuff sack.`,
			] ),
		axes: [
			{
				name: 'Length',
				options: sizes( [ 'Regular', 'Long' ], [ 1, 1.08 ] ),
			},
		],
	},
	{
		key: 'pad',
		noun: 'Sleeping Pad',
		category: 'Sleeping Pads',
		tags: [ 'sleep system', 'inflatable' ],
		price: [ 79, 229 ],
		blurb: 'An insulated air sleeping pad with a flat valve for quick inflation and deflation.',
		specs: ( r ) => {
			const cm = pickOf( r, [ 5.1, 6.4, 7.6, 10.2 ] );
			return [
				[
					'R-value',
					pickOf( r, [ '2.3', '3.1', '4.2', '5.4', '7.0' ] ),
				],
				[ 'Thickness', `${ cm } cm (${ round( cm / 2.54, 0 ) } in)` ],
				[ 'Weight', gOz( between( r, 34, 78 ) * 10 ) ],
				[
					'Packed size',
					`${ between( r, 9, 13 ) } × ${ between( r, 20, 28 ) } cm`,
				],
			];
		},
		detail: oneOf(
			'It inflates in about {10-18} breaths with the included pump sack.',
			'The baffles are horizontal, and the outer ones are {1-3} cm taller to keep you centred.',
			'A field repair kit with {3-6} patches is included.'
		),
		axes: [
			{
				name: 'Size',
				options: sizes( [ 'Regular', 'Long Wide' ], [ 1, 1.15 ] ),
			},
		],
	},
	{
		key: 'pack',
		noun: 'Backpack',
		category: 'Backpacks',
		tags: [ 'backpacking', 'trekking' ],
		price: [ 169, 389 ],
		blurb: 'A trekking backpack with an adjustable suspension, a lid pocket and hip-belt pockets.',
		specs: ( r ) => {
			const litres = pickOf( r, [ 38, 45, 48, 55, 60, 65, 70 ] );
			const loadKg = between( r, 14, 25 );
			return [
				[ 'Capacity', `${ litres } L` ],
				[ 'Weight', kgLb( round( 0.9 + r() * 1.3, 2 ) ) ],
				[
					'Max load',
					`${ loadKg } kg (${ Math.round( loadKg * 2.2046 ) } lb)`,
				],
				[
					'Material',
					pickOf( r, [
						'210D ripstop nylon',
						'420D recycled nylon',
						'Ultra 200 fabric',
					] ),
				],
			];
		},
		detail: ( r ) =>
			pickOf( r, [
				`The frame sheet is removable and saves ${ between( r, 15, 30 ) * 10 } g when left at home.`,
				`The hip-belt pockets each fit a phone up to 6.7 in.`,
				`The back panel has a ${ between( r, 2, 4 ) } cm air gap of tensioned mesh.`,
			] ),
		axes: [ { name: 'Torso size', options: sizes( [ 'S/M', 'M/L' ] ) } ],
	},
	{
		key: 'daypack',
		noun: 'Daypack',
		category: 'Backpacks',
		tags: [ 'day hiking' ],
		price: [ 59, 149 ],
		blurb: 'A light daypack with a ventilated back panel and a hydration sleeve.',
		specs: ( r ) => [
			[
				'Capacity',
				`${ pickOf( r, [ 16, 18, 20, 22, 24, 28, 30 ] ) } L`,
			],
			[ 'Weight', gOz( between( r, 42, 98 ) * 10 ) ],
			[
				'Hydration compatible',
				`Yes, up to ${ pickOf( r, [ 2, 3 ] ) } L reservoir`,
			],
			[
				'Material',
				pickOf( r, [
					'100D nylon',
					'210D recycled polyester',
					'Waxed canvas',
				] ),
			],
		],
		detail: oneOf(
			'A rain cover is stowed in the bottom pocket.',
			'The side pockets hold a 1 L bottle each, and the sternum strap has a whistle.',
			'The laptop sleeve fits a {13|15}-inch laptop.'
		),
	},
	{
		key: 'stove',
		noun: 'Stove',
		category: 'Camp Kitchen',
		tags: [ 'cooking', 'canister' ],
		price: [ 39, 169 ],
		blurb: 'A compact canister stove with a simmer control and wide pot supports.',
		specs: ( r ) => {
			const kw = round( 2.2 + r() * 1.4, 1 );
			return [
				[
					'Heat output',
					`${ kw } kW (${ grouped( Math.round( ( kw * 3412 ) / 100 ) * 100 ) } BTU/h)`,
				],
				[
					'Boil time',
					boilTime( between( r, 2, 4 ), between( r, 0, 5 ) * 10 ),
				],
				[ 'Weight', gOz( between( r, 56, 390 ) ) ],
				[ 'Fuel', 'Isobutane-propane canister (EN 417 thread)' ],
			];
		},
		detail: ( r ) =>
			pickOf( r, [
				`The piezo igniter is rated for ${ grouped( between( r, 5, 15 ) * 1000 ) } sparks.`,
				`A 230 g canister lasts about ${ between( r, 55, 90 ) } minutes on full flame.`,
				`The pot supports take pans up to ${ between( r, 18, 24 ) } cm across.`,
			] ),
	},
	{
		key: 'filter',
		noun: 'Water Filter',
		category: 'Water & Hydration',
		tags: [ 'water treatment' ],
		price: [ 29, 119 ],
		blurb: 'A hollow-fibre water filter for streams and lakes that removes bacteria and protozoa.',
		specs: ( r ) => {
			const litres = between( r, 4, 20 ) * 100;
			return [
				[ 'Flow rate', `${ round( 0.8 + r() * 1.4, 1 ) } L/min` ],
				[ 'Pore size', pickOf( r, [ '0.1 micron', '0.2 micron' ] ) ],
				[
					'Filter life',
					`${ grouped( litres ) } L (${ Math.round( litres / 3.785 ) } gal)`,
				],
				[ 'Weight', gOz( between( r, 60, 340 ) ) ],
			];
		},
		detail: oneOf(
			'Backflush it after every {3-8} L of silty water.',
			'Never let it freeze once wet: ice cracks the fibres without any visible sign.',
			'It threads onto standard 28 mm bottles.'
		),
	},
	{
		key: 'lamp',
		noun: 'Headlamp',
		category: 'Lighting',
		tags: [ 'lighting', 'rechargeable' ],
		price: [ 24, 109 ],
		blurb: 'A rechargeable headlamp with flood and spot beams and a lock mode for your pack.',
		specs: ( r ) => {
			const metres = between( r, 6, 16 ) * 10;
			return [
				[ 'Brightness', `${ between( r, 2, 9 ) * 50 } lumens` ],
				[
					'Beam distance',
					`${ metres } m (${ Math.round( metres * 3.281 ) } ft)`,
				],
				[
					'Battery',
					`${ grouped( between( r, 8, 30 ) * 100 ) } mAh Li-ion, USB-C`,
				],
				[
					'Runtime',
					`${ between( r, 2, 6 ) } h high / ${ between( r, 30, 120 ) } h low`,
				],
				[ 'Water resistance', pickOf( r, [ 'IPX4', 'IPX7', 'IP67' ] ) ],
			];
		},
		detail: oneOf(
			'It has a red night-vision mode that keeps your eyes dark-adapted.',
			'A full charge takes {2-5} hours.',
			'It also runs on three AAA batteries in the spare battery case.'
		),
	},
	{
		key: 'poles',
		noun: 'Trekking Poles',
		category: 'Trekking Poles',
		tags: [ 'trekking' ],
		price: [ 59, 199 ],
		blurb: 'A pair of fixed-length trekking poles with carbide tips and adjustable straps.',
		specs: ( r ) => [
			[
				'Material',
				pickOf( r, [
					'Carbon fibre',
					'Aluminium 7075',
					'Carbon fibre',
				] ),
			],
			[ 'Weight per pair', gOz( between( r, 34, 56 ) * 10 ) ],
			[
				'Folding',
				pickOf( r, [ 'Z-fold, 3 sections', 'Telescopic, 2 sections' ] ),
			],
			[ 'Grip', pickOf( r, [ 'Cork', 'EVA foam' ] ) ],
		],
		detail: oneOf(
			'Snow baskets are included; the rubber tip protectors are sold separately.',
			'Folded, they measure {34-42} cm.',
			'The straps are padded and come off for glacier travel.'
		),
		axes: [
			{
				name: 'Length',
				options: sizes(
					[ '110 cm (43 in)', '120 cm (47 in)', '130 cm (51 in)' ],
					[ 1, 1, 1.04 ]
				),
			},
		],
	},
	{
		key: 'boot',
		noun: 'Hiking Boot',
		category: 'Footwear',
		tags: [ 'footwear', 'waterproof' ],
		price: [ 129, 289 ],
		blurb: 'A mid-cut hiking boot with a waterproof membrane and a lugged rubber outsole.',
		specs: ( r ) => [
			[
				'Upper',
				pickOf( r, [
					'Nubuck leather',
					'Full-grain leather',
					'Synthetic mesh',
				] ),
			],
			[
				'Waterproofing',
				pickOf( r, [
					'GORE-TEX membrane',
					'Proprietary waterproof membrane',
				] ),
			],
			[ 'Weight per pair', kgLb( round( 0.95 + r() * 0.6, 2 ) ) ],
			[ 'Heel-to-toe drop', `${ between( r, 6, 14 ) } mm` ],
		],
		detail: oneOf(
			'The outsole can be resoled by our repair workshop.',
			'They run half a size small, so we recommend ordering half a size up.',
			'The lugs are {4-6} mm deep.'
		),
		axes: [
			{
				name: 'Size',
				options: sizes( [ 'US 8', 'US 9', 'US 10', 'US 11', 'US 12' ] ),
			},
		],
	},
	{
		key: 'jacket',
		noun: 'Rain Jacket',
		category: 'Clothing',
		tags: [ 'waterproof', 'clothing' ],
		price: [ 99, 349 ],
		blurb: 'A hooded waterproof-breathable shell with pit zips and a stowable hood.',
		specs: ( r ) => [
			[
				'Waterproof rating',
				`${ grouped( between( r, 10, 30 ) * 1000 ) } mm`,
			],
			[
				'Breathability',
				`${ grouped( between( r, 10, 25 ) * 1000 ) } g/m²/24 h`,
			],
			[ 'Weight', gOz( between( r, 22, 46 ) * 10 ) ],
			[
				'Material',
				pickOf( r, [
					'2.5-layer nylon',
					'3-layer recycled nylon',
					'3-layer GORE-TEX',
				] ),
			],
		],
		detail: oneOf(
			'The pit zips are {25-35} cm long.',
			'It packs into its own left hand pocket.',
			'The hood fits over a climbing helmet.'
		),
		axes: [
			{ name: 'Size', options: sizes( [ 'S', 'M', 'L', 'XL' ] ) },
			{
				name: 'Colour',
				options: sizes( [ 'Ember Red', 'Slate Grey' ], [ 1, 1 ] ),
			},
		],
	},
	{
		key: 'cook',
		noun: 'Cook Pot',
		category: 'Camp Kitchen',
		tags: [ 'cooking', 'titanium' ],
		price: [ 24, 89 ],
		blurb: 'A lightweight cook pot with a vented lid and folding handles.',
		specs: ( r ) => {
			const ml = pickOf( r, [ 550, 750, 900, 1100, 1300 ] );
			return [
				[
					'Capacity',
					`${ round( ml / 1000, 2 ) } L (${ Math.round( ml / 29.57 ) } fl oz)`,
				],
				[
					'Material',
					pickOf( r, [
						'Titanium',
						'Hard-anodised aluminium',
						'Stainless steel',
					] ),
				],
				[ 'Weight', gOz( between( r, 90, 320 ) ) ],
			];
		},
		detail: oneOf(
			'A 230 g fuel canister and a small stove nest inside.',
			'It has measuring marks every {100|200} ml.',
			'The lid doubles as a strainer.'
		),
	},
	{
		key: 'chair',
		noun: 'Camp Chair',
		category: 'Camp Furniture',
		tags: [ 'camp furniture' ],
		price: [ 49, 179 ],
		blurb: 'A packable camp chair with a shock-corded aluminium frame.',
		specs: ( r ) => {
			const kg = between( r, 10, 16 ) * 10;
			return [
				[
					'Max load',
					`${ kg } kg (${ Math.round( kg * 2.2046 ) } lb)`,
				],
				[ 'Seat height', cmIn( between( r, 28, 45 ) ) ],
				[ 'Weight', kgLb( round( 0.8 + r() * 2.4, 2 ) ) ],
			];
		},
		detail: oneOf(
			'Its feet are wide enough not to sink into sand.',
			'It sets up in under {2-3} minutes.',
			'A cup holder clips onto either armrest.'
		),
	},
	{
		key: 'cooler',
		noun: 'Cooler',
		category: 'Coolers',
		tags: [ 'car camping', 'cooler' ],
		price: [ 149, 429 ],
		blurb: 'A rotomoulded hard cooler with thick insulation and a freezer-grade gasket.',
		specs: ( r ) => {
			const quarts = pickOf( r, [ 20, 35, 45, 65 ] );
			return [
				[
					'Capacity',
					`${ quarts } qt (${ round( quarts * 0.9464, 1 ) } L)`,
				],
				[ 'Ice retention', `Up to ${ between( r, 4, 9 ) } days` ],
				[ 'Weight', kgLb( round( 6 + quarts * 0.12 + r(), 1 ) ) ],
				[
					'Outside dimensions',
					`${ between( r, 50, 80 ) } × ${ between( r, 35, 45 ) } × ${ between( r, 35, 45 ) } cm`,
				],
			];
		},
		detail: oneOf(
			'It is certified bear-resistant when closed with two padlocks.',
			'It holds {20-50} cans with a 2:1 ice ratio.',
			'The drain plug is captive, so it cannot get lost.'
		),
	},
	{
		key: 'bike',
		noun: 'Gravel Bike',
		category: 'Bikes',
		tags: [ 'bikepacking', 'gravel' ],
		price: [ 1090, 2790 ],
		blurb: 'A gravel and bikepacking bike with mounts everywhere and room for wide tyres.',
		specs: ( r ) => {
			const kg = round( 9.2 + r() * 2.2, 1 );
			return [
				[
					'Frame',
					pickOf( r, [
						'6061 aluminium',
						'Chromoly steel',
						'Carbon fibre',
					] ),
				],
				[
					'Gearing',
					pickOf( r, [
						'1 × 11, 40T × 11–42T',
						'1 × 12, 42T × 10–51T',
						'2 × 11, 46/30T × 11–34T',
					] ),
				],
				[
					'Tyre clearance',
					pickOf( r, [ '700 × 45c', '700 × 50c', '650b × 2.1 in' ] ),
				],
				[ 'Weight', `${ kg } kg (${ round( kg * 2.2046, 1 ) } lb)` ],
				[
					'Brakes',
					pickOf( r, [ 'Hydraulic disc', 'Mechanical disc' ] ),
				],
			];
		},
		detail: oneOf(
			'The frame has three bottle mounts plus a top-tube bag mount.',
			'It arrives {90-95}% assembled; you fit the handlebar and pedals.',
			'The fork has triple cargo-cage mounts on each leg.'
		),
		axes: [
			{
				name: 'Frame size',
				options: sizes(
					[ '50 cm', '53 cm', '56 cm', '58 cm' ],
					[ 1, 1, 1.02, 1.04 ]
				),
			},
		],
	},
	{
		key: 'pump',
		noun: 'Mini Pump',
		category: 'Bike Accessories',
		tags: [ 'bikepacking', 'repair' ],
		price: [ 24, 69 ],
		blurb: 'A frame-mounted mini pump with a flexible hose and a gauge.',
		specs: ( r ) => {
			const psi = pickOf( r, [ 80, 100, 120, 160 ] );
			return [
				[
					'Max pressure',
					`${ psi } psi (${ round( psi / 14.504, 1 ) } bar)`,
				],
				[ 'Length', cmIn( between( r, 18, 30 ) ) ],
				[ 'Weight', gOz( between( r, 80, 210 ) ) ],
				[
					'Valves',
					pickOf( r, [ 'Presta and Schrader', 'Presta only' ] ),
				],
			];
		},
		detail: oneOf(
			'It takes about {150-300} strokes to bring a 700 × 40c tyre to 40 psi.',
			'The mount fits under a bottle cage.',
			'The gauge reads in both psi and bar.'
		),
	},
	{
		key: 'bottle',
		noun: 'Insulated Bottle',
		category: 'Water & Hydration',
		tags: [ 'hydration', 'insulated' ],
		price: [ 24, 49 ],
		blurb: 'A double-wall vacuum-insulated bottle with a leakproof lid.',
		specs: specTable(
			'Material: 18/8 stainless steel',
			'Keeps cold: {24|36|48} h',
			'Keeps hot: {8|12|16} h'
		),
		detail: oneOf(
			'The powder coat is dishwasher safe; the lid is top-rack only.',
			'It fits standard bike bottle cages in the 500 ml size only.',
			'The lid is BPA-free polypropylene.'
		),
		axes: [
			{
				name: 'Capacity',
				options: sizes(
					[
						'500 ml (17 fl oz)',
						'750 ml (25 fl oz)',
						'1 L (34 fl oz)',
					],
					[ 1, 1.2, 1.4 ]
				),
			},
		],
	},
];

const MODELS = (
	'Talus Scree Cirque Sawtooth Whitney Shasta Teton Tahoma Sequoia Mesa Arroyo ' +
	'Bristlecone Larch Aspen Cedar Granite Basalt Obsidian Switchback Traverse Bivouac ' +
	'Couloir Moraine Tarn Ridgeline Summit Alder Basin Cascade Ptarmigan Kestrel Lupine'
).split( ' ' );

/** Characters written as entities, as editors and imports leave them. */
export const withEntities = entityWriter( /[°–×’²½]/g );

/** A US shop price: whole dollars minus a cent or five, or .00 on big tickets. */
function shopPrice( r: Random, min: number, max: number ): number {
	const whole = between( r, min, max );
	if ( whole > 900 ) {
		return Math.round( whole / 10 ) * 10 - pickOf( r, [ 0.01, 0.5, 0 ] );
	}
	return whole - pickOf( r, [ 0.01, 0.05, 0.5 ] );
}

const stockFields = ( r: Random ) =>
	stockFieldsAt( r, {
		outOfStock: 0.13,
		backorder: 0.2,
		counted: 0.72,
		most: 36,
	} );

function describe( family: Family, specs: Spec[], detail: string ): string {
	const rows = kit.specItems( specs );
	return withEntities(
		`<p>${ family.blurb } ${ detail }</p><h3>Specifications</h3><ul>${ rows }</ul>`
	);
}

/** Products whose names hold policy and contact words, and the gift card. */
const SPECIALS: Special[] = [
	{
		name: 'Return Trip Daypack',
		category: 'Backpacks',
		price: 74.95,
		description:
			'<p>A 24 L daypack built for the walk back down: a padded hip belt, a stretch front pocket for a wet shell and a zip-off sit pad. The reflective strips make the last mile after dusk safer.</p>',
		specs: [
			[ 'Capacity', '24 L' ],
			[ 'Weight', '720 g (25.4 oz)' ],
			[ 'Material', '210D recycled polyester' ],
		],
		stock: stockState.counted( 9 ),
		tags: [ 'day hiking' ],
	},
	{
		name: 'Warranty Card Holder',
		category: 'Accessories',
		price: 19.95,
		description:
			'<p>A slim RFID-blocking card holder for six cards and folded bills, made of X-Pac sailcloth. It got its name from the slot that keeps your gear&#8217;s warranty cards and trail permits flat and dry.</p>',
		specs: [
			[ 'Weight', '28 g (1 oz)' ],
			[ 'Material', 'X-Pac VX21 sailcloth' ],
			[ 'Dimensions', '11 × 8 cm (4.3 × 3.1 in)' ],
		],
		stock: stockState.counted( 31 ),
		tags: [ 'travel' ],
	},
	{
		name: 'Shipping Crate 60 L',
		category: 'Camp Furniture',
		price: 42.0,
		description:
			'<p>A stackable, lockable gear crate for the truck bed or the garage shelf, with a hinged lid that takes 100 kg (220 lb) of load when closed. The lid doubles as a camp table.</p>',
		specs: [
			[ 'Capacity', '60 L' ],
			[ 'Outside dimensions', '62 × 42 × 35 cm' ],
			[ 'Weight', '3.9 kg (8 lb 10 oz)' ],
		],
		stock: stockState.backorder(),
		tags: [ 'car camping', 'storage' ],
	},
	{
		name: 'Contact Lens Travel Kit',
		category: 'Accessories',
		price: 12.5,
		description:
			'<p>A leakproof contact lens case with a 60 ml (2 fl oz) solution bottle, a mirror and tweezers in a zip pouch, for multi-day trips.</p>',
		specs: [
			[ 'Solution bottle', '60 ml (2 fl oz)' ],
			[ 'Weight', '55 g (1.9 oz)' ],
		],
		stock: stockState.soldOut(),
		tags: [ 'travel' ],
	},
	{
		name: 'Tent &amp; Pad Repair Kit',
		category: 'Accessories',
		price: 16.95,
		sale: 13.95,
		description:
			'<p>Everything for a field fix: a pole splint sleeve, 8 self-adhesive fabric patches, 4 TPU pad patches, 1 oz (28 g) of seam grip and a needle with bonded thread. It fits pole diameters up to 11 mm.</p>',
		specs: [
			[ 'Weight', '62 g (2.2 oz)' ],
			[
				'Contents',
				'Pole splint, 8 fabric patches, 4 pad patches, seam grip, needle',
			],
		],
		stock: stockState.unmanaged(),
		tags: [ 'repair' ],
	},
	{
		name: 'Express Dry Bag 20 L',
		category: 'Accessories',
		price: 29.95,
		description:
			'<p>A roll-top dry bag with a purge valve that squeezes the air out in one push. Waterproof to IPX6 when rolled three times.</p>',
		specs: [
			[ 'Capacity', '20 L' ],
			[ 'Weight', '140 g (4.9 oz)' ],
			[ 'Material', '70D TPU-coated nylon' ],
		],
		stock: stockState.counted( 14 ),
		tags: [ 'waterproof', 'storage' ],
	},
	{
		name: 'Pacific Crest Trail Map Set',
		category: 'Maps & Books',
		price: 64.0,
		description:
			'<p>The complete Pacific Crest Trail from Campo to Manning Park on 42 waterproof, tear-resistant sheets at 1:63,360 (1 inch = 1 mile), with water sources and resupply towns marked.</p>',
		specs: [
			[ 'Sheets', '42' ],
			[ 'Scale', '1:63,360' ],
		],
		stock: stockState.counted( 6 ),
		tags: [ 'navigation' ],
	},
	{
		name: 'Cairn &amp; Crest Gift Card',
		category: 'Gift Cards',
		price: 25,
		description:
			'<p>A digital gift card sent by e-mail within an hour of your order. It never expires and can be used online and in our Portland store.</p>',
		specs: [],
		stock: stockState.unmanaged(),
		tags: [ 'gift' ],
		axis: {
			name: 'Amount',
			prices: [
				[ '$25', 25 ],
				[ '$50', 50 ],
				[ '$100', 100 ],
				[ '$250', 250 ],
			],
		},
	},
];

const FAMILY_PRODUCTS = 112;
const MODIFIED = '2026-12-01T16:00:00';
const STYLE: kit.ProductStyle = {
	storeUrl: STORE_URL,
	folder: 'product',
	slug: slugify,
	photos: '',
	modified: MODIFIED,
};

/** A sale takes a fifth off, to whole dollars less a cent. */
const SALE_PRICE = wholeLessCents( 0.01, 0.8 ).sale;

function buildCatalog( r: Random ): kit.Built {
	return buildFamilyCatalog( r, {
		ids: { product: 201, variation: 7000 },
		slots: roundRobin( FAMILIES, FAMILY_PRODUCTS ),
		name: ( draw, family, id, attempt ) => ( {
			name: `${ pickOf( draw, MODELS ) }${ attempt > 3 ? ` ${ id }` : '' } ${ family.noun }`,
			noun: family.noun,
		} ),
		price: shopPrice,
		sale: { odds: 0.2, price: SALE_PRICE },
		stock: stockFields,
		style: STYLE,
		terms: { category: 40, tag: 400 },
		texts: ( { id, family, specs, detail } ) => ( {
			sku: `CC-${ family.key.toUpperCase() }-${ id }`,
			description: describe( family, specs, detail ),
			short: withEntities( `<p>${ family.blurb }</p>` ),
		} ),
		variations: gridVariations( {
			scale: ( regular, factor ) =>
				Math.round( ( regular + 0.01 ) * factor ) - 0.05,
			sale: SALE_PRICE,
			stock: stockFields,
			shop: STYLE,
		} ),
		specials: SPECIALS,
		// The specials have no photos.
		specialStyle: { ...STYLE, photos: undefined },
		specialTexts: ( special, id ) => ( {
			sku: `CC-SPC-${ id }`,
			description: withEntities( special.description ),
			short: '',
		} ),
		// The gift card: one SKU per amount, always in stock.
		specialGrid: optionVariations( STYLE, stockState.unmanaged, {
			sku: ( price ) => `CC-GIFT-${ price }`,
		} ),
	} );
}

const SHOPPERS: Array< [ string, string, string ] > = [
	[ 'Liam', 'Carter', 'tentpole.example' ],
	[ 'Ava', 'Nguyen', 'headlamp.net' ],
	[ 'Noah', 'Patel', 'trailrunner.com' ],
	[ 'Mia', 'Johnson', 'campstove.example' ],
	[ 'Ethan', 'Brooks', 'sleepingbag.example' ],
	[ 'Olivia', 'Reed', 'daypack.io' ],
	[ 'Lucas', 'Kim', 'gravelbike.example' ],
	[ 'Emma', 'Diaz', 'talus.example' ],
	[ 'Jack', 'Wilson', 'cooler.example' ],
	[ 'Sofia', 'Martin', 'fastmail.example' ],
	[ 'Henry', 'Lopez', 'backpack.example' ],
	[ 'Grace', 'Hall', 'rainjacket.example' ],
];

const STATUSES = [
	'processing',
	'completed',
	'on-hold',
	'pending',
	'completed',
	'cancelled',
	'processing',
	'refunded',
	'completed',
	'on-hold',
	'processing',
	'completed',
];

const STANDARD_SHIPPING = 7.95;
const FREE_SHIPPING_FROM = 99;

function buildOrders(
	r: Random,
	built: kit.Built
): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const { simple, variable } = order.orderable( built.products, {
		simple: 300,
		variable: 400,
	} );
	return order.ordersOf( SHOPPERS, ( [ first, last, domain ], index ) => {
		const id = index + 1;
		const lines = order.drawLines( r, id, {
			simple,
			twoOdds: 0.25,
			variable: id % 3 === 1 ? variable : undefined,
			variations: built.variations,
		} );
		const subtotal = order.subtotal( lines );
		const shipping = subtotal >= FREE_SHIPPING_FROM ? 0 : STANDARD_SHIPPING;
		const status = STATUSES[ index ]!;
		const told: Partial< Record< string, string > > = {
			completed: `Shipped with UPS Ground, tracking number 1Z4C8E${ String( 730000000 + id * 86421 ).slice( 0, 9 ) }${ id % 10 }.`,
			processing:
				'We are packing your order; it leaves our Portland warehouse within one business day.',
			'on-hold':
				'Your order is on hold until an item on backorder arrives; we will e-mail you before it ships.',
			refunded: 'Your return arrived and the refund was issued.',
		};
		return {
			order: {
				...order.orderHead( id, status, 'USD', subtotal, shipping ),
				date_created_gmt: order.placedAt(
					14 + index,
					17,
					7 + index * 4
				),
				billing: {
					first_name: first,
					last_name: last,
					email: `${ first.toLowerCase() }.${ last.toLowerCase() }@${ domain }`,
					country: 'US',
				},
				customer_note:
					id % 4 === 0
						? 'Please leave the parcel at the side gate.'
						: '',
				line_items: lines,
			},
			told: told[ status ],
			internal: 'Payment authorised via Stripe (internal).',
		};
	} );
}

const page = pageWriter( STORE_URL, '2026-11-30T18:00:00', withEntities );

const PHONE = '(503) 555-0142';
const EMAIL = 'help@cairncrest.example';

function buildPages(): WpPage[] {
	return [
		page(
			21,
			'returns',
			'Returns & Exchanges',
			`<p>Not the right fit? No problem. We want you to love your gear on the trail.</p>
<h2>Our 45-day return window</h2><p>You can return unused items in their original condition within 45 days of delivery for a full refund. Footwear is accepted if it has only been worn indoors.</p>
<h2>How to start a return</h2><ol><li>Go to <a href="${ STORE_URL }/my-account/returns/">My Account &rarr; Returns</a> or e-mail ${ EMAIL } with your order number.</li><li>Print the prepaid return label we send you.</li><li>Drop the parcel at any UPS location.</li></ol><p>Return shipping is free within the contiguous US. Customers in Alaska, Hawaii and Canada pay their own return postage.</p>
<h2>Refunds</h2><p>We refund to your original payment method within 7 business days after your return reaches our warehouse. Original shipping charges are not refunded.</p>
<h2>Exchanges</h2><p>Exchanges for another size or colour are free: choose &ldquo;Exchange&rdquo; when you start the return and we ship the new item as soon as the old one is scanned by UPS.</p>
<h2>What we can&#8217;t take back</h2><ul><li>Fuel canisters and opened food (freeze-dried meals, energy bars)</li><li>Gift cards</li><li>Rope, cord and webbing cut to length</li></ul>`
		),
		page(
			22,
			'shipping',
			'Shipping & Delivery',
			`<p>Orders placed before 1:00 pm Pacific Time on a business day ship the same day from our Portland, Oregon warehouse.</p>
<h2>Shipping zones and costs</h2><table><thead><tr><th>Zone</th><th>Cost</th><th>Delivery time</th></tr></thead><tbody>
<tr><td>Contiguous US &ndash; Standard (UPS Ground)</td><td>$7.95, free on orders over $99</td><td>3–5 business days</td></tr>
<tr><td>Contiguous US &ndash; Expedited (2-Day Air)</td><td>$19.95</td><td>2 business days</td></tr>
<tr><td>Alaska &amp; Hawaii</td><td>$24.95</td><td>5–9 business days</td></tr>
<tr><td>Canada</td><td>$29.95</td><td>7–12 business days</td></tr>
<tr><td>International (UK, EU, Australia, Japan)</td><td>$49.00</td><td>10–20 business days</td></tr>
</tbody></table>
<h2>Bikes and oversized items</h2><p>Bikes ship for a flat $89.00 anywhere in the contiguous US, about 90% assembled. Coolers over 40 qt and bikes cannot be shipped to P.O. boxes or outside the US.</p>
<h2>Fuel and hazardous materials</h2><p>Stove fuel canisters ship by UPS Ground only, within the contiguous US.</p>
<h2>Duties and taxes</h2><p>For Canada we collect duties and taxes at checkout, so there is nothing to pay on delivery. Other international orders may be charged import duties by the carrier.</p>
<h2>Free in-store pickup</h2><p>Choose &ldquo;Pick up in store&rdquo; at checkout; your order is usually ready within 2 hours during opening hours.</p>`
		),
		page(
			23,
			'warranty',
			'Warranty – The Crest Promise',
			`<h2>The Crest Promise</h2><p>Everything we sell is covered for 2 years from the date of purchase against defects in materials and workmanship. If it fails because of a defect, we repair it, replace it or refund it.</p>
<h2>Longer manufacturer warranties</h2><ul><li>Tents and sleeping bags: 5 years</li><li>Bike frames: lifetime warranty for the original owner</li><li>Headlamps and other electronics: 2 years (the batteries: 1 year)</li></ul>
<h2>What the warranty doesn&#8217;t cover</h2><p>Normal wear and tear, UV damage, damage from accidents, misuse or improper care, and alterations or repairs not made by us.</p>
<h2>How to make a claim</h2><p>E-mail warranty@cairncrest.example with your order number, a short description and photos of the problem. We answer claims within 3 business days and pay the shipping both ways for approved claims.</p>`
		),
		page(
			24,
			'payment',
			'Payment Options',
			`<h2>Ways to pay</h2><ul><li>Visa, Mastercard, American Express and Discover</li><li>PayPal and PayPal Pay Later</li><li>Apple Pay and Google Pay</li><li>Cairn &amp; Crest gift cards</li></ul>
<h2>Pay over time</h2><p>With Affirm you can split orders of $250 or more into monthly payments at checkout, subject to approval.</p>
<h2>When we charge you</h2><p>Your card is authorised when you order and charged when the order ships. Backordered items are charged only when they ship.</p>
<h2>Sales tax</h2><p>We are an Oregon business and charge no sales tax on orders picked up in our store. For orders shipped to other states we collect sales tax where the law requires it.</p>
<h2>Purchase orders</h2><p>Schools, scout troops and outdoor clubs can pay by invoice (net 30) on orders over $500; e-mail ${ EMAIL }.</p>`
		),
		page(
			25,
			'contact',
			'Contact Us',
			`<p>Questions about gear, sizing or an order? Our staff hike, camp and ride what we sell.</p>
<h2>Phone &amp; e-mail</h2><p>Phone: <a href="tel:+15035550142">${ PHONE }</a> (Monday to Friday, 8:00 am – 5:00 pm Pacific)<br>E-mail: <a href="mailto:${ EMAIL }" title="E-mail > Customer service">${ EMAIL }</a> &ndash; we reply within one business day.</p>
<h2>Visit our store</h2><p>Cairn &amp; Crest Outfitters<br>1127 SE Alder Street<br>Portland, OR 97214<br>United States</p><p>Free customer parking behind the store on SE 12th Avenue.</p>
<h2>Store opening hours</h2><ul><li>Monday – Friday: 10:00 am – 7:00 pm</li><li>Saturday: 9:00 am – 6:00 pm</li><li>Sunday: 11:00 am – 5:00 pm</li><li>Closed on Thanksgiving, Christmas Day and New Year&#8217;s Day</li></ul>`
		),
		page(
			26,
			'repairs-rentals',
			'Repairs & Rentals',
			`<h2>Gear repair workshop</h2><p>Our workshop fixes what the trail breaks. Bring your gear to the store or mail it in with the repair form.</p><ul><li>Zipper replacement: from $25.00</li><li>Tent pole section replacement: $18.00 per section</li><li>Tent seam sealing: $35.00</li><li>Boot resoling: $95.00 per pair</li><li>Bike tune-up: $79.00</li></ul><p>Repairs usually take 2–3 weeks; in spring it can be 4 weeks. Estimates are free.</p>
<h2>Gear rentals</h2><p>Try before you buy: rent our tested gear for a weekend (Friday to Monday).</p><ul><li>Backpacking tent: $30.00 per weekend</li><li>Sleeping bag: $20.00 per weekend</li><li>Backpack: $18.00 per weekend</li><li>Complete 2-person kit (tent, 2 bags, 2 pads, stove): $85.00 per weekend</li></ul><p>Rentals are picked up and returned in our Portland store only. We hold a $100.00 deposit on your card and ask for a photo ID. If you buy the same item within 30 days, we credit the rental fee.</p>
<h2>Bike fitting</h2><p>A 60-minute bike fitting with our fitter costs $75.00 and is free with the purchase of a bike.</p>`
		),
		page(
			27,
			'faq',
			'FAQ',
			`<h2>Do you price match?</h2><p>Yes. If an authorised US retailer lists the same item in stock for less within 14 days of your purchase, we refund the difference.</p>
<h2>Do you offer a military or student discount?</h2><p>Yes, 10% off full-priced gear with a valid ID, in store and online (ask us for a code).</p>
<h2>Can I pick up my order in the store?</h2><p>Yes, in-store pickup is free and usually ready within 2 hours.</p>
<h2>Do you offer gift wrapping?</h2><p>Gift wrapping costs $5.00 per item; add a note at checkout.</p>
<h2>How do I choose a sleeping bag temperature rating?</h2><p>Pick a bag whose comfort rating is at least 5 &deg;C (about 10 &deg;F) below the coldest night you expect. The limit rating is the temperature at which a sleeper stays safe but not comfortable.</p>
<h2>Which torso size do I need?</h2><p>Measure from the bony bump at the base of your neck (C7) down to the top of your hip bones: S/M fits 40&ndash;48 cm (16&ndash;19 in), M/L fits 46&ndash;53 cm (18&ndash;21 in).</p>`
		),
	];
}

export function buildCairnCrest(): CoffeeShop {
	const r = seededRandom( CAIRNCREST_SEED );
	const built = buildCatalog( r );
	return shopFrom(
		{ name: 'Cairn & Crest Outfitters', storeUrl: STORE_URL, lang: 'en' },
		built,
		buildOrders( r, built ),
		{
			currency: US_DOLLAR,
			priceFormat: US_PRICE_FORMAT,
			pages: buildPages(),
			facts: {
				returnDays: 45,
				shippingCost: '$7.95',
				freeShippingFrom: '$99.00',
				deliveryDays: '3–5',
				expressCost: '$19.95',
				phone: PHONE,
				email: EMAIL,
				street: '1127 SE Alder Street',
				city: 'Portland, OR 97214',
				weekdayHours: '10:00 am – 7:00 pm',
				saturdayHours: '9:00 am – 6:00 pm',
				warrantyYears: 2,
				descalingPrice: '$35.00',
				paymentMethods: paymentMethods.american( 'Google Pay' ),
			},
		}
	);
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadCairnCrest = storedShop( SNAPSHOT, buildCairnCrest, module );
