/**
 * The commerce module's vocabulary and synonyms (commerce_terms, commerce_synonyms): word
 * completions and typo candidates for the search, a site's synonyms. Part of the commerce
 * repo (`createCommerceRepo` spreads it in); split from repo.ts along that seam (issue 14
 * item 4).
 */
import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db';
import type { Database } from '../../db/schema';
import {
	COMPLETIONS_PER_WORD,
	type TypoRequest,
	type VocabularyAnswers,
} from './search';

/** Typo candidates fetched per word at most. */
const TYPO_CANDIDATES_AT_MOST = 5000;

/** Up to COMPLETIONS_PER_WORD vocabulary words starting with `word`, in term order. */
function completionProbe( siteId: string, word: string ) {
	return sql`select 'c' as kind, cast(${ word } as text) as word, t.term from (
		select term from commerce_terms
		where site_id = ${ siteId } and term >= ${ word } and term < ${ `${ word }\u{10ffff}` }
		order by term
		limit ${ COMPLETIONS_PER_WORD }
	) t`;
}

/** Typo candidates: vocabulary words sharing the first letter, of a similar length. */
function typoProbe( siteId: string, word: string, maxDistance: number ) {
	const first = word[ 0 ]!;
	return sql`select 't' as kind, cast(${ word } as text) as word, t.term from (
		select term from commerce_terms
		where site_id = ${ siteId } and term >= ${ first } and term < ${ `${ first }\u{10ffff}` }
			and length(term) >= ${ word.length - maxDistance }
			and length(term) <= ${ word.length + maxDistance }
		limit ${ TYPO_CANDIDATES_AT_MOST }
	) t`;
}

export function createVocabularyRepo(
	db: Kysely< Database >,
	dialect: Dialect
) {
	return {
		/** Whether vocabularyAnswers should replace the separate look-ups (one round trip each). */
		batchesVocabulary: dialect === 'postgres',

		/** Per word, the vocabulary words starting with it, in term order (one query for all words). */
		async completions(
			siteId: string,
			words: string[]
		): Promise< Map< string, string[] > > {
			if ( words.length === 0 ) {
				return new Map();
			}
			const probes = words.map(
				( word ) =>
					sql`select cast(${ word } as text) as word, t.term from (
						select term from commerce_terms
						where site_id = ${ siteId } and term >= ${ word } and term < ${ `${ word }\u{10ffff}` }
						order by term
						limit ${ COMPLETIONS_PER_WORD }
					) t`
			);
			const { rows } = await sql< {
				word: string;
				term: string;
			} >`${ sql.join( probes, sql` union all ` ) }`.execute( db );
			const found = new Map< string, string[] >();
			for ( const { word, term } of rows ) {
				found.set( word, [ ...( found.get( word ) ?? [] ), term ] );
			}
			return found;
		},

		/**
		 * PostgreSQL: completions, synonyms and typo candidates for all the words in one
		 * statement (see VocabularyLookup.lookUpAll); the same probes as the three
		 * separate look-ups, joined with UNION ALL and told apart by `kind`.
		 */
		async vocabularyAnswers(
			siteId: string,
			words: string[],
			typoWords: TypoRequest[]
		): Promise< VocabularyAnswers > {
			const answers: VocabularyAnswers = {
				completions: new Map(),
				synonyms: new Map(),
				typoCandidates: new Map(),
			};
			if ( words.length === 0 ) {
				return answers;
			}
			const probes = [
				...words.map( ( word ) => completionProbe( siteId, word ) ),
				sql`select 's' as kind, term as word, cast(synonyms as text) as term
					from commerce_synonyms
					where site_id = ${ siteId } and term in (${ sql.join( words ) })`,
				...typoWords.map( ( { word, maxDistance } ) =>
					typoProbe( siteId, word, maxDistance )
				),
			];
			const { rows } = await sql< {
				kind: 'c' | 's' | 't';
				word: string;
				term: string;
			} >`${ sql.join( probes, sql` union all ` ) }`.execute( db );
			for ( const { kind, word, term } of rows ) {
				if ( kind === 's' ) {
					answers.synonyms.set(
						word,
						JSON.parse( term ) as string[]
					);
					continue;
				}
				const found =
					kind === 'c' ? answers.completions : answers.typoCandidates;
				found.set( word, [ ...( found.get( word ) ?? [] ), term ] );
			}
			for ( const { word } of typoWords ) {
				if ( ! answers.typoCandidates.has( word ) ) {
					answers.typoCandidates.set( word, [] );
				}
			}
			return answers;
		},

		/** Vocabulary words sharing the first letter and of a similar length (typo candidates). */
		async typoCandidates(
			siteId: string,
			word: string,
			maxDistance: number
		): Promise< string[] > {
			const first = word[ 0 ]!;
			const rows = await db
				.selectFrom( 'commerce_terms' )
				.select( 'term' )
				.where( 'site_id', '=', siteId )
				.where( 'term', '>=', first )
				.where( 'term', '<', `${ first }\u{10ffff}` )
				.where(
					sql< number >`length(term)`,
					'>=',
					word.length - maxDistance
				)
				.where(
					sql< number >`length(term)`,
					'<=',
					word.length + maxDistance
				)
				.limit( TYPO_CANDIDATES_AT_MOST )
				.execute();
			return rows.map( ( r ) => r.term );
		},

		/** The site's synonyms for those of the terms it has synonyms for. */
		async synonymsFor(
			siteId: string,
			terms: string[]
		): Promise< Map< string, string[] > > {
			if ( terms.length === 0 ) {
				return new Map();
			}
			const rows = await db
				.selectFrom( 'commerce_synonyms' )
				.select( [ 'term', 'synonyms' ] )
				.where( 'site_id', '=', siteId )
				.where( 'term', 'in', terms )
				.execute();
			return new Map(
				rows.map( ( r ) => [
					r.term,
					JSON.parse( r.synonyms ) as string[],
				] )
			);
		},

		async synonyms( siteId: string ): Promise< Map< string, string[] > > {
			const rows = await db
				.selectFrom( 'commerce_synonyms' )
				.select( [ 'term', 'synonyms' ] )
				.where( 'site_id', '=', siteId )
				.execute();
			return new Map(
				rows.map( ( r ) => [
					r.term,
					JSON.parse( r.synonyms ) as string[],
				] )
			);
		},

		async replaceSynonyms(
			organizationId: string,
			siteId: string,
			entries: Array< { term: string; synonyms: string[] } >
		): Promise< void > {
			await db.transaction().execute( async ( trx ) => {
				await trx
					.deleteFrom( 'commerce_synonyms' )
					.where( 'site_id', '=', siteId )
					.execute();
				if ( entries.length ) {
					await trx
						.insertInto( 'commerce_synonyms' )
						.values(
							entries.map( ( e ) => ( {
								organization_id: organizationId,
								site_id: siteId,
								term: e.term,
								synonyms: JSON.stringify( e.synonyms ),
							} ) )
						)
						.execute();
				}
			} );
		},
	};
}
