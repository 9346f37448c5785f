/**
 * Reads a shop's published pages and posts through the WordPress REST API (wp/v2), the
 * same public endpoints any visitor can read. Handles both pretty (/wp-json/) and plain
 * (?rest_route=) REST URLs, and paginates by X-WP-TotalPages.
 */
import { withoutNul } from '../../platform/fetched-text';

export interface WordPressDocument {
	source: 'wp_page' | 'wp_post';
	externalId: string;
	title: string;
	url: string;
	html: string;
	modifiedAt: string | null;
}

interface WpRestItem {
	id: number;
	link: string;
	modified_gmt?: string;
	title?: { rendered?: string };
	content?: { rendered?: string; protected?: boolean };
}

const PAGE_SIZE = 50;
const MAX_PAGES = 200;

export function wpRestUrl(
	restUrl: string,
	route: string,
	params: Record< string, string >
): string {
	const url = new URL( restUrl );
	if ( url.searchParams.has( 'rest_route' ) ) {
		url.searchParams.set(
			'rest_route',
			`/${ route.replace( /^\//, '' ) }`
		);
	} else {
		url.pathname = `${ url.pathname.replace( /\/+$/, '' ) }/${ route.replace( /^\//, '' ) }`;
	}
	for ( const [ name, value ] of Object.entries( params ) ) {
		url.searchParams.set( name, value );
	}
	return url.toString();
}

async function fetchJson(
	url: string,
	timeoutMs: number
): Promise< { items: WpRestItem[]; totalPages: number } > {
	const response = await fetch( url, {
		headers: {
			accept: 'application/json',
			'user-agent': 'OmniOps-Sidecar/0.1 (+knowledge sync)',
		},
		signal: AbortSignal.timeout( timeoutMs ),
		redirect: 'follow',
	} );
	if ( ! response.ok ) {
		throw new Error(
			`WordPress answered ${ response.status } for ${ new URL( url ).pathname }`
		);
	}
	// A NUL in a page would fail the whole sync on PostgreSQL: dropped on the way in.
	const body = withoutNul( ( await response.json() ) as unknown );
	if ( ! Array.isArray( body ) ) {
		throw new Error( 'WordPress REST API did not return a list' );
	}
	return {
		items: body as WpRestItem[],
		totalPages:
			Number( response.headers.get( 'x-wp-totalpages' ) ?? '1' ) || 1,
	};
}

/** Optional filter: only what was modified after a time (WordPress 5.7+ `modified_after`). */
export interface ReadOptions {
	modifiedAfter?: string;
}

async function* readCollection(
	restUrl: string,
	route: 'wp/v2/pages' | 'wp/v2/posts',
	timeoutMs: number,
	options: ReadOptions = {}
): AsyncGenerator< WordPressDocument > {
	const source = route === 'wp/v2/pages' ? 'wp_page' : 'wp_post';
	for ( let page = 1; page <= MAX_PAGES; page++ ) {
		const { items, totalPages } = await fetchJson(
			wpRestUrl( restUrl, route, {
				per_page: String( PAGE_SIZE ),
				page: String( page ),
				status: 'publish',
				_fields: 'id,link,title,content,modified_gmt',
				...( options.modifiedAfter
					? { modified_after: options.modifiedAfter }
					: {} ),
			} ),
			timeoutMs
		);
		for ( const item of items ) {
			if (
				! Number.isInteger( item.id ) ||
				typeof item.link !== 'string' ||
				item.content?.protected
			) {
				continue;
			}
			yield {
				source,
				externalId: String( item.id ),
				title: item.title?.rendered ?? '',
				url: item.link,
				html: item.content?.rendered ?? '',
				modifiedAt: item.modified_gmt
					? new Date( `${ item.modified_gmt }Z` ).toISOString()
					: null,
			};
		}
		if ( page >= totalPages ) {
			return;
		}
	}
}

export async function* readPublishedContent(
	restUrl: string,
	timeoutMs: number,
	options: ReadOptions = {}
): AsyncGenerator< WordPressDocument > {
	yield* readCollection( restUrl, 'wp/v2/pages', timeoutMs, options );
	yield* readCollection( restUrl, 'wp/v2/posts', timeoutMs, options );
}
