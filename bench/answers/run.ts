/**
 * Answer benchmark: how long the embedded responder takes for one answer (analysis,
 * product and page retrieval, composition), without HTTP. Per dialect a real sidecar on a
 * fresh database, connected to the WooCommerce double serving the demo catalog (520+
 * products with variations) and synced as the plugin hands a shop over, the demo policy
 * pages indexed; then a mix of English and German questions (price, stock, variation,
 * specification, policy, contact, order, search, out of scope) asked in rounds. Prints
 * p50/p95/p99 per class and overall with the load average. Target: p95 ≤ 50 ms.
 *
 *   npm run bench:answers -- [--products 520] [--rounds 5] [--dialect both|sqlite|postgres]
 *                            [--responder <path to an embedded-responder.ts>]
 *
 * --responder loads another build of the responder (e.g. an older commit unpacked with
 * `git archive`) against the same tools, for before/after figures.
 * PostgreSQL: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import os from 'node:os';
import path from 'node:path';
import { collectReply } from '../../sidecar/src/modules/assistant/responder';
import type {
	AssistantTools,
	Responder,
	ResponderInput,
} from '../../sidecar/src/modules/assistant/responder';
import type { buildCatalog } from '../../tests/doubles/woocommerce/catalog';
import { SHOPPER_ORDER } from '../../tests/doubles/woocommerce/shop';
import { EVAL_PAGES } from '../../tests/eval/pages';
import {
	startTestSidecar,
	type TestDialect,
} from '../../tests/support/sidecar-harness';
import { connectBenchShop } from '../support/bench-shop';
import { percentile } from '../support/command-line';

interface Options {
	products: number;
	rounds: number;
	dialects: TestDialect[];
	responder: string;
}

function parseOptions( argv: string[] ): Options {
	const value = ( flag: string ) => {
		const index = argv.indexOf( flag );
		return index >= 0 ? argv[ index + 1 ] : undefined;
	};
	const dialect = value( '--dialect' ) ?? 'both';
	return {
		products: Number( value( '--products' ) ?? 520 ),
		rounds: Number( value( '--rounds' ) ?? 5 ),
		dialects:
			dialect === 'both'
				? [ 'sqlite', 'postgres' ]
				: [ dialect as TestDialect ],
		responder: path.resolve(
			value( '--responder' ) ??
				path.join(
					__dirname,
					'../../sidecar/src/modules/assistant/embedded-responder.ts'
				)
		),
	};
}

interface Question {
	kind: string;
	text: string;
	history?: ResponderInput[ 'history' ];
}

type Catalog = ReturnType< typeof buildCatalog >;

/** The questions asked as written, by kind (the others are made from the catalog). */
const FIXED_QUESTIONS: Record< string, string[] > = {
	policy: [
		'How long does shipping take?',
		'Wie lange dauert der Versand?',
		'What is your return policy?',
		'Kann ich einen Artikel zurückgeben?',
		'Do you ship to the United Kingdom?',
	],
	contact: [
		'What is your phone number?',
		'Wann habt ihr geöffnet?',
		'Where is your store?',
	],
	order: [
		'Where is my order 4321? ana.shopper@example.com',
		'Bestellung 12, kunde@example.org',
	],
	search: [
		'Do you sell backpacks under €60?',
		'Habt ihr Mützen?',
		'Can you recommend headphones?',
	],
	unknown: [
		'What is the weather in Paris tomorrow?',
		'Wer hat gestern das Spiel gewonnen?',
	],
};

/** Questions over the catalog's own names, in English and German, every class a few times. */
function questionsFor( catalog: Catalog ): Question[] {
	const simple = catalog.products.filter( ( p ) => p.type === 'simple' );
	const variable = catalog.products.filter( ( p ) => p.type === 'variable' );
	const name = ( p: Record< string, unknown > ) => String( p.name );
	const questions: Question[] = [];
	simple.slice( 0, 8 ).forEach( ( p, i ) => {
		questions.push( {
			kind: 'price',
			text:
				i % 2
					? `Was kostet der ${ name( p ) }?`
					: `How much is the ${ name( p ) }?`,
		} );
		questions.push( {
			kind: 'stock',
			text:
				i % 2
					? `Ist der ${ name( p ) } vorrätig?`
					: `Is the ${ name( p ) } in stock?`,
		} );
		questions.push( {
			kind: 'spec',
			text:
				i % 2
					? `Aus welchem Material ist der ${ name( p ) }?`
					: `What is the ${ name( p ) } made of?`,
		} );
	} );
	variable.slice( 0, 6 ).forEach( ( p ) => {
		const options = ( p.attributes as Array< { options: string[] } > ).map(
			( a ) => a.options[ 0 ]
		);
		questions.push( {
			kind: 'variation',
			text: `How much is the ${ name( p ) } in ${ options.join( ', size ' ) }?`,
		} );
	} );
	for ( const [ kind, texts ] of Object.entries( FIXED_QUESTIONS ) ) {
		for ( const text of texts ) {
			questions.push( { kind, text } );
		}
	}
	return questions;
}

function summary( label: string, samples: number[] ): string {
	const sorted = [ ...samples ].sort( ( a, b ) => a - b );
	return `  ${ label.padEnd( 10 ) } n=${ String( sorted.length ).padStart(
		4
	) }  p50 ${ percentile( sorted, 50 ).toFixed( 1 ).padStart( 6 ) } ms  p95 ${ percentile(
		sorted,
		95
	)
		.toFixed( 1 )
		.padStart( 6 ) } ms  p99 ${ percentile( sorted, 99 )
		.toFixed( 1 )
		.padStart( 6 ) } ms`;
}

const loadAverage = () =>
	os
		.loadavg()
		.map( ( l ) => l.toFixed( 2 ) )
		.join( ' ' );

async function benchDialect(
	dialect: TestDialect,
	options: Options
): Promise< void > {
	const sidecar = await startTestSidecar( dialect );
	let closeShop = async () => {};
	try {
		const { catalog, site, double } = await connectBenchShop( sidecar, {
			name: 'Bench answers',
			storeUrl: 'https://bench-answers.example',
			products: options.products,
			orders: [ { ...SHOPPER_ORDER, line_items: [] } ],
		} );
		closeShop = double.close;
		const { commerce, knowledge } = sidecar.omniops.services;
		// The tools as app.ts hands them to the responders.
		const tools: AssistantTools = {
			searchContent: knowledge.searchContent,
			searchProducts: commerce.searchProducts,
			getProduct: commerce.getProduct,
			lookupOrder: commerce.lookupOrder,
			lookupCustomerOrder: commerce.lookupCustomerOrder,
		};
		const module = ( await import( options.responder ) ) as {
			createEmbeddedResponder: ( t: AssistantTools ) => Responder;
		};
		const responder = module.createEmbeddedResponder( tools );
		const questions = questionsFor( catalog );
		const byKind = new Map< string, number[] >();
		let conversation = 0;
		const ask = async ( question: Question ) => {
			const started = performance.now();
			await collectReply(
				responder.respond( {
					organizationId: site.organizationId,
					siteId: site.siteId,
					conversationId: `bench-${ ++conversation }`,
					text: question.text,
					locale: 'en',
					pageContext: null,
					history: question.history ?? [],
				} )
			);
			return performance.now() - started;
		};
		// Warm-up round: prepared statements, caches, JIT.
		for ( const question of questions ) {
			await ask( question );
		}
		const loadBefore = loadAverage();
		// The whole process's CPU (responder, tools, SQLite in process; not PostgreSQL's server).
		const cpuBefore = process.cpuUsage();
		let answered = 0;
		for ( let round = 0; round < options.rounds; round++ ) {
			for ( const question of questions ) {
				const ms = await ask( question );
				answered++;
				byKind.set( question.kind, [
					...( byKind.get( question.kind ) ?? [] ),
					ms,
				] );
			}
		}
		const cpu = process.cpuUsage( cpuBefore );
		const variations = [ ...catalog.variations.values() ].reduce(
			( n, list ) => n + list.length,
			0
		);
		console.log(
			`\n${ dialect }: ${ catalog.products.length } products, ${ variations } variations, ${ EVAL_PAGES.length } pages; responder ${ path.relative(
				process.cwd(),
				options.responder
			) }`
		);
		console.log(
			`load average ${ loadBefore } (before) / ${ loadAverage() } (after) on ${
				os.cpus().length
			} CPUs`
		);
		console.log(
			`  CPU ${ ( ( cpu.user + cpu.system ) / 1000 / answered ).toFixed(
				2
			) } ms per answer (process user+system over ${ answered } answers)`
		);
		for ( const [ kind, samples ] of [ ...byKind ].sort() ) {
			console.log( summary( kind, samples ) );
		}
		const all = [ ...byKind.values() ].flat();
		console.log( summary( 'all', all ) );
		const p95 = percentile(
			[ ...all ].sort( ( a, b ) => a - b ),
			95
		);
		console.log(
			`  target p95 ≤ 50 ms: ${ p95 <= 50 ? 'met' : 'NOT met' } (${ p95.toFixed(
				1
			) } ms)`
		);
	} finally {
		await sidecar.close();
		await closeShop();
	}
}

async function main() {
	const options = parseOptions( process.argv.slice( 2 ) );
	if ( options.dialects.includes( 'postgres' ) ) {
		process.env.TEST_DATABASE_URL ??=
			'postgres://postgres@127.0.0.1:5432/postgres';
	}
	for ( const dialect of options.dialects ) {
		await benchDialect( dialect, options );
	}
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
