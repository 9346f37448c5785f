/**
 * Which variations of a product a shopper's words name: an option written out ("size M",
 * "the dark blue one") or, failing that, the words that set one option apart from its
 * siblings ("im Set mit 2 Akkus", "Größe 8" for "8 (M)"). Split from search.ts; the
 * catalog search (service.ts) marks the named variations of every product it returns.
 */
import { productWordAlternatives, STOP_WORDS } from '../../platform/text';
import type { ProductRecord } from './repo';

function normalise( value: string ): string {
	return value
		.toLowerCase()
		.normalize( 'NFKD' )
		.replace( /[\u0300-\u036f]/g, '' )
		.trim();
}

/**
 * Whether the question names an attribute option. One-letter options (sizes S, M, L)
 * count only after "size" or written as a capital on their own, so "it's" is not size S.
 * @param question
 * @param option
 */
export function mentionsOption( question: string, option: string ): boolean {
	const wanted = normalise( option );
	if ( ! wanted ) {
		return false;
	}
	if ( wanted.length === 1 ) {
		const escaped = option.replace( /[^A-Za-z0-9]/g, '' );
		return (
			new RegExp( `\\bsize\\s+${ escaped }\\b`, 'i' ).test( question ) ||
			new RegExp(
				`(^|\\s)${ escaped.toUpperCase() }(\\s|[?.!,]|$)`
			).test( question )
		);
	}
	const words = ` ${ normalise( question ).replace( /[^\p{L}\p{N}]+/gu, ' ' ) } `;
	return words.includes( ` ${ wanted.replace( /[^\p{L}\p{N}]+/gu, ' ' ) } ` );
}

/**
 * The variations whose options the question names, most options named first; empty when it
 * names none. An option written out in full counts first; else the option whose own words
 * (those its sibling options do not share) the question holds best: "im Set mit 2 Akkus"
 * names "mit 2 × 4,0-Ah-Akkus", "Größe 8" names "8 (M)".
 */
export function matchingVariations(
	question: string,
	variations: ProductRecord[]
): ProductRecord[] {
	const exact = bestVariations( variations, ( attribute ) =>
		attribute.options.some( ( option ) =>
			optionForms( option ).some( ( form ) =>
				mentionsOption( question, form )
			)
		)
			? 1
			: 0
	);
	if ( exact.length > 0 ) {
		return exact;
	}
	const asked = optionTokens( question );
	const siblings = optionsByAttribute( variations );
	return bestVariations( variations, ( attribute ) =>
		attribute.options.reduce(
			( best, option ) =>
				Math.max(
					best,
					distinctiveShare(
						asked,
						option,
						siblings.get( attribute.name.toLowerCase() ) ?? []
					)
				),
			0
		)
	);
}

/** Size letters as shoppers say them ("in a medium", "in Größe L" is handled by mentionsOption). */
const SIZE_WORDS: Record< string, string[] > = {
	XS: [ 'extra small', 'x-small' ],
	S: [ 'small', 'klein' ],
	M: [ 'medium', 'mittel' ],
	L: [ 'large', 'groß', 'gross' ],
	XL: [ 'extra large', 'x-large', 'extra groß' ],
};

/** The size letters an option starts with: "M" of "M (33–45 cm)". */
function sizeLetters( option: string ): string {
	return (
		/^(X{0,2}[SL]|M)(?![\p{L}])/iu.exec( option )?.[ 1 ]?.toUpperCase() ??
		''
	);
}

/**
 * An option as the shop wrote it and as a shopper of the other language or in words says it:
 * "Schwarz" is also "black", "Nussbaum" "walnut", "M" "medium". Only a one-word option takes
 * the other language's forms: a word of "Set mit 2 Akkus" alone names no option.
 * @param option
 */
function optionForms( option: string ): string[] {
	const trimmed = option.trim();
	const translated = /\s/.test( trimmed )
		? []
		: productWordAlternatives( trimmed ).filter(
				( form ) => ! form.includes( ' ' )
			);
	return [
		trimmed,
		...translated,
		...( SIZE_WORDS[ sizeLetters( trimmed ) ] ?? [] ),
	];
}

type Attribute = ProductRecord[ 'attributes' ][ number ];

/** The variations scoring highest over their attributes (each 0..1); none when all score 0. */
function bestVariations(
	variations: ProductRecord[],
	score: ( attribute: Attribute ) => number
): ProductRecord[] {
	const scored = variations.map( ( variation ) => ( {
		variation,
		named: variation.attributes.reduce( ( sum, a ) => sum + score( a ), 0 ),
	} ) );
	const best = Math.max( 0, ...scored.map( ( entry ) => entry.named ) );
	return best === 0
		? []
		: scored
				.filter( ( entry ) => entry.named === best )
				.map( ( entry ) => entry.variation );
}

/** Every option of each attribute across the variations, by attribute name. */
function optionsByAttribute(
	variations: ProductRecord[]
): Map< string, string[] > {
	const byName = new Map< string, string[] >();
	for ( const variation of variations ) {
		for ( const attribute of variation.attributes ) {
			const key = attribute.name.toLowerCase();
			byName.set( key, [
				...new Set( [
					...( byName.get( key ) ?? [] ),
					...attribute.options,
				] ),
			] );
		}
	}
	return byName;
}

/** Words that decide between options although stop lists drop them. */
const DECIDING_WORDS = new Set( [ 'ohne', 'without', 'no', 'kein', 'keine' ] );

/** An option's or question's words: folded, numbers as numbers ("4,0" is "4"), no stop words. */
function optionTokens( text: string ): string[] {
	return ( normalise( text ).match( /\d+(?:[.,]\d+)?|[\p{L}]+/gu ) ?? [] )
		.map( ( token ) =>
			/^\d/.test( token )
				? String( Number( token.replace( ',', '.' ) ) )
				: token
		)
		.filter(
			( token ) =>
				/^\d/.test( token ) ||
				DECIDING_WORDS.has( token ) ||
				( token.length > 1 &&
					! STOP_WORDS.en.has( token ) &&
					! STOP_WORDS.de.has( token ) )
		);
}

/** Whether two option words are one word (equal, or a plural: "akku" / "akkus"). */
function sameOptionWord( a: string, b: string ): boolean {
	if ( a === b ) {
		return true;
	}
	if ( /^\d/.test( a ) || /^\d/.test( b ) ) {
		return false;
	}
	const [ shorter, longer ] = a.length < b.length ? [ a, b ] : [ b, a ];
	return (
		shorter.length >= 3 &&
		longer.startsWith( shorter ) &&
		longer.length - shorter.length <= 2
	);
}

/**
 * How much of what sets an option apart from its siblings the question says (0..1): its
 * words that not every sibling has. Half of them at least, and a number when the option
 * has one that is its own (a size, a count), or nothing.
 */
function distinctiveShare(
	asked: string[],
	option: string,
	siblings: string[]
): number {
	const others = siblings
		.filter( ( sibling ) => sibling !== option )
		.map( optionTokens );
	const own = [ ...new Set( optionTokens( option ) ) ].filter(
		( token ) =>
			others.length === 0 ||
			! others.every( ( tokens ) =>
				tokens.some( ( t ) => sameOptionWord( t, token ) )
			)
	);
	if ( own.length === 0 ) {
		return 0;
	}
	const said = own.filter( ( token ) =>
		asked.some( ( a ) => sameOptionWord( a, token ) )
	);
	const ownNumbers = own.filter( ( token ) => /^\d/.test( token ) );
	if (
		ownNumbers.length > 0 &&
		! said.some( ( token ) => /^\d/.test( token ) )
	) {
		return 0;
	}
	const share = said.length / own.length;
	return share >= 0.5 ? share : 0;
}
