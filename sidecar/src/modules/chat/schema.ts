import { z } from 'zod';
import type { ThreadPosition } from './repo';

/** The most messages one history page may hold (the widget asks for fewer). */
export const HISTORY_PAGE_MAX = 200;

export const siteKey = z
	.string()
	.regex(
		/^pk_[A-Za-z0-9_-]{10,64}$/,
		'Not a site key (they start with pk_).'
	);

export const pageContextSchema = z.strictObject( {
	url: z.string().max( 2048 ).optional(),
	title: z.string().max( 500 ).optional(),
	referrer: z.string().max( 2048 ).optional(),
	// Printed by the plugin from WooCommerce's conditional tags (assistant/responder.ts PageContext).
	pageType: z
		.enum( [
			'product',
			'category',
			'cart',
			'checkout',
			'contact',
			'faq',
			'other',
		] )
		.optional(),
	productId: z
		.string()
		.regex( /^\d{1,20}$/, 'productId is a WooCommerce product id.' )
		.optional(),
	utm: z
		.strictObject( {
			source: z.string().max( 200 ).optional(),
			medium: z.string().max( 200 ).optional(),
			campaign: z.string().max( 200 ).optional(),
			term: z.string().max( 200 ).optional(),
			content: z.string().max( 200 ).optional(),
		} )
		.optional(),
} );

const moneySchema = z.object( {
	minor: z.number(),
	currency: z.string(),
	formatted: z.string(),
} );

/** A product card as the responder produced it (assistant/responder.ts ProductCard). */
export const productCardSchema = z.object( {
	id: z.string(),
	variationId: z.string().nullable(),
	name: z.string(),
	variant: z.string().nullable(),
	url: z.string(),
	imageUrl: z.string().nullable(),
	price: moneySchema.nullable(),
	regularPrice: moneySchema.nullable(),
	onSale: z.boolean(),
	stock: z.object( {
		status: z.enum( [ 'instock', 'outofstock', 'onbackorder' ] ),
		quantity: z.number().nullable(),
	} ),
} );

export const quickActionSchema = z.object( {
	id: z.string(),
	label: z.string(),
	kind: z.enum( [ 'message', 'link', 'addToCart', 'handoff' ] ),
	message: z.string().optional(),
	url: z.string().optional(),
	productId: z.string().optional(),
	// addToCart: the variation to add, or the in-stock options to choose from (widget picker).
	variationId: z.string().optional(),
	choices: z
		.array( z.object( { variationId: z.string(), label: z.string() } ) )
		.optional(),
} );

export const messageSchema = z.object( {
	id: z.string(),
	role: z.enum( [ 'shopper', 'assistant' ] ),
	text: z.string(),
	createdAt: z.string(),
	sources: z.array( z.object( { title: z.string(), url: z.string() } ) ),
	// Kept with the reply, so a reloaded conversation shows the same cards.
	products: z.array( productCardSchema ).optional(),
	quickActions: z.array( quickActionSchema ).optional(),
	// History only: products of this reply whose price or stock changed since (changed-products.ts).
	changedProducts: z
		.array(
			z.object( {
				productId: z.string(),
				name: z.string(),
				changedAt: z.string(),
			} )
		)
		.optional(),
} );

export const startConversationBody = z.strictObject( { siteKey } );

export const conversationParams = z.object( {
	id: z.uuid( 'Not a valid conversation id.' ),
} );

/**
 * History cursors are opaque to clients: base64url of the JSON `[at, id, rank]` of the
 * oldest message a page held (its thread position, chat/repo.ts ThreadPosition).
 *
 * @param position Where the next older page starts.
 */
export function encodeHistoryCursor( position: ThreadPosition ): string {
	return Buffer.from(
		JSON.stringify( [ position.at, position.id, position.rank ] )
	).toString( 'base64url' );
}

const cursorPosition = z.tuple( [
	z.iso.datetime(),
	z.string().regex( /^[A-Za-z0-9-]{1,64}$/ ),
	z.union( [ z.literal( 0 ), z.literal( 1 ) ] ),
] );

const historyCursor = z
	.string()
	.regex( /^[A-Za-z0-9_-]{1,200}$/, 'Not a history cursor.' )
	.transform( ( value, ctx ): ThreadPosition => {
		let decoded: unknown;
		try {
			decoded = JSON.parse(
				Buffer.from( value, 'base64url' ).toString( 'utf8' )
			);
		} catch {
			decoded = null;
		}
		const position = cursorPosition.safeParse( decoded );
		if ( ! position.success ) {
			ctx.addIssue( {
				code: 'custom',
				message: 'Not a history cursor.',
			} );
			return z.NEVER;
		}
		const [ at, id, rank ] = position.data;
		return { at, id, rank };
	} );

/** `GET …/messages?limit=&before=`: page size (1..200, default 50) and the older-page cursor. */
export const historyQuery = z.strictObject( {
	limit: z
		.string()
		.regex( /^\d{1,3}$/, 'limit is a whole number from 1 to 200.' )
		.transform( Number )
		.pipe(
			z
				.number()
				.int()
				.min( 1 )
				.max( HISTORY_PAGE_MAX, 'limit is at most 200.' )
		)
		.optional(),
	before: historyCursor.optional(),
} );

export const sendMessageBody = z.strictObject( {
	text: z
		.string()
		.max( 2000, 'Keep messages under 2000 characters.' )
		.transform( ( text ) => text.trim() )
		.refine( ( text ) => text.length > 0, 'Type a message first.' ),
	clientMessageId: z
		.string()
		.regex(
			/^[A-Za-z0-9_-]{8,64}$/,
			'clientMessageId must be 8-64 letters, digits, - or _.'
		),
	pageContext: pageContextSchema.optional(),
	// The plugin's signed statement of the signed-in customer (sites/customer-token.ts).
	customerToken: z.string().max( 1500 ).optional(),
	locale: z
		.string()
		.regex( /^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/ )
		.max( 35 )
		.optional(),
} );
