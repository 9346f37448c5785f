/**
 * The in-memory vocabulary (vocabulary-cache.ts) answers exactly as the database look-ups do
 * (completions in order, typo candidates, synonyms), and sees the repo's own writes at once.
 */
import { testDialects } from '../../../../tests/support/sidecar-harness';
import {
	generatedItems,
	insertSite,
	openFreshDatabase,
	stockSite,
} from '../../../../tests/support/bare-database';
import { migrateToLatest, type Db } from '../../db';
import { createCommerceRepo, type CommerceRepo } from './repo';
import { allowedTypos } from './search';
import { byCodePoint } from './vocabulary-cache';

const at = '2026-12-06T00:00:00.000Z';

it( 'orders text by code point, as SQLite and the C collation do', () => {
	const words = [ 'b', 'a\u{1F600}', 'a\uFFFD', 'ab', 'a', 'äb', 'z' ];
	expect( [ ...words ].sort( byCodePoint ) ).toEqual( [
		'a',
		'ab',
		'a\uFFFD',
		'a\u{1F600}',
		'b',
		'z',
		'äb',
	] );
} );

describe.each( testDialects() )( 'vocabulary in memory on %s', ( dialect ) => {
	let db: Db;
	let close: () => Promise< void >;
	let repo: CommerceRepo;
	let shop: { organizationId: string; siteId: string };

	beforeAll( async () => {
		( { db, close } = await openFreshDatabase( dialect, 'vocab' ) );
		await migrateToLatest( db );
		repo = createCommerceRepo( db.kysely, db.dialect );
		shop = await insertSite( db, 'Shop' );
		await stockSite( repo, shop, generatedItems( 80, 5 ), at );
		await repo.replaceSynonyms( shop.organizationId, shop.siteId, [
			{ term: 'hoodie', synonyms: [ 'jumper', 'sweater' ] },
		] );
	} );

	afterAll( () => close() );

	const PROBES = [
		'h',
		'ho',
		'hood',
		'hoodie',
		'blu',
		'b',
		'cotton',
		'x',
		'zz',
		'me',
		'shirt',
		'tee',
		'1',
		'hoddie',
		'cottn',
		'merinoo',
	];

	it( 'answers completions, typo candidates and synonyms as the database does', async () => {
		const memory = ( await repo.cachedVocabulary( shop.siteId ) )!;
		expect( memory ).not.toBeNull();
		expect( await memory.completions( PROBES ) ).toEqual(
			await repo.completions( shop.siteId, PROBES )
		);
		for ( const word of PROBES ) {
			const max = Math.max( 1, allowedTypos( word ) );
			expect( await memory.typoCandidates( word, max ) ).toEqual(
				await repo.typoCandidates( shop.siteId, word, max )
			);
		}
		expect( await memory.synonyms( [ 'hoodie', 'shirt' ] ) ).toEqual(
			await repo.synonymsFor( shop.siteId, [ 'hoodie', 'shirt' ] )
		);
	} );

	it( 'sees new products and synonyms as soon as the repo writes them', async () => {
		await repo.cachedVocabulary( shop.siteId );
		await stockSite(
			repo,
			shop,
			[
				{
					...generatedItems( 1, 9 )[ 0 ]!,
					externalId: 'new-1',
					name: 'Quokkaglow Lantern',
				},
			],
			at
		);
		await repo.replaceSynonyms( shop.organizationId, shop.siteId, [
			{ term: 'lantern', synonyms: [ 'lamp' ] },
		] );
		const memory = ( await repo.cachedVocabulary( shop.siteId ) )!;
		expect(
			( await memory.completions( [ 'quokka' ] ) ).get( 'quokka' )
		).toEqual( [ 'quokkaglow' ] );
		expect( await memory.synonyms( [ 'lantern', 'hoodie' ] ) ).toEqual(
			new Map( [ [ 'lantern', [ 'lamp' ] ] ] )
		);
	} );
} );
