/**
 * A deterministic demo catalog in WooCommerce's wc/v3 JSON shapes: simple and variable
 * products (colour × size variations), regular and sale prices as decimal strings, stock
 * statuses with and without managed quantities, categories, tags, attributes, images,
 * permalinks. The same seed gives the same shop, so eval facts and bench runs repeat.
 */
import type { WcProduct, WcVariation, WooCommerceData } from './server';

/* eslint-disable no-bitwise -- mulberry32, a tiny seeded PRNG, is bit arithmetic by nature. */
export function seededRandom( seed: number ): () => number {
	let state = seed >>> 0;
	return () => {
		state = ( state + 0x6d2b79f5 ) >>> 0;
		let t = state;
		t = Math.imul( t ^ ( t >>> 15 ), t | 1 );
		t ^= t + Math.imul( t ^ ( t >>> 7 ), t | 61 );
		return ( ( t ^ ( t >>> 14 ) ) >>> 0 ) / 4294967296;
	};
}
/* eslint-enable no-bitwise */

const NAMES = (
	'Aurora Borealis Cascade Driftwood Ember Fjord Glacier Harbor Ironwood Juniper Kestrel Lagoon Meadow ' +
	'Nimbus Orchard Pebble Quartz Redwood Sierra Tundra Umber Valley Willow Yarrow Zephyr Alpine Basalt ' +
	'Canyon Dune Evergreen Falcon Granite Heather Indigo Jasper Kelp Lumen Mistral Nova Onyx Prairie ' +
	'Quill Ridge Solstice Timber Upland Vesper Wren Yukon Zenith Atlas Bramble Cobalt Delta Echo Flint'
).split( ' ' );

interface ProductType {
	type: string;
	category: string;
	materials: string[];
	price: [ number, number ];
	variable?: boolean;
	/** Sizes for variable products; colours come from COLORS. */
	sizes?: string[];
	blurb: string;
}

const CLOTHING_SIZES = [ 'S', 'M', 'L', 'XL' ];
const COLORS = [ 'Black', 'Blue', 'Green', 'Red', 'Grey', 'White' ];

const TYPES: ProductType[] = [
	{
		type: 'Hoodie',
		category: 'Clothing',
		materials: [ 'Merino', 'Cotton', 'Fleece' ],
		price: [ 39, 89 ],
		variable: true,
		sizes: CLOTHING_SIZES,
		blurb: 'A warm hooded sweatshirt with a kangaroo pocket.',
	},
	{
		type: 'T-Shirt',
		category: 'Clothing',
		materials: [ 'Organic Cotton', 'Linen', 'Bamboo' ],
		price: [ 15, 35 ],
		variable: true,
		sizes: CLOTHING_SIZES,
		blurb: 'A soft everyday tee with a relaxed fit.',
	},
	{
		type: 'Rain Jacket',
		category: 'Clothing',
		materials: [ 'Waterproof', 'Recycled Nylon' ],
		price: [ 79, 189 ],
		variable: true,
		sizes: CLOTHING_SIZES,
		blurb: 'A light waterproof shell with taped seams and a packable hood.',
	},
	{
		type: 'Jeans',
		category: 'Clothing',
		materials: [ 'Selvedge Denim', 'Stretch Denim' ],
		price: [ 49, 129 ],
		variable: true,
		sizes: [ '28', '30', '32', '34' ],
		blurb: 'Five-pocket jeans in a straight cut.',
	},
	{
		type: 'Socks',
		category: 'Clothing',
		materials: [ 'Wool', 'Cotton' ],
		price: [ 8, 19 ],
		variable: true,
		sizes: [ 'S', 'M', 'L' ],
		blurb: 'Cushioned socks that breathe on long walks.',
	},
	{
		type: 'Backpack',
		category: 'Bags',
		materials: [ 'Canvas', 'Leather', 'Recycled Polyester' ],
		price: [ 45, 160 ],
		blurb: 'A roomy daypack with a padded laptop sleeve.',
	},
	{
		type: 'Tote Bag',
		category: 'Bags',
		materials: [ 'Canvas', 'Jute' ],
		price: [ 12, 39 ],
		blurb: 'A sturdy tote for groceries and books.',
	},
	{
		type: 'Wallet',
		category: 'Accessories',
		materials: [ 'Leather', 'Cork' ],
		price: [ 25, 75 ],
		blurb: 'A slim wallet with six card slots.',
	},
	{
		type: 'Beanie',
		category: 'Accessories',
		materials: [ 'Wool', 'Cashmere' ],
		price: [ 18, 59 ],
		blurb: 'A ribbed knit beanie that keeps ears warm.',
	},
	{
		type: 'Sunglasses',
		category: 'Accessories',
		materials: [ 'Acetate', 'Titanium' ],
		price: [ 59, 199 ],
		blurb: 'Polarised lenses with UV400 protection.',
	},
	{
		type: 'Coffee Mug',
		category: 'Home',
		materials: [ 'Stoneware', 'Enamel' ],
		price: [ 12, 29 ],
		blurb: 'A 350 ml mug that is dishwasher safe.',
	},
	{
		type: 'Scented Candle',
		category: 'Home',
		materials: [ 'Soy Wax', 'Beeswax' ],
		price: [ 14, 42 ],
		blurb: 'Burns for about 40 hours with a cotton wick.',
	},
	{
		type: 'Throw Blanket',
		category: 'Home',
		materials: [ 'Wool', 'Cotton', 'Alpaca' ],
		price: [ 49, 149 ],
		blurb: 'A large throw for the sofa, 130 by 170 cm.',
	},
	{
		type: 'Desk Lamp',
		category: 'Home',
		materials: [ 'Brass', 'Aluminium' ],
		price: [ 39, 129 ],
		blurb: 'An adjustable LED lamp with three brightness levels.',
	},
	{
		type: 'Headphones',
		category: 'Electronics',
		materials: [ 'Wireless', 'Noise Cancelling' ],
		price: [ 59, 299 ],
		blurb: 'Over-ear headphones with 30 hours of battery life.',
	},
	{
		type: 'Bluetooth Speaker',
		category: 'Electronics',
		materials: [ 'Waterproof', 'Portable' ],
		price: [ 35, 180 ],
		blurb: 'A compact speaker with deep bass and 12 hours of play.',
	},
	{
		type: 'Phone Charger',
		category: 'Electronics',
		materials: [ 'Fast', 'Wireless' ],
		price: [ 15, 49 ],
		blurb: 'A 30 W USB-C charger with foldable prongs.',
	},
	{
		type: 'Water Bottle',
		category: 'Outdoor',
		materials: [ 'Stainless Steel', 'Glass' ],
		price: [ 14, 45 ],
		blurb: 'Keeps drinks cold for 24 hours and hot for 12.',
	},
	{
		type: 'Tent',
		category: 'Outdoor',
		materials: [ 'Two-Person', 'Ultralight' ],
		price: [ 129, 449 ],
		blurb: 'A freestanding tent that pitches in five minutes.',
	},
	{
		type: 'Sleeping Bag',
		category: 'Outdoor',
		materials: [ 'Down', 'Synthetic' ],
		price: [ 89, 320 ],
		blurb: 'Comfortable down to minus five degrees.',
	},
];

function slugify( value: string ): string {
	return value
		.toLowerCase()
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' );
}

function priceString( value: number ): string {
	return value.toFixed( 2 );
}

export interface CatalogOptions {
	products: number;
	seed?: number;
	storeUrl?: string;
	/** Share of variable products that get variations (tests keep this small for speed). */
	withVariations?: boolean;
}

/** Builds `count` products and their variations; ids are stable for a given seed. */
export function buildCatalog(
	options: CatalogOptions
): Pick< WooCommerceData, 'products' | 'variations' > {
	const random = seededRandom( options.seed ?? 42 );
	const pick = < T >( list: T[] ): T =>
		list[ Math.floor( random() * list.length ) ]!;
	const storeUrl = options.storeUrl ?? 'https://shop.example';
	const products: WcProduct[] = [];
	const variations = new Map< number, WcVariation[] >();
	let nextVariationId = 100_000_000;
	const usedNames = new Set< string >();
	for ( let index = 0; index < options.products; index++ ) {
		const id = 1000 + index;
		const kind = TYPES[ index % TYPES.length ]!;
		let name = '';
		for ( let attempt = 0; ! name || usedNames.has( name ); attempt++ ) {
			const base = `${ pick( NAMES ) } ${ pick( kind.materials ) } ${ kind.type }`;
			name = attempt > 3 ? `${ base } ${ id }` : base;
		}
		usedNames.add( name );
		const regular =
			Math.round(
				kind.price[ 0 ] +
					random() * ( kind.price[ 1 ] - kind.price[ 0 ] )
			) - 0.01;
		const onSale = random() < 0.2;
		const sale = onSale ? Math.round( regular * 0.8 ) - 0.01 : null;
		const stockRoll = random();
		let stockStatus = 'onbackorder';
		if ( stockRoll < 0.75 ) {
			stockStatus = 'instock';
		} else if ( stockRoll < 0.9 ) {
			stockStatus = 'outofstock';
		}
		const managed = stockStatus === 'instock' && random() < 0.6;
		const variable =
			Boolean( kind.variable ) && ( options.withVariations ?? true );
		const colors = variable
			? COLORS.filter( () => random() < 0.5 ).slice( 0, 3 )
			: [];
		if ( variable && colors.length === 0 ) {
			colors.push( pick( COLORS ) );
		}
		const slug = slugify( name );
		const product: WcProduct = {
			id,
			name,
			slug,
			permalink: `${ storeUrl }/product/${ slug }/`,
			type: variable ? 'variable' : 'simple',
			status: 'publish',
			description: `<p>${ kind.blurb } Made from ${ kind.materials.join( ' or ' ).toLowerCase() }.</p>`,
			short_description: `<p>${ name } in ${ kind.category.toLowerCase() }.</p>`,
			sku: `${ slugify( kind.type ).toUpperCase().slice( 0, 4 ) }-${ id }`,
			price: priceString( sale ?? regular ),
			regular_price: variable ? '' : priceString( regular ),
			sale_price: sale !== null && ! variable ? priceString( sale ) : '',
			on_sale: onSale,
			manage_stock: variable ? false : managed,
			stock_quantity:
				variable || ! managed ? null : 1 + Math.floor( random() * 40 ),
			stock_status: stockStatus,
			categories: [
				{
					id:
						TYPES.findIndex(
							( t ) => t.category === kind.category
						) + 10,
					name: kind.category,
					slug: slugify( kind.category ),
				},
			],
			tags: [
				{
					id: 500 + ( index % TYPES.length ),
					name: kind.type.toLowerCase(),
					slug: slugify( kind.type ),
				},
			],
			images: [
				{
					id: id * 10,
					src: `${ storeUrl }/wp-content/uploads/${ slug }.jpg`,
					name: slug,
					alt: name,
				},
			],
			attributes: variable
				? [
						{
							id: 1,
							name: 'Color',
							position: 0,
							visible: true,
							variation: true,
							options: colors,
						},
						{
							id: 2,
							name: 'Size',
							position: 1,
							visible: true,
							variation: true,
							options: kind.sizes!,
						},
					]
				: [],
			variations: [] as number[],
			date_modified_gmt: '2026-11-20T10:00:00',
		};
		if ( variable ) {
			const list: WcVariation[] = [];
			for ( const color of colors ) {
				for ( const size of kind.sizes! ) {
					const variationId = nextVariationId++;
					const vStock = random() < 0.7 ? 'instock' : 'outofstock';
					const vManaged = vStock === 'instock' && random() < 0.5;
					const vPrice = regular + ( size === 'XL' ? 5 : 0 );
					list.push( {
						id: variationId,
						sku: `${ product.sku }-${ color.slice( 0, 3 ).toUpperCase() }-${ size }`,
						permalink: `${ storeUrl }/product/${ slug }/?attribute_pa_color=${ slugify( color ) }&attribute_pa_size=${ slugify( size ) }`,
						description: '',
						price: priceString(
							onSale ? Math.round( vPrice * 0.8 ) - 0.01 : vPrice
						),
						regular_price: priceString( vPrice ),
						sale_price: onSale
							? priceString( Math.round( vPrice * 0.8 ) - 0.01 )
							: '',
						on_sale: onSale,
						stock_status: vStock,
						manage_stock: vManaged,
						stock_quantity: vManaged
							? 1 + Math.floor( random() * 15 )
							: null,
						image: {
							id: variationId,
							src: `${ storeUrl }/wp-content/uploads/${ slug }-${ slugify( color ) }.jpg`,
						},
						attributes: [
							{ id: 1, name: 'Color', option: color },
							{ id: 2, name: 'Size', option: size },
						],
						date_modified_gmt: '2026-11-20T10:00:00',
					} );
				}
			}
			( product.variations as number[] ).push(
				...list.map( ( v ) => v.id )
			);
			const prices = list.map( ( v ) => Number( v.price ) );
			product.price = priceString( Math.min( ...prices ) );
			product.stock_status = list.some(
				( v ) => v.stock_status === 'instock'
			)
				? 'instock'
				: 'outofstock';
			variations.set( id, list );
		}
		products.push( product );
	}
	return { products, variations };
}
