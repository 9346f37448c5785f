/**
 * Connected shops (sites), their connect tokens and knowledge status (`/api/site/*`,
 * organization pages): the schemas the route table declares (sidecar/src/modules/sites)
 * and the dashboard reads as types (ADR 0032).
 */
import { z } from 'zod';

/** The parsed URL, or null when the text is not one. */
function parseUrl( value: string ): URL | null {
	try {
		return new URL( value );
	} catch {
		return null;
	}
}

/**
 * An http(s) URL without credentials. zod runs every check even after one failed, so the
 * credentials check must not assume the value parses (a `new URL()` throw was a 500).
 */
export const httpUrl = z
	.url( { protocol: /^https?$/, message: 'Must be an http(s) URL.' } )
	.max( 2048 )
	.refine( ( value ) => {
		const url = parseUrl( value );
		// Not a URL at all: the url check above already reports it.
		return ! url || ( ! url.username && ! url.password );
	}, 'Must not contain credentials.' );

/** An origin (scheme://host[:port]); a URL with a path is reduced to its origin. */
export const origin = httpUrl.transform(
	( value ) => parseUrl( value )?.origin ?? value
);

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

/** A connect token as listed: its value is shown once, when it is made. */
export const connectTokenRecordSchema = z.object( {
	id: z.string(),
	createdAt: z.string(),
	expiresAt: z.string(),
	usedAt: z.string().nullable(),
	siteId: z.string().nullable(),
} );

/** A freshly made connect token: the only moment its value is visible. */
export const issuedConnectTokenSchema = z.object( {
	token: z.string(),
	expiresAt: z.string(),
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

export type Site = z.infer< typeof siteSchema >;
export type ConnectTokenRecord = z.infer< typeof connectTokenRecordSchema >;
export type IssuedConnectToken = z.infer< typeof issuedConnectTokenSchema >;
