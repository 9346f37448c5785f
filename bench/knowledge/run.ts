/**
 * Page search benchmark: `knowledge.searchContent` (question analysis, the full-text query
 * over analysed passage terms, coverage and confidence) on a database with two sites of
 * `pages` generated pages each, half German and half English, with invented shop prose.
 * Prints p50/p95/p99 per question language and overall, with the load average, so a
 * figure can be compared across runs. Target: p95 well under the 50 ms answer budget.
 *
 *   npx tsx bench/knowledge/run.ts [--pages 400] [--queries 200] [--dialect sqlite|postgres]
 *
 * PostgreSQL: a fresh database through BENCH_DATABASE_URL, else TEST_DATABASE_URL, else
 * postgres://postgres@127.0.0.1:5432/postgres, dropped afterwards.
 */
import os from 'node:os';
import { openDatabase, migrateToLatest } from '../../sidecar/src/db';
import { createInProcessQueue } from '../../sidecar/src/platform/jobs';
import { createLogger } from '../../sidecar/src/platform/logger';
import { freshDatabase, insertSite } from '../../tests/support/bare-database';
import { createKnowledgeRepo } from '../../sidecar/src/modules/knowledge/repo';
import {
	createKnowledgeService,
	type ContentDocument,
} from '../../sidecar/src/modules/knowledge/service';
import { argument } from '../support/command-line';

const PAGES = Number( argument( 'pages', '400' ) );
const QUERIES = Number( argument( 'queries', '200' ) );
const DIALECT = argument( 'dialect', 'sqlite' ) as 'sqlite' | 'postgres';

/** A deterministic generator, so runs compare. */
function generator( seed: number ) {
	let state = seed;
	return () => {
		state = ( state * 1103515245 + 12345 ) % 2 ** 31;
		return state / 2 ** 31;
	};
}

const SECTIONS = {
	en: [
		[
			'Shipping',
			'We ship within {n} working days. Standard delivery costs {n}.90.',
		],
		[
			'Returns',
			'You can return any item within {n} days for a full refund.',
		],
		[
			'Warranty',
			'Every device comes with a {n}-year warranty against defects.',
		],
		[ 'Payment', 'Pay by card, bank transfer or invoice.' ],
		[ 'Care', 'Clean the surface with a damp cloth; do not use solvents.' ],
		[
			'About us',
			'A family business since 19{n}, with a workshop in town.',
		],
		[ 'Repairs', 'Our workshop repairs and services older models too.' ],
	],
	de: [
		[
			'Versand',
			'Wir versenden innerhalb von {n} Werktagen. Die Lieferung kostet {n},90 Euro.',
		],
		[
			'Widerrufsrecht',
			'Sie können Waren innerhalb von {n} Tagen zurückgeben und erhalten eine Erstattung.',
		],
		[ 'Garantie', 'Auf alle Geräte gewähren wir {n} Jahre Garantie.' ],
		[
			'Zahlung',
			'Zahlen Sie per Kreditkarte, Überweisung oder auf Rechnung.',
		],
		[ 'Pflege', 'Reinigen Sie die Oberfläche mit einem feuchten Tuch.' ],
		[
			'Über uns',
			'Ein Familienunternehmen seit 19{n} mit eigener Werkstatt.',
		],
		[
			'Reparatur',
			'Unsere Werkstatt repariert und wartet auch ältere Modelle.',
		],
	],
} as const;

const QUESTIONS = {
	en: [
		'How long does shipping take?',
		'Can I return my order?',
		'What warranty do you give?',
		'Which payment methods do you accept?',
		'How do I clean it?',
		'Do you repair old machines?',
		'When do I get my refund?',
	],
	de: [
		'Wie lange dauert der Versand?',
		'Kann ich die Ware zurückschicken?',
		'Wie lange gilt die Garantie?',
		'Wie kann ich bezahlen?',
		'Wie reinige ich das Gerät?',
		'Repariert ihr auch alte Maschinen?',
		'Wann bekomme ich mein Geld zurück?',
	],
} as const;

function pagesFor( random: () => number ): ContentDocument[] {
	const docs: ContentDocument[] = [];
	for ( let i = 0; i < PAGES; i++ ) {
		const lang = i % 2 === 0 ? 'en' : 'de';
		const sections = SECTIONS[ lang ]
			.filter( () => random() < 0.6 )
			.map(
				( [ heading, text ] ) =>
					`<h2>${ heading }</h2><p>${ text.replace( /\{n\}/g, () =>
						String( 2 + Math.floor( random() * 28 ) )
					) }</p>`
			);
		docs.push( {
			source: 'wp_page',
			externalId: String( i + 1 ),
			title: `${ lang === 'en' ? 'Page' : 'Seite' } ${ i + 1 }`,
			url: `https://shop.example/page-${ i + 1 }/`,
			html: sections.join( '' ),
			modifiedAt: null,
		} );
	}
	return docs;
}

function percentile( sorted: number[], p: number ): number {
	return (
		sorted[
			Math.min( sorted.length - 1, Math.floor( sorted.length * p ) )
		] ?? 0
	);
}

async function main(): Promise< void > {
	const { config, drop } = await freshDatabase( DIALECT, {
		prefix: 'bench',
		adminUrl:
			process.env.BENCH_DATABASE_URL ??
			process.env.TEST_DATABASE_URL ??
			'postgres://postgres@127.0.0.1:5432/postgres',
	} );
	const db = openDatabase( config );
	const queue = createInProcessQueue( createLogger( 'silent' ) );
	try {
		await migrateToLatest( db );
		const knowledge = createKnowledgeService( {
			repo: createKnowledgeRepo( db.kysely, db.dialect ),
			queue,
			logger: createLogger( 'silent' ),
			clock: () => new Date(),
			fetchTimeoutMs: 1000,
		} );
		const random = generator( 42 );
		const sites = [];
		for ( const name of [ 'bench-a', 'bench-b' ] ) {
			const { organizationId, siteId } = await insertSite(
				db,
				name,
				`https://${ name }.example`
			);
			const site = { id: siteId, organizationId, restUrl: 'https://x/' };
			const started = process.hrtime.bigint();
			await knowledge.indexDocuments( site, pagesFor( random ) );
			const seconds = Number( process.hrtime.bigint() - started ) / 1e9;
			console.log(
				`${ name }: ${ PAGES } pages indexed in ${ seconds.toFixed( 2 ) } s (${ ( PAGES / seconds ).toFixed( 0 ) } pages/s)`
			);
			sites.push( site );
		}
		const timings: Record< 'en' | 'de', number[] > = { en: [], de: [] };
		for ( let i = 0; i < QUERIES; i++ ) {
			const lang = i % 2 === 0 ? 'en' : 'de';
			const list = QUESTIONS[ lang ];
			const question = list[ i % list.length ]!;
			const site = sites[ i % sites.length ]!;
			const started = process.hrtime.bigint();
			await knowledge.searchContent(
				site.organizationId,
				site.id,
				question,
				5
			);
			timings[ lang ].push(
				Number( process.hrtime.bigint() - started ) / 1e6
			);
		}
		const report = ( label: string, values: number[] ) => {
			const sorted = [ ...values ].sort( ( a, b ) => a - b );
			console.log(
				`${ label.padEnd( 8 ) } n=${ sorted.length } p50 ${ percentile( sorted, 0.5 ).toFixed( 2 ) } ms  p95 ${ percentile( sorted, 0.95 ).toFixed( 2 ) } ms  p99 ${ percentile( sorted, 0.99 ).toFixed( 2 ) } ms`
			);
		};
		console.log(
			`searchContent on ${ DIALECT }, 2 sites × ${ PAGES } pages`
		);
		report( 'english', timings.en );
		report( 'german', timings.de );
		report( 'all', [ ...timings.en, ...timings.de ] );
		console.log(
			`load average ${ os
				.loadavg()
				.map( ( l ) => l.toFixed( 1 ) )
				.join( ' ' ) } on ${ os.cpus().length } CPUs`
		);
	} finally {
		await queue.stop();
		await db.close();
		await drop();
	}
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
