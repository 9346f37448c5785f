/**
 * Table types of the orgs module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface OrganizationsTable {
	id: string;
	name: string;
	created_at: string;
}

export type OrgRole = 'owner' | 'admin' | 'agent' | 'viewer';

export interface OrganizationMembersTable {
	organization_id: string;
	user_id: string;
	role: OrgRole;
	created_at: string;
}

export interface OrganizationInvitationsTable {
	id: string;
	organization_id: string;
	email: string;
	role: OrgRole;
	token_hash: string;
	invited_by: string | null;
	created_at: string;
	expires_at: string;
	accepted_at: string | null;
	revoked_at: string | null;
}

export interface OrganizationSettingsTable {
	organization_id: string;
	/** 0 or 1 (SQLite has no boolean). */
	require_mfa: number;
	updated_at: string;
}

export interface ImpersonationGrantsTable {
	id: string;
	user_id: string;
	session_id: string;
	organization_id: string;
	reason: string;
	started_at: string;
	expires_at: string;
	ended_at: string | null;
	end_reason: 'stopped' | 'expired' | 'replaced' | null;
}

/** The orgs module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface OrgsTables {
	organizations: OrganizationsTable;
	organization_members: OrganizationMembersTable;
	organization_invitations: OrganizationInvitationsTable;
	organization_settings: OrganizationSettingsTable;
	impersonation_grants: ImpersonationGrantsTable;
}
