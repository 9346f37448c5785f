/**
 * Shopper questions with the facts a right answer must contain and must not contain.
 * Product questions are built from the demo catalog's own WooCommerce JSON (so the facts
 * are the shop's, formatted independently of the sidecar's code); policy, contact, order,
 * conversation and out-of-scope questions are written by hand.
 */
import type { WooCommerceData } from '../doubles/woocommerce/server';
import type { EvalQuestion } from './types';

export type { EvalQuestion } from './types';

type WcProduct = WooCommerceData[ 'products' ][ number ];
type WcVariation =
	WooCommerceData[ 'variations' ] extends Map< number, Array< infer V > >
		? V
		: never;

const euro = ( price: unknown ) => `€${ String( price ) }`;

/** The facts a stock answer must hold, from WooCommerce's stock fields. */
function stockFacts( item: Record< string, unknown > ) {
	if ( item.stock_status === 'outofstock' ) {
		return {
			mustContain: [ 'out of stock' ],
			mustNotContain: [ 'is in stock', 'left)' ],
		};
	}
	if ( item.stock_status === 'onbackorder' ) {
		return {
			mustContain: [ 'backorder' ],
			mustNotContain: [ 'out of stock' ],
		};
	}
	if (
		item.manage_stock === true &&
		typeof item.stock_quantity === 'number'
	) {
		return {
			mustContain: [ 'in stock', `${ item.stock_quantity } left` ],
			mustNotContain: [ 'out of stock' ],
		};
	}
	return {
		mustContain: [ 'in stock' ],
		mustNotContain: [ 'out of stock', 'left)' ],
	};
}

function variationLabel( v: WcVariation ) {
	const [ color, size ] = ( v.attributes as Array< { option: string } > ).map(
		( a ) => a.option
	);
	return { color: color!, size: size! };
}

function typo( name: string ): string {
	const words = name.split( ' ' );
	const index = words.findIndex(
		( w ) => w.length >= 6 && /^[A-Za-z]+$/.test( w )
	);
	if ( index < 0 ) {
		return name;
	}
	const w = words[ index ]!;
	words[ index ] =
		`${ w.slice( 0, 2 ) }${ w[ 3 ] }${ w[ 2 ] }${ w.slice( 4 ) }`;
	return words.join( ' ' );
}

const PRICE_TEMPLATES = [
	( n: string ) => `How much is the ${ n }?`,
	( n: string ) => `What does the ${ n } cost?`,
	( n: string ) => `price of the ${ n }?`,
	( n: string ) => `Can you tell me the price of the ${ n }, please?`,
	( n: string ) => `${ n } - how much?`,
];
const STOCK_TEMPLATES = [
	( n: string ) => `Is the ${ n } in stock?`,
	( n: string ) => `Do you have the ${ n } available right now?`,
	( n: string ) => `is ${ n } still available?`,
	( n: string ) => `Can I get the ${ n } or is it sold out?`,
	( n: string ) => `Any ${ n } left in stock?`,
];

export function buildQuestions(
	data: Pick< WooCommerceData, 'products' | 'variations' >
): EvalQuestion[] {
	const questions: EvalQuestion[] = [];
	const simple = data.products.filter( ( p ) => p.type === 'simple' );
	const variable = data.products.filter( ( p ) => p.type === 'variable' );
	const add = ( q: Omit< EvalQuestion, 'id' > ) =>
		questions.push( {
			id: `${ q.category }-${ questions.length + 1 }`,
			...q,
		} );

	// Prices of simple products (sale prices must mention the regular price too).
	simple.slice( 0, 30 ).forEach( ( p, i ) => {
		const onSale = Boolean( p.sale_price );
		add( {
			category: 'price',
			text: PRICE_TEMPLATES[ i % PRICE_TEMPLATES.length ]!(
				String( p.name )
			),
			mustContain: [
				String( p.name ),
				euro( p.price ),
				...( onSale ? [ euro( p.regular_price ) ] : [] ),
			],
			mustNotContain: [ "couldn't find" ],
		} );
	} );
	// Prices of one variation, named by colour and size.
	variable.slice( 0, 18 ).forEach( ( p, i ) => {
		const list = data.variations.get( p.id )!;
		const v = list[ ( i * 7 ) % list.length ]!;
		const { color, size } = variationLabel( v );
		add( {
			category: 'variation-price',
			text:
				i % 2
					? `How much is the ${ p.name } in ${ color.toLowerCase() }, size ${ size }?`
					: `What's the price of the ${ color } ${ p.name } in size ${ size }?`,
			mustContain: [ euro( v.price ) ],
			mustNotContain: [ "couldn't find" ],
		} );
	} );
	// Stock of simple products.
	simple.slice( 30, 60 ).forEach( ( p, i ) => {
		const facts = stockFacts( p );
		add( {
			category: 'stock',
			text: STOCK_TEMPLATES[ i % STOCK_TEMPLATES.length ]!(
				String( p.name )
			),
			mustContain: [ String( p.name ), ...facts.mustContain ],
			mustNotContain: facts.mustNotContain,
		} );
	} );
	// Stock of one variation.
	variable.slice( 18, 40 ).forEach( ( p, i ) => {
		const list = data.variations.get( p.id )!;
		const v = list[ ( i * 5 ) % list.length ]!;
		const { color, size } = variationLabel( v );
		const facts = stockFacts( v );
		add( {
			category: 'variation-stock',
			text:
				i % 2
					? `Do you have the ${ p.name } in ${ color } size ${ size } in stock?`
					: `Is the ${ p.name } available in ${ color.toLowerCase() }, size ${ size }?`,
			mustContain: facts.mustContain,
			mustNotContain: facts.mustNotContain,
		} );
	} );
	// Finding products by type, material and budget.
	const types = [
		'Hoodie',
		'Backpack',
		'Coffee Mug',
		'Headphones',
		'Tent',
		'Wallet',
		'Sunglasses',
		'Desk Lamp',
		'Water Bottle',
		'Rain Jacket',
		'Beanie',
		'Scented Candle',
	];
	types.forEach( ( type, i ) => {
		add( {
			category: 'search',
			text: [
				`Do you sell ${ type.toLowerCase() }s?`,
				`I'm looking for a ${ type.toLowerCase() }`,
				`Can you recommend a ${ type.toLowerCase() }?`,
			][ i % 3 ]!,
			mustContain: [ type ],
			mustNotContain: [ "couldn't find" ],
		} );
	} );
	[
		[ 'Leather', 'Wallet' ],
		[ 'Wool', 'Beanie' ],
		[ 'Canvas', 'Backpack' ],
		[ 'Stoneware', 'Coffee Mug' ],
		[ 'Down', 'Sleeping Bag' ],
		[ 'Linen', 'T-Shirt' ],
		[ 'Soy Wax', 'Scented Candle' ],
		[ 'Titanium', 'Sunglasses' ],
	].forEach( ( [ material, type ] ) => {
		add( {
			category: 'search',
			text: `Show me a ${ material!.toLowerCase() } ${ type!.toLowerCase() }`,
			mustContain: [ `${ material } ${ type }` ],
			mustNotContain: [ "couldn't find" ],
		} );
	} );
	// Misspelt names.
	simple.slice( 60, 72 ).forEach( ( p ) => {
		add( {
			category: 'typo',
			text: `how much does the ${ typo( String( p.name ) ).toLowerCase() } cost`,
			mustContain: [ euro( p.price ) ],
			mustNotContain: [ "couldn't find" ],
		} );
	} );
	// The product on the page the shopper is looking at.
	simple.slice( 72, 78 ).forEach( ( p, i ) => {
		const facts = stockFacts( p );
		add( {
			category: 'page',
			text: i % 2 ? 'How much is this?' : 'Is this in stock?',
			pageContext: {
				pageType: 'product',
				productId: String( p.id ),
				title: String( p.name ),
			},
			mustContain: i % 2 ? [ euro( p.price ) ] : facts.mustContain,
			mustNotContain: i % 2 ? [] : facts.mustNotContain,
		} );
	} );

	const policy: Array< [ string, string[], string[]? ] > = [
		[ 'How long does shipping take?', [ '2 to 4 working days' ] ],
		[
			'How long does delivery take to Germany?',
			[ '2 to 4 working days' ],
		],
		[ 'What are your shipping costs?', [ '€4.95' ] ],
		[ 'Is shipping free?', [ 'free for orders over €60' ] ],
		[ 'Do you offer express delivery?', [ 'next working day' ] ],
		[ 'How much is express shipping?', [ '€12.90' ] ],
		[ 'Do you ship internationally?', [ 'all EU countries' ] ],
		[ 'Do you ship to the United Kingdom?', [ 'United Kingdom' ] ],
		[ 'Who pays customs duties?', [ 'paid by the recipient' ] ],
		[ 'Which carrier do you use for shipping?', [ 'DHL' ] ],
		[ 'What is your return policy?', [ '30 days' ] ],
		[ 'Can I return an item?', [ '30 days' ] ],
		[ 'Are returns free?', [ 'prepaid label' ] ],
		[ 'When do I get my refund?', [ '5 working days' ] ],
		[
			'Can I exchange a jacket for another size?',
			[ 'Exchanges are free' ],
		],
		[ 'Can I return worn socks?', [ 'hygiene' ] ],
		[
			'What do you do with my personal data?',
			[ 'never sell personal data' ],
		],
		[
			'How can I delete my data? privacy',
			[ 'privacy@lumen-outfitters.example' ],
		],
		[ 'Which payment methods do you accept?', [ 'PayPal', 'Klarna' ] ],
		[ 'Can I pay with PayPal?', [ 'PayPal' ] ],
		[ 'Is there a warranty on headphones?', [ 'two-year warranty' ] ],
		[ 'Do you offer gift wrap?', [ '€3.50' ] ],
		[ 'What are your opening hours?', [ '9:00 to 18:00' ] ],
		[ 'Are you open on Saturday? opening hours', [ '10:00 to 16:00' ] ],
		[ 'What is your phone number?', [ '+49 30 1234 5678' ] ],
		[
			'How can I contact customer service?',
			[ 'hello@lumen-outfitters.example' ],
		],
		[ 'What is the address of your store?', [ 'Torstraße 101' ] ],
	];
	policy.forEach( ( [ text, mustContain ] ) =>
		add( {
			category: 'policy',
			text,
			mustContain,
			mustNotContain: [ "couldn't find" ],
		} )
	);

	const conversation: Array< [ string[], string, string[], string[] ] > = [
		[ [], 'Hi!', [ 'Hello' ], [] ],
		[ [], 'hello there', [ 'Hello' ], [] ],
		[ [], 'Thanks!', [ 'welcome' ], [] ],
		[ [], 'thank you so much', [ 'welcome' ], [] ],
		[ [], 'Can I talk to a real person?', [ 'e-mail address' ], [] ],
		[
			[ 'I want to speak to someone from the team' ],
			'it is maria@example.org',
			[ 'maria@example.org' ],
			[],
		],
		[ [], 'Where is my order?', [ 'order number', 'e-mail' ], [] ],
		[
			[],
			'Where is my order 4321? My email is ana.shopper@example.com',
			[ '#4321', 'completed', 'JD014600003SE' ],
			[ 'Payment captured' ],
		],
		[
			[ 'What is the status of order 4321?' ],
			'ana.shopper@example.com',
			[ '#4321', 'Aurora Merino Hoodie' ],
			[],
		],
		[
			[],
			'Status of order 4321, email wrong.person@example.com',
			[ "couldn't find an order" ],
			[ 'completed', 'Aurora' ],
		],
		[
			[],
			'Where is my order 9999? My email is ana.shopper@example.com',
			[ "couldn't find an order" ],
			[ 'completed' ],
		],
		[
			[],
			'What is the weather in Paris tomorrow?',
			[ 'rather not guess' ],
			[ '€' ],
		],
		[
			[],
			'Who won the football match yesterday?',
			[ 'rather not guess' ],
			[ '€' ],
		],
		[
			[],
			'Can you write me a poem about cats?',
			[ 'rather not guess' ],
			[ '€' ],
		],
		[ [], 'Do you sell cars?', [ "couldn't find" ], [ '€' ] ],
		[ [], 'Do you have any helicopters?', [ "couldn't find" ], [ '€' ] ],
	];
	conversation.forEach( ( [ before, text, mustContain, mustNotContain ] ) =>
		add( {
			category: 'conversation',
			before,
			text,
			mustContain,
			mustNotContain,
		} )
	);
	return questions;
}

/** Every price the shop's data holds, formatted as the eval expects (for the invented-price check). */
export function knownPrices(
	data: Pick< WooCommerceData, 'products' | 'variations' >
): Set< string > {
	const prices = new Set< string >( [
		'€4.95',
		'€60',
		'€12.90',
		'€9.90',
		'€3.50',
		'€84.50',
	] );
	const addPrice = ( value: unknown ) => {
		if ( typeof value === 'string' && value ) {
			prices.add( euro( value ) );
		}
	};
	for ( const p of data.products as WcProduct[] ) {
		[ p.price, p.regular_price, p.sale_price ].forEach( addPrice );
	}
	for ( const list of data.variations.values() ) {
		for ( const v of list ) {
			[ v.price, v.regular_price, v.sale_price ].forEach( addPrice );
		}
	}
	return prices;
}
