import { sql } from 'kysely';
import { belongsTo, columnTypes, oneRowPer } from './helpers';
import type { AnyDb, DialectMigration } from './helpers';

/** The three rules the roadmap asks for, platform-wide, so a fresh install is watched. */
export const DEFAULT_ALERT_RULES = [
	{
		id: '00000000-0000-4000-8000-0000000a1e01',
		metric: 'error_rate',
		threshold: 0.05,
	},
	{
		id: '00000000-0000-4000-8000-0000000a1e02',
		metric: 'origin_rejections_per_hour',
		threshold: 10,
	},
	{
		id: '00000000-0000-4000-8000-0000000a1e03',
		metric: 'retry_failure_rate',
		threshold: 0.5,
	},
] as const;

/**
 * Alerts (rules, incidents, channels, deliveries), daily health reports, and the per-site
 * subscription state (billing). Booleans are 0/1 integers on both dialects.
 */
const migration: DialectMigration = ( dialect ) => {
	const t = columnTypes( dialect );
	return {
		async up( db: AnyDb ) {
			await db.schema
				.createTable( 'alert_rules' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'metric', 'text', ( c ) => c.notNull() )
				.addColumn( 'threshold', 'double precision', ( c ) =>
					c.notNull()
				)
				.addColumn( 'window_minutes', 'integer', ( c ) => c.notNull() )
				.addColumn( 'min_events', 'integer', ( c ) => c.notNull() )
				// Both null: platform-wide; a site id: that site only.
				.addColumn( 'organization_id', 'text' )
				.addColumn( 'site_id', 'text' )
				.addColumn( 'enabled', 'integer', ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'alert_incidents' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'rule_id', 'text', belongsTo( 'alert_rules.id' ) )
				.addColumn( 'metric', 'text', ( c ) => c.notNull() )
				.addColumn( 'organization_id', 'text' )
				.addColumn( 'site_id', 'text' )
				.addColumn( 'threshold', 'double precision', ( c ) =>
					c.notNull()
				)
				.addColumn( 'opened_value', 'double precision', ( c ) =>
					c.notNull()
				)
				.addColumn( 'last_value', 'double precision', ( c ) =>
					c.notNull()
				)
				.addColumn( 'opened_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'last_evaluated_at', t.timestamp, ( c ) =>
					c.notNull()
				)
				.addColumn( 'resolved_at', t.timestamp )
				.execute();
			// One open incident per rule: a second instance evaluating at the same time
			// cannot open a duplicate (the insert fails and it moves on).
			await sql`create unique index alert_incidents_open_idx on alert_incidents (rule_id) where resolved_at is null`.execute(
				db
			);
			await db.schema
				.createIndex( 'alert_incidents_opened_idx' )
				.on( 'alert_incidents' )
				.column( 'opened_at' )
				.execute();
			await db.schema
				.createTable( 'alert_channels' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn( 'kind', 'text', ( c ) => c.notNull() )
				.addColumn( 'name', 'text', ( c ) => c.notNull() )
				// E-mail address(es) or webhook URL.
				.addColumn( 'target', 'text', ( c ) => c.notNull() )
				.addColumn( 'format', 'text', ( c ) => c.notNull() )
				// Webhook signing secret, sealed with the master key.
				.addColumn( 'secret_sealed', 'text' )
				// Null: a platform channel; otherwise the organization it serves.
				.addColumn( 'organization_id', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			await db.schema
				.createTable( 'alert_deliveries' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				.addColumn(
					'channel_id',
					'text',
					belongsTo( 'alert_channels.id' )
				)
				.addColumn( 'kind', 'text', ( c ) => c.notNull() )
				.addColumn( 'incident_id', 'text' )
				.addColumn( 'report_id', 'text' )
				.addColumn( 'message', t.json, ( c ) => c.notNull() )
				.addColumn( 'status', 'text', ( c ) => c.notNull() )
				.addColumn( 'attempts', 'integer', ( c ) => c.notNull() )
				.addColumn( 'max_attempts', 'integer', ( c ) => c.notNull() )
				.addColumn( 'last_error', 'text' )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.addColumn( 'delivered_at', t.timestamp )
				.execute();
			await db.schema
				.createIndex( 'alert_deliveries_created_idx' )
				.on( 'alert_deliveries' )
				.column( 'created_at' )
				.execute();
			await db.schema
				.createTable( 'daily_reports' )
				.addColumn( 'id', 'text', ( c ) => c.primaryKey() )
				// 'platform' or the organization id: one report per scope and day.
				.addColumn( 'scope_key', 'text', ( c ) => c.notNull() )
				.addColumn( 'organization_id', 'text' )
				.addColumn( 'day', 'text', ( c ) => c.notNull() )
				.addColumn( 'figures', t.json, ( c ) => c.notNull() )
				.addColumn( 'previous', t.json, ( c ) => c.notNull() )
				.addColumn( 'created_at', t.timestamp, ( c ) => c.notNull() )
				.addUniqueConstraint( 'daily_reports_scope_day_unique', [
					'scope_key',
					'day',
				] )
				.execute();
			await db.schema
				.createTable( 'site_subscriptions' )
				.addColumn( 'site_id', 'text', oneRowPer( 'sites.id' ) )
				.addColumn( 'organization_id', 'text', ( c ) => c.notNull() )
				.addColumn( 'plan', 'text', ( c ) => c.notNull() )
				.addColumn( 'status', 'text', ( c ) => c.notNull() )
				.addColumn( 'current_period_end', t.timestamp, ( c ) =>
					c.notNull()
				)
				.addColumn( 'updated_at', t.timestamp, ( c ) => c.notNull() )
				.execute();
			const now = new Date().toISOString();
			await db
				.insertInto( 'alert_rules' )
				.values(
					DEFAULT_ALERT_RULES.map( ( rule ) => ( {
						...rule,
						window_minutes: 60,
						min_events:
							rule.metric === 'origin_rejections_per_hour'
								? 0
								: 10,
						organization_id: null,
						site_id: null,
						enabled: 1,
						created_at: now,
						updated_at: now,
					} ) )
				)
				.execute();
		},
		async down( db: AnyDb ) {
			for ( const table of [
				'site_subscriptions',
				'daily_reports',
				'alert_deliveries',
				'alert_channels',
				'alert_incidents',
				'alert_rules',
			] ) {
				await db.schema.dropTable( table ).execute();
			}
		},
	};
};

export default migration;
