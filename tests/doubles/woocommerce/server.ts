/**
 * A WooCommerce REST v3 test double that speaks WooCommerce's own contract, taken from its
 * source (plugins/woocommerce: includes/rest-api, class-wc-rest-authentication.php,
 * class-wc-webhook.php):
 * - routes under /wp-json/wc/v3: products (page, per_page ≤ 100, orderby, order, status),
 *   products/<id>, products/<id>/variations, orders/<id>, orders/<id>/notes?type=customer,
 *   data/currencies/current, settings/general (the price format settings, shaped as
 *   WC_REST_Setting_Options_V2_Controller answers); `modified_after` with `dates_are_gmt`
 *   on products and variations (strictly after, as WP_Date_Query's `after`);
 *   pagination headers X-WP-Total / X-WP-TotalPages and Link;
 * - errors as { code, message, data: { status } } (woocommerce_rest_* codes);
 * - authentication as WooCommerce does it over plain http: OAuth 1.0a one-legged with
 *   HMAC-SHA256 (the client library's choice), the consumer key looked up by
 *   wc_api_hash() = HMAC-SHA256(key, 'wc-api'), the signature key `secret&`, a 15-minute
 *   timestamp window and single-use nonces. Basic auth and query-string keys are refused
 *   over http, as WooCommerce refuses them (they are accepted only over https);
 * - webhook deliveries with WooCommerce's headers (X-WC-Webhook-Source/Topic/Resource/
 *   Event/Signature/ID/Delivery-ID) and signature base64(HMAC-SHA256(body, secret)), and
 *   the unsigned `webhook_id=<n>` ping.
 * Production code never imports this: the sidecar only sees a store URL pointing here.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import http from 'node:http';
import type { AddressInfo } from 'node:net';

export type WcProduct = Record< string, unknown > & {
	id: number;
	type: string;
};
export type WcVariation = Record< string, unknown > & { id: number };
export type WcOrder = Record< string, unknown > & {
	id: number;
	number: string;
};

export interface WooCommerceData {
	products: WcProduct[];
	variations: Map< number, WcVariation[] >;
	orders: WcOrder[];
	notes: Map<
		number,
		Array< { id: number; note: string; customer_note: boolean } >
	>;
	currency: { code: string; name: string; symbol: string };
	/** Settings → General → Currency options; WooCommerce's defaults when absent. */
	priceFormat?: PriceFormatSettings;
}

/** The price format options of WooCommerce's general settings. */
export interface PriceFormatSettings {
	currency: string;
	currency_pos: 'left' | 'right' | 'left_space' | 'right_space';
	thousand_sep: string;
	decimal_sep: string;
	num_decimals: number;
}

/**
 * GET settings/general as WooCommerce answers it: one object per setting with id, label,
 * description, type, default, options (selects only), tip and value — values are strings.
 * Only the currency options are served; the sidecar reads nothing else.
 */
function generalSettings( data: WooCommerceData ) {
	const format: PriceFormatSettings = data.priceFormat ?? {
		currency: data.currency.code,
		currency_pos: 'left',
		thousand_sep: ',',
		decimal_sep: '.',
		num_decimals: 2,
	};
	const setting = (
		id: string,
		label: string,
		type: string,
		value: string,
		defaultValue: string,
		options?: Record< string, string >
	) => ( {
		id,
		label,
		description: '',
		type,
		default: defaultValue,
		...( options ? { options } : {} ),
		tip: '',
		value,
		group_id: 'general',
	} );
	return [
		setting(
			'woocommerce_currency',
			'Currency',
			'select',
			format.currency,
			'USD',
			{
				[ format.currency ]: format.currency,
			}
		),
		setting(
			'woocommerce_currency_pos',
			'Currency position',
			'select',
			format.currency_pos,
			'left',
			{
				left: 'Left',
				right: 'Right',
				left_space: 'Left with space',
				right_space: 'Right with space',
			}
		),
		setting(
			'woocommerce_price_thousand_sep',
			'Thousand separator',
			'text',
			format.thousand_sep,
			','
		),
		setting(
			'woocommerce_price_decimal_sep',
			'Decimal separator',
			'text',
			format.decimal_sep,
			'.'
		),
		setting(
			'woocommerce_price_num_decimals',
			'Number of decimals',
			'number',
			String( format.num_decimals ),
			'2'
		),
	];
}

/**
 * modified_after as WC_REST_CRUD_Controller applies it: a date query on post_modified_gmt
 * (dates_are_gmt=true) or post_modified, strictly after the given time.
 */
function modifiedAfter(
	url: URL
): ( item: Record< string, unknown > ) => boolean {
	const after = url.searchParams.get( 'modified_after' );
	if ( ! after ) {
		return () => true;
	}
	const gmt = url.searchParams.get( 'dates_are_gmt' ) === 'true';
	const field = gmt ? 'date_modified_gmt' : 'date_modified';
	const asUtc = ( value: string ) =>
		Date.parse(
			/[zZ]|[+-]\d\d:?\d\d$/.test( value ) ? value : `${ value }Z`
		);
	const threshold = asUtc( after );
	return ( item ) => {
		const value = item[ field ] ?? item.date_modified_gmt;
		return typeof value === 'string' && asUtc( value ) > threshold;
	};
}

/** wc_api_hash(): how WooCommerce stores consumer keys (includes/wc-core-functions.php). */
export function wcApiHash( consumerKey: string ): string {
	return createHmac( 'sha256', 'wc-api' )
		.update( consumerKey )
		.digest( 'hex' );
}

/** wc_rand_hash(): sha1 of random data, 40 hex characters. */
export function wcRandHash(): string {
	return createHash( 'sha1' ).update( randomBytes( 32 ) ).digest( 'hex' );
}

export function newKeys(): { consumerKey: string; consumerSecret: string } {
	return {
		consumerKey: `ck_${ wcRandHash() }`,
		consumerSecret: `cs_${ wcRandHash() }`,
	};
}

/** RFC 3986 encoding, as PHP's rawurlencode(). */
function rawUrlEncode( value: string ): string {
	return encodeURIComponent( value ).replace(
		/[!'()*]/g,
		( c ) => `%${ c.charCodeAt( 0 ).toString( 16 ).toUpperCase() }`
	);
}

function compareBytes( a: string, b: string ): number {
	if ( a === b ) {
		return 0;
	}
	return a < b ? -1 : 1;
}

function wcError( status: number, code: string, message: string ) {
	return { status, body: { code, message, data: { status } } };
}

export interface WooCommerceDouble {
	url: string;
	data: WooCommerceData;
	/** Requests answered, by path (without query), for assertions about paging and resumes. */
	requests: string[];
	/** Makes the next request for this catalog page fail with a 500 (a crash mid-sync). */
	failCatalogPage: ( page: number ) => void;
	/**
	 * A shop under load: catalog pages from `fromPage` on are answered only after `ms`
	 * (0 makes it fast again). Requests are still answered, late, as an overloaded PHP is.
	 */
	slowCatalogPages: ( ms: number, fromPage?: number ) => void;
	/** Sends a webhook delivery exactly as WC_Webhook::deliver() does. Returns the HTTP status. */
	deliver: (
		deliveryUrl: string,
		secret: string,
		topic: string,
		payload: unknown,
		options?: { signature?: string }
	) => Promise< number >;
	/** WC_Webhook::deliver_ping(). */
	ping: ( deliveryUrl: string, webhookId: number ) => Promise< number >;
	close: () => Promise< void >;
}

export async function startWooCommerceDouble(
	data: WooCommerceData,
	keys: { consumerKey: string; consumerSecret: string }
): Promise< WooCommerceDouble > {
	// Keys are kept the way WooCommerce keeps them: the key hashed, the secret plain.
	const apiKeys = new Map( [
		[ wcApiHash( keys.consumerKey ), keys.consumerSecret ],
	] );
	const usedNonces = new Set< string >();
	const failing = new Set< number >();
	const slow = { ms: 0, fromPage: 1 };
	const requests: string[] = [];
	let webhookId = 1;

	function authenticate(
		req: http.IncomingMessage,
		url: URL,
		origin: string
	) {
		if (
			req.headers.authorization?.startsWith( 'Basic ' ) ||
			url.searchParams.has( 'consumer_key' )
		) {
			// Over http WooCommerce only accepts OAuth 1.0a signatures.
			return wcError(
				401,
				'woocommerce_rest_cannot_view',
				'Sorry, you cannot list resources.'
			);
		}
		// PHP's $_GET keeps the last value of a repeated key (the client library repeats its
		// query parameters after the OAuth ones); WooCommerce signs over $_GET.
		const params = [ ...new Map( url.searchParams.entries() ).entries() ];
		const oauth = Object.fromEntries(
			params.filter( ( [ k ] ) => k.startsWith( 'oauth_' ) )
		);
		const required = [
			'oauth_consumer_key',
			'oauth_timestamp',
			'oauth_nonce',
			'oauth_signature',
			'oauth_signature_method',
		];
		if ( required.some( ( k ) => ! oauth[ k ] ) ) {
			return wcError(
				401,
				'woocommerce_rest_cannot_view',
				'Sorry, you cannot list resources.'
			);
		}
		const secret = apiKeys.get( wcApiHash( oauth.oauth_consumer_key! ) );
		if ( ! secret ) {
			return wcError(
				401,
				'woocommerce_rest_authentication_error',
				'Consumer key is invalid.'
			);
		}
		if (
			! [ 'HMAC-SHA1', 'HMAC-SHA256' ].includes(
				oauth.oauth_signature_method!
			)
		) {
			return wcError(
				401,
				'woocommerce_rest_authentication_error',
				'Invalid signature - signature method is invalid.'
			);
		}
		const age = Math.abs(
			Date.now() / 1000 - Number( oauth.oauth_timestamp )
		);
		if ( ! Number.isFinite( age ) || age > 15 * 60 ) {
			return wcError(
				401,
				'woocommerce_rest_authentication_error',
				'Invalid timestamp.'
			);
		}
		const normalized = params
			.filter( ( [ k ] ) => k !== 'oauth_signature' )
			.map(
				( [ k, v ] ) =>
					[ rawUrlEncode( k ), rawUrlEncode( v ) ] as const
			)
			// Byte order of the encoded key, then of the value (strcmp, as PHP's uksort).
			.sort(
				( a, b ) =>
					compareBytes( a[ 0 ], b[ 0 ] ) ||
					compareBytes( a[ 1 ], b[ 1 ] )
			)
			.map( ( [ k, v ] ) => `${ k }=${ v }` )
			.join( '&' );
		const base = [
			req.method!.toUpperCase(),
			rawUrlEncode( `${ origin }${ url.pathname }` ),
			rawUrlEncode( normalized ),
		].join( '&' );
		const algorithm =
			oauth.oauth_signature_method === 'HMAC-SHA1' ? 'sha1' : 'sha256';
		const expected = createHmac( algorithm, `${ rawUrlEncode( secret ) }&` )
			.update( base )
			.digest( 'base64' );
		if ( expected !== oauth.oauth_signature ) {
			return wcError(
				401,
				'woocommerce_rest_authentication_error',
				'Invalid signature - provided signature does not match.'
			);
		}
		const nonceKey = `${ oauth.oauth_consumer_key }:${ oauth.oauth_timestamp }:${ oauth.oauth_nonce }`;
		if ( usedNonces.has( nonceKey ) ) {
			return wcError(
				401,
				'woocommerce_rest_authentication_error',
				'Invalid nonce - nonce has already been used.'
			);
		}
		usedNonces.add( nonceKey );
		return null;
	}

	function paginate< T >( items: T[], url: URL ) {
		const perPage = Number( url.searchParams.get( 'per_page' ) ?? 10 );
		if ( ! Number.isInteger( perPage ) || perPage < 1 || perPage > 100 ) {
			return {
				error: wcError(
					400,
					'rest_invalid_param',
					'Invalid parameter(s): per_page'
				),
			};
		}
		const page = Number( url.searchParams.get( 'page' ) ?? 1 );
		if ( ! Number.isInteger( page ) || page < 1 ) {
			return {
				error: wcError(
					400,
					'rest_invalid_param',
					'Invalid parameter(s): page'
				),
			};
		}
		const totalPages = Math.max( 1, Math.ceil( items.length / perPage ) );
		if ( page > totalPages && items.length > 0 ) {
			return {
				error: wcError(
					400,
					'rest_post_invalid_page_number',
					'The page number requested is larger than the number of pages available.'
				),
			};
		}
		return {
			page,
			body: items.slice( ( page - 1 ) * perPage, page * perPage ),
			headers: {
				'X-WP-Total': String( items.length ),
				'X-WP-TotalPages': String( totalPages ),
			},
		};
	}

	function route( url: URL ): {
		status: number;
		body: unknown;
		headers?: Record< string, string >;
	} {
		const path = url.pathname.replace( /^\/wp-json\/wc\/v3\//, '' );
		let match: RegExpExecArray | null;
		if ( path === 'data/currencies/current' ) {
			return { status: 200, body: data.currency };
		}
		if ( path === 'settings/general' ) {
			return { status: 200, body: generalSettings( data ) };
		}
		if ( path === 'products' ) {
			const status = url.searchParams.get( 'status' ) ?? 'any';
			const order = url.searchParams.get( 'order' ) === 'asc' ? 1 : -1;
			const changed = modifiedAfter( url );
			const list = data.products
				.filter(
					( p ) =>
						( status === 'any' ||
							( p.status ?? 'publish' ) === status ) &&
						changed( p )
				)
				.sort( ( a, b ) => ( a.id - b.id ) * order );
			const paged = paginate( list, url );
			if ( paged.error ) {
				return paged.error;
			}
			if ( failing.delete( paged.page ) ) {
				return wcError(
					500,
					'internal_server_error',
					'There has been a critical error on this website.'
				);
			}
			return { status: 200, body: paged.body, headers: paged.headers };
		}
		if ( ( match = /^products\/(\d+)$/.exec( path ) ) ) {
			const product = data.products.find(
				( p ) => p.id === Number( match![ 1 ] )
			);
			return product
				? { status: 200, body: product }
				: wcError(
						404,
						'woocommerce_rest_product_invalid_id',
						'Invalid ID.'
					);
		}
		if ( ( match = /^products\/(\d+)\/variations$/.exec( path ) ) ) {
			const parentId = Number( match[ 1 ] );
			if ( ! data.products.some( ( p ) => p.id === parentId ) ) {
				return wcError(
					404,
					'woocommerce_rest_product_invalid_id',
					'Invalid ID.'
				);
			}
			const paged = paginate(
				( data.variations.get( parentId ) ?? [] ).filter(
					modifiedAfter( url )
				),
				url
			);
			return (
				paged.error ?? {
					status: 200,
					body: paged.body,
					headers: paged.headers,
				}
			);
		}
		if ( ( match = /^orders\/(\d+)$/.exec( path ) ) ) {
			const order = data.orders.find(
				( o ) => o.id === Number( match![ 1 ] )
			);
			return order
				? { status: 200, body: order }
				: wcError(
						404,
						'woocommerce_rest_shop_order_invalid_id',
						'Invalid ID.'
					);
		}
		if ( ( match = /^orders\/(\d+)\/notes$/.exec( path ) ) ) {
			const id = Number( match[ 1 ] );
			if ( ! data.orders.some( ( o ) => o.id === id ) ) {
				return wcError(
					404,
					'woocommerce_rest_order_invalid_id',
					'Invalid order ID.'
				);
			}
			const type = url.searchParams.get( 'type' ) ?? 'any';
			const notes = ( data.notes.get( id ) ?? [] ).filter(
				( n ) =>
					type === 'any' ||
					( type === 'customer'
						? n.customer_note
						: ! n.customer_note )
			);
			return { status: 200, body: notes };
		}
		return wcError(
			404,
			'rest_no_route',
			'No route was found matching the URL and request method.'
		);
	}

	const server = http.createServer( ( req, res ) => {
		const origin = `http://${ req.headers.host }`;
		const url = new URL( req.url ?? '/', origin );
		requests.push(
			`${ req.method } ${ url.pathname }${ url.searchParams.has( 'page' ) ? `?page=${ url.searchParams.get( 'page' ) }` : '' }`
		);
		const send = (
			status: number,
			body: unknown,
			headers: Record< string, string > = {}
		) => {
			res.writeHead( status, {
				'Content-Type': 'application/json; charset=UTF-8',
				...headers,
			} );
			res.end( JSON.stringify( body ) );
		};
		if ( ! url.pathname.startsWith( '/wp-json/wc/v3/' ) ) {
			send( 404, {
				code: 'rest_no_route',
				message:
					'No route was found matching the URL and request method.',
				data: { status: 404 },
			} );
			return;
		}
		if ( req.method !== 'GET' ) {
			send( 405, {
				code: 'rest_no_route',
				message: 'This double is read-only.',
				data: { status: 405 },
			} );
			return;
		}
		const denied = authenticate( req, url, origin );
		if ( denied ) {
			send( denied.status, denied.body );
			return;
		}
		const answer = route( url );
		const page = Number( url.searchParams.get( 'page' ) ?? 1 );
		if (
			slow.ms > 0 &&
			url.pathname === '/wp-json/wc/v3/products' &&
			page >= slow.fromPage
		) {
			setTimeout(
				() => send( answer.status, answer.body, answer.headers ),
				slow.ms
			);
			return;
		}
		send( answer.status, answer.body, answer.headers );
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const url = `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }`;

	async function post(
		deliveryUrl: string,
		body: string,
		headers: Record< string, string >
	) {
		const response = await fetch( deliveryUrl, {
			method: 'POST',
			headers: {
				'User-Agent': 'WooCommerce/7.8.2 Hookshot (WordPress/6.8)',
				...headers,
			},
			body,
		} );
		await response.arrayBuffer();
		return response.status;
	}

	return {
		url,
		data,
		requests,
		failCatalogPage: ( page ) => failing.add( page ),
		slowCatalogPages( ms, fromPage = 1 ) {
			Object.assign( slow, { ms, fromPage } );
		},
		deliver( deliveryUrl, secret, topic, payload, options = {} ) {
			const body = JSON.stringify( payload );
			const [ resource, event ] = topic.split( '.' );
			return post( deliveryUrl, body, {
				'Content-Type': 'application/json',
				'X-WC-Webhook-Source': `${ url }/`,
				'X-WC-Webhook-Topic': topic,
				'X-WC-Webhook-Resource': resource!,
				'X-WC-Webhook-Event': event!,
				'X-WC-Webhook-Signature':
					options.signature ??
					createHmac( 'sha256', secret )
						.update( body )
						.digest( 'base64' ),
				'X-WC-Webhook-ID': String( webhookId ),
				'X-WC-Webhook-Delivery-ID': createHash( 'md5' )
					.update( `${ webhookId }${ Date.now() }${ Math.random() }` )
					.digest( 'hex' ),
			} );
		},
		ping( deliveryUrl, id ) {
			webhookId = id;
			return post( deliveryUrl, `webhook_id=${ id }`, {
				'Content-Type': 'application/x-www-form-urlencoded',
			} );
		},
		close: () =>
			new Promise< void >( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}
