/**
 * The only code touching organization_members, organization_invitations,
 * organization_settings and impersonation_grants. Every query on tenant data takes the
 * organization id (the caller's principal decides which one).
 */
import type { Kysely } from 'kysely';
import { camelRow, camelRows } from '../../db/rows';
import type { Database, OrgRole } from '../../db/schema';

export interface MemberRow {
	userId: string;
	email: string;
	name: string;
	role: OrgRole;
	createdAt: string;
}

export interface OrgInvitationRow {
	id: string;
	organizationId: string;
	email: string;
	role: OrgRole;
	invitedBy: string | null;
	createdAt: string;
	expiresAt: string;
}

export interface GrantRow {
	id: string;
	userId: string;
	sessionId: string;
	organizationId: string;
	reason: string;
	startedAt: string;
	expiresAt: string;
	endedAt: string | null;
}

const INVITATION_COLUMNS = [
	'id',
	'organization_id',
	'email',
	'role',
	'invited_by',
	'created_at',
	'expires_at',
] as const;

const GRANT_COLUMNS = [
	'id',
	'user_id',
	'session_id',
	'organization_id',
	'reason',
	'started_at',
	'expires_at',
	'ended_at',
] as const;

export function createOrgAccessRepo( db: Kysely< Database > ) {
	/** Invitations neither accepted, revoked nor expired at `now`. */
	const openInvitations = ( now: string ) =>
		db
			.selectFrom( 'organization_invitations' )
			.select( INVITATION_COLUMNS )
			.where( 'accepted_at', 'is', null )
			.where( 'revoked_at', 'is', null )
			.where( 'expires_at', '>', now );

	/** An update of one of the organization's invitations, while neither used nor revoked. */
	const updateUnused = ( organizationId: string, id: string ) =>
		db
			.updateTable( 'organization_invitations' )
			.where( 'organization_id', '=', organizationId )
			.where( 'id', '=', id )
			.where( 'accepted_at', 'is', null )
			.where( 'revoked_at', 'is', null );

	return {
		async findMembership(
			organizationId: string,
			userId: string
		): Promise< OrgRole | undefined > {
			const row = await db
				.selectFrom( 'organization_members' )
				.select( 'role' )
				.where( 'organization_id', '=', organizationId )
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
			return row?.role;
		},
		async organizationsOf(
			userId: string
		): Promise< Array< { id: string; name: string; role: OrgRole } > > {
			return db
				.selectFrom( 'organization_members' )
				.innerJoin(
					'organizations',
					'organizations.id',
					'organization_members.organization_id'
				)
				.select( [
					'organizations.id',
					'organizations.name',
					'organization_members.role',
				] )
				.where( 'organization_members.user_id', '=', userId )
				.orderBy( 'organizations.name' )
				.orderBy( 'organizations.id' )
				.execute();
		},
		async listMembers( organizationId: string ): Promise< MemberRow[] > {
			const rows = await db
				.selectFrom( 'organization_members' )
				.innerJoin(
					'users',
					'users.id',
					'organization_members.user_id'
				)
				.select( [
					'users.id as user_id',
					'users.email',
					'users.name',
					'organization_members.role',
					'organization_members.created_at',
				] )
				.where(
					'organization_members.organization_id',
					'=',
					organizationId
				)
				.orderBy( 'users.email' )
				.execute();
			return camelRows( rows );
		},
		async addMember(
			organizationId: string,
			userId: string,
			role: OrgRole,
			createdAt: string
		): Promise< boolean > {
			const inserted = await db
				.insertInto( 'organization_members' )
				.values( {
					organization_id: organizationId,
					user_id: userId,
					role,
					created_at: createdAt,
				} )
				.onConflict( ( oc ) =>
					oc.columns( [ 'organization_id', 'user_id' ] ).doNothing()
				)
				.returning( 'user_id' )
				.executeTakeFirst();
			return Boolean( inserted );
		},
		async setRole(
			organizationId: string,
			userId: string,
			role: OrgRole
		): Promise< boolean > {
			const result = await db
				.updateTable( 'organization_members' )
				.set( { role } )
				.where( 'organization_id', '=', organizationId )
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async removeMember(
			organizationId: string,
			userId: string
		): Promise< boolean > {
			const result = await db
				.deleteFrom( 'organization_members' )
				.where( 'organization_id', '=', organizationId )
				.where( 'user_id', '=', userId )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) === 1;
		},
		async countOwners( organizationId: string ): Promise< number > {
			const row = await db
				.selectFrom( 'organization_members' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'organization_id', '=', organizationId )
				.where( 'role', '=', 'owner' )
				.executeTakeFirstOrThrow();
			return Number( row.n );
		},

		async insertInvitation(
			invitation: OrgInvitationRow & { tokenHash: string }
		): Promise< void > {
			await db
				.insertInto( 'organization_invitations' )
				.values( {
					id: invitation.id,
					organization_id: invitation.organizationId,
					email: invitation.email,
					role: invitation.role,
					token_hash: invitation.tokenHash,
					invited_by: invitation.invitedBy,
					created_at: invitation.createdAt,
					expires_at: invitation.expiresAt,
				} )
				.execute();
		},
		async listOpenInvitations(
			organizationId: string,
			now: string
		): Promise< OrgInvitationRow[] > {
			const rows = await openInvitations( now )
				.where( 'organization_id', '=', organizationId )
				.orderBy( 'created_at', 'desc' )
				.orderBy( 'id' )
				.execute();
			return camelRows( rows );
		},
		async findOpenInvitation(
			organizationId: string,
			id: string,
			now: string
		): Promise< OrgInvitationRow | undefined > {
			const row = await openInvitations( now )
				.where( 'organization_id', '=', organizationId )
				.where( 'id', '=', id )
				.executeTakeFirst();
			return row && camelRow( row );
		},
		async findOpenInvitationByEmail(
			organizationId: string,
			email: string,
			now: string
		): Promise< OrgInvitationRow | undefined > {
			const row = await openInvitations( now )
				.where( 'organization_id', '=', organizationId )
				.where( 'email', '=', email )
				.executeTakeFirst();
			return row && camelRow( row );
		},
		/** A live invitation by its token's hash (any organization: the token is the proof). */
		async findLiveInvitationByToken(
			tokenHash: string,
			now: string
		): Promise< OrgInvitationRow | undefined > {
			const row = await openInvitations( now )
				.where( 'token_hash', '=', tokenHash )
				.executeTakeFirst();
			return row && camelRow( row );
		},
		async revokeInvitation(
			organizationId: string,
			id: string,
			now: string
		): Promise< boolean > {
			const result = await updateUnused( organizationId, id )
				.set( { revoked_at: now } )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		/** A new token and expiry for an open invitation (resend): the old link stops working. */
		async renewInvitation(
			organizationId: string,
			id: string,
			tokenHash: string,
			expiresAt: string
		): Promise< boolean > {
			const result = await updateUnused( organizationId, id )
				.set( { token_hash: tokenHash, expires_at: expiresAt } )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		/** Marks an invitation used; false when another request used it first. */
		async acceptInvitation( id: string, now: string ): Promise< boolean > {
			const result = await db
				.updateTable( 'organization_invitations' )
				.set( { accepted_at: now } )
				.where( 'id', '=', id )
				.where( 'accepted_at', 'is', null )
				.where( 'revoked_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},

		async requireMfa( organizationId: string ): Promise< boolean > {
			const row = await db
				.selectFrom( 'organization_settings' )
				.select( 'require_mfa' )
				.where( 'organization_id', '=', organizationId )
				.executeTakeFirst();
			return Number( row?.require_mfa ?? 0 ) === 1;
		},
		async setRequireMfa(
			organizationId: string,
			requireMfa: boolean,
			now: string
		): Promise< void > {
			await db
				.insertInto( 'organization_settings' )
				.values( {
					organization_id: organizationId,
					require_mfa: requireMfa ? 1 : 0,
					updated_at: now,
				} )
				.onConflict( ( oc ) =>
					oc.column( 'organization_id' ).doUpdateSet( {
						require_mfa: requireMfa ? 1 : 0,
						updated_at: now,
					} )
				)
				.execute();
		},
		async rename( organizationId: string, name: string ): Promise< void > {
			await db
				.updateTable( 'organizations' )
				.set( { name } )
				.where( 'id', '=', organizationId )
				.execute();
		},

		async insertGrant( grant: GrantRow ): Promise< void > {
			await db
				.insertInto( 'impersonation_grants' )
				.values( {
					id: grant.id,
					user_id: grant.userId,
					session_id: grant.sessionId,
					organization_id: grant.organizationId,
					reason: grant.reason,
					started_at: grant.startedAt,
					expires_at: grant.expiresAt,
					ended_at: null,
					end_reason: null,
				} )
				.execute();
		},
		/** The session's grant that has not been ended (it may have expired already). */
		async findOpenGrant(
			sessionId: string
		): Promise< GrantRow | undefined > {
			const row = await db
				.selectFrom( 'impersonation_grants' )
				.select( GRANT_COLUMNS )
				.where( 'session_id', '=', sessionId )
				.where( 'ended_at', 'is', null )
				.orderBy( 'started_at', 'desc' )
				.executeTakeFirst();
			return row && camelRow( row );
		},
		/** Ends a grant once; false when it was ended already (stop and expiry race). */
		async endGrant(
			id: string,
			endedAt: string,
			reason: 'stopped' | 'expired' | 'replaced'
		): Promise< boolean > {
			const result = await db
				.updateTable( 'impersonation_grants' )
				.set( { ended_at: endedAt, end_reason: reason } )
				.where( 'id', '=', id )
				.where( 'ended_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) === 1;
		},
		async listExpiredOpenGrants( now: string ): Promise< GrantRow[] > {
			const rows = await db
				.selectFrom( 'impersonation_grants' )
				.select( GRANT_COLUMNS )
				.where( 'ended_at', 'is', null )
				.where( 'expires_at', '<=', now )
				.execute();
			return camelRows( rows );
		},
	};
}

export type OrgAccessRepo = ReturnType< typeof createOrgAccessRepo >;
