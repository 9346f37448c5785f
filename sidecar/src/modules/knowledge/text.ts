/**
 * Turning shop HTML into passages, and questions into search terms. Kept free of any
 * database so both full-text dialects share it.
 */

const ENTITIES: Record< string, string > = {
	amp: '&',
	lt: '<',
	gt: '>',
	quot: '"',
	apos: "'",
	nbsp: ' ',
	ndash: '–',
	mdash: '—',
	hellip: '…',
	rsquo: '’',
	lsquo: '‘',
	rdquo: '”',
	ldquo: '“',
	euro: '€',
	pound: '£',
	copy: '©',
};

export function decodeEntities( text: string ): string {
	return text.replace(
		/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi,
		( whole, entity: string ) => {
			if ( entity[ 0 ] === '#' ) {
				const code =
					entity[ 1 ]?.toLowerCase() === 'x'
						? parseInt( entity.slice( 2 ), 16 )
						: parseInt( entity.slice( 1 ), 10 );
				return Number.isFinite( code ) && code > 0 && code <= 0x10ffff
					? String.fromCodePoint( code )
					: whole;
			}
			return ENTITIES[ entity.toLowerCase() ] ?? whole;
		}
	);
}

export interface Block {
	heading: boolean;
	text: string;
}

/** Splits rendered HTML into text blocks at block-level boundaries; scripts and styles dropped. */
export function htmlToBlocks( html: string ): Block[] {
	const withoutCode = html
		.replace( /<!--[\s\S]*?-->/g, ' ' )
		.replace(
			/<(script|style|noscript|template|svg)\b[\s\S]*?<\/\1\s*>/gi,
			' '
		);
	const marked = withoutCode
		.replace( /<h[1-6]\b[^>]*>/gi, '\n\u0001' )
		.replace( /<\/h[1-6]\s*>/gi, '\n' )
		.replace( /<(br|hr)\b[^>]*>/gi, '\n' )
		.replace(
			/<\/?(p|div|section|article|li|ul|ol|tr|table|blockquote|figure|figcaption|dd|dt|pre|header|footer)\b[^>]*>/gi,
			'\n'
		)
		.replace( /<[^>]+>/g, ' ' );
	return decodeEntities( marked )
		.split( '\n' )
		.map( ( line ) => ( {
			heading: line.startsWith( '\u0001' ),
			text: line
				.replace( /\u0001/g, '' )
				.replace( /\s+/g, ' ' )
				.trim(),
		} ) )
		.filter( ( block ) => block.text.length > 0 );
}

export interface Passage {
	heading: string;
	body: string;
}

const MAX_PASSAGE_CHARS = 700;

/**
 * Groups blocks into passages of a few sentences under their nearest heading, so an answer
 * quotes a coherent piece of the page rather than a whole page or a lone line.
 * @param title
 * @param blocks
 */
export function blocksToPassages( title: string, blocks: Block[] ): Passage[] {
	const passages: Passage[] = [];
	let heading = title;
	let body = '';
	const flush = () => {
		if ( body.trim() ) {
			passages.push( { heading, body: body.trim() } );
		}
		body = '';
	};
	for ( const block of blocks ) {
		if ( block.heading ) {
			flush();
			heading = block.text;
			continue;
		}
		if ( body && body.length + block.text.length + 1 > MAX_PASSAGE_CHARS ) {
			flush();
		}
		body = body ? `${ body }\n${ block.text }` : block.text;
	}
	flush();
	return passages;
}

const STOP_WORDS = new Set(
	(
		'a about above after again against all am an and any are as at be because been before being below between both but by ' +
		'can could did do does doing down during each few for from further had has have having he her here hers herself him ' +
		'himself his how i if in into is it its itself just me more most my myself no nor not now of off on once only or other ' +
		'our ours ourselves out over own same she should so some such than that the their theirs them themselves then there ' +
		'these they this those through to too under until up very was we were what when where which while who whom why will ' +
		'with would you your yours yourself yourselves hi hello hey please thanks thank tell know want need get got ' +
		'also may might must shall us let lets im ive id youre dont cant wont does anything something'
	).split( ' ' )
);

/** The meaningful words of a question: lower-case, no stop words, no duplicates. */
export function keywords( text: string ): string[] {
	const words = text
		.toLowerCase()
		.normalize( 'NFKD' )
		.replace( /[\u0300-\u036f]/g, '' )
		.match( /[\p{L}\p{N}]+/gu );
	return [
		...new Set(
			( words ?? [] ).filter(
				( word ) => word.length > 1 && ! STOP_WORDS.has( word )
			)
		),
	].slice( 0, 16 );
}

/**
 * A light English stem for coverage checks (the full-text index stems on its own):
 * enough to equate "shipping"/"shipped"/"ships" and "deliveries"/"delivery".
 * @param word
 */
export function roughStem( word: string ): string {
	let stem = word;
	if ( stem.length > 4 && stem.endsWith( 'ies' ) ) {
		stem = `${ stem.slice( 0, -3 ) }y`;
	} else if ( stem.length > 5 && /(ing|ed)$/.test( stem ) ) {
		stem = stem
			.replace( /(ing|ed)$/, '' )
			.replace( /([b-df-hj-np-tv-z])\1$/, '$1' );
	} else if ( stem.length > 4 && /(s|x|z|ch|sh)es$/.test( stem ) ) {
		stem = stem.slice( 0, -2 );
	} else if (
		stem.length > 3 &&
		stem.endsWith( 's' ) &&
		! stem.endsWith( 'ss' )
	) {
		stem = stem.slice( 0, -1 );
	}
	return stem.slice( 0, 6 ).replace( /e$/, '' );
}

/** Share of the question's keywords that a passage contains (0..1). */
export function keywordCoverage(
	terms: string[],
	passageText: string
): number {
	if ( terms.length === 0 ) {
		return 0;
	}
	const passageStems = new Set( keywords( passageText ).map( roughStem ) );
	const hits = terms.filter( ( term ) =>
		passageStems.has( roughStem( term ) )
	).length;
	return hits / terms.length;
}
