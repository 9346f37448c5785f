/**
 * Safe markdown for chat replies: a strict subset (paragraphs, `-`/`*`/`1.` lists,
 * `**strong**`, `*em*`/`_em_`, `` `code` ``, `[text](https://…)` links and bare web URLs)
 * turned directly into React elements. There is no HTML path at all: text only ever
 * reaches the DOM as React text nodes, and links are created only for http(s) and
 * mailto URLs, opening in a new tab without an opener or referrer (ADR 0009).
 */
import { createElement, type ReactNode } from 'react';

/** Only these schemes become links; everything else stays text. */
export function safeHref( url: string ): string | null {
	const trimmed = url.trim();
	if ( ! /^(https?:\/\/|mailto:)/i.test( trimmed ) ) {
		return null;
	}
	try {
		const parsed = new URL( trimmed );
		return [ 'http:', 'https:', 'mailto:' ].includes( parsed.protocol )
			? parsed.href
			: null;
	} catch {
		return null;
	}
}

// One inline token at a time, leftmost first: link, bare URL, code, strong, emphasis.
const INLINE =
	/\[([^\]\n]{1,500})\]\(([^)\s]{1,2048})\)|(https?:\/\/[^\s<>()]{1,2048}[^\s<>().,;:!?'"])|`([^`\n]{1,500})`|\*\*([^*\n]{1,500})\*\*|(^|[\s(])[*_]([^*_\s](?:[^*_\n]{0,498}[^*_\s])?)[*_](?=$|[\s).,;:!?])/;

/**
 * Renders inline markdown into React nodes.
 *
 * @param text  One line or paragraph of text.
 * @param key   Key prefix for the produced elements.
 * @param depth Nesting guard for emphasis inside links and strong text.
 * @return React nodes.
 */
export function renderInline(
	text: string,
	key = 'i',
	depth = 0
): ReactNode[] {
	const nodes: ReactNode[] = [];
	let rest = text;
	let index = 0;
	while ( rest ) {
		const match = depth < 3 ? INLINE.exec( rest ) : null;
		if ( ! match ) {
			nodes.push( rest );
			break;
		}
		if ( match.index > 0 ) {
			nodes.push( rest.slice( 0, match.index ) );
		}
		const id = `${ key }-${ index++ }`;
		const [ whole, label, url, bare, code, strong, emPrefix, em ] = match;
		if ( label !== undefined ) {
			const href = safeHref( url! );
			nodes.push(
				href
					? link( href, renderInline( label, id, depth + 1 ), id )
					: whole
			);
		} else if ( bare !== undefined ) {
			const href = safeHref( bare );
			nodes.push( href ? link( href, bare, id ) : bare );
		} else if ( code !== undefined ) {
			nodes.push( createElement( 'code', { key: id }, code ) );
		} else if ( strong !== undefined ) {
			nodes.push(
				createElement(
					'strong',
					{ key: id },
					renderInline( strong, id, depth + 1 )
				)
			);
		} else {
			// The character before the opening `*` belongs to the text, not the emphasis.
			nodes.push(
				emPrefix,
				createElement(
					'em',
					{ key: id },
					renderInline( em!, id, depth + 1 )
				)
			);
		}
		rest = rest.slice( match.index + whole.length );
	}
	return nodes;
}

function link( href: string, children: ReactNode, key: string ) {
	return createElement(
		'a',
		{ key, href, target: '_blank', rel: 'noopener noreferrer nofollow' },
		children
	);
}

const BULLET = /^\s*[-*•]\s+(.*)$/;
const NUMBERED = /^\s*\d{1,3}[.)]\s+(.*)$/;

/**
 * Renders a reply: blank lines separate paragraphs; consecutive list lines form one list.
 *
 * @param text The reply text (from the model, the shop's content, or the shopper).
 * @return React nodes, safe to put in the DOM.
 */
export function renderMarkdown( text: string ): ReactNode[] {
	const blocks: ReactNode[] = [];
	const lines = text.replace( /\r\n?/g, '\n' ).split( '\n' );
	let paragraph: string[] = [];
	let list: { ordered: boolean; items: string[] } | null = null;

	const flushParagraph = () => {
		if ( paragraph.length ) {
			const key = `p${ blocks.length }`;
			blocks.push(
				createElement(
					'p',
					{ key },
					renderInline( paragraph.join( '\n' ), key )
				)
			);
			paragraph = [];
		}
	};
	const flushList = () => {
		if ( list ) {
			const key = `l${ blocks.length }`;
			blocks.push(
				createElement(
					list.ordered ? 'ol' : 'ul',
					{ key },
					list.items.map( ( item, index ) =>
						createElement(
							'li',
							{ key: index },
							renderInline( item, `${ key }-${ index }` )
						)
					)
				)
			);
			list = null;
		}
	};

	for ( const line of lines ) {
		const bullet = BULLET.exec( line );
		const numbered = bullet ? null : NUMBERED.exec( line );
		const item = bullet ?? numbered;
		if ( item ) {
			flushParagraph();
			const ordered = Boolean( numbered );
			if ( list && list.ordered !== ordered ) {
				flushList();
			}
			list ??= { ordered, items: [] };
			list.items.push( item[ 1 ]! );
		} else if ( ! line.trim() ) {
			flushParagraph();
			flushList();
		} else {
			flushList();
			paragraph.push( line );
		}
	}
	flushParagraph();
	flushList();
	return blocks;
}
