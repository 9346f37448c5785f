import {
	sql,
	type Kysely,
	type Selectable,
	type SelectQueryBuilder,
} from 'kysely';
import { camelRow } from '../../db/rows';
import type { Database, TelemetryEventsTable } from '../../db/schema';
import { facetOf } from './facets';
import { rollUpHour as rollUpOneHour } from './rollup-repo';

export interface WidgetEventRow {
	id: string;
	organizationId: string;
	siteId: string;
	type: string;
	occurredAt: string;
	receivedAt: string;
	data: Record< string, unknown >;
}

export interface HourlyCount {
	siteId: string;
	organizationId: string;
	/** Start of the UTC hour, ISO-8601. */
	hour: string;
	type: string;
	count: number;
}

/** Which events a health query counts: all (platform), one organization, or one site. */
export interface WidgetEventScope {
	organizationId?: string;
	siteId?: string;
}

/** Events of one type and facet counted over an hour (optionally per site). */
export interface FacetCount {
	/** Start of the UTC hour, ISO-8601. */
	hour: string;
	siteId: string | null;
	organizationId: string | null;
	type: string;
	facet: string;
	count: number;
}

export interface RecentEventsQuery extends WidgetEventScope {
	types: readonly string[];
	from: string;
	to: string;
	limit: number;
}

const iso = ( value: unknown ) => new Date( value as string ).toISOString();

/** The columns of a raw event handed out (its facet stays inside the rollups). */
const EVENT_COLUMNS = [
	'id',
	'organization_id',
	'site_id',
	'type',
	'occurred_at',
	'received_at',
	'data',
] as const;

function toEvent(
	row: Pick<
		Selectable< TelemetryEventsTable >,
		( typeof EVENT_COLUMNS )[ number ]
	>
): WidgetEventRow {
	return {
		...camelRow( row ),
		occurredAt: iso( row.occurred_at ),
		receivedAt: iso( row.received_at ),
		data: JSON.parse( row.data ) as Record< string, unknown >,
	};
}

/** A grouped count as a query returns it; the site and organization only when grouped by site. */
interface FacetCountRow {
	type: string;
	facet: string;
	n: unknown;
	site_id?: string;
	organization_id?: string;
}

/** One count of the raw events or the rollups, for the hour it belongs to. */
function toFacetCount( row: FacetCountRow, hour: string ): FacetCount {
	return {
		hour,
		siteId: row.site_id ?? null,
		organizationId: row.organization_id ?? null,
		type: row.type,
		facet: row.facet,
		count: Number( row.n ),
	};
}

/** The tables that count per site: the raw events and their per-site hourly rollups. */
type PerSiteTable = 'telemetry_events' | 'telemetry_hourly_facets';

/**
 * Runs a grouped count of a per-site table narrowed to `scope` (organization, site), grouped
 * per site as well when `bySite`, so each row then names its site and organization. Both
 * tables have these two columns; Kysely cannot check a column of a table left generic, hence
 * the `sql.ref`s.
 *
 * @param query  The count, grouped by what it counts.
 * @param scope  Organization or site filter.
 * @param bySite Count per site as well.
 */
function countsInScope< TB extends PerSiteTable, O >(
	query: SelectQueryBuilder< Database, TB, O >,
	scope: WidgetEventScope,
	bySite: boolean
): Promise<
	Array< O & Pick< FacetCountRow, 'site_id' | 'organization_id' > >
> {
	const scoped = query
		.$if( Boolean( scope.organizationId ), ( qb ) =>
			qb.where( sql.ref( 'organization_id' ), '=', scope.organizationId! )
		)
		.$if( Boolean( scope.siteId ), ( qb ) =>
			qb.where( sql.ref( 'site_id' ), '=', scope.siteId! )
		);
	return bySite
		? scoped
				.select( [
					sql.ref< string >( 'site_id' ).as( 'site_id' ),
					sql
						.ref< string >( 'organization_id' )
						.as( 'organization_id' ),
				] )
				.groupBy( [
					sql.ref( 'site_id' ),
					sql.ref( 'organization_id' ),
				] )
				.execute()
		: scoped.execute();
}

export function createWidgetEventsRepo( db: Kysely< Database > ) {
	return {
		/**
		 * Counts raw events per type and facet in [from, to), labelled with `hour` (the
		 * callers ask for at most one hour at a time, for the hours not rolled up yet).
		 *
		 * @param from   ISO start.
		 * @param to     ISO end (exclusive).
		 * @param hour   Label for the rows.
		 * @param scope  Organization or site filter.
		 * @param bySite Count per site as well.
		 */
		async rawFacetCounts(
			from: string,
			to: string,
			hour: string,
			scope: WidgetEventScope,
			bySite: boolean
		): Promise< FacetCount[] > {
			const query = db
				.selectFrom( 'telemetry_events' )
				.select( [
					'type',
					'facet',
					db.fn.countAll< number >().as( 'n' ),
				] )
				.where( 'occurred_at', '>=', from )
				.where( 'occurred_at', '<', to )
				.groupBy( [ 'type', 'facet' ] );
			const rows = await countsInScope( query, scope, bySite );
			return rows.map( ( row ) => toFacetCount( row, hour ) );
		},

		/**
		 * Counts per hour, type and facet from the rollups of whole hours in [from, to):
		 * the per-site table for a site or a per-site breakdown, else the organization or
		 * platform table (far fewer rows).
		 *
		 * @param from   ISO start.
		 * @param to     ISO end (exclusive).
		 * @param scope  Organization or site filter.
		 * @param bySite Count per site as well.
		 */
		async rolledUpFacetCounts(
			from: string,
			to: string,
			scope: WidgetEventScope,
			bySite: boolean
		): Promise< FacetCount[] > {
			const toCount = ( row: FacetCountRow & { hour: unknown } ) =>
				toFacetCount( row, iso( row.hour ) );
			if ( ! bySite && ! scope.siteId && ! scope.organizationId ) {
				const rows = await db
					.selectFrom( 'telemetry_hourly_platform_facets' )
					.select( [ 'hour', 'type', 'facet', 'count as n' ] )
					.where( 'hour', '>=', from )
					.where( 'hour', '<', to )
					.execute();
				return rows.map( toCount );
			}
			if ( ! bySite && ! scope.siteId && scope.organizationId ) {
				const rows = await db
					.selectFrom( 'telemetry_hourly_org_facets' )
					.select( [ 'hour', 'type', 'facet', 'count as n' ] )
					.where( 'organization_id', '=', scope.organizationId )
					.where( 'hour', '>=', from )
					.where( 'hour', '<', to )
					.execute();
				return rows.map( toCount );
			}
			const query = db
				.selectFrom( 'telemetry_hourly_facets' )
				.select( ( eb ) => [
					'hour',
					'type',
					'facet',
					eb.fn.sum< number >( 'count' ).as( 'n' ),
				] )
				.where( 'hour', '>=', from )
				.where( 'hour', '<', to )
				.groupBy( [ 'hour', 'type', 'facet' ] );
			const rows = await countsInScope( query, scope, bySite );
			return rows.map( toCount );
		},

		async findEvent( id: string ): Promise< WidgetEventRow | null > {
			const row = await db
				.selectFrom( 'telemetry_events' )
				.select( EVENT_COLUMNS )
				.where( 'id', '=', id )
				.executeTakeFirst();
			return row ? toEvent( row ) : null;
		},

		/** Raw events of some types in [from, to), newest first (recent errors, retries). */
		async recentEvents(
			query: RecentEventsQuery
		): Promise< WidgetEventRow[] > {
			if ( query.types.length === 0 ) {
				return [];
			}
			let select = db
				.selectFrom( 'telemetry_events' )
				.select( EVENT_COLUMNS )
				.where( 'type', 'in', [ ...query.types ] )
				.where( 'occurred_at', '>=', query.from )
				.where( 'occurred_at', '<', query.to )
				.orderBy( 'occurred_at', 'desc' )
				.orderBy( 'id', 'desc' )
				.limit( query.limit );
			if ( query.organizationId ) {
				select = select.where(
					'organization_id',
					'=',
					query.organizationId
				);
			}
			if ( query.siteId ) {
				select = select.where( 'site_id', '=', query.siteId );
			}
			const rows = await select.execute();
			return rows.map( toEvent );
		},

		/**
		 * Recomputes the rollup rows of one hour from the raw events (all sites): delete and
		 * insert in one transaction, so running it twice gives the same rows.
		 *
		 * @param hourStart ISO start of the hour.
		 * @param hourEnd   ISO start of the next hour.
		 * @return How many rollup rows the hour has.
		 */
		rollUpHour( hourStart: string, hourEnd: string ): Promise< number > {
			return rollUpOneHour( db, hourStart, hourEnd );
		},
		async hourlyForSite(
			organizationId: string,
			siteId: string,
			from: string,
			to: string
		): Promise< HourlyCount[] > {
			const rows = await db
				.selectFrom( 'telemetry_hourly' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.where( 'hour', '>=', from )
				.where( 'hour', '<', to )
				.orderBy( 'hour' )
				.orderBy( 'type' )
				.execute();
			return rows.map( ( row ) => ( {
				...camelRow( row ),
				hour: new Date( row.hour ).toISOString(),
				count: Number( row.count ),
			} ) );
		},
		/** Drops raw events older than the retention window; rollups stay. */
		async deleteRawBefore( before: string ): Promise< number > {
			const result = await db
				.deleteFrom( 'telemetry_events' )
				.where( 'occurred_at', '<', before )
				.executeTakeFirst();
			return Number( result.numDeletedRows );
		},
		async insertMany( events: WidgetEventRow[] ): Promise< void > {
			if ( events.length === 0 ) {
				return;
			}
			await db
				.insertInto( 'telemetry_events' )
				.values(
					events.map( ( event ) => ( {
						id: event.id,
						organization_id: event.organizationId,
						site_id: event.siteId,
						type: event.type,
						occurred_at: event.occurredAt,
						received_at: event.receivedAt,
						data: JSON.stringify( event.data ),
						facet: facetOf( event.type, event.data ),
					} ) )
				)
				.execute();
		},
		async countByType(
			siteId: string
		): Promise< Record< string, number > > {
			const rows = await db
				.selectFrom( 'telemetry_events' )
				.select( [ 'type', db.fn.countAll< number >().as( 'n' ) ] )
				.where( 'site_id', '=', siteId )
				.groupBy( 'type' )
				.execute();
			return Object.fromEntries(
				rows.map( ( row ) => [ row.type, Number( row.n ) ] )
			);
		},
	};
}

export type WidgetEventsRepo = ReturnType< typeof createWidgetEventsRepo >;
