/**
 * The bench's query mix, one list per query class, built from the catalog's own names so
 * every class asks about products the shop really sells (except `miss`). Seeded: the same
 * catalog gives the same queries, so runs compare.
 */
import { seededRandom } from '../../tests/doubles/woocommerce/catalog';

export const QUERY_CLASSES = [
	'exact',
	'sentence',
	'broad',
	'multiword',
	'prefix',
	'typo',
	'attribute',
	'synonym',
	'miss',
] as const;

export type QueryClass = ( typeof QUERY_CLASSES )[ number ];

/** Synonyms the bench shop edits in (the measured site); the other site has none. */
export const BENCH_SYNONYMS = [
	{ term: 'jumper', synonyms: [ 'hoodie' ] },
	{ term: 'sweater', synonyms: [ 'hoodie', 'beanie' ] },
	{ term: 'tee', synonyms: [ 't-shirt' ] },
	{ term: 'rucksack', synonyms: [ 'backpack' ] },
	{ term: 'cup', synonyms: [ 'mug' ] },
	{ term: 'earphones', synonyms: [ 'headphones' ] },
];

/** Words matching thousands of products each (a type, a category, a material, a colour). */
const BROAD = [
	'shirt',
	'jacket',
	'hoodie',
	'clothing',
	'cotton',
	'wool',
	'bag',
	'leather',
	'waterproof',
	'blue',
	'home',
	'socks',
];

const MISSES = [
	'zzqx nonexistent gizmo',
	'quantum flux capacitor',
	'xylophone',
	'do you sell submarines',
];

/** Swaps the third and fourth letters of longer words (a common typing slip). */
function transposed( word: string ): string {
	return word.length > 4
		? `${ word.slice( 0, 2 ) }${ word[ 3 ] }${ word[ 2 ] }${ word.slice( 4 ) }`
		: word;
}

export function queriesFor(
	names: string[],
	perClass: number
): Record< QueryClass, string[] > {
	const random = seededRandom( 99 );
	const pick = < T >( list: T[] ): T =>
		list[ Math.floor( random() * list.length ) ]!;
	const words = () => pick( names ).split( ' ' );
	const shapes: Record< QueryClass, ( i: number ) => string > = {
		exact: () => pick( names ),
		sentence: () => `do you have the ${ pick( names ).toLowerCase() }?`,
		broad: ( i ) => BROAD[ i % BROAD.length ]!,
		// "Merino Hoodie", "Canvas Backpack": material and type, no name.
		multiword: () => words().slice( 1 ).join( ' ' ),
		// "Aurora hoo": the name's first word and the type's first letters.
		prefix: () => {
			const parts = words();
			return `${ parts[ 0 ] } ${ parts[ parts.length - 1 ]!.slice( 0, 3 ) }`;
		},
		typo: () => words().map( transposed ).join( ' ' ),
		attribute: () => `${ words().slice( -1 )[ 0 ] } in blue size M`,
		synonym: ( i ) =>
			[ 'jumper', 'warm jumper', 'wool sweater', 'tee in size M' ][
				i % 4
			]!,
		miss: ( i ) => MISSES[ i % MISSES.length ]!,
	};
	return Object.fromEntries(
		QUERY_CLASSES.map( ( kind ) => [
			kind,
			Array.from( { length: perClass }, ( _, i ) => shapes[ kind ]( i ) ),
		] )
	) as Record< QueryClass, string[] >;
}
