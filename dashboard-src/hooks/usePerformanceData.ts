/**
 * Latency and load-time series for the widget-health charts (hourly p50/p95 of widget load
 * and time to first message) with the other 7-day series, from one request. The resource
 * machinery gives the hook pattern: error state, stable `retry`, no update after unmount
 * or for a superseded scope.
 */
import { useMemo } from 'react';
import {
	getCharts,
	type HealthCharts,
	type HealthScope,
} from '../screens/widget-health/widgetHealthApi';
import { useApiResource, type ResourceResult } from './useApiResource';

export interface PerformancePoint {
	hour: string;
	loadP50Ms: number | null;
	loadP95Ms: number | null;
	firstMessageP50Ms: number | null;
	firstMessageP95Ms: number | null;
}

export interface PerformanceData extends ResourceResult< HealthCharts > {
	/** Hourly latency points (empty until loaded). */
	latency: PerformancePoint[];
}

/**
 * Loads the chart series of a scope over `days` days.
 *
 * @param scope Platform (empty), an organization or a site.
 * @param days  Days back (1–31).
 */
export function usePerformanceData(
	scope: HealthScope,
	days = 7
): PerformanceData {
	const key = `${ scope.organizationId ?? '' }|${ scope.siteId ?? '' }|${ days }`;
	const { organizationId, siteId } = scope;
	const resource = useApiResource( key, ( api, signal ) =>
		getCharts( api, { organizationId, siteId }, days, signal )
	);
	const latency = useMemo(
		() => resource.data?.latencyByHour ?? [],
		[ resource.data ]
	);
	return {
		data: resource.data,
		error: resource.error,
		loading: resource.loading,
		retry: resource.retry,
		latency,
	};
}
