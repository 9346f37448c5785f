import {
	belongsTo,
	columnTypes,
	oneRowPer,
	organizationColumn,
} from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/**
 * Organization members with their org role, organization invitations (e-mailed one-time
 * links, stored as SHA-256), per-organization settings (MFA enforcement), and time-boxed
 * impersonation grants for platform staff. The four org roles are rows in `roles` with scope
 * `organization`; their permissions are synced from rbac/catalog.ts like platform ones.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'organization_members' )
				.$call( organizationColumn )
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				.addColumn( 'role', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'organization_members_pk', [
					'organization_id',
					'user_id',
				] )
				.execute();
			await db.schema
				.createIndex( 'organization_members_user' )
				.on( 'organization_members' )
				.column( 'user_id' )
				.execute();
			await db.schema
				.createTable( 'organization_invitations' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.$call( organizationColumn )
				.addColumn( 'email', 'text', ( c ) => c.notNull() )
				.addColumn( 'role', 'text', ( c ) => c.notNull() )
				.addColumn( 'token_hash', 'text', ( c ) =>
					c.notNull().unique()
				)
				.addColumn( 'invited_by', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'accepted_at', t.timestamp )
				.addColumn( 'revoked_at', t.timestamp )
				.execute();
			await db.schema
				.createTable( 'organization_settings' )
				.addColumn(
					'organization_id',
					'text',
					oneRowPer( 'organizations.id' )
				)
				.addColumn( 'require_mfa', 'integer', ( c ) =>
					c.notNull().defaultTo( 0 )
				)
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'impersonation_grants' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'user_id', 'text', belongsTo( 'users.id' ) )
				// Not a foreign key: the grant outlives its session in the record.
				.addColumn( 'session_id', 'text', ( c ) => c.notNull() )
				.$call( organizationColumn )
				.addColumn( 'reason', 'text', ( c ) => c.notNull() )
				.addColumn( 'started_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'ended_at', t.timestamp )
				.addColumn( 'end_reason', 'text' )
				.execute();
			await db.schema
				.createIndex( 'impersonation_grants_session' )
				.on( 'impersonation_grants' )
				.column( 'session_id' )
				.execute();
			await db
				.insertInto( 'roles' )
				.values( [
					{
						id: 'org_owner',
						name: 'Owner',
						description:
							'Everything in the organization, including owners and billing.',
						scope: 'organization',
					},
					{
						id: 'org_admin',
						name: 'Admin',
						description:
							'Sites, members (not owners) and settings of the organization.',
						scope: 'organization',
					},
					{
						id: 'org_agent',
						name: 'Agent',
						description: 'Reads and answers conversations.',
						scope: 'organization',
					},
					{
						id: 'org_viewer',
						name: 'Viewer',
						description: 'Sees the overview and the members.',
						scope: 'organization',
					},
				] )
				.execute();
		},
		async down( db: AnyDb ) {
			await db
				.deleteFrom( 'roles' )
				.where( 'scope', '=', 'organization' )
				.execute();
			await db.schema.dropTable( 'impersonation_grants' ).execute();
			await db.schema.dropTable( 'organization_settings' ).execute();
			await db.schema.dropTable( 'organization_invitations' ).execute();
			await db.schema.dropTable( 'organization_members' ).execute();
		},
	};
};

export default migration;
