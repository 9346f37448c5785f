import { belongsTo, columnTypes, organizationColumn } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/** Organizations (tenants), their sites, one-time connect tokens and signed-request nonces. */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'organizations' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'name', 'text', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'sites' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.$call( organizationColumn )
				.addColumn( 'name', 'text', ( c ) => c.notNull() )
				.addColumn( 'url', 'text', ( c ) => c.notNull() )
				.addColumn( 'rest_url', 'text', ( c ) => c.notNull() )
				.addColumn( 'allowed_origins', t.json, ( c ) => c.notNull() )
				.addColumn( 'public_key', 'text', ( c ) =>
					c.notNull().unique()
				)
				.addColumn( 'signing_secret', 'text', ( c ) => c.notNull() )
				.addColumn( 'platform', t.json, ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'disconnected_at', t.timestamp )
				.execute();
			await db.schema
				.createIndex( 'sites_organization_id_idx' )
				.on( 'sites' )
				.column( 'organization_id' )
				.execute();
			await db.schema
				.createTable( 'connect_tokens' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.$call( organizationColumn )
				.addColumn( 'token_hash', 'text', ( c ) =>
					c.notNull().unique()
				)
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'used_at', t.timestamp )
				.addColumn( 'site_id', 'text', ( c ) =>
					c.references( 'sites.id' ).onDelete( 'set null' )
				)
				.execute();
			await db.schema
				.createIndex( 'connect_tokens_organization_id_idx' )
				.on( 'connect_tokens' )
				.column( 'organization_id' )
				.execute();
			await db.schema
				.createTable( 'site_request_nonces' )
				.addColumn( 'site_id', 'text', belongsTo( 'sites.id' ) )
				.addColumn( 'nonce', 'text', ( c ) => c.notNull() )
				.addColumn( 'expires_at', t.timestamp, ( c ) => c.notNull() )
				.addPrimaryKeyConstraint( 'site_request_nonces_pk', [
					'site_id',
					'nonce',
				] )
				.execute();
			await db.schema
				.createIndex( 'site_request_nonces_expires_idx' )
				.on( 'site_request_nonces' )
				.column( 'expires_at' )
				.execute();
		},
		async down( db: AnyDb ) {
			await db.schema.dropTable( 'site_request_nonces' ).execute();
			await db.schema.dropTable( 'connect_tokens' ).execute();
			await db.schema.dropTable( 'sites' ).execute();
			await db.schema.dropTable( 'organizations' ).execute();
		},
	};
};

export default migration;
