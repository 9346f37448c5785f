/**
 * The per-site search index (ADR 0015) on a real database of each dialect: the migration
 * rebuilds it over a catalog stored before it, searches never leave their site, and
 * updates and deletes keep the index in step with the products.
 */
import { Migrator } from 'kysely';
import { testDialects } from '../../../../tests/support/sidecar-harness';
import {
	generatedItems,
	insertSite,
	openFreshDatabase,
	stockSite,
} from '../../../../tests/support/bare-database';
import { migrateToLatest, type Db } from '../../db';
import { migrationProvider } from '../../db/migrations';
import { createCommerceRepo, type CommerceRepo } from './repo';
import type { CatalogItem } from './connector';

const THIS_MIGRATION = /-commerce-search-per-site$/;

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

describe.each( testDialects() )( 'product search index on %s', ( dialect ) => {
	let db: Db;
	let close: () => Promise< void >;
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
		( { db, close } = await openFreshDatabase( dialect, 'search' ) );
		await migrateToBeforeSearchIndex( db );
		repo = createCommerceRepo( db.kysely, db.dialect );
		// The other shop syncs first, so its products hold the lowest ids.
		other = await insertSite( db, 'Other shop' );
		shop = await insertSite( db, 'Shop' );
		await stockSite( repo, other, generatedItems( 60, 7 ), at );
		shopItems = generatedItems( 40, 3 );
		await stockSite( repo, shop, shopItems, at );
		await migrateToLatest( db );
	} );

	afterAll( () => close() );

	it( 'finds products stored before the migration, and only the searching shop’s', async () => {
		const hoodies = shopItems.filter( ( item ) =>
			item.name.endsWith( 'Hoodie' )
		);
		expect( hoodies.length ).toBeGreaterThan( 0 );
		const found = await names( shop, [ [ 'hoodie' ] ] );
		expect( found.sort() ).toEqual( hoodies.map( ( h ) => h.name ).sort() );
		// The other shop's own product, matching words the searching shop also has.
		await stockSite(
			repo,
			other,
			[
				{
					...shopItems[ 2 ]!,
					externalId: 'other-only',
					name: 'Zircon Hoodie',
				},
			],
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
		await stockSite(
			repo,
			shop,
			[ { ...item, name: 'Quasar Teapot' } ],
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
		const late = await insertSite( db, 'Late shop' );
		await stockSite(
			repo,
			late,
			[ { ...shopItems[ 1 ]!, name: 'Nebula Kettle' } ],
			at
		);
		expect( await names( late, [ [ 'kettle' ] ] ) ).toEqual( [
			'Nebula Kettle',
		] );
		expect( await names( shop, [ [ 'kettle' ] ] ) ).toEqual( [] );
	} );
	it( 'puts the product whose name holds most of an any-word search first', async () => {
		const named = ( externalId: string, name: string ) => ( {
			...shopItems[ 0 ]!,
			externalId,
			sku: externalId,
			name,
		} );
		await stockSite(
			repo,
			shop,
			[
				named( 'rank-1', 'Regallautsprecher Lindqvist Pfäffikon' ),
				named( 'rank-2', 'Standlautsprecher Kessler Tödi' ),
				named( 'rank-3', 'Soundbar Kessler Pfäffikon' ),
			],
			at
		);
		// No product holds every word ("Wie breit ist die Soundbar Kessler Pfäffikon? Mein
		// TV-Möbel …"): the one naming three of them comes first, not the first stored.
		const [ best ] = await repo.searchProducts(
			shop.organizationId,
			shop.siteId,
			[
				[ 'breit' ],
				[ 'soundbar' ],
				[ 'kessler' ],
				[ 'pfaffikon' ],
				[ 'mobel' ],
			],
			'or',
			1
		);
		expect( best?.externalId ).toBe( 'rank-3' );
	} );
} );
