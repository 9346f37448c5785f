/**
 * The widget's chat API (`/api/widget/conversations*`): request and response schemas the
 * route table declares (sidecar/src/modules/chat/routes.ts) and the widget reads as types
 * only (ADR 0032: no zod in the shop's page).
 */
import { z } from 'zod';
import { PAGE_TYPES } from './plain/page-types';

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
	pageType: z.enum( PAGE_TYPES ).optional(),
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

/** `POST /api/widget/conversations`: the new conversation's id and bearer token. */
export const conversationSessionSchema = z.object( {
	conversationId: z.string(),
	token: z.string(),
} );
export type ConversationSession = z.infer< typeof conversationSessionSchema >;

export type ProductCard = z.infer< typeof productCardSchema >;
/** A button under a reply, as the sidecar stores it with the reply. */
export type ReplyQuickAction = z.infer< typeof quickActionSchema >;
export type ChatMessage = z.infer< typeof messageSchema >;
export type MessageSource = ChatMessage[ 'sources' ][ number ];

/** `GET …/messages`: one page of history, oldest first, and the cursor of the page before. */
export const messagePageSchema = z.object( {
	messages: z.array( messageSchema ),
	olderCursor: z
		.string()
		.nullable()
		.describe(
			'Pass as `before` for the next older page; null when there is none'
		),
} );
export type MessagePage = z.infer< typeof messagePageSchema >;

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

/** What a client sends (before the sidecar trims the text). */
export type SendMessageInput = z.input< typeof sendMessageBody >;

/** `POST …/messages`: the stored shopper message and the stored reply. */
export const sentMessagesSchema = z.object( {
	message: messageSchema,
	reply: messageSchema,
} );
export type SentMessages = z.infer< typeof sentMessagesSchema >;
