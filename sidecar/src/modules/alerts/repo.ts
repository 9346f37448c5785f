import type { Kysely, Selectable } from 'kysely';
import { camelRow } from '../../db/rows';
import type {
	AlertChannelsTable,
	AlertDeliveriesTable,
	AlertIncidentsTable,
	AlertRulesTable,
	Database,
} from '../../db/schema';
import type {
	AlertChannel,
	AlertDelivery,
	AlertIncident,
	AlertMetric,
	AlertRule,
	DeliveryKind,
} from './schema';

/** What a delivery carries: mail subject and text, and the structured event for webhooks. */
export interface DeliveryMessage {
	subject: string;
	text: string;
	event: Record< string, unknown >;
}

export interface ChannelRow extends AlertChannel {
	secretSealed: string | null;
}

export interface DeliveryRow extends AlertDelivery {
	message: DeliveryMessage;
}

const toRule = ( row: Selectable< AlertRulesTable > ): AlertRule => ( {
	...camelRow( row ),
	metric: row.metric as AlertMetric,
	threshold: Number( row.threshold ),
	enabled: Boolean( row.enabled ),
} );

const toIncident = (
	row: Selectable< AlertIncidentsTable >
): AlertIncident => ( {
	...camelRow( row ),
	metric: row.metric as AlertMetric,
	threshold: Number( row.threshold ),
	openedValue: Number( row.opened_value ),
	lastValue: Number( row.last_value ),
} );

const toChannel = ( row: Selectable< AlertChannelsTable > ): ChannelRow => ( {
	...camelRow( row ),
	kind: row.kind as AlertChannel[ 'kind' ],
	format: row.format as AlertChannel[ 'format' ],
} );

const toDelivery = (
	row: Selectable< AlertDeliveriesTable > & { channel_name: string }
): DeliveryRow => {
	const message = JSON.parse( row.message ) as DeliveryMessage;
	return {
		...camelRow( row ),
		kind: row.kind as DeliveryKind,
		subject: message.subject,
		status: row.status as AlertDelivery[ 'status' ],
		message,
	};
};

export function createAlertsRepo( db: Kysely< Database > ) {
	const deliveries = () =>
		db
			.selectFrom( 'alert_deliveries' )
			.innerJoin(
				'alert_channels',
				'alert_channels.id',
				'alert_deliveries.channel_id'
			)
			.selectAll( 'alert_deliveries' )
			.select( 'alert_channels.name as channel_name' );

	return {
		async listRules(): Promise< AlertRule[] > {
			const rows = await db
				.selectFrom( 'alert_rules' )
				.selectAll()
				.orderBy( 'created_at' )
				.orderBy( 'id' )
				.execute();
			return rows.map( toRule );
		},
		async findRule( id: string ): Promise< AlertRule | undefined > {
			const row = await db
				.selectFrom( 'alert_rules' )
				.selectAll()
				.where( 'id', '=', id )
				.executeTakeFirst();
			return row && toRule( row );
		},
		async insertRule( rule: AlertRule ): Promise< void > {
			await db
				.insertInto( 'alert_rules' )
				.values( {
					id: rule.id,
					metric: rule.metric,
					threshold: rule.threshold,
					window_minutes: rule.windowMinutes,
					min_events: rule.minEvents,
					organization_id: rule.organizationId,
					site_id: rule.siteId,
					enabled: rule.enabled ? 1 : 0,
					created_at: rule.createdAt,
					updated_at: rule.updatedAt,
				} )
				.execute();
		},
		async updateRule( rule: AlertRule ): Promise< void > {
			await db
				.updateTable( 'alert_rules' )
				.set( {
					threshold: rule.threshold,
					window_minutes: rule.windowMinutes,
					min_events: rule.minEvents,
					enabled: rule.enabled ? 1 : 0,
					updated_at: rule.updatedAt,
				} )
				.where( 'id', '=', rule.id )
				.execute();
		},
		async deleteRule( id: string ): Promise< boolean > {
			const result = await db
				.deleteFrom( 'alert_rules' )
				.where( 'id', '=', id )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) > 0;
		},

		async openIncidents(): Promise< AlertIncident[] > {
			const rows = await db
				.selectFrom( 'alert_incidents' )
				.selectAll()
				.where( 'resolved_at', 'is', null )
				.execute();
			return rows.map( toIncident );
		},
		async listIncidents( limit: number ): Promise< AlertIncident[] > {
			const rows = await db
				.selectFrom( 'alert_incidents' )
				.selectAll()
				.orderBy( 'opened_at', 'desc' )
				.orderBy( 'id' )
				.limit( limit )
				.execute();
			return rows.map( toIncident );
		},
		async insertIncident( incident: AlertIncident ): Promise< void > {
			await db
				.insertInto( 'alert_incidents' )
				.values( {
					id: incident.id,
					rule_id: incident.ruleId,
					metric: incident.metric,
					organization_id: incident.organizationId,
					site_id: incident.siteId,
					threshold: incident.threshold,
					opened_value: incident.openedValue,
					last_value: incident.lastValue,
					opened_at: incident.openedAt,
					last_evaluated_at: incident.lastEvaluatedAt,
					resolved_at: null,
				} )
				.execute();
		},
		async touchIncident(
			id: string,
			value: number,
			at: string
		): Promise< void > {
			await db
				.updateTable( 'alert_incidents' )
				.set( { last_value: value, last_evaluated_at: at } )
				.where( 'id', '=', id )
				.execute();
		},
		/** Resolves an open incident; false when another instance resolved it first. */
		async resolveIncident(
			id: string,
			value: number,
			at: string
		): Promise< boolean > {
			const result = await db
				.updateTable( 'alert_incidents' )
				.set( {
					last_value: value,
					last_evaluated_at: at,
					resolved_at: at,
				} )
				.where( 'id', '=', id )
				.where( 'resolved_at', 'is', null )
				.executeTakeFirst();
			return Number( result.numUpdatedRows ) > 0;
		},

		async listChannels(): Promise< ChannelRow[] > {
			const rows = await db
				.selectFrom( 'alert_channels' )
				.selectAll()
				.orderBy( 'created_at' )
				.orderBy( 'id' )
				.execute();
			return rows.map( toChannel );
		},
		async findChannel( id: string ): Promise< ChannelRow | undefined > {
			const row = await db
				.selectFrom( 'alert_channels' )
				.selectAll()
				.where( 'id', '=', id )
				.executeTakeFirst();
			return row && toChannel( row );
		},
		async insertChannel( channel: ChannelRow ): Promise< void > {
			await db
				.insertInto( 'alert_channels' )
				.values( {
					id: channel.id,
					kind: channel.kind,
					name: channel.name,
					target: channel.target,
					format: channel.format,
					secret_sealed: channel.secretSealed,
					organization_id: channel.organizationId,
					created_at: channel.createdAt,
				} )
				.execute();
		},
		async deleteChannel( id: string ): Promise< boolean > {
			const result = await db
				.deleteFrom( 'alert_channels' )
				.where( 'id', '=', id )
				.executeTakeFirst();
			return Number( result.numDeletedRows ) > 0;
		},

		async insertDelivery( delivery: {
			id: string;
			channelId: string;
			kind: DeliveryKind;
			incidentId: string | null;
			reportId: string | null;
			message: DeliveryMessage;
			maxAttempts: number;
			at: string;
		} ): Promise< void > {
			await db
				.insertInto( 'alert_deliveries' )
				.values( {
					id: delivery.id,
					channel_id: delivery.channelId,
					kind: delivery.kind,
					incident_id: delivery.incidentId,
					report_id: delivery.reportId,
					message: JSON.stringify( delivery.message ),
					status: 'pending',
					attempts: 0,
					max_attempts: delivery.maxAttempts,
					last_error: null,
					created_at: delivery.at,
					updated_at: delivery.at,
					delivered_at: null,
				} )
				.execute();
		},
		async findDelivery( id: string ): Promise< DeliveryRow | undefined > {
			const row = await deliveries()
				.where( 'alert_deliveries.id', '=', id )
				.executeTakeFirst();
			return row && toDelivery( row );
		},
		async listDeliveries( limit: number ): Promise< DeliveryRow[] > {
			const rows = await deliveries()
				.orderBy( 'alert_deliveries.created_at', 'desc' )
				.orderBy( 'alert_deliveries.id' )
				.limit( limit )
				.execute();
			return rows.map( toDelivery );
		},
		/** Deliveries still waiting whose last change is older than `before` (lost with a restart). */
		async staleDeliveryIds( before: string ): Promise< string[] > {
			const rows = await db
				.selectFrom( 'alert_deliveries' )
				.select( 'id' )
				.where( 'status', 'in', [ 'pending', 'retrying' ] )
				.where( 'updated_at', '<', before )
				.orderBy( 'created_at' )
				.limit( 500 )
				.execute();
			return rows.map( ( row ) => row.id );
		},
		async recordAttempt(
			id: string,
			outcome: {
				status: AlertDelivery[ 'status' ];
				attempts: number;
				maxAttempts?: number;
				lastError: string | null;
				at: string;
			}
		): Promise< void > {
			await db
				.updateTable( 'alert_deliveries' )
				.set( {
					status: outcome.status,
					attempts: outcome.attempts,
					...( outcome.maxAttempts
						? { max_attempts: outcome.maxAttempts }
						: {} ),
					last_error: outcome.lastError,
					updated_at: outcome.at,
					...( outcome.status === 'sent'
						? { delivered_at: outcome.at }
						: {} ),
				} )
				.where( 'id', '=', id )
				.execute();
		},
	};
}

export type AlertsRepo = ReturnType< typeof createAlertsRepo >;
