import type { RequestContext } from '../../platform/http';
import {
	newId,
	randomToken,
	safeEqual,
	sha256Hex,
} from '../../platform/crypto';
import { NotFoundError, UnauthorizedError } from '../../platform/errors';
import type { ConnectTokenRow, SiteRow, SitesRepo } from './repo';
import {
	SIGNATURE_HEADERS,
	SIGNATURE_WINDOW_SECONDS,
	signRequest,
} from './signature';
import { verifyCustomerToken, type VerifiedCustomer } from './customer-token';

/** A site as other modules and API answers see it: never with its secret. */
export interface Site {
	id: string;
	organizationId: string;
	name: string;
	url: string;
	restUrl: string;
	publicKey: string;
	allowedOrigins: string[];
	platform: Record< string, string >;
	createdAt: string;
	disconnectedAt: string | null;
}

export interface ConnectInput {
	token: string;
	siteUrl: string;
	siteName: string;
	restUrl: string;
	allowedOrigins?: string[];
	platform?: Record< string, string >;
}

const CONNECT_TOKEN_TTL_MS = 24 * 60 * 60 * 1000;
const NONCE_PATTERN = /^[A-Za-z0-9_-]{16,64}$/;

export function publicSite( row: SiteRow ): Site {
	const { signingSecret: _secret, ...site } = row;
	void _secret;
	return site;
}

export interface SitesServiceDeps {
	repo: SitesRepo;
	clock: () => Date;
	/** Called after a site connects (schedules the first knowledge sync). */
	onConnected: ( site: Site ) => void;
}

export function createSitesService( {
	repo,
	clock,
	onConnected,
}: SitesServiceDeps ) {
	const now = () => clock().toISOString();

	/** A new site row with fresh keys; the site's own origin is allowed when none are given. */
	function newSiteRow(
		organizationId: string,
		input: Omit< ConnectInput, 'token' >
	): SiteRow {
		return {
			id: newId(),
			organizationId,
			name: input.siteName,
			url: input.siteUrl,
			restUrl: input.restUrl,
			allowedOrigins: input.allowedOrigins?.length
				? [ ...new Set( input.allowedOrigins ) ]
				: [ new URL( input.siteUrl ).origin ],
			publicKey: randomToken( 'pk_', 18 ),
			signingSecret: randomToken( 'sk_', 32 ),
			platform: input.platform ?? {},
			createdAt: now(),
			disconnectedAt: null,
		};
	}

	async function createSite(
		organizationId: string,
		input: Omit< ConnectInput, 'token' >
	): Promise< { site: Site; secret: string } > {
		const row = newSiteRow( organizationId, input );
		await repo.insertSite( row );
		return { site: publicSite( row ), secret: row.signingSecret };
	}

	return {
		createSite,

		/** Start-up data upgrade: seals signing secrets stored before they were sealed. */
		sealStoredSigningSecrets: () => repo.sealPlaintextSigningSecrets(),

		/** Issues a one-time connect token for an organization; only its hash is stored. */
		async createConnectToken(
			organizationId: string
		): Promise< { token: string; expiresAt: string } > {
			const token = randomToken( 'oct_', 24 );
			const createdAt = clock();
			const expiresAt = new Date(
				createdAt.getTime() + CONNECT_TOKEN_TTL_MS
			).toISOString();
			await repo.insertConnectToken( {
				id: newId(),
				organizationId,
				tokenHash: sha256Hex( token ),
				createdAt: createdAt.toISOString(),
				expiresAt,
				usedAt: null,
				siteId: null,
			} );
			return { token, expiresAt };
		},

		/** The plugin's connect call: consumes the token and registers the site. */
		async connect(
			input: ConnectInput
		): Promise< { site: Site; secret: string } > {
			// Token and site in one transaction: a failed connect leaves the token usable.
			const row = await repo.connectSiteWithToken(
				sha256Hex( input.token ),
				now(),
				( organizationId ) => newSiteRow( organizationId, input )
			);
			if ( ! row ) {
				throw new UnauthorizedError(
					'This connect token is unknown, already used or expired. Create a new one in the OmniOps dashboard.'
				);
			}
			const site = publicSite( row );
			onConnected( site );
			return { site, secret: row.signingSecret };
		},

		/**
		 * Verifies a signed plugin request (docs/contracts.md) and returns its site.
		 * Every failure is the same 401 so a caller learns nothing about which part was wrong.
		 * @param context
		 * @param method
		 * @param requestTarget
		 */
		async verifySignedRequest(
			context: RequestContext,
			method: string,
			requestTarget: string
		): Promise< Site > {
			const refuse = () =>
				new UnauthorizedError(
					'The request signature is not valid.',
					'invalid_signature'
				);
			const key = context.headers[ SIGNATURE_HEADERS.key ];
			const timestamp = context.headers[ SIGNATURE_HEADERS.timestamp ];
			const nonce = context.headers[ SIGNATURE_HEADERS.nonce ];
			const signature = context.headers[ SIGNATURE_HEADERS.signature ];
			if (
				! key ||
				! timestamp ||
				! nonce ||
				! signature ||
				! /^\d{1,12}$/.test( timestamp ) ||
				! NONCE_PATTERN.test( nonce )
			) {
				throw refuse();
			}
			const skew = Math.abs(
				clock().getTime() / 1000 - Number( timestamp )
			);
			if ( skew > SIGNATURE_WINDOW_SECONDS ) {
				throw refuse();
			}
			const site = await repo.findActiveByPublicKey( key );
			if ( ! site ) {
				throw refuse();
			}
			const expected = signRequest( site.signingSecret, {
				method,
				requestTarget,
				timestamp,
				nonce,
				body: context.rawBody,
			} );
			if ( ! safeEqual( expected, signature.toLowerCase() ) ) {
				throw refuse();
			}
			// Only a correctly signed request may spend a nonce, so nobody can burn another's nonces.
			const expiresAt = new Date(
				( Number( timestamp ) + SIGNATURE_WINDOW_SECONDS ) * 1000
			).toISOString();
			if ( ! ( await repo.rememberNonce( site.id, nonce, expiresAt ) ) ) {
				throw refuse();
			}
			return publicSite( site );
		},

		async disconnect(
			organizationId: string,
			siteId: string
		): Promise< void > {
			await repo.markDisconnected( organizationId, siteId, now() );
		},

		/**
		 * The signed-in customer a storefront token vouches for (customer-token.ts), or
		 * null for a bad, altered, foreign or expired token and for a disconnected site.
		 */
		async verifyCustomerToken(
			siteId: string,
			token: string
		): Promise< VerifiedCustomer | null > {
			const site = await repo.findAnyById( siteId );
			if ( ! site || site.disconnectedAt ) {
				return null;
			}
			return verifyCustomerToken(
				site.signingSecret,
				site.id,
				token,
				clock()
			);
		},

		/** The site a public widget key belongs to; 404 for unknown or disconnected keys. */
		async getByPublicKey( publicKey: string ): Promise< Site > {
			const site = await repo.findActiveByPublicKey( publicKey );
			if ( ! site ) {
				throw new NotFoundError( 'Unknown site key.' );
			}
			return publicSite( site );
		},

		async get( organizationId: string, siteId: string ): Promise< Site > {
			const site = await repo.findById( organizationId, siteId );
			if ( ! site ) {
				throw new NotFoundError( 'Site not found.' );
			}
			return publicSite( site );
		},

		async getForPlatform( siteId: string ): Promise< Site > {
			const site = await repo.findAnyById( siteId );
			if ( ! site ) {
				throw new NotFoundError( 'Site not found.' );
			}
			return publicSite( site );
		},

		async listByOrganization( organizationId: string ): Promise< Site[] > {
			return ( await repo.listByOrganization( organizationId ) ).map(
				publicSite
			);
		},

		countActiveByOrganization: () => repo.countActiveByOrganization(),

		listConnectTokens: (
			organizationId: string
		): Promise< ConnectTokenRow[] > =>
			repo.listConnectTokens( organizationId ),

		purgeExpiredNonces: () => repo.purgeExpiredNonces( now() ),
	};
}

export type SitesService = ReturnType< typeof createSitesService >;
