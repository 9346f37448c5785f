/**
 * Table types of the widget-events module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
import type { Generated } from 'kysely';

export interface TelemetryEventsTable {
	id: string;
	organization_id: string;
	site_id: string;
	type: string;
	occurred_at: string;
	received_at: string;
	data: string;
	/** One dimension chosen at ingest (retry outcome, error code, latency bucket…), see facets.ts. */
	facet: Generated< string >;
}

export interface TelemetryHourlyTable {
	site_id: string;
	organization_id: string;
	/** Start of the UTC hour. */
	hour: string;
	type: string;
	count: number;
}

/** Hourly facet counts per organization and platform-wide (platform and organization views). */
export interface TelemetryHourlyOrgFacetsTable {
	organization_id: string;
	hour: string;
	type: string;
	facet: string;
	count: number;
}

export interface TelemetryHourlyPlatformFacetsTable {
	hour: string;
	type: string;
	facet: string;
	count: number;
}

/** Hourly counts per site, type and facet (facets.ts): what the health dashboards read. */
export interface TelemetryHourlyFacetsTable {
	site_id: string;
	organization_id: string;
	/** Start of the UTC hour. */
	hour: string;
	type: string;
	facet: string;
	count: number;
}

/** The widget-events module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface TelemetryTables {
	telemetry_events: TelemetryEventsTable;
	telemetry_hourly: TelemetryHourlyTable;
	telemetry_hourly_facets: TelemetryHourlyFacetsTable;
	telemetry_hourly_org_facets: TelemetryHourlyOrgFacetsTable;
	telemetry_hourly_platform_facets: TelemetryHourlyPlatformFacetsTable;
}
