import type { Kysely, Selectable } from 'kysely';
import { camelRow, camelRows } from '../../db/rows';
import type { Database, SitesTable } from '../../db/schema';
import type { SecretBox } from '../../platform/secret-box';
import type { CacheInvalidations } from '../../platform/cache-invalidation';
import { createSiteCache } from '../../platform/site-cache';

/**
 * Signing secrets are sealed with the master key (ADR 0005) because the sidecar must read
 * them back to verify HMACs; a secret stored before sealing existed is plaintext (`sk_…`)
 * until `sealStoredSigningSecrets` upgrades it at start.
 */
const SEALED_SECRET = /^v1\./;

export interface SiteRow {
	id: string;
	organizationId: string;
	name: string;
	url: string;
	restUrl: string;
	allowedOrigins: string[];
	publicKey: string;
	signingSecret: string;
	platform: Record< string, string >;
	createdAt: string;
	disconnectedAt: string | null;
}

function toSite( row: Selectable< SitesTable >, secrets: SecretBox ): SiteRow {
	return {
		...camelRow( row ),
		allowedOrigins: JSON.parse( row.allowed_origins ) as string[],
		signingSecret: SEALED_SECRET.test( row.signing_secret )
			? secrets.open( row.signing_secret )
			: row.signing_secret,
		platform: JSON.parse( row.platform ) as Record< string, string >,
	};
}

export interface ConnectTokenRow {
	id: string;
	organizationId: string;
	createdAt: string;
	expiresAt: string;
	usedAt: string | null;
	siteId: string | null;
}

/** A connect token's columns as handed out (its hash stays in the database). */
const CONNECT_TOKEN_COLUMNS = [
	'id',
	'organization_id',
	'created_at',
	'expires_at',
	'used_at',
	'site_id',
] as const;

/** Thrown inside the connect transaction to roll it back when another connect won the token. */
class TokenAlreadySpent extends Error {}

/**
 * @param db            Database.
 * @param secrets       Opens the sealed signing secrets.
 * @param invalidations Tells the other instances when a site row changes (ADR 0038).
 */
export function createSitesRepo(
	db: Kysely< Database >,
	secrets: SecretBox,
	invalidations?: CacheInvalidations
) {
	const toSiteRow = ( row: Selectable< SitesTable > ) =>
		toSite( row, secrets );
	// Every chat message reads its site (issue 12): kept per site, cleared by this repo's
	// writes here and on every other instance (ADR 0036, 0038).
	const byId = createSiteCache< SiteRow | undefined >( {
		shared: invalidations && { name: 'sites', invalidations },
	} );
	const cacheKey = ( organizationId: string, siteId: string ) =>
		`${ organizationId }|${ siteId }`;
	const insertSiteRow = async (
		executor: Kysely< Database >,
		site: SiteRow
	): Promise< void > => {
		await executor
			.insertInto( 'sites' )
			.values( {
				id: site.id,
				organization_id: site.organizationId,
				name: site.name,
				url: site.url,
				rest_url: site.restUrl,
				allowed_origins: JSON.stringify( site.allowedOrigins ),
				public_key: site.publicKey,
				signing_secret: secrets.seal( site.signingSecret ),
				platform: JSON.stringify( site.platform ),
				created_at: site.createdAt,
				disconnected_at: null,
			} )
			.execute();
	};
	return {
		async insertSite( site: SiteRow ): Promise< void > {
			try {
				await insertSiteRow( db, site );
			} finally {
				await byId.invalidate(
					cacheKey( site.organizationId, site.id )
				);
			}
		},
		async findActiveByPublicKey(
			publicKey: string
		): Promise< SiteRow | undefined > {
			const row = await db
				.selectFrom( 'sites' )
				.selectAll()
				.where( 'public_key', '=', publicKey )
				.where( 'disconnected_at', 'is', null )
				.executeTakeFirst();
			return row && toSiteRow( row );
		},
		/** From memory after the first read (ADR 0036; frozen: do not change it). */
		findById(
			organizationId: string,
			siteId: string
		): Promise< SiteRow | undefined > {
			return byId.get( cacheKey( organizationId, siteId ), async () => {
				const row = await db
					.selectFrom( 'sites' )
					.selectAll()
					.where( 'organization_id', '=', organizationId )
					.where( 'id', '=', siteId )
					.executeTakeFirst();
				return row && toSiteRow( row );
			} );
		},
		/** Platform-wide lookup, for platform staff only (the route's permission guards it). */
		async findAnyById( siteId: string ): Promise< SiteRow | undefined > {
			const row = await db
				.selectFrom( 'sites' )
				.selectAll()
				.where( 'id', '=', siteId )
				.executeTakeFirst();
			return row && toSiteRow( row );
		},
		async listByOrganization(
			organizationId: string
		): Promise< SiteRow[] > {
			const rows = await db
				.selectFrom( 'sites' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.orderBy( 'created_at', 'desc' )
				.execute();
			return rows.map( toSiteRow );
		},
		async countActiveByOrganization(): Promise< Map< string, number > > {
			const rows = await db
				.selectFrom( 'sites' )
				.select( [
					'organization_id',
					db.fn.countAll< number >().as( 'count' ),
				] )
				.where( 'disconnected_at', 'is', null )
				.groupBy( 'organization_id' )
				.execute();
			return new Map(
				rows.map( ( row ) => [
					row.organization_id,
					Number( row.count ),
				] )
			);
		},
		async markDisconnected(
			organizationId: string,
			siteId: string,
			at: string
		): Promise< void > {
			try {
				await db
					.updateTable( 'sites' )
					.set( { disconnected_at: at } )
					.where( 'organization_id', '=', organizationId )
					.where( 'id', '=', siteId )
					.execute();
			} finally {
				await byId.invalidate( cacheKey( organizationId, siteId ) );
			}
		},
		async insertConnectToken(
			token: ConnectTokenRow & { tokenHash: string }
		): Promise< void > {
			await db
				.insertInto( 'connect_tokens' )
				.values( {
					id: token.id,
					organization_id: token.organizationId,
					token_hash: token.tokenHash,
					created_at: token.createdAt,
					expires_at: token.expiresAt,
					used_at: null,
					site_id: null,
				} )
				.execute();
		},
		/**
		 * Spends an unused, unexpired connect token and registers the site it was issued for,
		 * in one transaction: if storing the site fails, the token stays unspent and can be
		 * used again. Returns the stored site, or undefined when the token is unknown, spent
		 * or expired. The conditional update keeps a token single-use under concurrent connects.
		 *
		 * @param tokenHash SHA-256 of the presented token.
		 * @param now       ISO time of the call.
		 * @param buildSite Makes the site row for the token's organization.
		 */
		async connectSiteWithToken(
			tokenHash: string,
			now: string,
			buildSite: ( organizationId: string ) => SiteRow
		): Promise< SiteRow | undefined > {
			return db
				.transaction()
				.execute( async ( trx ) => {
					const token = await trx
						.selectFrom( 'connect_tokens' )
						.select( [ 'id', 'organization_id' ] )
						.where( 'token_hash', '=', tokenHash )
						.where( 'used_at', 'is', null )
						.where( 'expires_at', '>', now )
						.executeTakeFirst();
					if ( ! token ) {
						return undefined;
					}
					const site = buildSite( token.organization_id );
					await insertSiteRow( trx, site );
					const spent = await trx
						.updateTable( 'connect_tokens' )
						.set( { used_at: now, site_id: site.id } )
						.where( 'id', '=', token.id )
						.where( 'used_at', 'is', null )
						.executeTakeFirst();
					if ( Number( spent.numUpdatedRows ) !== 1 ) {
						// A concurrent connect spent it first: roll this site back.
						throw new TokenAlreadySpent();
					}
					return site;
				} )
				.then( async ( site ) => {
					if ( site ) {
						await byId.invalidate(
							cacheKey( site.organizationId, site.id )
						);
					}
					return site;
				} )
				.catch( ( error: unknown ) => {
					if ( error instanceof TokenAlreadySpent ) {
						return undefined;
					}
					throw error;
				} );
		},
		async listConnectTokens(
			organizationId: string
		): Promise< ConnectTokenRow[] > {
			const rows = await db
				.selectFrom( 'connect_tokens' )
				.select( CONNECT_TOKEN_COLUMNS )
				.where( 'organization_id', '=', organizationId )
				.orderBy( 'created_at', 'desc' )
				.execute();
			return camelRows( rows );
		},
		/** Records a nonce; false when it was already used (primary-key conflict). */
		async rememberNonce(
			siteId: string,
			nonce: string,
			expiresAt: string
		): Promise< boolean > {
			const result = await db
				.insertInto( 'site_request_nonces' )
				.values( { site_id: siteId, nonce, expires_at: expiresAt } )
				.onConflict( ( oc ) =>
					oc.columns( [ 'site_id', 'nonce' ] ).doNothing()
				)
				.executeTakeFirst();
			// Kysely reports affected rows on both drivers (0 on a conflict).
			return Number( result.numInsertedOrUpdatedRows ?? 0 ) === 1;
		},
		/**
		 * Seals every signing secret still stored as plaintext; returns how many it sealed.
		 * The conditional update leaves a row alone if another instance sealed it first.
		 */
		async sealPlaintextSigningSecrets(): Promise< number > {
			const rows = await db
				.selectFrom( 'sites' )
				.select( [ 'id', 'signing_secret' ] )
				.where( 'signing_secret', 'not like', 'v1.%' )
				.execute();
			let sealed = 0;
			for ( const row of rows ) {
				const result = await db
					.updateTable( 'sites' )
					.set( {
						signing_secret: secrets.seal( row.signing_secret ),
					} )
					.where( 'id', '=', row.id )
					.where( 'signing_secret', '=', row.signing_secret )
					.executeTakeFirst();
				sealed += Number( result.numUpdatedRows );
			}
			return sealed;
		},
		async purgeExpiredNonces( now: string ): Promise< void > {
			await db
				.deleteFrom( 'site_request_nonces' )
				.where( 'expires_at', '<', now )
				.execute();
		},
	};
}

export type SitesRepo = ReturnType< typeof createSitesRepo >;
