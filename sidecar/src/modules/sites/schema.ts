import { z } from 'zod';

/** An http(s) URL without credentials; answers with its normalised form. */
export const httpUrl = z
	.url( { protocol: /^https?$/, message: 'Must be an http(s) URL.' } )
	.max( 2048 )
	.refine( ( value ) => {
		const url = new URL( value );
		return ! url.username && ! url.password;
	}, 'Must not contain credentials.' );

/** An origin (scheme://host[:port]); a URL with a path is reduced to its origin. */
export const origin = httpUrl.transform( ( value ) => new URL( value ).origin );

export const siteSchema = z.object( {
	id: z.string(),
	organizationId: z.string(),
	name: z.string(),
	url: z.string(),
	publicKey: z.string(),
	allowedOrigins: z.array( z.string() ),
	createdAt: z.string(),
	disconnectedAt: z.string().nullable(),
} );

export const connectBody = z.strictObject( {
	token: z
		.string()
		.regex(
			/^oct_[A-Za-z0-9_-]{16,64}$/,
			'Not a connect token (they start with oct_).'
		),
	siteUrl: httpUrl,
	siteName: z.string().trim().min( 1 ).max( 200 ),
	restUrl: httpUrl,
	allowedOrigins: z.array( origin ).min( 1 ).max( 20 ).optional(),
	platform: z
		.record( z.string().regex( /^[a-z_]{1,32}$/ ), z.string().max( 64 ) )
		.optional(),
} );

export const connectReply = z.object( {
	site: siteSchema,
	secret: z.string(),
} );

export const knowledgeStatusSchema = z.object( {
	state: z.enum( [ 'idle', 'syncing', 'failed' ] ),
	documents: z.number(),
	passages: z.number(),
	lastSyncedAt: z.string().nullable(),
	lastError: z.string().nullable(),
} );

export const emptyBody = z.strictObject( {} ).optional();
