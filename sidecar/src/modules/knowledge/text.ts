/**
 * Turning shop HTML into text and passages. HTML is parsed by html-to-text (a real HTML
 * parser: entities decoded, attribute values never become text, scripts and styles
 * dropped); a page is split at its headings (h1–h6) so each passage keeps its heading as
 * title and points at its place on the page. Kept free of any database so both full-text
 * dialects share it.
 */
import {
	compile,
	type FormatCallback,
	type HtmlToTextOptions,
} from 'html-to-text';
import { STOP_WORDS } from '../../platform/text';

export interface Passage {
	heading: string;
	/** Where on the page the passage starts: the heading's id, or a text fragment of the heading. */
	anchor: string | null;
	body: string;
}

/** Marks a heading in the converted text: \u0001 id \u0002 heading text. */
const HEADING_START = '\u0001';
const HEADING_ID_END = '\u0002';

const headingFormatter: FormatCallback = ( elem, walk, builder ) => {
	builder.openBlock( { leadingLineBreaks: 2 } );
	const id = typeof elem.attribs?.id === 'string' ? elem.attribs.id : '';
	builder.addLiteral(
		`${ HEADING_START }${ id.replace( /[\u0001\u0002\s]/g, '' ) }${ HEADING_ID_END }`
	);
	walk( elem.children, builder );
	builder.closeBlock( { trailingLineBreaks: 2 } );
};

const SKIPPED = [
	'img',
	'script',
	'style',
	'noscript',
	'template',
	'svg',
	'iframe',
	'form',
	'button',
];

interface DomNode {
	type: string;
	name?: string;
	data?: string;
	children?: DomNode[];
}

/** The text of a table cell, whitespace collapsed (entities are decoded by the parser). */
function cellText( node: DomNode ): string {
	if ( node.type === 'text' ) {
		return node.data ?? '';
	}
	if ( node.name === 'br' ) {
		return ' ';
	}
	if ( node.name && SKIPPED.includes( node.name ) ) {
		return '';
	}
	return ( node.children ?? [] ).map( cellText ).join( '' );
}

interface Cell {
	header: boolean;
	text: string;
}

/** The rows of a table (through thead, tbody and tfoot), each a list of its cells. */
function tableRows( table: DomNode ): Cell[][] {
	const rows: Cell[][] = [];
	const visit = ( node: DomNode ) => {
		for ( const child of node.children ?? [] ) {
			if ( child.name === 'tr' ) {
				rows.push(
					( child.children ?? [] )
						.filter( ( c ) => c.name === 'td' || c.name === 'th' )
						.map( ( c ) => ( {
							header: c.name === 'th',
							text: cellText( c ).replace( /\s+/g, ' ' ).trim(),
						} ) )
				);
			} else if ( child.name && child.name !== 'table' ) {
				visit( child );
			}
		}
	};
	visit( table );
	return rows.filter( ( row ) => row.some( ( cell ) => cell.text ) );
}

/**
 * A table row as one sentence that stands on its own: "Overnight — Cost: $49.95;
 * Delivery: next business day" under a header row, "Phone: 0800 …" for a key and its value,
 * cells joined otherwise. Quoted alone, an aligned row ("Overnight   $49.95   1 day") says
 * nothing of what its figures are, and the header row quoted alone answers nothing.
 * @param row
 * @param headers the header row's cells, when the table has one
 */
export function rowSentence( row: Cell[], headers: string[] | null ): string {
	const cells = row.map( ( cell ) => cell.text );
	const [ subject, ...rest ] = cells;
	if ( headers && headers.length === cells.length && rest.length > 0 ) {
		const pairs = rest
			.map( ( value, i ) =>
				value && headers[ i + 1 ]
					? `${ headers[ i + 1 ] }: ${ value }`
					: value
			)
			.filter( Boolean );
		return subject
			? `${ subject } — ${ pairs.join( '; ' ) }`
			: pairs.join( '; ' );
	}
	if ( cells.length === 2 && subject ) {
		return `${ subject }: ${ rest[ 0 ] }`;
	}
	return cells.filter( Boolean ).join( ' · ' );
}

const tableFormatter: FormatCallback = ( elem, _walk, builder ) => {
	const rows = tableRows( elem as unknown as DomNode );
	const [ first ] = rows;
	const headerRow =
		first && first.length > 1 && first.every( ( cell ) => cell.header );
	const headers = headerRow ? first.map( ( cell ) => cell.text ) : null;
	builder.openBlock( { leadingLineBreaks: 2 } );
	( headerRow ? rows.slice( 1 ) : rows ).forEach( ( row, index ) => {
		if ( index > 0 ) {
			builder.addLineBreak();
		}
		builder.addInline( rowSentence( row, headers ) );
	} );
	builder.closeBlock( { trailingLineBreaks: 2 } );
};

const BASE_OPTIONS: HtmlToTextOptions = {
	wordwrap: false,
	formatters: { factTable: tableFormatter },
	selectors: [
		{ selector: 'a', options: { ignoreHref: true } },
		// Each row one line that reads as a sentence (rowSentence).
		{ selector: 'table', format: 'factTable' },
		...SKIPPED.map( ( selector ) => ( { selector, format: 'skip' } ) ),
	],
};

const PASSAGE_OPTIONS: HtmlToTextOptions = {
	...BASE_OPTIONS,
	formatters: {
		...BASE_OPTIONS.formatters,
		passageHeading: headingFormatter,
	},
	selectors: [
		...( BASE_OPTIONS.selectors ?? [] ),
		...[ 'h1', 'h2', 'h3', 'h4', 'h5', 'h6' ].map( ( selector ) => ( {
			selector,
			format: 'passageHeading',
		} ) ),
	],
};

// html-to-text builds a selector decision tree from its options; convert() builds it again on
// every call, which was a quarter of catalog sync's CPU (docs/performance.md). Compiled once.
const toText = compile( {
	...BASE_OPTIONS,
	selectors: [
		...( BASE_OPTIONS.selectors ?? [] ),
		...[ 'h1', 'h2', 'h3', 'h4', 'h5', 'h6' ].map( ( selector ) => ( {
			selector,
			options: { uppercase: false },
		} ) ),
	],
} );
const toPassageText = compile( PASSAGE_OPTIONS );

/** Readable plain text of an HTML fragment: lists as "* item", tables as aligned rows. */
export function htmlToText( html: string ): string {
	return toText( html ).trim();
}

/** One line of text from HTML (titles, names, attribute values): whitespace collapsed. */
export function htmlToLine( html: string ): string {
	// Most names and attribute values hold no markup and no entity: nothing to parse.
	const text = /[<&]/.test( html ) ? htmlToText( html ) : html;
	return text.replace( /\s+/g, ' ' ).trim();
}

export interface Block {
	heading: boolean;
	/** The heading's id attribute (headings only; '' when it has none). */
	id?: string;
	text: string;
}

/** Splits HTML into text blocks: each heading and each paragraph-like run of lines. */
export function htmlToBlocks( html: string ): Block[] {
	const text = toPassageText( html );
	const blocks: Block[] = [];
	for ( const chunk of text.split( /\n{2,}/ ) ) {
		const lines = chunk
			.split( '\n' )
			.map( ( line ) => line.trim() )
			.filter( ( line ) => line.trim() );
		if ( lines.length === 0 ) {
			continue;
		}
		const first = lines[ 0 ]!;
		if ( first.trimStart().startsWith( HEADING_START ) ) {
			const [ id, heading ] = first
				.trimStart()
				.slice( 1 )
				.split( HEADING_ID_END );
			blocks.push( {
				heading: true,
				id: id ?? '',
				text: ( heading ?? '' ).replace( /\s+/g, ' ' ).trim(),
			} );
			if ( lines.length > 1 ) {
				blocks.push( {
					heading: false,
					text: lines.slice( 1 ).join( '\n' ),
				} );
			}
			continue;
		}
		blocks.push( { heading: false, text: lines.join( '\n' ) } );
	}
	return blocks.filter( ( block ) => block.text.length > 0 );
}

const MAX_PASSAGE_CHARS = 700;

/** The anchor of a heading: its id, else a text fragment that browsers scroll to. */
function headingAnchor( block: Block ): string | null {
	if ( block.id ) {
		return block.id;
	}
	return `:~:text=${ encodeURIComponent( block.text ) }`;
}

/**
 * Groups blocks into passages under their nearest heading, so an answer quotes a coherent
 * piece of the page rather than a whole page or a lone line. Text before the first heading
 * is titled with the page title; a long section is cut at block boundaries.
 */
export function blocksToPassages( title: string, blocks: Block[] ): Passage[] {
	const passages: Passage[] = [];
	let heading = title;
	let anchor: string | null = null;
	let body = '';
	const flush = () => {
		if ( body.trim() ) {
			passages.push( { heading, anchor, body: body.trim() } );
		}
		body = '';
	};
	for ( const block of blocks ) {
		if ( block.heading ) {
			flush();
			heading = block.text;
			anchor = headingAnchor( block );
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

/** A page's passages straight from its HTML. */
export function htmlToPassages( title: string, html: string ): Passage[] {
	return blocksToPassages( title, htmlToBlocks( html ) );
}

/** The URL of a passage: the page URL with the passage's anchor. */
export function passageUrl( pageUrl: string, anchor: string | null ): string {
	if ( ! anchor ) {
		return pageUrl;
	}
	return `${ pageUrl.replace( /#.*$/, '' ) }#${ anchor }`;
}

/**
 * The meaningful words of a question, unstemmed: lower-case, folded, no stop words, no
 * duplicates. Product search (ADR 0015) matches these against its own index.
 */
export function keywords( text: string ): string[] {
	const words = text
		.toLowerCase()
		.normalize( 'NFKD' )
		.replace( /[\u0300-\u036f]/g, '' )
		.match( /[\p{L}\p{N}]+/gu );
	return [
		...new Set(
			( words ?? [] ).filter(
				// English stop words only: German ones include English product words ("hat").
				( word ) => word.length > 1 && ! STOP_WORDS.en.has( word )
			)
		),
	].slice( 0, 16 );
}
