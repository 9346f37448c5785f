/**
 * Runs the answering eval end to end: a WooCommerce double serving a shop's catalog and
 * orders, a real sidecar on a real database connected to it exactly as the plugin does
 * (signed connect, keys handed over, full sync), the shop's pages indexed, then every
 * question asked through the widget's chat API over HTTP, earlier turns of a multi-turn
 * question first in the same conversation. Scores must-contain / must-not-contain facts
 * and the reply language, counts invented prices and stock figures, and measures latency.
 *
 * Two shops:
 * - Lumen Outfitters (English clothing, 520 products, tests/eval/questions.ts): runEval();
 * - Kaffeewerk (German coffee equipment, tests/doubles/woocommerce/kaffeewerk.json) with
 *   its dev and frozen sets, and shops generated from a random seed (tests/eval/generated):
 *   runCoffeeShopEval(). Their pages are served over /wp-json/wp/v2/pages and read by the
 *   sidecar's own knowledge sync.
 */
import { percentile } from '../../bench/support/command-line';
import { buildCatalog } from '../doubles/woocommerce/catalog';
import type { CoffeeShop } from '../doubles/woocommerce/coffee-shop';
import { SHOPPER_ORDER, shopperOrderNotes } from '../doubles/woocommerce/shop';
import {
	newKeys,
	startWooCommerceDouble,
	type WooCommerceData,
} from '../doubles/woocommerce/server';
import { startWordPressFront } from '../doubles/woocommerce/wordpress-front';
import {
	connectSite,
	ownerSession,
	signedHeaders,
	startConversation,
	type ConnectedSite,
} from '../support/flows';
import {
	call,
	startTestSidecar,
	type TestDialect,
	type TestSidecar,
} from '../support/sidecar-harness';
import { sendMessage } from '../support/widget-chat';
import { EVAL_PAGES } from './pages';
import { buildQuestions, knownPrices } from './questions';
import {
	moneyAmounts,
	parseAmount,
	scoreReply,
	type KnownFacts,
	type Score,
} from './scoring';
import type { EvalQuestion } from './types';

export type { EvalQuestion } from './types';

export const EVAL_PRODUCTS = 520;

export interface EvalResult extends Score {
	question: EvalQuestion;
	reply: string;
	ms: number;
	/** The sidecar answered with an error status instead of a reply. */
	error: boolean;
}

export interface Tally {
	passed: number;
	total: number;
}

export interface EvalReport {
	label: string;
	results: EvalResult[];
	accuracy: number;
	inventedPrices: number;
	inventedStock: number;
	wrongLanguage: number;
	errors: number;
	p50Ms: number;
	p95Ms: number;
	products: number;
	variations: number;
	pages: number;
	byCategory: Map< string, Tally >;
	byLanguage: Map< string, Tally >;
}

function tally(
	results: EvalResult[],
	key: ( r: EvalResult ) => string
): Map< string, Tally > {
	const map = new Map< string, Tally >();
	for ( const r of results ) {
		const entry = map.get( key( r ) ) ?? { passed: 0, total: 0 };
		entry.total++;
		entry.passed += r.passed ? 1 : 0;
		map.set( key( r ), entry );
	}
	return map;
}

export function summarise(
	label: string,
	results: EvalResult[],
	shop: { products: number; variations: number; pages: number }
): EvalReport {
	const latencies = results.map( ( r ) => r.ms );
	return {
		label,
		results,
		accuracy:
			results.filter( ( r ) => r.passed ).length /
			Math.max( 1, results.length ),
		inventedPrices: results.reduce(
			( n, r ) => n + r.inventedPrices.length,
			0
		),
		inventedStock: results.reduce(
			( n, r ) => n + r.inventedStock.length,
			0
		),
		wrongLanguage: results.filter( ( r ) => r.wrongLanguage ).length,
		errors: results.filter( ( r ) => r.error ).length,
		p50Ms: percentile( latencies, 50 ),
		p95Ms: percentile( latencies, 95 ),
		...shop,
		byCategory: tally( results, ( r ) => r.question.category ),
		byLanguage: tally( results, ( r ) => r.question.lang ?? 'en' ),
	};
}

/**
 * Every money amount and managed stock level in the shop's own data: prices, order totals,
 * amounts written in the pages (texts), in notes to the customer on orders and in products' own descriptions ("up to €500 of
 * cover" is quoted from the shop, not invented).
 */
export function knownFacts(
	data: Pick< WooCommerceData, 'products' | 'variations' > &
		Partial< Pick< WooCommerceData, 'orders' | 'notes' > >,
	texts: string[] = []
): KnownFacts {
	const amounts = new Set< number >();
	const stock = new Set< string >();
	const add = ( value: unknown ) => {
		if ( typeof value === 'string' && /^\d+(\.\d+)?$/.test( value ) ) {
			amounts.add( Math.round( Number( value ) * 100 ) );
		}
	};
	const items = [
		...data.products,
		...[ ...data.variations.values() ].flat(),
	];
	for ( const item of items ) {
		[ item.price, item.regular_price, item.sale_price ].forEach( add );
		if ( item.manage_stock === true && item.stock_quantity !== null ) {
			stock.add( String( item.stock_quantity ) );
		}
	}
	for ( const order of data.orders ?? [] ) {
		[ order.total, order.shipping_total ].forEach( add );
		for ( const line of ( order.line_items ?? [] ) as Array<
			Record< string, unknown >
		> ) {
			add( line.total );
		}
	}
	// A note the shop wrote to the customer on an order ("refunded €12.50") is the shop's word too.
	const customerNotes = [ ...( data.notes?.values() ?? [] ) ]
		.flat()
		.filter( ( note ) => note.customer_note )
		.map( ( note ) => note.note );
	const descriptions = items.flatMap( ( item ) => [
		String( item.description ?? '' ),
		String( item.short_description ?? '' ),
	] );
	for ( const text of [ ...texts, ...descriptions, ...customerNotes ] ) {
		moneyAmounts(
			text
				.replace( /&euro;/g, '€' )
				.replace( /&pound;/g, '£' )
				.replace( /&nbsp;/g, ' ' )
		).forEach( ( cents ) => amounts.add( cents ) );
	}
	return { amounts, stock };
}

interface Conversation {
	id: string;
	auth: Record< string, string >;
}

/** A sidecar connected to a running shop double, ready to be asked questions. */
interface EvalSession {
	sidecar: TestSidecar;
	site: ConnectedSite;
	ask: (
		conversation: Conversation,
		text: string,
		pageContext?: Record< string, string >
	) => Promise< { reply: string; ms: number; error: boolean } >;
}

/**
 * Connects a sidecar to a shop double, as a shop owner would.
 * @param dialect             the database the sidecar runs on
 * @param siteName            the site's name
 * @param shopUrl             the shop's WordPress front
 * @param keys                the WooCommerce REST keys handed to the sidecar
 * @param keys.consumerKey    the key
 * @param keys.consumerSecret its secret
 * @param locale              the shop's WordPress locale, which the widget sends with every message
 */
async function connectShop(
	dialect: TestDialect,
	siteName: string,
	shopUrl: string,
	keys: { consumerKey: string; consumerSecret: string },
	locale: string
): Promise< EvalSession > {
	const sidecar = await startTestSidecar( dialect );
	const owner = await ownerSession( sidecar );
	const site = await connectSite( sidecar, owner, siteName, shopUrl );
	await sidecar.omniops.queue.drain();
	const body = JSON.stringify( {
		...keys,
		webhookSecret: 'eval-webhook-secret-0123456789',
	} );
	const handed = await call(
		sidecar.baseUrl,
		'PUT',
		'/api/site/commerce/credentials',
		{
			rawBody: body,
			headers: signedHeaders(
				site,
				'PUT',
				'/api/site/commerce/credentials',
				body
			),
		}
	);
	if ( handed.status !== 202 ) {
		await sidecar.close();
		throw new Error( `credentials: ${ handed.status }` );
	}
	await sidecar.omniops.queue.drain();
	let counter = 0;
	const ask: EvalSession[ 'ask' ] = async (
		conversation,
		text,
		pageContext
	) => {
		const started = performance.now();
		const response = await sendMessage( sidecar, conversation, text, {
			clientMessageId: `eval-${ ++counter }-${ Date.now() }`,
			locale,
			...( pageContext ? { pageContext } : {} ),
		} );
		if ( response.status !== 201 ) {
			// Counted as a failed answer (and as an error), so one crash does not end the run.
			return {
				reply: `[HTTP ${ response.status }] ${ JSON.stringify( response.body ) }`,
				ms: performance.now() - started,
				error: true,
			};
		}
		return {
			reply: String( response.body.reply.text ),
			ms: performance.now() - started,
			error: false,
		};
	};
	return { sidecar, site, ask };
}

/** Asks every question in a fresh conversation (earlier turns first) and scores the reply. */
async function askAll(
	session: EvalSession,
	questions: readonly EvalQuestion[],
	known: KnownFacts
): Promise< EvalResult[] > {
	const results: EvalResult[] = [];
	for ( const question of questions ) {
		const conversation = await startConversation(
			session.sidecar,
			session.site.publicKey
		);
		for ( const earlier of question.before ?? [] ) {
			await session.ask( conversation, earlier );
		}
		const { reply, ms, error } = await session.ask(
			conversation,
			question.text,
			question.pageContext
		);
		const score = scoreReply( question, reply, known );
		results.push( {
			question,
			reply,
			ms,
			...score,
			error,
			passed: score.passed && ! error,
		} );
	}
	return results;
}

function variationCount( data: Pick< WooCommerceData, 'variations' > ) {
	return [ ...data.variations.values() ].reduce(
		( n, list ) => n + list.length,
		0
	);
}

/** The original eval: Lumen Outfitters, English clothing shop, generated questions. */
export async function runEval(
	dialect: TestDialect = 'sqlite'
): Promise< EvalReport > {
	const catalog = buildCatalog( {
		products: EVAL_PRODUCTS,
		seed: 2026,
		storeUrl: 'https://lumen-outfitters.example',
	} );
	const keys = newKeys();
	const double = await startWooCommerceDouble(
		{
			...catalog,
			currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
			orders: [ SHOPPER_ORDER ],
			notes: shopperOrderNotes(),
		},
		keys
	);
	let session: EvalSession | undefined;
	try {
		session = await connectShop(
			dialect,
			'Lumen Outfitters',
			double.url,
			keys,
			'en_US'
		);
		await session.sidecar.omniops.services.knowledge.indexDocuments(
			{
				id: session.site.siteId,
				organizationId: session.site.organizationId,
				restUrl: `${ double.url }/wp-json/`,
			},
			EVAL_PAGES.map( ( page, i ) => ( {
				source: 'wp_page',
				externalId: String( 10 + i ),
				title: page.title,
				url: `https://lumen-outfitters.example/${ page.slug }/`,
				html: page.html,
				modifiedAt: null,
			} ) )
		);
		const known = knownFacts( catalog );
		for ( const price of knownPrices( catalog ) ) {
			known.amounts.add( parseAmount( price.replace( '€', '' ) ) );
		}
		const results = await askAll(
			session,
			buildQuestions( catalog ),
			known
		);
		return summarise( 'Lumen Outfitters (existing set)', results, {
			products: catalog.products.length,
			variations: variationCount( catalog ),
			pages: EVAL_PAGES.length,
		} );
	} finally {
		await session?.sidecar.close();
		await double.close();
	}
}

/**
 * A coffee shop (the fixed Kaffeewerk or a generated one) behind a WordPress front that
 * serves its pages; every question set is asked on the same connected site and reported
 * on its own.
 */
export async function runCoffeeShopEval(
	shop: CoffeeShop,
	sets: Array< { label: string; questions: readonly EvalQuestion[] } >,
	dialect: TestDialect = 'sqlite'
): Promise< EvalReport[] > {
	const keys = newKeys();
	const data: WooCommerceData = {
		products: shop.products,
		variations: shop.variations,
		orders: shop.orders,
		notes: shop.notes,
		currency: shop.currency,
		// WooCommerce's price format, served by the double as settings/general.
		priceFormat: shop.priceFormat,
	};
	const double = await startWooCommerceDouble( data, keys );
	const front = await startWordPressFront( {
		pages: shop.pages,
		wooCommerceUrl: double.url,
	} );
	let session: EvalSession | undefined;
	try {
		session = await connectShop(
			dialect,
			shop.name,
			front.url,
			keys,
			shop.lang === 'de' ? 'de_DE' : 'en_US'
		);
		const synced = await session.sidecar.omniops.services.knowledge.status(
			session.site.siteId
		);
		if ( synced.documents < shop.pages.length ) {
			throw new Error(
				`knowledge sync read ${ synced.documents } of ${ shop.pages.length } pages: ${ synced.lastError }`
			);
		}
		const known = knownFacts(
			shop,
			shop.pages.map( ( p ) => p.content.rendered )
		);
		const reports: EvalReport[] = [];
		for ( const set of sets ) {
			const results = await askAll( session, set.questions, known );
			reports.push(
				summarise( set.label, results, {
					products: shop.products.length,
					variations: variationCount( shop ),
					pages: shop.pages.length,
				} )
			);
		}
		return reports;
	} finally {
		await session?.sidecar.close();
		await front.close();
		await double.close();
	}
}

const pct = ( t: Tally ) =>
	`${ ( ( t.passed / Math.max( 1, t.total ) ) * 100 ).toFixed( 1 ).padStart( 5 ) }% (${ t.passed }/${ t.total })`;

export function formatReport( report: EvalReport, verbose = false ): string {
	const passed = report.results.filter( ( r ) => r.passed ).length;
	const lines = [
		`== ${ report.label }`,
		`catalog            ${ report.products } products, ${ report.variations } variations, ${ report.pages } pages`,
		`questions          ${ report.results.length }`,
		`accuracy           ${ pct( { passed, total: report.results.length } ) }`,
		`invented prices    ${ report.inventedPrices }`,
		`invented stock     ${ report.inventedStock }`,
		`wrong language     ${ report.wrongLanguage }`,
		`server errors      ${ report.errors }`,
		`reply latency      p50 ${ report.p50Ms.toFixed( 1 ) } ms, p95 ${ report.p95Ms.toFixed( 1 ) } ms (HTTP round trip, embedded responder)`,
		'  per language',
	];
	for ( const [ lang, t ] of [ ...report.byLanguage ].sort() ) {
		lines.push( `    ${ lang.padEnd( 17 ) }${ pct( t ) }` );
	}
	lines.push( '  per class' );
	for ( const [ category, t ] of [ ...report.byCategory ].sort() ) {
		lines.push( `    ${ category.padEnd( 17 ) }${ pct( t ) }` );
	}
	if ( verbose ) {
		for ( const r of report.results.filter( ( x ) => ! x.passed ) ) {
			lines.push(
				`✗ ${ r.question.id } [${ r.question.lang ?? 'en' }]: ${ [ ...( r.question.before ?? [] ), r.question.text ].join( ' ⏎ ' ) }\n    missing ${ JSON.stringify( r.missing ) } unwanted ${ JSON.stringify( r.unwanted ) } invented ${ JSON.stringify( [ ...r.inventedPrices, ...r.inventedStock ] ) }${ r.wrongLanguage ? ' WRONG LANGUAGE' : '' }${ r.markup.length ? ` MARKUP ${ JSON.stringify( r.markup ) }` : '' }\n    reply: ${ r.reply.replace( /\n/g, ' | ' ).slice( 0, 300 ) }`
			);
		}
	}
	return lines.join( '\n' );
}
