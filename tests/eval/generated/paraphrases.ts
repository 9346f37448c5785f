/**
 * Generated paraphrases: a coffee shop built from a seed (German for even seeds, English
 * for odd ones) and every question class asked in at least five English and five German
 * phrasings, each phrasing about a different product, order or fact of that shop. The
 * expectations are computed from the generated data, formatted as the shop formats them,
 * so no answer can be memorised: a new seed gives new names, prices, stock, orders and
 * policies.
 */
import { seededRandom } from '../../doubles/woocommerce/catalog';
import {
	buildCoffeeShop,
	formatAmount,
	PRODUCT_TYPES,
	SPEC_NAMES,
	type CoffeeShop,
	type ShopLang,
} from '../../doubles/woocommerce/coffee-shop';
import type { WcProduct, WcVariation } from '../../doubles/woocommerce/server';
import {
	ASK_EMAIL,
	CANNOT_VERIFY,
	NOT_FOUND,
	PERSON,
	STATUS,
	stockExpectation,
} from '../phrases';
import type { EvalQuestion, Matcher } from '../types';

type Lang = ShopLang;
type Random = () => number;

interface Template< T > {
	lang: Lang;
	text: ( item: T ) => string;
}

const en = < T >( text: ( item: T ) => string ): Template< T > => ( {
	lang: 'en',
	text,
} );
const de = < T >( text: ( item: T ) => string ): Template< T > => ( {
	lang: 'de',
	text,
} );

const PRICE: Template< string >[] = [
	en( ( n ) => `How much is the ${ n }?` ),
	en( ( n ) => `What does the ${ n } cost?` ),
	en( ( n ) => `price of ${ n }?` ),
	en( ( n ) => `Can you tell me what the ${ n } costs?` ),
	en( ( n ) => `${ n } - how much?` ),
	de( ( n ) => `Was kostet ${ n }?` ),
	de( ( n ) => `Wie teuer ist ${ n }?` ),
	de( ( n ) => `Preis für ${ n }?` ),
	de( ( n ) => `Was muss ich für ${ n } zahlen?` ),
	de( ( n ) => `Wie viel kostet ${ n } bei euch?` ),
];

type SpecAsk = { name: string; attribute: Record< Lang, string > };
const SPEC: Template< SpecAsk >[] = [
	en(
		( s ) =>
			`What is the ${ s.attribute.en.toLowerCase() } of the ${ s.name }?`
	),
	en(
		( s ) => `Tell me the ${ s.attribute.en.toLowerCase() } of ${ s.name }`
	),
	en( ( s ) => `${ s.name }: ${ s.attribute.en.toLowerCase() }?` ),
	en(
		( s ) =>
			`I'd like to know the ${ s.attribute.en.toLowerCase() } of the ${ s.name }`
	),
	en(
		( s ) =>
			`Which ${ s.attribute.en.toLowerCase() } does the ${ s.name } have?`
	),
	de( ( s ) => `Was ist bei ${ s.name } die Angabe zu ${ s.attribute.de }?` ),
	de( ( s ) => `${ s.attribute.de } von ${ s.name }?` ),
	de( ( s ) => `Wie ist ${ s.attribute.de } bei ${ s.name }?` ),
	de( ( s ) => `Kannst du mir ${ s.attribute.de } von ${ s.name } nennen?` ),
	de(
		( s ) =>
			`Welche Angabe gibt es zu ${ s.attribute.de } beim ${ s.name }?`
	),
];

const STOCK: Template< string >[] = [
	en( ( n ) => `Is the ${ n } in stock?` ),
	en( ( n ) => `Do you have the ${ n } available right now?` ),
	en( ( n ) => `is ${ n } still available?` ),
	en( ( n ) => `Can I buy the ${ n } today or is it sold out?` ),
	en( ( n ) => `Any ${ n } left?` ),
	de( ( n ) => `Ist ${ n } auf Lager?` ),
	de( ( n ) => `Habt ihr ${ n } vorrätig?` ),
	de( ( n ) => `Ist ${ n } lieferbar?` ),
	de( ( n ) => `Kann ich ${ n } gerade kaufen?` ),
	de( ( n ) => `Gibt es ${ n } noch?` ),
];

type VariationAsk = { name: string; option: string };
const VARIATION_PRICE: Template< VariationAsk >[] = [
	en( ( v ) => `How much is the ${ v.name } in ${ v.option }?` ),
	en( ( v ) => `What does ${ v.name } ${ v.option } cost?` ),
	en( ( v ) => `Price of the ${ v.name }, ${ v.option }?` ),
	en( ( v ) => `I'd like the ${ v.name } in ${ v.option }, how much is it?` ),
	en( ( v ) => `${ v.name } in ${ v.option } - price?` ),
	de( ( v ) => `Was kostet ${ v.name } in ${ v.option }?` ),
	de( ( v ) => `Wie teuer ist ${ v.name } mit ${ v.option }?` ),
	de( ( v ) => `Preis ${ v.name } ${ v.option }?` ),
	de( ( v ) => `${ v.name } in ${ v.option }, was kostet das?` ),
	de( ( v ) => `Was zahle ich für ${ v.name } in ${ v.option }?` ),
];
const VARIATION_STOCK: Template< VariationAsk >[] = [
	en( ( v ) => `Is the ${ v.name } in ${ v.option } in stock?` ),
	en( ( v ) => `Do you have ${ v.name } ${ v.option } available?` ),
	en( ( v ) => `Is ${ v.option } of the ${ v.name } sold out?` ),
	en( ( v ) => `Can I get the ${ v.name } in ${ v.option }?` ),
	en( ( v ) => `${ v.name }, ${ v.option }: in stock?` ),
	de( ( v ) => `Ist ${ v.name } in ${ v.option } auf Lager?` ),
	de( ( v ) => `Habt ihr ${ v.name } mit ${ v.option } vorrätig?` ),
	de( ( v ) => `Ist ${ v.name } ${ v.option } lieferbar?` ),
	de( ( v ) => `Gibt es ${ v.name } noch in ${ v.option }?` ),
	de( ( v ) => `${ v.name } in ${ v.option } – ausverkauft?` ),
];

type OrderAsk = { no: string; email: string };
const ORDER_ONE_MESSAGE: Template< OrderAsk >[] = [
	en( ( o ) => `Where is my order ${ o.no }? My email is ${ o.email }` ),
	en( ( o ) => `order #${ o.no }, email ${ o.email }` ),
	en( ( o ) => `Status of order ${ o.no } please - ${ o.email }` ),
	en( ( o ) => `Can you check order number ${ o.no }? I used ${ o.email }` ),
	en( ( o ) => `${ o.email } - what's the status of order ${ o.no }?` ),
	de(
		( o ) =>
			`Wo ist meine Bestellung ${ o.no }? Meine E-Mail ist ${ o.email }`
	),
	de( ( o ) => `Bestellung #${ o.no }, E-Mail ${ o.email }` ),
	de( ( o ) => `Status der Bestellung ${ o.no } bitte – ${ o.email }` ),
	de(
		( o ) =>
			`Könnt ihr Bestellung Nr. ${ o.no } prüfen? Ich habe ${ o.email } benutzt`
	),
	de( ( o ) => `${ o.email } – wie ist der Stand von Bestellung ${ o.no }?` ),
];
const ORDER_FIRST_TURN: Template< OrderAsk >[] = [
	en( ( o ) => `Where is my order ${ o.no }?` ),
	en( ( o ) => `What's the status of order #${ o.no }?` ),
	de( ( o ) => `Wo ist meine Bestellung ${ o.no }?` ),
	de( ( o ) => `Wie ist der Stand von Bestellung Nr. ${ o.no }?` ),
];

type Facts = CoffeeShop[ 'facts' ];
type PolicyAsk = { text: string; lang: Lang; must: Matcher[] };
function policyQuestions( f: Facts, amount: ( s: string ) => string ) {
	const days: Matcher = [
		`${ f.returnDays } days`,
		`${ f.returnDays } Tage`,
	];
	const years: Matcher = [
		`${ f.warrantyYears } years`,
		`${ f.warrantyYears } Jahre`,
		`${ f.warrantyYears }-year`,
	];
	const list: PolicyAsk[] = [
		{
			lang: 'en',
			text: 'How many days do I have to return something?',
			must: [ days ],
		},
		{ lang: 'en', text: 'What is your return policy?', must: [ days ] },
		{
			lang: 'en',
			text: 'How much does standard shipping cost?',
			must: [ amount( f.shippingCost ) ],
		},
		{
			lang: 'en',
			text: 'From which order value is shipping free?',
			must: [ amount( f.freeShippingFrom ).replace( /[.,]00$/, '' ) ],
		},
		{
			lang: 'en',
			text: 'How much is express delivery?',
			must: [ amount( f.expressCost ) ],
		},
		{
			lang: 'en',
			text: 'How long is the manufacturer guarantee on grinders?',
			must: [ years ],
		},
		{
			lang: 'de',
			text: 'Wie lange kann ich Ware zurückgeben?',
			must: [ days ],
		},
		{
			lang: 'de',
			text: 'Wie sind eure Rückgabebedingungen?',
			must: [ days ],
		},
		{
			lang: 'de',
			text: 'Was kostet der Standardversand?',
			must: [ amount( f.shippingCost ) ],
		},
		{
			lang: 'de',
			text: 'Ab wann ist der Versand gratis?',
			must: [ amount( f.freeShippingFrom ).replace( /[.,]00$/, '' ) ],
		},
		{
			lang: 'de',
			text: 'Was kostet Expressversand?',
			must: [ amount( f.expressCost ) ],
		},
		{
			lang: 'de',
			text: 'Wie viele Jahre Garantie gibt der Hersteller auf Kaffeemühlen?',
			must: [ years ],
		},
	];
	return list;
}

function contactQuestions( f: Facts ): PolicyAsk[] {
	const phone: Matcher = [ f.phone, f.phone.replace( /^\+49 /, '0' ) ];
	const [ open, close ] = f.weekdayHours.split( '–' );
	const street = f.street;
	return [
		{ lang: 'en', text: 'What is your phone number?', must: [ phone ] },
		{ lang: 'en', text: 'How can I call you?', must: [ phone ] },
		{ lang: 'en', text: 'What is your e-mail address?', must: [ f.email ] },
		{
			lang: 'en',
			text: 'When are you open during the week?',
			must: [ open!, close! ],
		},
		{ lang: 'en', text: 'Where is your shop located?', must: [ street ] },
		{ lang: 'de', text: 'Wie ist eure Telefonnummer?', must: [ phone ] },
		{ lang: 'de', text: 'Kann ich euch anrufen?', must: [ phone ] },
		{
			lang: 'de',
			text: 'Wie lautet eure E-Mail-Adresse?',
			must: [ f.email ],
		},
		{
			lang: 'de',
			text: 'Wann habt ihr unter der Woche geöffnet?',
			must: [ open!, close! ],
		},
		{ lang: 'de', text: 'Wo finde ich euren Laden?', must: [ street ] },
	];
}

type SearchAsk = { type: string; limit: number };
const SEARCH: Template< SearchAsk >[] = [
	en(
		( s ) =>
			`I'm looking for a ${ s.type.toLowerCase() } under ${ s.limit } euros`
	),
	en(
		( s ) =>
			`Do you have a ${ s.type.toLowerCase() } for less than ${ s.limit } €?`
	),
	en(
		( s ) =>
			`Recommend me a ${ s.type.toLowerCase() } below ${ s.limit } euros`
	),
	en( ( s ) => `Any ${ s.type.toLowerCase() } under €${ s.limit }?` ),
	en(
		( s ) =>
			`Show me a ${ s.type.toLowerCase() } that costs at most ${ s.limit } euros`
	),
	de( ( s ) => `Ich suche: ${ s.type } unter ${ s.limit } Euro` ),
	de( ( s ) => `Habt ihr ${ s.type } für weniger als ${ s.limit } €?` ),
	de( ( s ) => `Empfehlung bitte: ${ s.type } bis ${ s.limit } Euro` ),
	de( ( s ) => `Welche ${ s.type } gibt es unter ${ s.limit } Euro?` ),
	de( ( s ) => `${ s.type } unter ${ s.limit } € – was habt ihr?` ),
];

const UNKNOWN: Array< Template< string > & { not: Matcher[] } > = [
	{
		...en( ( n ) => `How loud is the ${ n } in decibels?` ),
		not: [ /\d\s?(db|decibel)/i ],
	},
	{
		...en( ( n ) => `What is the CO2 footprint of the ${ n }?` ),
		not: [ /\d\s?(kg|g)\s?co/i ],
	},
	{ ...en( () => 'Do you offer a student discount?' ), not: [ /\d+\s?%/ ] },
	{
		...en( ( n ) => `Which year was the ${ n } designed in?` ),
		not: [ /\b(19|20)\d\d\b/ ],
	},
	{
		...en( ( n ) => `How much standby power does the ${ n } use?` ),
		not: [ /\d\s?w(att)? (in )?standby/i ],
	},
	{
		...de( ( n ) => `Wie laut ist ${ n } in Dezibel?` ),
		not: [ /\d\s?(db|dezibel)/i ],
	},
	{
		...de( ( n ) => `Wie groß ist der CO2-Fußabdruck von ${ n }?` ),
		not: [ /\d\s?(kg|g)\s?co/i ],
	},
	{ ...de( () => 'Gibt es einen Studentenrabatt?' ), not: [ /\d+\s?%/ ] },
	{
		...de( ( n ) => `In welchem Jahr wurde ${ n } entworfen?` ),
		not: [ /\b(19|20)\d\d\b/ ],
	},
	{
		...de( ( n ) => `Wie viel Strom braucht ${ n } im Standby?` ),
		not: [ /\d\s?w(att)? im standby/i ],
	},
];

const HANDOFF: Template< null >[] = [
	en( () => 'Can I talk to a real person?' ),
	en( () => 'I want to speak to a human' ),
	en( () => 'Please connect me to your staff' ),
	en( () => 'Is there someone I can talk to?' ),
	en( () => 'I need a human agent, please' ),
	de( () => 'Kann ich mit einem Menschen sprechen?' ),
	de( () => 'Ich möchte mit einem Mitarbeiter sprechen' ),
	de( () => 'Bitte verbinden Sie mich mit dem Kundenservice' ),
	de( () => 'Gibt es jemanden, mit dem ich reden kann?' ),
	de( () => 'Ich brauche einen echten Ansprechpartner' ),
];

type TypeAsk = { asked: string; expected: string };
const LANGUAGE: Template< TypeAsk >[] = [
	en( ( t ) => `Hello! Do you sell ${ t.asked.toLowerCase() }?` ),
	en( ( t ) => `Hi there, I am looking for a ${ t.asked.toLowerCase() }` ),
	en( ( t ) => `Good morning, what ${ t.asked.toLowerCase() } do you have?` ),
	en( ( t ) => `Hey, any ${ t.asked.toLowerCase() } in your shop?` ),
	en(
		( t ) =>
			`Hello, I only speak English. Do you have a ${ t.asked.toLowerCase() }?`
	),
	de( ( t ) => `Hallo! Verkauft ihr ${ t.asked }?` ),
	de( ( t ) => `Guten Tag, ich suche ${ t.asked }` ),
	de( ( t ) => `Moin, welche ${ t.asked } habt ihr?` ),
	de( ( t ) => `Servus, gibt es bei euch ${ t.asked }?` ),
	de( ( t ) => `Hallo, ich spreche nur Deutsch. Habt ihr ${ t.asked }?` ),
];

/** The price (and on sale, the regular price) as the shop writes the amount. */
function amountOf( shop: CoffeeShop, value: unknown ): string {
	return formatAmount( String( value ), shop.priceFormat );
}

/** A number in the shop's format, plus its other-locale and ungrouped forms. */
function valueForms( value: string ): string[] {
	const swapped = value.replace( /[.,]/g, ( c ) =>
		c === '.' ? ',' : '.'
	);
	const ungrouped = value.replace( /(\d)[.,](\d{3})\b/g, '$1$2' );
	return [ ...new Set( [ value, swapped, ungrouped ] ) ];
}

function typeOf( shop: CoffeeShop, product: WcProduct ) {
	const name = String( product.name );
	return PRODUCT_TYPES.find( ( t ) =>
		shop.lang === 'de'
			? name.startsWith( `${ t.type.de } ` )
			: name.endsWith( ` ${ t.type.en }` )
	);
}

export interface GeneratedEval {
	seed: number;
	shop: CoffeeShop;
	questions: EvalQuestion[];
}

/** Builds the shop for `seed` and asks every class in all its phrasings. */
export function generateEval( seed: number ): GeneratedEval {
	// A stream of its own, so the shop built from the same seed is not mirrored by it.
	const random: Random = seededRandom( seed + 0x5eed );
	// Even seeds build a German shop, odd ones an English shop: consecutive seeds from
	// seedsFrom() alternate, so every spread covers both.
	const lang: Lang = seed % 2 === 0 ? 'de' : 'en';
	const shop = buildCoffeeShop( {
		seed,
		lang,
		products: 80,
		orders: 12,
		name: lang === 'de' ? 'Bohnenhaus' : 'Crema & Co',
		storeUrl:
			lang === 'de'
				? 'https://bohnenhaus.example'
				: 'https://crema-and-co.example',
	} );
	const questions: EvalQuestion[] = [];
	const add = ( q: Omit< EvalQuestion, 'id' > ) =>
		questions.push( {
			id: `gen-${ seed }-${ questions.length + 1 }`,
			...q,
		} );
	const shuffled = < T >( list: T[] ) =>
		list
			.map( ( item ) => ( { item, key: random() } ) )
			.sort( ( a, b ) => a.key - b.key )
			.map( ( x ) => x.item );
	const simple = shuffled(
		shop.products.filter(
			( p ) => p.type === 'simple' && typeOf( shop, p ) !== undefined
		)
	);
	const variable = shuffled(
		shop.products.filter( ( p ) => p.type === 'variable' )
	);
	const name = ( p: WcProduct ) => String( p.name );

	PRICE.forEach( ( t, i ) => {
		const p = simple[ i % simple.length ]!;
		const must: Matcher[] = [ amountOf( shop, p.price ) ];
		if ( p.sale_price ) {
			must.push( amountOf( shop, p.regular_price ) );
		}
		add( {
			category: 'price',
			lang: t.lang,
			text: t.text( name( p ) ),
			mustContain: must,
			mustNotContain: NOT_FOUND,
		} );
	} );

	const withSpecs = simple.filter( ( p ) =>
		( p.attributes as Array< { options: string[] } > ).some( ( a ) =>
			/\d/.test( a.options[ 0 ] ?? '' )
		)
	);
	SPEC.forEach( ( t, i ) => {
		const p = withSpecs[ ( i * 3 ) % withSpecs.length ]!;
		const attrs = (
			p.attributes as Array< { name: string; options: string[] } >
		 ).filter( ( a ) => /\d/.test( a.options[ 0 ] ?? '' ) );
		const attr = attrs[ i % attrs.length ]!;
		const names = SPEC_NAMES.find( ( s ) => s[ shop.lang ] === attr.name )!;
		add( {
			category: 'spec',
			lang: t.lang,
			text: t.text( { name: name( p ), attribute: names } ),
			mustContain: [ valueForms( attr.options[ 0 ]! ) ],
			mustNotContain: NOT_FOUND,
		} );
	} );

	STOCK.forEach( ( t, i ) => {
		const p = simple[ ( i * 2 + 1 ) % simple.length ]!;
		add( {
			category: 'stock',
			lang: t.lang,
			text: t.text( name( p ) ),
			...stockExpectation( p ),
		} );
	} );

	const pickVariation = ( i: number ) => {
		const p = variable[ i % variable.length ]!;
		const list = shop.variations.get( p.id )!;
		const v: WcVariation = list[ ( i * 7 + 1 ) % list.length ]!;
		const option = ( v.attributes as Array< { option: string } > )[ 0 ]!
			.option;
		return { p, v, ask: { name: name( p ), option } };
	};
	VARIATION_PRICE.forEach( ( t, i ) => {
		const { p, v, ask } = pickVariation( i );
		const from =
			v.price === p.price
				? []
				: [
						`from ${ amountOf( shop, p.price ) }`,
						`ab ${ amountOf( shop, p.price ) }`,
					];
		add( {
			category: 'variation',
			lang: t.lang,
			text: t.text( ask ),
			mustContain: [ amountOf( shop, v.price ) ],
			mustNotContain: [ ...NOT_FOUND, ...from ],
		} );
	} );
	VARIATION_STOCK.forEach( ( t, i ) => {
		const { v, ask } = pickVariation( i + 10 );
		add( {
			category: 'variation',
			lang: t.lang,
			text: t.text( ask ),
			...stockExpectation( v ),
		} );
	} );

	const orders = shuffled( [ ...shop.orders ] );
	ORDER_ONE_MESSAGE.forEach( ( t, i ) => {
		const o = orders[ i % orders.length ]!;
		const email = String( ( o.billing as { email: string } ).email );
		const wrong = i % 5 === 4;
		add( {
			category: 'order',
			lang: t.lang,
			text: t.text( {
				no: o.number,
				email: wrong ? `not.${ email }` : email,
			} ),
			mustContain: [
				wrong ? CANNOT_VERIFY : STATUS[ String( o.status ) ]!,
			],
			mustNotContain: wrong
				? [ STATUS[ String( o.status ) ]! ]
				: NOT_FOUND,
		} );
	} );
	ORDER_FIRST_TURN.forEach( ( t, i ) => {
		const o = orders[ ( i + 5 ) % orders.length ]!;
		const email = String( ( o.billing as { email: string } ).email );
		add( {
			category: 'order',
			lang: t.lang,
			before: [ t.text( { no: o.number, email } ) ],
			text: t.lang === 'de' ? `Meine E-Mail: ${ email }` : email,
			mustContain: [ STATUS[ String( o.status ) ]! ],
			mustNotContain: NOT_FOUND,
		} );
		add( {
			category: 'order',
			lang: t.lang,
			text: t.text( { no: o.number, email } ),
			mustContain: [ ASK_EMAIL ],
			mustNotContain: [ STATUS[ String( o.status ) ]! ],
		} );
	} );

	const amountText = ( price: string ) => price.replace( /[^\d.,]/g, '' );
	for ( const ask of policyQuestions( shop.facts, amountText ) ) {
		add( {
			category: 'policy',
			lang: ask.lang,
			text: ask.text,
			mustContain: ask.must,
			mustNotContain: NOT_FOUND,
		} );
	}
	for ( const ask of contactQuestions( shop.facts ) ) {
		add( {
			category: 'contact',
			lang: ask.lang,
			text: ask.text,
			mustContain: ask.must,
			mustNotContain: NOT_FOUND,
		} );
	}

	const byType = PRODUCT_TYPES.map( ( t ) => ( {
		type: t.type,
		products: simple
			.filter( ( p ) => typeOf( shop, p )?.key === t.key )
			.sort( ( a, b ) => Number( a.price ) - Number( b.price ) ),
	} ) ).filter( ( t ) => t.products.length >= 2 );
	SEARCH.forEach( ( t, i ) => {
		const { type, products } = byType[ i % byType.length ]!;
		const limit = Math.ceil( Number( products[ 0 ]!.price ) + 1 );
		const cheaper = products.filter( ( p ) => Number( p.price ) <= limit );
		const dearer = products.filter( ( p ) => Number( p.price ) > limit );
		add( {
			category: 'search',
			lang: t.lang,
			text: t.text( { type: type[ t.lang ], limit } ),
			mustContain: [ cheaper.map( name ) ],
			mustNotContain: [ ...NOT_FOUND, ...dearer.map( name ) ],
		} );
	} );

	UNKNOWN.forEach( ( t, i ) => {
		const p = simple[ ( i * 5 + 2 ) % simple.length ]!;
		add( {
			category: 'unknown',
			lang: t.lang,
			text: t.text( name( p ) ),
			mustContain: [ PERSON ],
			mustNotContain: t.not,
		} );
	} );

	HANDOFF.forEach( ( t ) =>
		add( {
			category: 'handoff',
			lang: t.lang,
			text: t.text( null ),
			mustContain: [ ASK_EMAIL ],
			mustNotContain: [],
		} )
	);

	LANGUAGE.forEach( ( t, i ) => {
		const { type } = byType[ ( i + 3 ) % byType.length ]!;
		add( {
			category: 'language',
			lang: t.lang,
			text: t.text( {
				asked: type[ t.lang ],
				expected: type[ shop.lang ],
			} ),
			mustContain: [ type[ shop.lang ] ],
			mustNotContain: NOT_FOUND,
		} );
	} );
	return { seed, shop, questions };
}

/** OMNIOPS_EVAL_SEED when set, else a new random seed. */
export function baseSeed(): number {
	const fixed = process.env.OMNIOPS_EVAL_SEED;
	if ( fixed !== undefined && fixed !== '' ) {
		const seed = Number( fixed );
		if ( ! Number.isInteger( seed ) || seed < 0 ) {
			throw new Error(
				`OMNIOPS_EVAL_SEED must be a non-negative integer, got "${ fixed }"`
			);
		}
		return seed;
	}
	return Math.floor( Math.random() * 2 ** 31 );
}

/** Five seeds from one base (printed, so any run can be repeated). */
export function seedsFrom( base: number, count = 5 ): number[] {
	return Array.from(
		{ length: count },
		( _, i ) => ( base + i * 7919 ) % 2 ** 31
	);
}
