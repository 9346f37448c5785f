/**
 * Search benchmark: builds a 100,000-product catalog (the WooCommerce demo generator,
 * simple products) in a fresh database, then prints the index build rate and p50/p95
 * latency of product searches (exact names, prefixes, typos, attributes, misses) through
 * the commerce service. Target: p95 ≤ 10 ms.
 *
 *   npx tsx bench/search/run.ts [products=100000] [queries=500]
 *   DATABASE_URL=postgres://… npx tsx bench/search/run.ts      # PostgreSQL instead of SQLite
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { openDatabase, migrateToLatest } from '../../sidecar/src/db';
import { createInProcessQueue } from '../../sidecar/src/platform/jobs';
import { createLogger } from '../../sidecar/src/platform/logger';
import { createSecretBox } from '../../sidecar/src/platform/secret-box';
import { createCommerceRepo } from '../../sidecar/src/modules/commerce/repo';
import { createCommerceService } from '../../sidecar/src/modules/commerce/service';
import {
	fromProduct,
	wcProduct,
} from '../../sidecar/src/modules/commerce/woocommerce';
import {
	buildCatalog,
	seededRandom,
} from '../../tests/doubles/woocommerce/catalog';

const PRODUCTS = Number( process.argv[ 2 ] ?? 100_000 );
const QUERIES = Number( process.argv[ 3 ] ?? 500 );
const BATCH = 1000;

function percentile( sorted: number[], p: number ): number {
	return sorted[
		Math.min( sorted.length - 1, Math.floor( ( p / 100 ) * sorted.length ) )
	]!;
}

/** Realistic query shapes built from the catalog's own names. */
function queriesFor( names: string[], count: number ): string[] {
	const random = seededRandom( 99 );
	const pick = () => names[ Math.floor( random() * names.length ) ]!;
	const typo = ( word: string ) =>
		word.length > 4
			? `${ word.slice( 0, 2 ) }${ word[ 3 ] }${ word[ 2 ] }${ word.slice( 4 ) }`
			: word;
	const shapes = [
		() => pick(),
		() => `do you have the ${ pick().toLowerCase() }?`,
		() => pick().split( ' ' ).slice( 0, 2 ).join( ' ' ).slice( 0, -2 ),
		() => pick().split( ' ' ).map( typo ).join( ' ' ),
		() => `${ pick().split( ' ' ).slice( -1 )[ 0 ] } in blue size M`,
		() => 'cheap waterproof jacket',
		() => 'zzqx nonexistent gizmo',
	];
	return Array.from( { length: count }, ( _, i ) =>
		shapes[ i % shapes.length ]!()
	);
}

async function main(): Promise< void > {
	const tmp = fs.mkdtempSync( path.join( os.tmpdir(), 'omniops-bench-' ) );
	const database = process.env.DATABASE_URL
		? { kind: 'postgres' as const, url: process.env.DATABASE_URL }
		: { kind: 'sqlite' as const, file: path.join( tmp, 'bench.sqlite' ) };
	const db = openDatabase( database );
	await migrateToLatest( db );
	const organizationId = crypto.randomUUID();
	const siteId = crypto.randomUUID();
	const at = new Date().toISOString();
	await db.kysely
		.insertInto( 'organizations' )
		.values( { id: organizationId, name: 'Bench', created_at: at } )
		.execute();
	await db.kysely
		.insertInto( 'sites' )
		.values( {
			id: siteId,
			organization_id: organizationId,
			name: 'Bench shop',
			url: 'https://bench.example',
			rest_url: 'https://bench.example/wp-json/',
			allowed_origins: '[]',
			public_key: `pk_${ randomBytes( 12 ).toString( 'hex' ) }`,
			signing_secret: 'x',
			platform: '{}',
			created_at: at,
			disconnected_at: null,
		} )
		.execute();

	const logger = createLogger( 'silent' );
	const repo = createCommerceRepo( db.kysely, db.dialect );
	const commerce = createCommerceService( {
		repo,
		queue: createInProcessQueue( logger ),
		logger,
		clock: () => new Date(),
		secrets: createSecretBox( randomBytes( 32 ) ),
		fetchTimeoutMs: 1000,
		siteByPublicKey: async () => ( {
			id: siteId,
			organizationId,
			url: '',
		} ),
		siteById: async () => ( { id: siteId, organizationId, url: '' } ),
	} );

	const { products } = buildCatalog( {
		products: PRODUCTS,
		seed: 1,
		withVariations: false,
	} );
	const items = products.map( ( p ) =>
		fromProduct( wcProduct.parse( p ), 'EUR' )
	);
	const started = process.hrtime.bigint();
	for ( let i = 0; i < items.length; i += BATCH ) {
		await repo.upsertItems(
			organizationId,
			siteId,
			items.slice( i, i + BATCH ),
			'EUR',
			at
		);
	}
	const buildSeconds = Number( process.hrtime.bigint() - started ) / 1e9;

	const queries = queriesFor(
		items.map( ( item ) => item.name ),
		QUERIES
	);
	for ( const query of queries.slice( 0, 20 ) ) {
		await commerce.searchProducts( organizationId, siteId, query ); // warm caches
	}
	const timings: number[] = [];
	let empty = 0;
	for ( const query of queries ) {
		const t0 = process.hrtime.bigint();
		const hits = await commerce.searchProducts(
			organizationId,
			siteId,
			query
		);
		timings.push( Number( process.hrtime.bigint() - t0 ) / 1e6 );
		empty += hits.length === 0 ? 1 : 0;
	}
	timings.sort( ( a, b ) => a - b );
	console.log( `database            ${ db.dialect }` );
	console.log( `products indexed    ${ items.length }` );
	console.log(
		`index build         ${ buildSeconds.toFixed( 1 ) } s = ${ Math.round( items.length / buildSeconds ) } products/s`
	);
	console.log(
		`queries             ${ timings.length } (${ empty } without results)`
	);
	console.log(
		`latency p50         ${ percentile( timings, 50 ).toFixed( 2 ) } ms`
	);
	console.log(
		`latency p95         ${ percentile( timings, 95 ).toFixed( 2 ) } ms (target ≤ 10 ms)`
	);
	console.log(
		`latency max         ${ timings[ timings.length - 1 ]!.toFixed( 2 ) } ms`
	);
	await db.close();
	fs.rmSync( tmp, { recursive: true, force: true } );
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
