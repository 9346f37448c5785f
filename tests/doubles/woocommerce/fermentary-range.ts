/**
 * Fermentary Supply Co.'s product families (beer recipe kits by batch size, fermenters by
 * capacity, airlocks and bungs, hydrometers and thermometers, malts by weight, hop pellets by
 * weight with their alpha acids, yeasts with temperature ranges and attenuation, kombucha
 * cultures, fermentation crocks by capacity, pickling weights by pack, sanitizers by size,
 * bottling gear, ball lock kegs new or refurbished, CO2 regulators, wine kits, cheese-making
 * cultures), for fermentary.ts: specs as an American shop writes them (gallons, oz, lb, °F,
 * with liters where a crock is sold so), one fact per product stated only in the prose of its
 * long description.
 */
import { oneOf, specTable, type NounFamily } from './family-catalog';
import { axisOptions, pickOf, type Axis, type Random } from './shop-kit';

/** A family of Fermentary's, with how many products it has and, where not the shop's, its model words. */
export interface Family extends NounFamily {
	count: number;
	models?: string[];
	/** Whether the model word is what the specs are drawn for (a hop variety), not the noun. */
	modelIsNoun?: boolean;
}

/** One of the texts listed under the word the noun contains, drawn with one draw. */
const drawnFor =
	( texts: Record< string, string[] > ) =>
	( r: Random, noun: string ): string =>
		pickOf(
			r,
			Object.entries( texts ).find( ( [ word ] ) =>
				noun.includes( word )
			)![ 1 ]
		);

const BATCH_AXIS: Axis = {
	name: 'Batch size',
	options: axisOptions( [ '1 gallon', '5 gallon' ], [ 1, 2.4 ] ),
};

const CAPACITY_AXIS: Axis = {
	name: 'Capacity',
	options: axisOptions( [ '3 gal', '5 gal', '6.5 gal' ], [ 1, 1.2, 1.4 ] ),
};

const WEIGHT_LB_AXIS: Axis = {
	name: 'Weight',
	options: axisOptions( [ '1 lb', '5 lb', '10 lb' ], [ 1, 4.5, 8.5 ] ),
};

const WEIGHT_OZ_AXIS: Axis = {
	name: 'Weight',
	options: axisOptions( [ '1 oz', '4 oz', '1 lb' ], [ 1, 3.2, 10 ] ),
};

const CROCK_AXIS: Axis = {
	name: 'Capacity',
	options: axisOptions( [ '5 L', '10 L', '20 L' ], [ 1, 1.5, 2.3 ] ),
};

const PACK_AXIS: Axis = {
	name: 'Pack',
	options: axisOptions( [ '2-pack', '4-pack' ], [ 1, 1.8 ] ),
};

const SIZE_AXIS: Axis = {
	name: 'Size',
	options: axisOptions( [ '4 oz', '16 oz', '32 oz' ], [ 1, 2.6, 4.4 ] ),
};

const CONDITION_AXIS: Axis = {
	name: 'Condition',
	options: axisOptions( [ 'New', 'Refurbished' ], [ 1, 0.6 ] ),
};

const FERMENTER_MATERIAL = {
	Bucket: [ 'Food-grade HDPE plastic' ],
	'Glass Carboy': [ 'Italian glass' ],
	'PET Carboy': [ 'BPA-free PET plastic' ],
	'Wide-Mouth': [ 'BPA-free PET plastic' ],
};

const FERMENTER_CLOSURE = {
	Bucket: [ 'Drilled lid with grommet', 'Snap-on lid, drilled' ],
	Carboy: [ 'Drilled #6.5 bung', 'Screw cap with airlock port' ],
	'Wide-Mouth': [ 'Screw-on 6 in lid with grommet' ],
};

/** A malt's color (°L) and the most of the grist it should make up. */
const MALT = {
	Pale: [ '3 °L|100%', '4 °L|100%' ],
	Crystal: [ '60 °L|15%' ],
	Munich: [ '9 °L|100%', '10 °L|100%' ],
	Pilsner: [ '2 °L|100%' ],
	Chocolate: [ '350 °L|10%', '400 °L|10%' ],
	Wheat: [ '2 °L|60%', '3 °L|60%' ],
};

/** Where a hop variety is grown. */
const HOP_ORIGIN = {
	Cascade: [ 'Willamette Valley, OR', 'Yakima Valley, WA' ],
	Centennial: [ 'Yakima Valley, WA' ],
	Citra: [ 'Yakima Valley, WA' ],
	Mosaic: [ 'Yakima Valley, WA' ],
	Simcoe: [ 'Yakima Valley, WA' ],
	Saaz: [ 'Czech Republic' ],
	Hallertau: [ 'Germany' ],
	Fuggle: [ 'UK', 'Willamette Valley, OR' ],
	Amarillo: [ 'Yakima Valley, WA' ],
	Chinook: [ 'Yakima Valley, WA' ],
	Galaxy: [ 'Australia' ],
	Nugget: [ 'Willamette Valley, OR' ],
};

const AIRLOCK_PARTS = {
	'Three-Piece': [ 'Polycarbonate|#6.5 bung', 'Polycarbonate|#7 bung' ],
	'S-Shape': [ 'Polycarbonate|#6.5 bung', 'Polycarbonate|#7 bung' ],
	Bung: [
		'Natural rubber|#6.5 carboy neck',
		'Natural rubber|#10 carboy neck',
	],
	Tube: [ 'Food-grade silicone|1/2 in airlock hole' ],
};

const BOTTLING_PARTS = {
	Capper: [
		'Cast aluminum|Standard 26 mm crown caps',
		'Stainless steel|Standard 26 mm crown caps',
	],
	Amber: [ 'Amber glass|Standard 26 mm crown caps' ],
	'Swing-Top': [ 'Clear glass|Swing-top gaskets' ],
	Wand: [ 'Polypropylene|3/8 in tubing', 'Stainless steel|3/8 in tubing' ],
};

const SANITIZER = {
	'No-Rinse': [
		'1 oz per 5 gallons|1 minute',
		'1 oz per 5 gallons|2 minutes',
	],
	Oxygen: [ '1 tbsp per gallon|10 minutes', '2 oz per gallon|15 minutes' ],
	Iodophor: [ '1 tbsp per 5 gallons|2 minutes' ],
};

const SANITIZER_DETAIL = {
	'No-Rinse': [
		'The foam will not harm your yeast, so there is no need to rinse it off.',
		'Mixed with distilled water, the solution keeps for weeks in a spray bottle.',
	],
	Oxygen: [
		'It is a cleaner, not a sanitizer: rinse well, then sanitize.',
		'It lifts dried krausen rings without scrubbing after an overnight soak.',
	],
	Iodophor: [
		'It can stain plastic tubing a light orange.',
		'Above 120°F it gives off iodine vapor, so mix it with cold water.',
	],
};

/** Two spec rows drawn together from "value|value" texts listed under the noun's word. */
const pairFor =
	( texts: Record< string, string[] >, names: [ string, string ] ) =>
	( r: Random, noun: string ): Array< [ string, string ] > => {
		const [ first, second ] = drawnFor( texts )( r, noun ).split( '|' );
		return [
			[ names[ 0 ], first! ],
			[ names[ 1 ], second! ],
		];
	};

const GAUGE_RANGE = {
	Hydrometer: [ '0.990–1.170 SG' ],
	Refractometer: [ '0–32% Brix' ],
	'Stick-On': [ '36–78°F' ],
	Probe: [ '-40–450°F' ],
};

const YEAST_FORM = {
	Dry: [ 'Dry, 11 g sachet' ],
	Liquid: [ 'Liquid, 125 ml pouch' ],
	Lager: [ 'Dry, 11 g sachet', 'Liquid, 125 ml pouch' ],
	Wine: [ 'Dry, 5 g sachet' ],
	Saison: [ 'Liquid, 125 ml pouch' ],
};

const WEIGHT_MATERIAL = {
	Glass: [ 'Soda-lime glass, lead-free' ],
	Ceramic: [ 'Unglazed stoneware' ],
	Lids: [ 'Silicone with a one-way valve' ],
};

export const FAMILIES: Family[] = [
	{
		key: 'bk',
		category: 'Beer Recipe Kits',
		tags: [ 'beer', 'recipe kit', 'brewing' ],
		count: 10,
		nouns: [
			'IPA Recipe Kit',
			'Stout Recipe Kit',
			'Pale Ale Recipe Kit',
			'Hefeweizen Recipe Kit',
			'Amber Ale Recipe Kit',
		],
		price: [ 24, 49 ],
		blurb: 'Everything that goes into the kettle for one batch: grain or malt extract, hops, yeast and a step-by-step recipe card.',
		specs: specTable(
			'Brewing method: {Extract|Partial mash|All-grain}',
			'Original gravity: 1.0{44-72}',
			'ABV: {4.5-7.5}%',
			'IBU: {18-70}',
			'Yeast included: {Dry|Liquid}'
		),
		detail: oneOf(
			'From brew day to the first pour takes about {4|5|6} weeks.',
			'The hops come vacuum-sealed in a separate bag; keep them in the freezer until brew day.',
			'Brew it within 3 months of purchase, as the yeast in the box loses vigor after that.',
			'A boil kettle is not included; you need one that holds at least {2|3} gallons more than the batch.'
		),
		axes: [ BATCH_AXIS ],
	},
	{
		key: 'fm',
		category: 'Fermenters',
		tags: [ 'fermenter', 'equipment' ],
		count: 12,
		nouns: [
			'Fermenting Bucket',
			'Glass Carboy',
			'PET Carboy',
			'Wide-Mouth Fermenter',
		],
		price: [ 22, 69 ],
		blurb: 'A fermenter for beer, wine, cider or mead, with volume marks on the side.',
		specs: ( r, noun ) => [
			[ 'Material', drawnFor( FERMENTER_MATERIAL )( r, noun ) ],
			[ 'Closure', drawnFor( FERMENTER_CLOSURE )( r, noun ) ],
			...specTable(
				'Spigot: {Yes|No}',
				'Country of origin: {USA|Italy|Mexico|China}'
			)( r ),
		],
		detail: oneOf(
			'Not dishwasher safe: wash it by hand with warm water and a soft cloth, never a brush.',
			'The lid also fits standard 6.5 gal buckets.',
			'The volume marks are molded in, in gallons and liters.',
			'Leave at least 20% headspace for the krausen, or fit a blow-off tube.'
		),
		axes: [ CAPACITY_AXIS ],
	},
	{
		key: 'al',
		category: 'Airlocks & Bungs',
		tags: [ 'airlock', 'equipment' ],
		count: 7,
		nouns: [
			'Three-Piece Airlock',
			'S-Shape Airlock',
			'Drilled Rubber Bung',
			'Silicone Blow-Off Tube',
		],
		price: [ 2, 9 ],
		blurb: 'Lets CO2 out of the fermenter and keeps air and fruit flies from getting in.',
		specs: ( r, noun ) => [
			...specTable( 'Pack: {1|3|6} pcs' )( r ),
			...pairFor( AIRLOCK_PARTS, [ 'Material', 'Fits' ] )( r, noun ),
		],
		detail: oneOf(
			'Fill it to the line with sanitizer solution or cheap vodka, not plain water.',
			'It can go in the top rack of the dishwasher.',
			'Made in the USA.'
		),
	},
	{
		key: 'hy',
		category: 'Measuring & Testing',
		tags: [ 'hydrometer', 'thermometer', 'measuring' ],
		count: 8,
		nouns: [
			'Triple-Scale Hydrometer',
			'Brix Refractometer',
			'Stick-On Thermometer',
			'Digital Probe Thermometer',
		],
		price: [ 7, 39 ],
		blurb: 'Measure gravity, sugar or temperature so you know where your ferment stands.',
		specs: ( r, noun ) => [
			[ 'Range', drawnFor( GAUGE_RANGE )( r, noun ) ],
			...specTable(
				'Calibrated at: {60|68}°F',
				'Case included: {Yes|No}'
			)( r ),
		],
		detail: oneOf(
			'It comes with a printed correction chart for readings taken at other temperatures.',
			'Glass parts are not covered by the warranty once the item has been used.',
			'Each one is checked against distilled water by hand before it ships.'
		),
	},
	{
		key: 'ml',
		category: 'Grain & Malt',
		tags: [ 'grain', 'malt', 'ingredients' ],
		count: 9,
		nouns: [
			'Pale Malt',
			'Crystal 60L Malt',
			'Munich Malt',
			'Pilsner Malt',
			'Chocolate Malt',
			'Wheat Malt',
		],
		price: [ 2, 4 ],
		blurb: 'Base and specialty malt, weighed out to order and milled for free if you ask for it at checkout.',
		specs: ( r, noun ) => [
			...pairFor( MALT, [ 'Color', 'Max share of grist' ] )( r, noun ),
			...specTable( 'Maltster origin: {USA|Germany|UK|Belgium}' )( r ),
		],
		detail: oneOf(
			'Store crushed grain airtight and use it within {2|3} months.',
			'Uncrushed grain keeps up to a year in a cool, dry place.',
			'Ask for it milled at checkout and we crush it on the day it ships.'
		),
		axes: [ WEIGHT_LB_AXIS ],
	},
	{
		key: 'hp',
		category: 'Hops',
		tags: [ 'hops', 'ingredients' ],
		count: 10,
		nouns: [ 'Hop Pellets' ],
		modelIsNoun: true,
		models: [
			'Cascade',
			'Centennial',
			'Citra',
			'Mosaic',
			'Simcoe',
			'Saaz',
			'Hallertau',
			'Fuggle',
			'Amarillo',
			'Chinook',
			'Galaxy',
			'Nugget',
		],
		price: [ 2, 4 ],
		blurb: 'Type 90 hop pellets, nitrogen-flushed and packed in oxygen-barrier foil.',
		specs: ( r, variety ) => [
			...specTable( 'Alpha acid: {4.0-14.5}%' )( r ),
			[ 'Origin', drawnFor( HOP_ORIGIN )( r, variety ) ],
			...specTable(
				'Crop year: {2025|2026}',
				'Use: {Bittering|Aroma|Dual purpose}'
			)( r ),
		],
		detail: oneOf(
			'Unopened, they keep 2 years in the freezer.',
			'Once opened, use them within 2 weeks or reseal and freeze.',
			'We repack them in our shop from 11 lb bales, the same week they ship.'
		),
		axes: [ WEIGHT_OZ_AXIS ],
	},
	{
		key: 'ye',
		category: 'Yeast',
		tags: [ 'yeast', 'ingredients' ],
		count: 10,
		nouns: [
			'Dry Ale Yeast',
			'Liquid Ale Yeast',
			'Lager Yeast',
			'Wine Yeast',
			'Saison Yeast',
		],
		price: [ 4, 12 ],
		blurb: 'A pure brewing or wine yeast strain for clean, predictable fermentations.',
		specs: ( r, noun ) => [
			[ 'Form', drawnFor( YEAST_FORM )( r, noun ) ],
			...specTable(
				'Temperature range: {50-64}–{68-78}°F',
				'Attenuation: {68-75}–{76-84}%',
				'Flocculation: {Low|Medium|High}',
				'Alcohol tolerance: {9|11|14|18}%'
			)( r ),
		],
		detail: oneOf(
			'One pack is enough for up to 5 gallons of wort below 1.060.',
			'It keeps 6 months refrigerated; the best-by date is printed on the pack.',
			'It leaves a little sulfur smell early on that clears with time.'
		),
	},
	{
		key: 'kb',
		category: 'Kombucha & Cultures',
		tags: [ 'kombucha', 'culture', 'scoby' ],
		count: 5,
		nouns: [ 'Kombucha SCOBY', 'Jun SCOBY', 'Kombucha Starter Kit' ],
		price: [ 14, 39 ],
		blurb: 'A live culture from our own shop brews, ready to start your first batch.',
		specs: specTable(
			'Starter liquid: {1|2} cups',
			'Makes: {1|2} gallon batches',
			'Organic: {Yes|No}'
		),
		detail: oneOf(
			'Keep it at room temperature on arrival; never put a SCOBY in the fridge.',
			'It arrives in a sealed pouch and stays alive in it for up to 4 weeks.',
			'Use black or green tea only; flavored teas with oils can harm the culture.'
		),
	},
	{
		key: 'cr',
		category: 'Crocks & Pickling',
		tags: [ 'crock', 'pickling', 'sauerkraut' ],
		count: 6,
		nouns: [ 'Stoneware Fermentation Crock', 'Water-Seal Crock' ],
		price: [ 49, 99 ],
		blurb: 'A glazed stoneware crock for sauerkraut, kimchi and pickles.',
		specs: specTable(
			'Glaze: lead-free, food-safe',
			'Weights included: {Yes|No}',
			'Country of origin: {Germany|Poland|USA}'
		),
		detail: oneOf(
			'Hand wash only; it is not dishwasher safe.',
			'It is not oven safe and should not go from cold to hot water.',
			'Each crock is thrown and glazed by hand, so the color varies a little.'
		),
		axes: [ CROCK_AXIS ],
	},
	{
		key: 'pw',
		category: 'Crocks & Pickling',
		tags: [ 'pickling', 'mason jar' ],
		count: 5,
		nouns: [
			'Glass Pickling Weights',
			'Ceramic Pickling Weights',
			'Mason Jar Fermenting Lids',
		],
		price: [ 9, 24 ],
		blurb: 'Keeps vegetables under the brine in mason jar ferments.',
		specs: ( r, noun ) => [
			[ 'Material', drawnFor( WEIGHT_MATERIAL )( r, noun ) ],
			...specTable(
				'Fits: {Wide-mouth mason jars|Regular-mouth mason jars}'
			)( r ),
		],
		detail: oneOf(
			'Safe in the dishwasher.',
			'Boil them for 5 minutes before the first use.',
			'Each piece has a finger groove so it comes out easily.'
		),
		axes: [ PACK_AXIS ],
	},
	{
		key: 'sn',
		category: 'Cleaning & Sanitizing',
		tags: [ 'sanitizer', 'cleaning' ],
		count: 5,
		nouns: [
			'No-Rinse Acid Sanitizer',
			'Oxygen Brewery Wash',
			'Iodophor Sanitizer',
		],
		price: [ 7, 14 ],
		blurb: 'Clean first, then sanitize: everything that touches cooled wort or must.',
		specs: ( r, noun ) => [
			...pairFor( SANITIZER, [ 'Dilution', 'Contact time' ] )( r, noun ),
			[ 'Rinse needed', noun.startsWith( 'Oxygen' ) ? 'Yes' : 'No' ],
		],
		detail: drawnFor( SANITIZER_DETAIL ),
		axes: [ SIZE_AXIS ],
	},
	{
		key: 'bt',
		category: 'Bottling',
		tags: [ 'bottling', 'bottles' ],
		count: 7,
		nouns: [
			'Bench Bottle Capper',
			'Twin-Lever Capper',
			'Amber Bottles 12 oz (case of 24)',
			'Swing-Top Bottles 16 oz (case of 12)',
			'Bottling Wand',
		],
		price: [ 12, 59 ],
		blurb: 'Fill, cap and condition your beer, cider or kombucha in bottles.',
		specs: pairFor( BOTTLING_PARTS, [ 'Material', 'Works with' ] ),
		detail: oneOf(
			'It does not fit Belgian 29 mm crown caps.',
			'Bottles ship in a double-walled box; breakage in transit is replaced free.',
			'It is not dishwasher safe.'
		),
	},
	{
		key: 'kg',
		category: 'Kegging',
		tags: [ 'keg', 'kegging', 'draft' ],
		count: 4,
		nouns: [ 'Ball Lock Keg 5 gal', 'Ball Lock Keg 2.5 gal' ],
		price: [ 89, 149 ],
		blurb: 'A stainless Cornelius-style ball lock keg for force-carbonating and serving.',
		specs: ( r, noun ) => [
			...specTable(
				'Material: 304 stainless steel',
				'Pressure relief valve: {Yes|Yes, with pull ring}'
			)( r ),
			[ 'Height', noun.endsWith( '2.5 gal' ) ? '16 in' : '25 in' ],
		],
		detail: oneOf(
			'Refurbished kegs have new O-rings and are pressure-tested to 30 PSI.',
			'The lid takes a standard oval gasket.',
			'It fits two to a standard kegerator.'
		),
		axes: [ CONDITION_AXIS ],
	},
	{
		key: 'rg',
		category: 'Kegging',
		tags: [ 'co2', 'regulator', 'kegging' ],
		count: 3,
		nouns: [ 'Dual-Gauge CO2 Regulator', 'Secondary CO2 Regulator' ],
		price: [ 59, 119 ],
		blurb: 'Sets the serving and carbonating pressure from a CO2 cylinder.',
		specs: specTable(
			'Inlet: CGA-320',
			'Output range: 0–{45|60} PSI',
			'Body: {Chrome-plated brass|Stainless steel}'
		),
		detail: oneOf(
			'A check valve is built into the outlet so beer cannot back up into it.',
			'The CO2 cylinder is not included.',
			'It needs a fiber washer, which comes in the box.'
		),
	},
	{
		key: 'wk',
		category: 'Wine Kits',
		tags: [ 'wine', 'wine kit' ],
		count: 5,
		nouns: [
			'Cabernet Sauvignon Wine Kit',
			'Pinot Grigio Wine Kit',
			'Merlot Wine Kit',
			'Riesling Wine Kit',
		],
		price: [ 89, 179 ],
		blurb: 'Grape juice concentrate, yeast and additives for 6 gallons, about 30 bottles.',
		specs: specTable(
			'Makes: 6 gallons (about 30 bottles)',
			'Ready in: {4|6|8} weeks',
			'Oak: {Yes|No}',
			'Sweetness: {Dry|Off-dry|Medium}'
		),
		detail: oneOf(
			'Corks and bottles are not included.',
			'It ages well for up to {2|3|5} years in the bottle.',
			'The grape skins come in a separate bag for more body.'
		),
	},
	{
		key: 'ch',
		category: 'Cheese Making',
		tags: [ 'cheese', 'culture' ],
		count: 5,
		nouns: [
			'Mesophilic Cheese Culture',
			'Thermophilic Cheese Culture',
			'Liquid Vegetable Rennet',
		],
		price: [ 6, 19 ],
		blurb: 'What you need to turn a gallon of milk into cheese at home.',
		specs: specTable(
			'Sets: up to {2|4|10} gallons of milk',
			'Storage: {Freezer|Refrigerator|Room temperature}'
		),
		detail: oneOf(
			'It lasts 2 years in the freezer.',
			'It does not work with ultra-pasteurized milk.',
			'It is vegetarian and kosher certified.'
		),
	},
];
