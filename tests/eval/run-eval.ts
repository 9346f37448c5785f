/**
 * Runs the answering eval end to end: a WooCommerce double serving the demo catalog
 * (520 products with variations, an order with notes), a real sidecar on a real database
 * connected to it exactly as the plugin does (signed connect, keys handed over, full sync),
 * the policy pages indexed, then every question asked through the widget's chat API over
 * HTTP. Scores must-contain / must-not-contain facts, counts invented prices and stock
 * figures, and measures reply latency.
 */
import { buildCatalog } from '../doubles/woocommerce/catalog';
import { newKeys, startWooCommerceDouble } from '../doubles/woocommerce/server';
import {
	connectSite,
	ownerSession,
	signedHeaders,
	startConversation,
} from '../support/flows';
import {
	call,
	startTestSidecar,
	type TestDialect,
} from '../support/sidecar-harness';
import { EVAL_PAGES } from './pages';
import { buildQuestions, knownPrices, type EvalQuestion } from './questions';

export const EVAL_PRODUCTS = 520;

export interface EvalResult {
	question: EvalQuestion;
	reply: string;
	passed: boolean;
	missing: string[];
	unwanted: string[];
	inventedPrices: string[];
	inventedStock: string[];
	ms: number;
}

export interface EvalReport {
	results: EvalResult[];
	accuracy: number;
	inventedPrices: number;
	inventedStock: number;
	p50Ms: number;
	p95Ms: number;
	products: number;
	variations: number;
}

function percentile( values: number[], p: number ): number {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return (
		sorted[
			Math.min(
				sorted.length - 1,
				Math.floor( ( p / 100 ) * sorted.length )
			)
		] ?? 0
	);
}

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
			orders: [
				{
					id: 4321,
					number: '4321',
					status: 'completed',
					currency: 'EUR',
					total: '84.50',
					date_created_gmt: '2026-11-18T09:30:00',
					billing: { email: 'ana.shopper@example.com' },
					line_items: [
						{
							id: 1,
							name: 'Aurora Merino Hoodie',
							quantity: 1,
							total: '79.00',
						},
					],
				},
			],
			notes: new Map( [
				[
					4321,
					[
						{
							id: 1,
							note: 'Shipped with DHL, tracking number JD014600003SE.',
							customer_note: true,
						},
						{
							id: 2,
							note: 'Payment captured (internal).',
							customer_note: false,
						},
					],
				],
			] ),
		},
		keys
	);
	const sidecar = await startTestSidecar( dialect );
	try {
		const owner = await ownerSession( sidecar );
		const site = await connectSite(
			sidecar,
			owner,
			'Lumen Outfitters',
			double.url
		);
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
			throw new Error( `credentials: ${ handed.status }` );
		}
		await sidecar.omniops.queue.drain();
		await sidecar.omniops.services.knowledge.indexDocuments(
			{
				id: site.siteId,
				organizationId: site.organizationId,
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
		const questions = buildQuestions( catalog );
		const prices = knownPrices( catalog );
		const quantities = new Set(
			[
				...catalog.products,
				...[ ...catalog.variations.values() ].flat(),
			]
				.filter( ( item ) => item.manage_stock === true )
				.map( ( item ) => String( item.stock_quantity ) )
		);
		const results: EvalResult[] = [];
		let counter = 0;
		const ask = async (
			conversation: { id: string; auth: Record< string, string > },
			text: string,
			pageContext?: Record< string, string >
		) => {
			const started = performance.now();
			const response = await call(
				sidecar.baseUrl,
				'POST',
				`/api/widget/conversations/${ conversation.id }/messages`,
				{
					body: {
						text,
						clientMessageId: `eval-${ ++counter }-${ Date.now() }`,
						...( pageContext ? { pageContext } : {} ),
					},
					headers: conversation.auth,
				}
			);
			if ( response.status !== 201 ) {
				throw new Error(
					`send "${ text }": ${ response.status } ${ JSON.stringify( response.body ) }`
				);
			}
			return {
				reply: String( response.body.reply.text ),
				ms: performance.now() - started,
			};
		};
		for ( const question of questions ) {
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			for ( const earlier of question.before ?? [] ) {
				await ask( conversation, earlier );
			}
			const { reply, ms } = await ask(
				conversation,
				question.text,
				question.pageContext
			);
			const lower = reply.toLowerCase();
			const missing = question.mustContain.filter(
				( fact ) => ! lower.includes( fact.toLowerCase() )
			);
			const unwanted = question.mustNotContain.filter( ( fact ) =>
				lower.includes( fact.toLowerCase() )
			);
			const inventedPrices = (
				reply.match( /€\d+(?:\.\d{2})?/g ) ?? []
			).filter( ( p ) => ! prices.has( p ) );
			const inventedStock = [ ...reply.matchAll( /\((\d+) left\)/g ) ]
				.map( ( m ) => m[ 1 ]! )
				.filter( ( n ) => ! quantities.has( n ) );
			results.push( {
				question,
				reply,
				passed:
					missing.length === 0 &&
					unwanted.length === 0 &&
					inventedPrices.length === 0 &&
					inventedStock.length === 0,
				missing,
				unwanted,
				inventedPrices,
				inventedStock,
				ms,
			} );
		}
		const latencies = results.map( ( r ) => r.ms );
		return {
			results,
			accuracy:
				results.filter( ( r ) => r.passed ).length / results.length,
			inventedPrices: results.reduce(
				( n, r ) => n + r.inventedPrices.length,
				0
			),
			inventedStock: results.reduce(
				( n, r ) => n + r.inventedStock.length,
				0
			),
			p50Ms: percentile( latencies, 50 ),
			p95Ms: percentile( latencies, 95 ),
			products: catalog.products.length,
			variations: [ ...catalog.variations.values() ].reduce(
				( n, list ) => n + list.length,
				0
			),
		};
	} finally {
		await sidecar.close();
		await double.close();
	}
}

export function formatReport( report: EvalReport, verbose = false ): string {
	const lines = [
		`catalog            ${ report.products } products, ${ report.variations } variations, ${ 5 } policy pages`,
		`questions          ${ report.results.length }`,
		`accuracy           ${ ( report.accuracy * 100 ).toFixed( 1 ) }% (${ report.results.filter( ( r ) => r.passed ).length }/${ report.results.length })`,
		`invented prices    ${ report.inventedPrices }`,
		`invented stock     ${ report.inventedStock }`,
		`reply latency      p50 ${ report.p50Ms.toFixed( 1 ) } ms, p95 ${ report.p95Ms.toFixed( 1 ) } ms (HTTP round trip, embedded responder)`,
	];
	const byCategory = new Map< string, { passed: number; total: number } >();
	for ( const r of report.results ) {
		const entry = byCategory.get( r.question.category ) ?? {
			passed: 0,
			total: 0,
		};
		entry.total++;
		entry.passed += r.passed ? 1 : 0;
		byCategory.set( r.question.category, entry );
	}
	for ( const [ category, { passed, total } ] of byCategory ) {
		lines.push( `  ${ category.padEnd( 17 ) }${ passed }/${ total }` );
	}
	if ( verbose ) {
		for ( const r of report.results.filter( ( x ) => ! x.passed ) ) {
			lines.push(
				`✗ ${ r.question.id }: ${ r.question.text }\n    missing ${ JSON.stringify( r.missing ) } unwanted ${ JSON.stringify( r.unwanted ) } invented ${ JSON.stringify( [ ...r.inventedPrices, ...r.inventedStock ] ) }\n    reply: ${ r.reply.replace( /\n/g, ' | ' ).slice( 0, 300 ) }`
			);
		}
	}
	return lines.join( '\n' );
}
