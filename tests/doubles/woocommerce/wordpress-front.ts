/**
 * The WordPress side of a test shop: serves the shop's pages and posts over
 * /wp-json/wp/v2/pages and /wp-json/wp/v2/posts as WordPress does (page/per_page, the
 * X-WP-Total and X-WP-TotalPages headers, rest_post_invalid_page_number past the end), and
 * passes every other request unchanged to the WooCommerce double behind it. The Host header
 * is kept, so OAuth signatures made for this origin still verify. One URL then behaves like
 * one WordPress site with WooCommerce, as the sidecar sees a real shop.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import type { WpPage } from './coffee-shop';

export interface WordPressFront {
	url: string;
	close: () => Promise< void >;
}

function sendJson(
	res: http.ServerResponse,
	status: number,
	body: unknown,
	headers: Record< string, string > = {}
) {
	res.writeHead( status, {
		'Content-Type': 'application/json; charset=UTF-8',
		...headers,
	} );
	res.end( JSON.stringify( body ) );
}

function servePosts(
	res: http.ServerResponse,
	url: URL,
	items: WpPage[]
): void {
	const perPage = Number( url.searchParams.get( 'per_page' ) ?? 10 );
	if ( ! Number.isInteger( perPage ) || perPage < 1 || perPage > 100 ) {
		sendJson( res, 400, {
			code: 'rest_invalid_param',
			message: 'Invalid parameter(s): per_page',
			data: { status: 400 },
		} );
		return;
	}
	const page = Number( url.searchParams.get( 'page' ) ?? 1 );
	const totalPages = Math.max( 1, Math.ceil( items.length / perPage ) );
	if ( ! Number.isInteger( page ) || page < 1 || page > totalPages ) {
		sendJson( res, 400, {
			code: 'rest_post_invalid_page_number',
			message:
				'The page number requested is larger than the number of pages available.',
			data: { status: 400 },
		} );
		return;
	}
	sendJson( res, 200, items.slice( ( page - 1 ) * perPage, page * perPage ), {
		'X-WP-Total': String( items.length ),
		'X-WP-TotalPages': String( totalPages ),
	} );
}

export async function startWordPressFront( options: {
	pages: WpPage[];
	posts?: WpPage[];
	wooCommerceUrl: string;
} ): Promise< WordPressFront > {
	const backend = new URL( options.wooCommerceUrl );
	const server = http.createServer( ( req, res ) => {
		const url = new URL( req.url ?? '/', 'http://front.invalid' );
		if ( req.method === 'GET' && url.pathname === '/wp-json/wp/v2/pages' ) {
			servePosts( res, url, options.pages );
			return;
		}
		if ( req.method === 'GET' && url.pathname === '/wp-json/wp/v2/posts' ) {
			servePosts( res, url, options.posts ?? [] );
			return;
		}
		const forwarded = http.request(
			{
				host: backend.hostname,
				port: backend.port,
				method: req.method,
				path: req.url,
				headers: req.headers,
			},
			( answer ) => {
				res.writeHead( answer.statusCode ?? 502, answer.headers );
				answer.pipe( res );
			}
		);
		forwarded.on( 'error', () =>
			sendJson( res, 502, {
				code: 'bad_gateway',
				message: 'WooCommerce double unreachable',
				data: { status: 502 },
			} )
		);
		req.pipe( forwarded );
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	return {
		url: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`,
		close: () =>
			new Promise< void >( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}
