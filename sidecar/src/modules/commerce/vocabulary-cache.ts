/**
 * A site's search vocabulary (commerce_terms) and synonyms held in memory (issue 12). Every
 * product search asked the database for word completions, typo candidates (up to thousands
 * of rows per unknown word) and synonyms, several times per chat message; those tables
 * change only when the catalog sync or a webhook writes products, or the owner edits the
 * synonyms. So the search reads them once per site and answers from memory, with the same
 * answers the look-ups give (same order, same bounds: see vocabulary-repo.ts).
 *
 * Freshness: the repo's own writes (upsertItems, replaceSynonyms) invalidate the site here
 * at once (a generation per site, so a load racing a write is not kept). Writes by another
 * instance are picked up after at most VOCABULARY_TTL_MS. Only when the database orders text
 * by code point (SQLite; PostgreSQL under the C collation), since `order by term` decides
 * which completions come first; otherwise, and for vocabularies over VOCABULARY_TERMS_AT_MOST,
 * the search keeps asking the database.
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db';
import type { Database } from '../../db/schema';
import { COMPLETIONS_PER_WORD, type VocabularyLookup } from './search';

/** Writes by another instance are seen after this long at most. */
export const VOCABULARY_TTL_MS = 30_000;
/** Larger vocabularies stay in the database (memory per site). */
export const VOCABULARY_TERMS_AT_MOST = 50_000;
/** Sites held at once (least recently used leaves first). */
const SITES_AT_MOST = 200;
/** As in vocabulary-repo.ts. */
const TYPO_CANDIDATES_AT_MOST = 5000;

interface SiteVocabulary {
	loadedAt: number;
	/** Null: too large to hold; ask the database. */
	terms: string[] | null;
	/** Characters per term (SQL length() counts code points). */
	lengths: number[];
	synonyms: Map< string, string[] >;
}

/** Code point order, as SQLite's BINARY and PostgreSQL's C collation compare text. */
export function byCodePoint( a: string, b: string ): number {
	const n = Math.min( a.length, b.length );
	for ( let i = 0; i < n; i++ ) {
		const x = a.codePointAt( i )!;
		const y = b.codePointAt( i )!;
		if ( x !== y ) {
			return x < y ? -1 : 1;
		}
		if ( x > 0xffff ) {
			i++;
		}
	}
	return a.length - b.length;
}

/** The first index whose term is not before `word`. */
function lowerBound( terms: string[], word: string ): number {
	let low = 0;
	let high = terms.length;
	while ( low < high ) {
		const middle = Math.floor( ( low + high ) / 2 );
		if ( byCodePoint( terms[ middle ]!, word ) < 0 ) {
			low = middle + 1;
		} else {
			high = middle;
		}
	}
	return low;
}

/** What `term >= word and term < word || U+10FFFF` selects in code point order. */
const startsWith = ( term: string, word: string ) =>
	term.startsWith( word ) && ! term.startsWith( `${ word }\u{10ffff}` );

function memoryLookup( site: SiteVocabulary ): VocabularyLookup {
	const terms = site.terms!;
	const completions = async ( words: string[] ) => {
		const found = new Map< string, string[] >();
		for ( const word of words ) {
			const list: string[] = [];
			for (
				let i = lowerBound( terms, word );
				i < terms.length &&
				list.length < COMPLETIONS_PER_WORD &&
				startsWith( terms[ i ]!, word );
				i++
			) {
				list.push( terms[ i ]! );
			}
			if ( list.length > 0 ) {
				found.set( word, list );
			}
		}
		return found;
	};
	const typoCandidates = async ( word: string, maxDistance: number ) => {
		const first = word[ 0 ]!;
		const list: string[] = [];
		for (
			let i = lowerBound( terms, first );
			i < terms.length &&
			list.length < TYPO_CANDIDATES_AT_MOST &&
			startsWith( terms[ i ]!, first );
			i++
		) {
			const length = site.lengths[ i ]!;
			if (
				length >= word.length - maxDistance &&
				length <= word.length + maxDistance
			) {
				list.push( terms[ i ]! );
			}
		}
		return list;
	};
	const synonyms = async ( words: string[] ) =>
		new Map(
			words.flatMap( ( word ) => {
				const found = site.synonyms.get( word );
				return found ? [ [ word, found ] as const ] : [];
			} )
		);
	return {
		completions,
		typoCandidates,
		synonyms,
		// No lookUpAll: from memory, typo candidates are read only for the unknown words
		// (queryGroups reads them for no other word either way).
	};
}

export function createVocabularyCache(
	db: Kysely< Database >,
	dialect: Dialect,
	options: { now?: () => number } = {}
) {
	const now = options.now ?? Date.now;
	const sites = new Map< string, SiteVocabulary >();
	const generations = new Map< string, number >();
	const loading = new Map< string, Promise< SiteVocabulary > >();
	let codePointOrder: Promise< boolean > | null = null;

	async function ordersByCodePoint(): Promise< boolean > {
		if ( dialect === 'sqlite' ) {
			return true;
		}
		const { rows } = await sql< {
			collation: string;
		} >`select datcollate as collation from pg_database where datname = current_database()`.execute(
			db
		);
		return /^(c|posix|c\.utf-?8)$/i.test( rows[ 0 ]?.collation ?? '' );
	}

	async function load( siteId: string ): Promise< SiteVocabulary > {
		const [ termRows, synonymRows ] = await Promise.all( [
			db
				.selectFrom( 'commerce_terms' )
				.select( 'term' )
				.where( 'site_id', '=', siteId )
				.orderBy( 'term' )
				.limit( VOCABULARY_TERMS_AT_MOST + 1 )
				.execute(),
			db
				.selectFrom( 'commerce_synonyms' )
				.select( [ 'term', 'synonyms' ] )
				.where( 'site_id', '=', siteId )
				.execute(),
		] );
		const terms =
			termRows.length > VOCABULARY_TERMS_AT_MOST
				? null
				: termRows.map( ( row ) => row.term );
		return {
			loadedAt: now(),
			terms,
			lengths: ( terms ?? [] ).map( ( term ) => [ ...term ].length ),
			synonyms: new Map(
				synonymRows.map( ( row ) => [
					row.term,
					JSON.parse( row.synonyms ) as string[],
				] )
			),
		};
	}

	/** One load per site at a time (many messages arrive before the first load ends). */
	function loadOnce( siteId: string ): Promise< SiteVocabulary > {
		const running = loading.get( siteId );
		if ( running ) {
			return running;
		}
		const generation = generations.get( siteId ) ?? 0;
		const loaded = load( siteId )
			.then( ( site ) => {
				// A write while loading: use what was read this once, keep it only if current.
				if ( ( generations.get( siteId ) ?? 0 ) === generation ) {
					sites.delete( siteId );
					sites.set( siteId, site );
					if ( sites.size > SITES_AT_MOST ) {
						sites.delete( sites.keys().next().value! );
					}
				}
				return site;
			} )
			.finally( () => loading.delete( siteId ) );
		loading.set( siteId, loaded );
		return loaded;
	}

	return {
		/** The site's vocabulary from memory, or null when the database must be asked. */
		async lookup( siteId: string ): Promise< VocabularyLookup | null > {
			codePointOrder ??= ordersByCodePoint();
			if ( ! ( await codePointOrder ) ) {
				return null;
			}
			let site = sites.get( siteId );
			if ( ! site || now() - site.loadedAt > VOCABULARY_TTL_MS ) {
				site = await loadOnce( siteId );
			}
			return site.terms ? memoryLookup( site ) : null;
		},

		/** The site's vocabulary or synonyms changed: the next search reads them again. */
		invalidate( siteId: string ): void {
			generations.set( siteId, ( generations.get( siteId ) ?? 0 ) + 1 );
			sites.delete( siteId );
			loading.delete( siteId );
		},
	};
}

export type VocabularyCache = ReturnType< typeof createVocabularyCache >;
