import { z } from 'zod';

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
} );

export const messageSchema = z.object( {
	id: z.string(),
	role: z.enum( [ 'shopper', 'assistant' ] ),
	text: z.string(),
	createdAt: z.string(),
	sources: z.array( z.object( { title: z.string(), url: z.string() } ) ),
} );

export const startConversationBody = z.strictObject( { siteKey } );

export const conversationParams = z.object( {
	id: z.uuid( 'Not a valid conversation id.' ),
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
	locale: z
		.string()
		.regex( /^[a-z]{2,3}([_-][A-Za-z0-9]{2,8})*$/ )
		.max( 35 )
		.optional(),
} );
