/**
 * Blattwerk, an eval shop built for an OUTSIDE blind test: a GERMAN-language houseplant and
 * plant-care shop in Leipzig, priced in euro as WooCommerce formats them for Germany
 * ("1.234,50 €": currency right with a space, "." for thousands, "," for decimals).
 * Built by hand (no random numbers) by `npx tsx tests/doubles/woocommerce/blattwerk.ts --write`
 * and stored in blattwerk.json, which the WooCommerce double serves; its dev questions
 * (tests/eval/dev8/) were written from the catalog before the responder was asked any, by
 * someone who has not read the responder's code. Never rebuild the JSON to pass a question.
 *
 * What it holds: 67 plants (pot Ø, height, light, pet safety, watering as attributes and in
 * an HTML list in the long description, one sentence only in that description), 8 pots
 * (variable: Durchmesser 12/14/17/21 cm and colours), 5 soils (variable: 5 l/10 l/20 l),
 * care products, tools, grow lights, gifts and a voucher; out of stock, backorder ("Wieder
 * lieferbar ab …"), low stock, sale prices; eight pages and twelve orders (1–12).
 */
import { priceFields, taxonomy } from './catalog-kit';
import path from 'node:path';
import {
	CARE,
	GIFTS,
	LIGHT,
	LIGHTS,
	PLANTS,
	TOOLS,
	WATER,
	type Item,
	type Stock,
} from './blattwerk-catalog';
import { POTS, SOILS, VOUCHER_AMOUNTS, type Varied } from './blattwerk-range';
import { buildOrders } from './blattwerk-orders';
import {
	buildPages,
	deEntities,
	EMAIL,
	PHONE,
	STORE_URL,
} from './blattwerk-pages';
import { EURO, GERMAN_PRICE_FORMAT, type CoffeeShop } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';
import {
	combosOf,
	makeVariable,
	specAttribute,
	storedShop,
	variationFor,
	type Axis,
	stockState,
} from './shop-kit';

const SNAPSHOT = path.join( __dirname, 'blattwerk.json' );
const MODIFIED = '2026-12-01T07:30:00';
export const RESTOCK = '12.01.2027';

/** A German slug: umlauts spelled out, ß as ss. */
export const slug = ( value: string ) =>
	value
		.toLowerCase()
		.replace( /ä/g, 'ae' )
		.replace( /ö/g, 'oe' )
		.replace( /ü/g, 'ue' )
		.replace( /ß/g, 'ss' )
		.replace( /&/g, 'und' )
		.replace( /[^a-z0-9]+/g, '-' )
		.replace( /^-|-$/g, '' );

function stockFields( stock: Stock ): Record< string, unknown > {
	if ( stock === 'out' || stock === 0 ) {
		return stockState.soldOut();
	}
	if ( stock === 'back' ) {
		return stockState.backorder();
	}
	if ( stock === null ) {
		return stockState.unmanaged();
	}
	return stockState.counted( stock );
}

const CATEGORIES = [
	'Zimmerpflanzen',
	'Töpfe',
	'Erde & Substrat',
	'Dünger & Pflege',
	'Werkzeug',
	'Zubehör',
	'Pflanzenlicht',
	'Geschenke',
];
const { category, tags } = taxonomy(
	CATEGORIES,
	{ category: 40, tag: 600 },
	slug
);

function base( id: number, name: string, sku: string ): WcProduct {
	const s = slug( name );
	return {
		id,
		name: name.replace( /&/g, '&amp;' ),
		slug: s,
		permalink: `${ STORE_URL }/produkt/${ s }/`,
		type: 'simple',
		status: 'publish',
		sku,
		images: [
			{
				id: id * 10,
				src: `${ STORE_URL }/wp-content/uploads/2026/11/${ s }.jpg`,
				name: s,
				alt: name,
			},
		],
		variations: [] as number[],
		date_modified_gmt: MODIFIED,
	};
}

function priced( price: number, sale: number | null, stock: Stock ) {
	return {
		...priceFields( price, sale ),
		...stockFields( stock ),
	};
}

const restockNote = ( stock: Stock ) =>
	stock === 'back'
		? `<p><strong>Wieder lieferbar ab ${ RESTOCK }</strong> &ndash; Sie können schon jetzt bestellen.</p>`
		: '';

export function buildBlattwerk(): CoffeeShop {
	const products: WcProduct[] = [];
	const variations = new Map< number, WcVariation[] >();
	const details = new Map< number, string >();
	let nextId = 4001;
	let variationId = 9001;

	PLANTS.forEach( ( plant, i ) => {
		const id = nextId++;
		const pet = plant.toxic
			? 'giftig für Katzen und Hunde'
			: 'ungiftig für Katzen und Hunde';
		const specs: Array< [ string, string ] > = [
			[ 'Topfdurchmesser', `${ plant.pot } cm` ],
			[ 'Höhe', `ca. ${ plant.height } cm (mit Topf)` ],
			[ 'Standort', LIGHT[ plant.light ] ],
			[ 'Gießen', WATER[ plant.water ] ],
			[ 'Haustiere', pet ],
		];
		const html = `<p><em>${ plant.botanical }</em> &ndash; ${ plant.detail }</p><ul>${ specs
			.map( ( [ k, v ] ) => `<li><strong>${ k }:</strong> ${ v }</li>` )
			.join( '' ) }</ul><p>Lieferung im Kulturtopf, ohne Übertopf.</p>`;
		const tagList = [
			...( plant.water === 'wenig' ? [ 'pflegeleicht' ] : [] ),
			...( plant.toxic ? [] : [ 'tierfreundlich' ] ),
			...( plant.height >= 100 ? [ 'Großpflanze' ] : [] ),
			...( plant.light === 'SCH' ? [ 'wenig Licht' ] : [] ),
		];
		products.push( {
			...base(
				id,
				plant.name,
				`BW-PF-${ String( i + 1 ).padStart( 3, '0' ) }`
			),
			description: id % 2 ? deEntities( html ) : html,
			short_description: `<p>${ plant.botanical }, ${ plant.pot } cm Topf, ca. ${ plant.height } cm hoch. ${ pet.replace( /^g/, 'G' ).replace( /^u/, 'U' ) }.</p>${ restockNote( plant.stock ) }`,
			categories: [ category( 'Zimmerpflanzen' ) ],
			tags: tags( tagList ),
			attributes: specs.map( specAttribute ),
			...priced( plant.price, plant.sale, plant.stock ),
		} );
		details.set( id, plant.detail );
	} );

	const simple = ( prefix: string, list: Item[] ) =>
		list.forEach(
			( [ name, cat, price, sale, stock, specs, text, tagList ], i ) => {
				const id = nextId++;
				const html = `<p>${ text }</p><ul>${ specs
					.map( ( [ k, v ] ) => `<li>${ k }: ${ v }</li>` )
					.join( '' ) }</ul>`;
				products.push( {
					...base(
						id,
						name,
						`BW-${ prefix }-${ String( i + 1 ).padStart( 3, '0' ) }`
					),
					description: id % 2 ? deEntities( html ) : html,
					short_description: `<p>${ text }</p>${ restockNote( stock ) }`,
					categories: [ category( cat ) ],
					tags: tags( tagList ),
					attributes: specs.map( specAttribute ),
					...priced( price, sale, stock ),
				} );
				details.set( id, text );
			}
		);
	simple( 'PL', CARE );
	simple( 'WZ', TOOLS );
	simple( 'LI', LIGHTS );
	simple( 'GE', GIFTS );

	const varied = ( prefix: string, list: Varied[] ) =>
		list.forEach(
			( [ name, cat, axesSpec, price, stock, specs, text ], i ) => {
				const id = nextId++;
				const product: WcProduct = {
					...base(
						id,
						name,
						`BW-${ prefix }-${ String( i + 1 ).padStart( 3, '0' ) }`
					),
					description: `<p>${ text }</p><ul>${ specs
						.map( ( [ k, v ] ) => `<li>${ k }: ${ v }</li>` )
						.join( '' ) }</ul>`,
					short_description: `<p>${ text }</p>`,
					categories: [ category( cat ) ],
					tags: tags( [ cat === 'Töpfe' ? 'Topf' : 'Erde' ] ),
					attributes: specs.map( specAttribute ),
				};
				const axes: Axis[] = axesSpec.map(
					( [ axisName, options ] ) => ( {
						name: axisName,
						options: options.map( ( label ) => ( {
							label,
							factor: 1,
						} ) ),
					} )
				);
				const made = combosOf( axes ).map( ( combo ) => {
					const options = combo.map( ( c ) => c.label );
					const s = stock( options );
					const v = variationFor(
						product,
						combo,
						{ regular: price( options ), sale: null },
						variationId++,
						stockFields( s ),
						{ slug, modified: MODIFIED }
					);
					v.description = restockNote( s );
					return v;
				} );
				makeVariable( product, axes, made );
				variations.set( id, made );
				products.push( product );
				details.set( id, text );
			}
		);
	varied( 'TO', POTS );
	varied( 'ER', SOILS );
	varied( 'GS', [
		[
			'Geschenkgutschein',
			'Geschenke',
			[ [ 'Betrag', VOUCHER_AMOUNTS ] ],
			( o ) => Number( o[ 0 ]!.replace( /\D/g, '' ) ),
			() => null,
			[ [ 'Gültigkeit', '3 Jahre' ] ],
			'Per E-Mail als PDF, einlösbar online und im Laden.',
		],
	] );

	const { orders, notes } = buildOrders( { products, variations } );
	return {
		name: 'Blattwerk',
		storeUrl: STORE_URL,
		lang: 'de',
		products,
		variations,
		orders,
		notes,
		currency: EURO,
		priceFormat: GERMAN_PRICE_FORMAT,
		pages: buildPages(),
		facts: {
			returnDays: 14,
			shippingCost: '5,90 €',
			freeShippingFrom: '49,00 €',
			deliveryDays: '1–3',
			expressCost: '',
			phone: PHONE,
			email: EMAIL,
			street: 'Karl-Liebknecht-Straße 74',
			city: '04275 Leipzig',
			weekdayHours: '11:00–19:00 Uhr',
			saturdayHours: '10:00–16:00 Uhr',
			warrantyYears: 2,
			descalingPrice: '8,00 €',
			paymentMethods: [
				'PayPal',
				'Visa',
				'Mastercard',
				'Apple Pay',
				'Klarna Rechnung',
				'SEPA-Lastschrift',
				'Vorkasse',
			],
		},
		details,
	};
}

/** The stored shop, as the eval serves it (`--write` stores it afresh first). */
export const loadBlattwerk = storedShop( SNAPSHOT, buildBlattwerk, module );
