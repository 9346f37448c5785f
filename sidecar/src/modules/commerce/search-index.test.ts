/**
 * The per-site search index (ADR 0015) on a real database of each dialect: the migration
 * rebuilds it over a catalog stored before it, searches never leave their site, and
 * updates and deletes keep the index in step with the products.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { randomBytes } from 'node:crypto';
import { Migrator } from 'kysely';
import pg from 'pg';
import { testDialects } from '../../../../tests/support/sidecar-harness';
import { buildCatalog } from '../../../../tests/doubles/woocommerce/catalog';
import { migrateToLatest, openDatabase, type Db } from '../../db';
import { migrationProvider } from '../../db/migrations';
import { createCommerceRepo, type CommerceRepo } from './repo';
import { fromProduct, wcProduct } from './woocommerce';
import type { CatalogItem } from './connector';

const THIS_MIGRATION = /-commerce-search-per-site$/;

async function openFreshDatabase(
	dialect: 'sqlite' | 'postgres'
): Promise< { db: Db; drop: () => Promise< void > } > {
	if ( dialect === 'sqlite' ) {
		const dir = fs.mkdtempSync(
			path.join( os.tmpdir(), 'omniops-search-' )
		);
		return {
			db: openDatabase( {
				kind: 'sqlite',
				file: path.join( dir, 'search.sqlite' ),
			} ),
			drop: async () =>
				fs.rmSync( dir, { recursive: true, force: true } ),
		};
	}
	const adminUrl = process.env.TEST_DATABASE_URL!;
	const name = `omniops_search_${ randomBytes( 5 ).toString( 'hex' ) }`;
	const admin = async ( statement: string ) => {
		const client = new pg.Client( { connectionString: adminUrl } );
		await client.connect();
		await client.query( statement );
		await client.end();
	};
	await admin( `create database ${ name }` );
	const url = new URL( adminUrl );
	url.pathname = `/${ name }`;
	return {
		db: openDatabase( { kind: 'postgres', url: url.toString() } ),
		drop: () => admin( `drop database if exists ${ name } with (force)` ),
	};
}

/** Migrates to the migration just before the per-site search index. */
async function migrateToBeforeSearchIndex( db: Db ): Promise< void > {
	const names = Object.keys(
		await migrationProvider( db.dialect ).getMigrations()
	).sort();
	const index = names.findIndex( ( name ) => THIS_MIGRATION.test( name ) );
	expect( index ).toBeGreaterThan( 0 );
	const { error } = await new Migrator( {
		db: db.kysely,
		provider: migrationProvider( db.dialect ),
	} ).migrateTo( names[ index - 1 ]! );
	expect( error ).toBeUndefined();
}

async function createSite(
	db: Db,
	name: string
): Promise< { organizationId: string; siteId: string } > {
	const organizationId = crypto.randomUUID();
	const siteId = crypto.randomUUID();
	const at = new Date().toISOString();
	await db.kysely
		.insertInto( 'organizations' )
		.values( { id: organizationId, name, created_at: at } )
		.execute();
	await db.kysely
		.insertInto( 'sites' )
		.values( {
			id: siteId,
			organization_id: organizationId,
			name,
			url: `https://${ siteId }.example`,
			rest_url: `https://${ siteId }.example/wp-json/`,
			allowed_origins: '[]',
			public_key: `pk_${ randomBytes( 12 ).toString( 'hex' ) }`,
			signing_secret: 'x',
			platform: '{}',
			created_at: at,
			disconnected_at: null,
		} )
		.execute();
	return { organizationId, siteId };
}

function catalog( products: number, seed: number ): CatalogItem[] {
	return buildCatalog( {
		products,
		seed,
		withVariations: false,
	} ).products.map( ( product ) =>
		fromProduct( wcProduct.parse( product ), 'EUR' )
	);
}

describe.each( testDialects() )( 'product search index on %s', ( dialect ) => {
	let db: Db;
	let drop: () => Promise< void >;
	let repo: CommerceRepo;
	let other: { organizationId: string; siteId: string };
	let shop: { organizationId: string; siteId: string };
	let shopItems: CatalogItem[] = [];
	const at = '2026-11-26T00:00:00.000Z';

	const names = async ( site: typeof shop, groups: string[][] ) => {
		const hits = await repo.searchProducts(
			site.organizationId,
			site.siteId,
			groups,
			'and',
			50
		);
		const products = await repo.getProducts(
			site.organizationId,
			site.siteId,
			hits.map( ( hit ) => hit.externalId )
		);
		// In hit order (best first), not the order the rows came back in.
		return hits.map(
			( hit ) =>
				products.find( ( p ) => p.externalId === hit.externalId )!.name
		);
	};

	beforeAll( async () => {
		( { db, drop } = await openFreshDatabase( dialect ) );
		await migrateToBeforeSearchIndex( db );
		repo = createCommerceRepo( db.kysely, db.dialect );
		// The other shop syncs first, so its products hold the lowest ids.
		other = await createSite( db, 'Other shop' );
		shop = await createSite( db, 'Shop' );
		await repo.upsertItems(
			other.organizationId,
			other.siteId,
			catalog( 60, 7 ),
			'EUR',
			at
		);
		shopItems = catalog( 40, 3 );
		await repo.upsertItems(
			shop.organizationId,
			shop.siteId,
			shopItems,
			'EUR',
			at
		);
		await migrateToLatest( db );
	} );

	afterAll( async () => {
		await db.close();
		await drop();
	} );

	it( 'finds products stored before the migration, and only the searching shop’s', async () => {
		const hoodies = shopItems.filter( ( item ) =>
			item.name.endsWith( 'Hoodie' )
		);
		expect( hoodies.length ).toBeGreaterThan( 0 );
		const found = await names( shop, [ [ 'hoodie' ] ] );
		expect( found.sort() ).toEqual( hoodies.map( ( h ) => h.name ).sort() );
		// The other shop's own product, matching words the searching shop also has.
		await repo.upsertItems(
			other.organizationId,
			other.siteId,
			[
				{
					...shopItems[ 2 ]!,
					externalId: 'other-only',
					name: 'Zircon Hoodie',
				},
			],
			'EUR',
			at
		);
		expect( await names( other, [ [ 'zircon' ] ] ) ).toEqual( [
			'Zircon Hoodie',
		] );
		expect(
			await repo.searchProducts(
				shop.organizationId,
				shop.siteId,
				[ [ 'zircon' ], [ 'hoodie' ] ],
				'or',
				50
			)
		).not.toContainEqual(
			expect.objectContaining( { externalId: 'other-only' } )
		);
		expect( await names( shop, [ [ 'zircon' ] ] ) ).toEqual( [] );
	} );

	it( 'ranks name matches above products that only mention the word', async () => {
		// "cotton" is a material in some names and in many descriptions.
		const [ first ] = await names( shop, [ [ 'cotton' ] ] );
		expect( first ).toMatch( /Cotton/ );
	} );

	it( 'keeps the index in step with updates and deletes', async () => {
		const item = shopItems[ 0 ]!;
		await repo.upsertItems(
			shop.organizationId,
			shop.siteId,
			[ { ...item, name: 'Quasar Teapot' } ],
			'EUR',
			at
		);
		expect( await names( shop, [ [ 'quasar' ] ] ) ).toEqual( [
			'Quasar Teapot',
		] );
		expect( await names( other, [ [ 'quasar' ] ] ) ).toEqual( [] );
		expect( await names( shop, [ [ 'teapot' ], [ 'quasar' ] ] ) ).toEqual( [
			'Quasar Teapot',
		] );
		await repo.deleteProducts( shop.organizationId, shop.siteId, [
			item.externalId,
		] );
		expect( await names( shop, [ [ 'quasar' ] ] ) ).toEqual( [] );
	} );

	it( 'matches SKU and id digits as prefixes', async () => {
		const item = shopItems[ 5 ]!;
		const digits = item.sku.split( '-' )[ 1 ]!; // "HOOD-1005" -> "1005"
		expect(
			await names( shop, [ [ digits.slice( 0, digits.length - 1 ) ] ] )
		).toContain( item.name );
	} );

	it( 'finds a product whose name words come with a stray word, with its rows, only the searching shop’s', async () => {
		const item = shopItems[ 7 ]!;
		const nameWords = (
			item.name.toLowerCase().match( /[a-z]+/g ) ?? []
		).map( ( word ) => [ word ] );
		expect( nameWords.length ).toBeGreaterThanOrEqual( 2 );
		const found = await repo.findProducts(
			shop.organizationId,
			shop.siteId,
			[ ...nameWords, [ 'zzqxstray' ] ],
			50
		);
		expect( found.products.map( ( p ) => p.name ) ).toContain( item.name );
		const shopIds = new Set( shopItems.map( ( i ) => i.externalId ) );
		expect(
			found.products.every( ( p ) => shopIds.has( p.externalId ) )
		).toBe( true );
		const [ loaded ] = found.products.filter(
			( p ) => p.externalId === item.externalId
		);
		expect( loaded ).toMatchObject( { sku: item.sku, kind: item.kind } );
		expect(
			(
				await repo.findProducts(
					other.organizationId,
					other.siteId,
					[ [ 'zzqxstray' ] ],
					50
				)
			).products
		).toEqual( [] );
	} );

	it( 'gives a site stored after the migration its own index range', async () => {
		const late = await createSite( db, 'Late shop' );
		await repo.upsertItems(
			late.organizationId,
			late.siteId,
			[ { ...shopItems[ 1 ]!, name: 'Nebula Kettle' } ],
			'EUR',
			at
		);
		expect( await names( late, [ [ 'kettle' ] ] ) ).toEqual( [
			'Nebula Kettle',
		] );
		expect( await names( shop, [ [ 'kettle' ] ] ) ).toEqual( [] );
	} );
} );
