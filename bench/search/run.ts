/**
 * Search benchmark. Per dialect: a fresh database with two shops of `products` products
 * each (the WooCommerce demo generator, variable products with their colour × size
 * variations), so every query also has to keep the other shop's rows out. Prints the index
 * build rate and p50/p95/p99 latency of `commerce.searchProducts` per query class (see
 * queries.ts) and overall. Target: p95 ≤ 10 ms for 100,000 products.
 *
 *   npm run bench:search -- [--products 100000] [--queries 100] [--dialect both|sqlite|postgres]
 *                           [--keep] [--reuse <sqlite file | postgres url>]
 *
 * PostgreSQL: a fresh database created through BENCH_DATABASE_URL, else TEST_DATABASE_URL,
 * else postgres://postgres@127.0.0.1:5432/postgres, dropped afterwards unless --keep.
 * --reuse skips building: it migrates a kept database to the latest schema (timing the
 * migration, which rebuilds the search index over the existing rows) and queries it.
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import { sql } from 'kysely';
import { openDatabase, migrateToLatest, type Db } from '../../sidecar/src/db';
import type { Config } from '../../sidecar/src/config';
import { createInProcessQueue } from '../../sidecar/src/platform/jobs';
import { createLogger } from '../../sidecar/src/platform/logger';
import { createSecretBox } from '../../sidecar/src/platform/secret-box';
import {
	createCommerceRepo,
	type CommerceRepo,
} from '../../sidecar/src/modules/commerce/repo';
import { createCommerceService } from '../../sidecar/src/modules/commerce/service';
import {
	fromProduct,
	fromVariation,
	wcProduct,
	wcVariation,
} from '../../sidecar/src/modules/commerce/woocommerce';
import type { CatalogItem } from '../../sidecar/src/modules/commerce/connector';
import { buildCatalog } from '../../tests/doubles/woocommerce/catalog';
import { freshDatabase, insertSite } from '../../tests/support/bare-database';
import {
	BENCH_SYNONYMS,
	QUERY_CLASSES,
	queriesFor,
	type QueryClass,
} from './queries';

interface Options {
	products: number;
	perClass: number;
	dialects: Array< 'sqlite' | 'postgres' >;
	keep: boolean;
	reuse: string | null;
}

function parseOptions( argv: string[] ): Options {
	const value = ( flag: string ) => {
		const index = argv.indexOf( flag );
		return index >= 0 ? argv[ index + 1 ] : undefined;
	};
	const reuse = value( '--reuse' ) ?? null;
	const dialect =
		value( '--dialect' ) ??
		( reuse && /^postgres/.test( reuse ) ? 'postgres' : 'both' );
	if ( reuse && dialect === 'both' ) {
		throw new Error( '--reuse takes one database: add --dialect.' );
	}
	return {
		products: Number( value( '--products' ) ?? 100_000 ),
		perClass: Number( value( '--queries' ) ?? 100 ),
		dialects:
			dialect === 'both'
				? [ 'sqlite', 'postgres' ]
				: [ dialect as 'sqlite' | 'postgres' ],
		keep: argv.includes( '--keep' ),
		reuse,
	};
}

const BATCH = 500;
const SITE_NAMES = [ 'Bench shop A', 'Bench shop B' ];

interface BenchSite {
	organizationId: string;
	siteId: string;
}

async function createSites( db: Db ): Promise< BenchSite[] > {
	const sites: BenchSite[] = [];
	for ( const name of SITE_NAMES ) {
		sites.push( await insertSite( db, name ) );
	}
	return sites;
}

async function findSites( db: Db ): Promise< BenchSite[] > {
	const rows = await db.kysely
		.selectFrom( 'sites' )
		.select( [ 'id', 'organization_id', 'name' ] )
		.where( 'name', 'in', SITE_NAMES )
		.orderBy( 'name' )
		.execute();
	return rows.map( ( r ) => ( {
		organizationId: r.organization_id,
		siteId: r.id,
	} ) );
}

/** One shop's catalog as the sync would store it: parents, then their variations. */
function catalogItems( products: number, seed: number ): CatalogItem[] {
	const catalog = buildCatalog( { products, seed, withVariations: true } );
	const items: CatalogItem[] = [];
	for ( const product of catalog.products ) {
		const parent = fromProduct( wcProduct.parse( product ), 'EUR' );
		items.push( parent );
		for ( const variation of catalog.variations.get( product.id ) ?? [] ) {
			items.push(
				fromVariation( wcVariation.parse( variation ), parent, 'EUR' )
			);
		}
	}
	return items;
}

/** Stores both shops' catalogs; returns the seconds spent writing (index maintenance included). */
async function loadCatalogs(
	repo: CommerceRepo,
	sites: BenchSite[],
	products: number
): Promise< { seconds: number; rows: number } > {
	let seconds = 0;
	let rows = 0;
	const at = new Date().toISOString();
	for ( const [ index, site ] of sites.entries() ) {
		const items = catalogItems( products, index + 1 );
		const started = process.hrtime.bigint();
		for ( let i = 0; i < items.length; i += BATCH ) {
			await repo.upsertItems(
				site.organizationId,
				site.siteId,
				items.slice( i, i + BATCH ),
				'EUR',
				at
			);
		}
		seconds += Number( process.hrtime.bigint() - started ) / 1e9;
		rows += items.length;
	}
	return { seconds, rows };
}

function percentile( sorted: number[], p: number ): number {
	return sorted[
		Math.min(
			sorted.length - 1,
			Math.ceil( ( p / 100 ) * sorted.length ) - 1
		)
	]!;
}

function row( label: string, timings: number[], empty: number ): string {
	const sorted = [ ...timings ].sort( ( a, b ) => a - b );
	const cell = ( value: number ) => value.toFixed( 2 ).padStart( 8 );
	return `  ${ label.padEnd( 10 ) }${ String( sorted.length ).padStart( 6 ) }${ String( empty ).padStart( 7 ) }${ cell( percentile( sorted, 50 ) ) }${ cell( percentile( sorted, 95 ) ) }${ cell( percentile( sorted, 99 ) ) }${ cell( sorted[ sorted.length - 1 ]! ) }`;
}

async function measureQueries(
	db: Db,
	repo: CommerceRepo,
	site: BenchSite,
	perClass: number
): Promise< { p95: number } > {
	const logger = createLogger( 'silent' );
	const commerce = createCommerceService( {
		repo,
		queue: createInProcessQueue( logger ),
		logger,
		clock: () => new Date(),
		secrets: createSecretBox( randomBytes( 32 ) ),
		fetchTimeoutMs: 1000,
		siteByPublicKey: async () => ( { ...site, id: site.siteId, url: '' } ),
		siteById: async () => ( { ...site, id: site.siteId, url: '' } ),
	} );
	const names = (
		await db.kysely
			.selectFrom( 'commerce_products' )
			.select( 'name' )
			.where( 'site_id', '=', site.siteId )
			.where( 'parent_external_id', 'is', null )
			.execute()
	).map( ( r ) => r.name );
	const queries = queriesFor( names, perClass );
	const search = ( text: string ) =>
		commerce.searchProducts( site.organizationId, site.siteId, text );
	for ( const kind of QUERY_CLASSES ) {
		for ( const text of queries[ kind ].slice( 0, 5 ) ) {
			await search( text ); // warm caches and prepared plans
		}
	}
	// Interleave the classes, as real traffic would, rather than running each class hot.
	const timings = new Map< QueryClass, number[] >(
		QUERY_CLASSES.map( ( kind ) => [ kind, [] ] )
	);
	const empty = new Map< QueryClass, number >(
		QUERY_CLASSES.map( ( kind ) => [ kind, 0 ] )
	);
	const cpu: number[] = [];
	for ( let i = 0; i < perClass; i++ ) {
		for ( const kind of QUERY_CLASSES ) {
			const t0 = process.hrtime.bigint();
			const c0 = process.cpuUsage();
			const hits = await search( queries[ kind ][ i ]! );
			const used = process.cpuUsage( c0 );
			timings
				.get( kind )!
				.push( Number( process.hrtime.bigint() - t0 ) / 1e6 );
			cpu.push( ( used.user + used.system ) / 1000 );
			if ( hits.length === 0 ) {
				empty.set( kind, empty.get( kind )! + 1 );
			}
		}
	}
	console.log(
		'  class      queries  empty     p50     p95     p99     max   (ms)'
	);
	for ( const kind of QUERY_CLASSES ) {
		console.log( row( kind, timings.get( kind )!, empty.get( kind )! ) );
	}
	const all = [ ...timings.values() ].flat();
	const allEmpty = [ ...empty.values() ].reduce( ( a, b ) => a + b, 0 );
	console.log( row( 'all', all, allEmpty ) );
	cpu.sort( ( a, b ) => a - b );
	// CPU time of this process per query: the in-process cost (all of it on SQLite, the
	// client side on PostgreSQL), which other load on the machine does not inflate.
	console.log(
		`  bench process CPU per query: p50 ${ percentile( cpu, 50 ).toFixed( 2 ) } ms, p95 ${ percentile( cpu, 95 ).toFixed( 2 ) } ms; load average ${ os
			.loadavg()
			.map( ( l ) => l.toFixed( 1 ) )
			.join( ' ' ) } on ${ os.cpus().length } CPUs`
	);
	const sorted = all.sort( ( a, b ) => a - b );
	return { p95: percentile( sorted, 95 ) };
}

function reusedDatabase(
	dialect: 'sqlite' | 'postgres',
	location: string
): Config[ 'database' ] {
	return dialect === 'postgres'
		? { kind: 'postgres', url: location }
		: { kind: 'sqlite', file: location };
}

async function benchDialect(
	dialect: 'sqlite' | 'postgres',
	options: Options
): Promise< boolean > {
	const fresh = options.reuse
		? null
		: await freshDatabase( dialect, {
				prefix: 'bench',
				adminUrl:
					process.env.BENCH_DATABASE_URL ??
					process.env.TEST_DATABASE_URL ??
					'postgres://postgres@127.0.0.1:5432/postgres',
			} );
	const config = fresh?.config ?? reusedDatabase( dialect, options.reuse! );
	const db = openDatabase( config );
	try {
		const migrationStarted = process.hrtime.bigint();
		const applied = await migrateToLatest( db );
		const migrationSeconds =
			Number( process.hrtime.bigint() - migrationStarted ) / 1e9;
		const repo = createCommerceRepo( db.kysely, db.dialect );
		console.log( `\n${ dialect }` );
		let sites: BenchSite[];
		if ( options.reuse ) {
			sites = await findSites( db );
			console.log(
				`  reused ${ options.reuse }: ${ applied.length } migration(s) in ${ migrationSeconds.toFixed( 1 ) } s ${ applied.join( ', ' ) }`
			);
		} else {
			sites = await createSites( db );
			const { seconds, rows } = await loadCatalogs(
				repo,
				sites,
				options.products
			);
			const settleStarted = process.hrtime.bigint();
			await repo.compactSearchIndex(); // as the end of a full catalog sync does
			if ( db.dialect === 'postgres' ) {
				// What autovacuum does shortly after a large sync: planner statistics and the
				// visibility map, so the queries below see a settled table, not a fresh load.
				await sql`vacuum analyze commerce_products`.execute(
					db.kysely
				);
			}
			const settleSeconds =
				Number( process.hrtime.bigint() - settleStarted ) / 1e9;
			const products = options.products * sites.length;
			console.log(
				`  catalog    ${ sites.length } shops × ${ options.products } products (${ rows } rows with variations)`
			);
			console.log(
				`  build      ${ seconds.toFixed( 1 ) } s = ${ Math.round( products / seconds ) } products/s (${ Math.round( rows / seconds ) } rows/s, index maintained on write)`
			);
			console.log(
				`  settle     ${ settleSeconds.toFixed( 1 ) } s (${ db.dialect === 'sqlite' ? 'FTS5 optimize' : 'vacuum analyze' } after the load)`
			);
		}
		await repo.replaceSynonyms(
			sites[ 0 ]!.organizationId,
			sites[ 0 ]!.siteId,
			BENCH_SYNONYMS
		);
		const { p95 } = await measureQueries(
			db,
			repo,
			sites[ 0 ]!,
			options.perClass
		);
		console.log(
			`  p95 ${ p95.toFixed( 2 ) } ms: ${ p95 <= 10 ? 'meets' : 'MISSES' } the 10 ms target`
		);
		return p95 <= 10;
	} finally {
		await db.close();
		if ( fresh && options.keep ) {
			console.log( `  kept ${ fresh.where }` );
		} else {
			await fresh?.drop();
		}
	}
}

async function main(): Promise< void > {
	const options = parseOptions( process.argv.slice( 2 ) );
	let met = true;
	for ( const dialect of options.dialects ) {
		met = ( await benchDialect( dialect, options ) ) && met;
	}
	process.exitCode = met ? 0 : 1;
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
