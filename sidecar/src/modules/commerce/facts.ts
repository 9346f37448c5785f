/**
 * A product's facts for spec questions: its attributes (name → values, the variations'
 * values included) and the sentences of its description, and which of them state what a
 * question asks ("Fassungsvermögen der Kanne", "which grinder has 40 settings"). Matching
 * uses the shared text analysis in both languages, concepts included, so "capacity" finds
 * "Fassungsvermögen: 1,2 l" and numbers find the sentence that holds them.
 */
import { analyzeWithConcepts, fold } from '../../platform/text';
import type { ProductRecord } from './repo';

export interface AttributeFact {
	kind: 'attribute';
	name: string;
	values: string[];
	/** "Capacity: 1.2 l" — the fact as one line to quote. */
	text: string;
}

export interface SentenceFact {
	kind: 'sentence';
	text: string;
}

export type ProductFact = AttributeFact | SentenceFact;

export interface ProductFacts {
	attributes: AttributeFact[];
	sentences: SentenceFact[];
}

export interface RankedFact {
	fact: ProductFact;
	/** How many of the question's terms (stems, numbers, concepts) the fact holds; higher first. */
	score: number;
}

/** Attributes of the product and its variations, values merged per attribute name. */
function attributeFacts(
	product: ProductRecord,
	variations: ProductRecord[]
): AttributeFact[] {
	const byName = new Map< string, { name: string; values: string[] } >();
	for ( const item of [ product, ...variations ] ) {
		for ( const attribute of item.attributes ) {
			const key = fold( attribute.name );
			const entry = byName.get( key ) ?? {
				name: attribute.name,
				values: [],
			};
			for ( const value of attribute.options ) {
				if ( value && ! entry.values.includes( value ) ) {
					entry.values.push( value );
				}
			}
			byName.set( key, entry );
		}
	}
	return [ ...byName.values() ].map( ( entry ) => ( {
		kind: 'attribute',
		...entry,
		text: `${ entry.name }: ${ entry.values.join( ', ' ) }`,
	} ) );
}

/** Description lines and sentences, list bullets removed; "ca. 1.5 kg" stays one sentence. */
export function descriptionSentences( description: string ): string[] {
	return description
		.split( '\n' )
		.map( ( line ) => line.replace( /^\s*[*•·-]\s+/, '' ).trim() )
		.filter( Boolean )
		.flatMap( ( line ) => line.split( /(?<=[.!?])\s+(?=[\p{Lu}\d])/u ) )
		.map( ( sentence ) => sentence.trim() )
		.filter( ( sentence ) => sentence.length > 1 );
}

export function productFactsOf(
	product: ProductRecord,
	variations: ProductRecord[]
): ProductFacts {
	return {
		attributes: attributeFacts( product, variations ),
		sentences: descriptionSentences( product.description ).map(
			( text ) => ( { kind: 'sentence', text } )
		),
	};
}

/**
 * The facts that state what a question asks, best first (attributes before sentences on a
 * tie, since they are the shop's own structured data); facts sharing no term are left out.
 */
export function factsForQuestion(
	facts: ProductFacts,
	question: string
): RankedFact[] {
	const asked = new Set( analyzeWithConcepts( question, null ).indexTokens );
	if ( asked.size === 0 ) {
		return [];
	}
	const score = ( text: string ) =>
		new Set(
			analyzeWithConcepts( text, null ).indexTokens.filter( ( t ) =>
				asked.has( t )
			)
		).size;
	return [ ...facts.attributes, ...facts.sentences ]
		.map( ( fact ) => ( { fact, score: score( fact.text ) } ) )
		.filter( ( ranked ) => ranked.score > 0 )
		.sort(
			( a, b ) =>
				b.score - a.score ||
				( a.fact.kind === 'attribute' ? -1 : 0 ) -
					( b.fact.kind === 'attribute' ? -1 : 0 )
		);
}
