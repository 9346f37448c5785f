/**
 * The product search's queries and ranking, apart from the database: FTS5 and tsquery text
 * built from the question's word groups, SQLite's ranking tiers, and an any-word search's
 * candidates ordered by how many of the word groups each name holds (what PostgreSQL's
 * ts_rank_cd does in the database). Split from search-repo.ts.
 */

/** Which fields the words must be found in: name and SKU; those and categories, tags, attributes; all. */
export type SearchFields = 'all' | 'name' | 'catalog';

/** SQLite's ranking tiers, best first (see sqliteTieredSearch). */
export const SQLITE_TIERS: SearchFields[] = [ 'name', 'catalog', 'all' ];

/** Digits are SKU and id fragments, matched as prefixes; words arrive whole (see queryGroups). */
const isPrefixTerm = ( word: string ) => /^\d+$/.test( word );

function quotedFts5( text: string ): string {
	return `"${ text.replace( /"/g, '""' ) }"`;
}

/** Column filters; none for all fields (a filter costs a position-list check per row). */
const FTS5_FIELDS: Record< SearchFields, string > = {
	name: '{name sku} : ',
	catalog: '{name sku taxonomy_text attribute_text} : ',
	all: '',
};

/** FTS5 query over the chosen fields: every group OR-ed within, groups AND-ed (or OR-ed). */
export function fts5Query(
	groups: string[][],
	mode: 'and' | 'or',
	fields: SearchFields
): string {
	const words = groups
		.map(
			( group ) =>
				`(${ group
					.map(
						( term ) =>
							`${ quotedFts5( term ) }${ isPrefixTerm( term ) ? '*' : '' }`
					)
					.join( ' OR ' ) })`
		)
		.join( mode === 'and' ? ' AND ' : ' OR ' );
	return `${ FTS5_FIELDS[ fields ] }(${ words })`;
}

/** tsquery text: letters/digits only, multi-word synonyms as phrases, digits as prefixes. */
export function tsQuery( groups: string[][], mode: 'and' | 'or' ): string {
	return groups
		.map( ( group ) => {
			const alternatives = group
				.map( ( term ) =>
					( term.match( /[\p{L}\p{N}]+/gu ) ?? [] )
						.map( ( word ) =>
							isPrefixTerm( word ) ? `${ word }:*` : word
						)
						.join( ' <-> ' )
				)
				.filter( Boolean );
			return alternatives.length
				? `(${ alternatives.join( ' | ' ) })`
				: '';
		} )
		.filter( Boolean )
		.join( mode === 'and' ? ' & ' : ' | ' );
}

/**
 * The candidates, the ones whose name (and SKU) holds the most word groups first, then by
 * their tier score and their order. A group is held when one of its terms is a name word,
 * or one begins the other (4 letters at least: "pfaffikon", "soundbars").
 * @param candidates the hits, in the order the search found them
 * @param names      each candidate's name and SKU, by id
 * @param groups     the question's word groups (a word and its forms)
 */
export function byGroupsNamed< Hit extends { id: number; score: number } >(
	candidates: Hit[],
	names: ReadonlyMap< number, string >,
	groups: string[][]
): Hit[] {
	const folded = groups.map( ( group ) => group.map( foldTerm ) );
	const held = ( id: number ) => {
		const tokens =
			foldTerm( names.get( id ) ?? '' ).match( /[\p{L}\p{N}]+/gu ) ?? [];
		return folded.filter( ( group ) =>
			group.some( ( term ) =>
				tokens.some(
					( token ) =>
						token === term ||
						( term.length >= 4 && token.startsWith( term ) ) ||
						( token.length >= 4 && term.startsWith( token ) )
				)
			)
		).length;
	};
	return candidates
		.map( ( hit, order ) => ( { hit, order, held: held( hit.id ) } ) )
		.sort(
			( a, b ) =>
				b.held - a.held ||
				b.hit.score - a.hit.score ||
				a.order - b.order
		)
		.map( ( entry ) => entry.hit );
}

/** Lower-cased and without accents, as the search index folds words. */
function foldTerm( text: string ): string {
	return text
		.toLowerCase()
		.normalize( 'NFKD' )
		.replace( /[\u0300-\u036f]/g, '' );
}
