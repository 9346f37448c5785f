/**
 * The WooCommerce connector: reads the catalog and orders through WooCommerce's REST API
 * (wc/v3) with the official client library, which signs with OAuth 1.0a over http and uses
 * Basic auth over https. Responses are parsed with zod; anything unexpected fails the call
 * with a message naming the field, never a half-read product.
 */
import WooCommerceRestApi from '@woocommerce/woocommerce-rest-api';
import { z } from 'zod';
import { htmlToLine, htmlToText } from '../knowledge/text';
import type {
	CatalogItem,
	CatalogPage,
	CommerceConnector,
	OrderSummary,
} from './connector';
import { withoutNul } from '../../platform/fetched-text';
import { DEFAULT_PRICE_FORMAT, toMinorUnits, type PriceFormat } from './money';

export const PAGE_SIZE = 50;

export interface WooCommerceCredentials {
	consumerKey: string;
	consumerSecret: string;
}

const term = z.object( { name: z.string() } ).passthrough();
const image = z.object( { src: z.string() } ).passthrough();
const stockStatus = z
	.enum( [ 'instock', 'outofstock', 'onbackorder' ] )
	.catch( 'outofstock' );

/** The parts of WooCommerce's product schema we use (WC_REST_Products_Controller). */
export const wcProduct = z
	.object( {
		id: z.number().int(),
		name: z.string(),
		type: z.string(),
		status: z.string().optional(),
		permalink: z.string(),
		sku: z.string().catch( '' ),
		price: z.string().catch( '' ),
		regular_price: z.string().catch( '' ),
		sale_price: z.string().catch( '' ),
		stock_status: stockStatus,
		stock_quantity: z.number().int().nullable().catch( null ),
		manage_stock: z
			.union( [ z.boolean(), z.literal( 'parent' ) ] )
			.catch( false ),
		description: z.string().catch( '' ),
		short_description: z.string().catch( '' ),
		categories: z.array( term ).catch( [] ),
		tags: z.array( term ).catch( [] ),
		images: z.array( image ).catch( [] ),
		attributes: z
			.array(
				z
					.object( {
						name: z.string(),
						options: z.array( z.string() ).catch( [] ),
					} )
					.passthrough()
			)
			.catch( [] ),
		date_modified_gmt: z.string().nullable().catch( null ),
	} )
	.passthrough();

/** A variation (WC_REST_Product_Variations_Controller): one option per attribute, one image. */
export const wcVariation = wcProduct
	.omit( {
		name: true,
		type: true,
		categories: true,
		tags: true,
		images: true,
		attributes: true,
		short_description: true,
	} )
	.extend( {
		image: image.nullable().catch( null ),
		attributes: z
			.array(
				z
					.object( { name: z.string(), option: z.string() } )
					.passthrough()
			)
			.catch( [] ),
	} );

const wcOrder = z
	.object( {
		id: z.number().int(),
		number: z.string(),
		status: z.string(),
		currency: z.string(),
		total: z.string(),
		date_created_gmt: z.string().nullable().catch( null ),
		billing: z.object( { email: z.string().catch( '' ) } ).passthrough(),
		customer_id: z.number().int().catch( 0 ),
		line_items: z
			.array(
				z
					.object( { name: z.string(), quantity: z.number() } )
					.passthrough()
			)
			.catch( [] ),
	} )
	.passthrough();

const wcNote = z
	.object( { note: z.string(), customer_note: z.boolean() } )
	.passthrough();

/** One line of text from WooCommerce HTML (names, terms, notes): entities decoded, tags dropped. */
export function plainText( html: string ): string {
	return htmlToLine( html );
}

/** Descriptions keep their lines (lists, tables) so a spec line stays a line. */
function descriptionText( ...parts: string[] ): string {
	return parts
		.map( ( html ) => htmlToText( html ) )
		.filter( Boolean )
		.join( '\n' );
}

/** GET settings/general: one { id, value } object per setting (WC_REST_Setting_Options_V2_Controller). */
const wcSettings = z.array(
	z.object( { id: z.string(), value: z.unknown() } ).passthrough()
);

const CURRENCY_POSITIONS = [
	'left',
	'right',
	'left_space',
	'right_space',
] as const;

/** The shop's currency and price format from its general settings; WooCommerce defaults where unset. */
export function priceFormatOf( settings: z.infer< typeof wcSettings > ): {
	currency: string | null;
	format: PriceFormat;
} {
	const value = ( id: string ) => {
		const found = settings.find( ( s ) => s.id === id )?.value;
		return typeof found === 'string' || typeof found === 'number'
			? String( found )
			: undefined;
	};
	const position = value( 'woocommerce_currency_pos' );
	const decimals = Number( value( 'woocommerce_price_num_decimals' ) );
	const currency = value( 'woocommerce_currency' );
	return {
		currency:
			currency && /^[A-Za-z]{3}$/.test( currency )
				? currency.toUpperCase()
				: null,
		format: {
			currencyPosition:
				CURRENCY_POSITIONS.find( ( p ) => p === position ) ??
				DEFAULT_PRICE_FORMAT.currencyPosition,
			thousandSeparator:
				value( 'woocommerce_price_thousand_sep' ) ??
				DEFAULT_PRICE_FORMAT.thousandSeparator,
			decimalSeparator:
				value( 'woocommerce_price_decimal_sep' ) ??
				DEFAULT_PRICE_FORMAT.decimalSeparator,
			decimals:
				Number.isInteger( decimals ) && decimals >= 0 && decimals <= 8
					? decimals
					: DEFAULT_PRICE_FORMAT.decimals,
		},
	};
}

/** WooCommerce reads ISO 8601 without a zone; with dates_are_gmt=true it is taken as GMT. */
function wcGmtParam( iso: string ): string {
	return new Date( iso ).toISOString().slice( 0, 19 );
}

function gmt( value: string | null ): string | null {
	return value ? new Date( `${ value }Z` ).toISOString() : null;
}

export function fromProduct(
	product: z.infer< typeof wcProduct >,
	currency: string
): CatalogItem {
	const kind = [ 'simple', 'variable', 'grouped', 'external' ].includes(
		product.type
	)
		? ( product.type as CatalogItem[ 'kind' ] )
		: 'simple';
	return {
		externalId: String( product.id ),
		parentExternalId: null,
		kind,
		name: plainText( product.name ),
		sku: product.sku,
		permalink: product.permalink,
		price: toMinorUnits( product.price, currency ),
		regularPrice: toMinorUnits( product.regular_price, currency ),
		salePrice: toMinorUnits( product.sale_price, currency ),
		stockStatus: product.stock_status,
		stockQuantity:
			product.manage_stock === true ? product.stock_quantity : null,
		imageUrl: product.images[ 0 ]?.src ?? null,
		categories: product.categories.map( ( c ) => plainText( c.name ) ),
		tags: product.tags.map( ( t ) => plainText( t.name ) ),
		attributes: product.attributes.map( ( a ) => ( {
			name: plainText( a.name ),
			options: a.options.map( plainText ),
		} ) ),
		description: descriptionText(
			product.short_description,
			product.description
		),
		modifiedAt: gmt( product.date_modified_gmt ),
	};
}

export function fromVariation(
	variation: z.infer< typeof wcVariation >,
	parent: CatalogItem,
	currency: string
): CatalogItem {
	const options = variation.attributes.map( ( a ) => a.option );
	return {
		externalId: String( variation.id ),
		parentExternalId: parent.externalId,
		kind: 'variation',
		name: options.length
			? `${ parent.name } – ${ options.join( ', ' ) }`
			: parent.name,
		sku: variation.sku,
		permalink: variation.permalink || parent.permalink,
		price: toMinorUnits( variation.price, currency ),
		regularPrice: toMinorUnits( variation.regular_price, currency ),
		salePrice: toMinorUnits( variation.sale_price, currency ),
		stockStatus: variation.stock_status,
		// "parent": the variable product manages the stock for its variations.
		stockQuantity:
			variation.manage_stock === true ? variation.stock_quantity : null,
		imageUrl: variation.image?.src ?? parent.imageUrl,
		categories: parent.categories,
		tags: parent.tags,
		attributes: variation.attributes.map( ( a ) => ( {
			name: plainText( a.name ),
			options: [ plainText( a.option ) ],
		} ) ),
		description: descriptionText( variation.description ),
		modifiedAt: gmt( variation.date_modified_gmt ),
	};
}

function httpStatus( error: unknown ): number | undefined {
	return ( error as { response?: { status?: number } } )?.response?.status;
}

/** Turns axios failures into one readable line (no keys: the URL's query carries OAuth params). */
function describe( error: unknown, what: string ): Error {
	const status = httpStatus( error );
	const code = ( error as { response?: { data?: { code?: string } } } )
		?.response?.data?.code;
	if ( status ) {
		return new Error(
			`WooCommerce answered ${ status }${ code ? ` (${ code })` : '' } for ${ what }.`
		);
	}
	const reason =
		( error as { code?: string; message?: string } )?.code ??
		( error as Error )?.message;
	return new Error(
		`WooCommerce could not be reached for ${ what }: ${ reason }.`
	);
}

export function createWooCommerceConnector(
	storeUrl: string,
	credentials: WooCommerceCredentials,
	timeoutMs: number
): CommerceConnector {
	const api = new WooCommerceRestApi( {
		url: storeUrl,
		consumerKey: credentials.consumerKey,
		consumerSecret: credentials.consumerSecret,
		version: 'wc/v3',
		timeout: timeoutMs,
	} );

	async function get< T >(
		endpoint: string,
		params: Record< string, string | number >,
		schema: z.ZodType< T >
	): Promise< { data: T; totalPages: number } > {
		let response;
		try {
			response = await api.get( endpoint, params );
		} catch ( error ) {
			throw describe( error, endpoint );
		}
		// A NUL in a product would fail the whole sync on PostgreSQL: dropped on the way in.
		const parsed = schema.safeParse(
			withoutNul( response.data as unknown )
		);
		if ( ! parsed.success ) {
			throw new Error(
				`WooCommerce sent an unexpected ${ endpoint } answer: ${ parsed.error.issues[ 0 ]?.path.join( '.' ) } ${ parsed.error.issues[ 0 ]?.message }.`
			);
		}
		return {
			data: parsed.data,
			totalPages:
				Number( response.headers[ 'x-wp-totalpages' ] ?? 1 ) || 1,
		};
	}

	async function getOrNull< T >(
		endpoint: string,
		schema: z.ZodType< T >
	): Promise< T | null > {
		try {
			return ( await get( endpoint, {}, schema ) ).data;
		} catch ( error ) {
			if ( /answered (404|400)/.test( ( error as Error ).message ) ) {
				return null;
			}
			throw error;
		}
	}

	return {
		async currency() {
			const { data } = await get(
				'data/currencies/current',
				{},
				z.object( { code: z.string().length( 3 ) } ).passthrough()
			);
			return data.code.toUpperCase();
		},

		async priceFormat() {
			const settings = await getOrNull( 'settings/general', wcSettings );
			return settings ? priceFormatOf( settings ) : null;
		},

		async changedSince( since, page, currency ) {
			const { data, totalPages } = await get(
				'products',
				{
					page,
					per_page: PAGE_SIZE,
					status: 'any',
					modified_after: wcGmtParam( since ),
					dates_are_gmt: 'true',
					orderby: 'id',
					order: 'asc',
				},
				z.array( wcProduct )
			);
			const published = data.filter(
				( p ) => ( p.status ?? 'publish' ) === 'publish'
			);
			const items = published.map( ( p ) => fromProduct( p, currency ) );
			return {
				items,
				variableIds: items
					.filter( ( item ) => item.kind === 'variable' )
					.map( ( item ) => item.externalId ),
				unpublishedIds: data
					.filter( ( p ) => ( p.status ?? 'publish' ) !== 'publish' )
					.map( ( p ) => String( p.id ) ),
				page,
				totalPages,
			};
		},

		async catalogPage( page, currency ): Promise< CatalogPage > {
			const { data, totalPages } = await get(
				'products',
				{
					page,
					per_page: PAGE_SIZE,
					status: 'publish',
					orderby: 'id',
					order: 'asc',
				},
				z.array( wcProduct )
			);
			const items = data.map( ( p ) => fromProduct( p, currency ) );
			return {
				items,
				variableIds: items
					.filter( ( item ) => item.kind === 'variable' )
					.map( ( item ) => item.externalId ),
				page,
				totalPages,
			};
		},

		async variations( parent, currency ) {
			const all: CatalogItem[] = [];
			for ( let page = 1; ; page++ ) {
				const { data, totalPages } = await get(
					`products/${ parent.externalId }/variations`,
					{ page, per_page: 100, orderby: 'id', order: 'asc' },
					z.array( wcVariation )
				);
				all.push(
					...data.map( ( v ) => fromVariation( v, parent, currency ) )
				);
				if ( page >= totalPages ) {
					return all;
				}
			}
		},

		async product( externalId, currency ) {
			const product = await getOrNull(
				`products/${ externalId }`,
				wcProduct
			);
			return product &&
				product.status !== 'trash' &&
				( product.status ?? 'publish' ) === 'publish'
				? fromProduct( product, currency )
				: null;
		},

		async order( orderNumber ): Promise< OrderSummary | null > {
			if ( ! /^\d{1,12}$/.test( orderNumber ) ) {
				return null;
			}
			const order = await getOrNull( `orders/${ orderNumber }`, wcOrder );
			if ( ! order ) {
				return null;
			}
			const notes =
				( await getOrNull(
					`orders/${ order.id }/notes?type=customer`,
					z.array( wcNote )
				) ) ?? [];
			return {
				number: order.number,
				status: order.status,
				billingEmail: order.billing.email,
				customerId:
					order.customer_id > 0 ? String( order.customer_id ) : null,
				currency: order.currency,
				totalMinor: toMinorUnits( order.total, order.currency ) ?? 0,
				createdAt: gmt( order.date_created_gmt ),
				items: order.line_items.map( ( item ) => ( {
					name: plainText( item.name ),
					quantity: item.quantity,
				} ) ),
				customerNotes: notes
					.filter( ( note ) => note.customer_note )
					.map( ( note ) => plainText( note.note ) ),
			};
		},
	};
}
