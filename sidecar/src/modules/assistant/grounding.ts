/**
 * Grounding check for LLM answers: every money amount and stock figure an answer states
 * must appear in what the tools returned (the shop's catalog, orders, pages). Checked
 * sentence by sentence while streaming, so verified sentences flow to the shopper and an
 * invented figure stops the answer before it is shown.
 */

const AMOUNT =
	/(?:[€$£]\s?(\d{1,3}(?:[,\s]\d{3})*|\d+)(?:[.,](\d{1,2}))?)|(?:\b(\d{1,3}(?:[,\s]\d{3})*|\d+)(?:[.,](\d{1,2}))?\s?(?:€|EUR|USD|GBP|euros?|dollars?)\b)/gi;
const STOCK = /\b(\d+)\s+(?:left|in stock|available|units?|pieces?)\b/gi;

/** Amounts in a text as minor units (cents), whatever the formatting. */
export function amountsIn( text: string ): number[] {
	return [ ...text.matchAll( AMOUNT ) ].map( ( m ) => {
		const whole = ( m[ 1 ] ?? m[ 3 ] ?? '0' ).replace( /[,\s]/g, '' );
		const fraction = ( m[ 2 ] ?? m[ 4 ] ?? '' ).padEnd( 2, '0' );
		return Number( whole ) * 100 + Number( fraction || 0 );
	} );
}

export function stockFiguresIn( text: string ): number[] {
	return [ ...text.matchAll( STOCK ) ].map( ( m ) => Number( m[ 1 ] ) );
}

export interface GroundingFacts {
	amounts: Set< number >;
	stock: Set< number >;
}

export function emptyFacts(): GroundingFacts {
	return { amounts: new Set(), stock: new Set() };
}

/** Adds the figures a tool result holds (called with the JSON the model was given). */
export function learnFacts( facts: GroundingFacts, toolOutput: string ): void {
	amountsIn( toolOutput ).forEach( ( amount ) =>
		facts.amounts.add( amount )
	);
	for ( const m of toolOutput.matchAll( /"stockQuantity":\s*(\d+)/g ) ) {
		facts.stock.add( Number( m[ 1 ] ) );
	}
	stockFiguresIn( toolOutput ).forEach( ( n ) => facts.stock.add( n ) );
}

/** The figures in a sentence that no tool result holds; empty when the sentence is grounded. */
export function ungrounded(
	sentence: string,
	facts: GroundingFacts
): string[] {
	const amounts = amountsIn( sentence ).filter(
		( a ) => ! facts.amounts.has( a )
	);
	const stock = stockFiguresIn( sentence ).filter(
		( n ) => ! facts.stock.has( n )
	);
	return [
		...amounts.map( ( a ) => `amount ${ ( a / 100 ).toFixed( 2 ) }` ),
		...stock.map( ( n ) => `stock ${ n }` ),
	];
}

/** Splits off complete sentences (ending in . ! ? or a newline, not inside a number like 19.99). */
export function takeSentences( buffer: string ): {
	sentences: string[];
	rest: string;
} {
	const sentences: string[] = [];
	let start = 0;
	for ( let i = 0; i < buffer.length; i++ ) {
		const c = buffer[ i ]!;
		const next = buffer[ i + 1 ];
		const ends =
			c === '\n' ||
			( ( c === '.' || c === '!' || c === '?' ) &&
				( next === ' ' || next === '\n' ) );
		if ( ends ) {
			sentences.push( buffer.slice( start, i + 1 ) );
			start = i + 1;
		}
	}
	return { sentences, rest: buffer.slice( start ) };
}
