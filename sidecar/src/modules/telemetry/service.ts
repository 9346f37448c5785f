import { newId } from '../../platform/crypto';
import type { TelemetryRepo } from './repo';
import type { TELEMETRY_EVENT_TYPES } from './schema';

export interface TelemetryEventInput {
	type: ( typeof TELEMETRY_EVENT_TYPES )[ number ];
	at: string;
	data?: Record< string, string | number | boolean | null >;
}

const HOUR_MS = 60 * 60 * 1000;

/** How far a client clock may claim an event happened in the future before we clamp it. */
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

export function createTelemetryService(
	repo: TelemetryRepo,
	clock: () => Date
) {
	return {
		async ingest(
			site: { id: string; organizationId: string },
			events: TelemetryEventInput[]
		): Promise< number > {
			const received = clock();
			const rows = events.map( ( event ) => {
				const occurred = new Date( event.at );
				const clamped =
					occurred.getTime() > received.getTime() + MAX_FUTURE_SKEW_MS
						? received
						: occurred;
				return {
					id: newId(),
					organizationId: site.organizationId,
					siteId: site.id,
					type: event.type,
					occurredAt: clamped.toISOString(),
					receivedAt: received.toISOString(),
					data: event.data ?? {},
				};
			} );
			await repo.insertMany( rows );
			return rows.length;
		},
		countsForSite: ( siteId: string ) => repo.countByType( siteId ),

		/**
		 * The hourly rollup job: recomputes the current hour and the `hoursBack` before it,
		 * so beacons that arrive late (a tab woken from sleep) still land in their hour.
		 *
		 * @param hoursBack Completed hours to recompute besides the current one.
		 * @return The hours recomputed (ISO starts).
		 */
		async rollUp( hoursBack = 3 ): Promise< string[] > {
			const current = Math.floor( clock().getTime() / HOUR_MS ) * HOUR_MS;
			const hours: string[] = [];
			for ( let index = hoursBack; index >= 0; index-- ) {
				const start = current - index * HOUR_MS;
				await repo.rollUpHour(
					new Date( start ).toISOString(),
					new Date( start + HOUR_MS ).toISOString()
				);
				hours.push( new Date( start ).toISOString() );
			}
			return hours;
		},

		/**
		 * Deletes raw events older than the retention window.
		 *
		 * @param retentionDays Days raw events are kept.
		 * @return How many were deleted.
		 */
		purgeRaw: ( retentionDays: number ) =>
			repo.deleteRawBefore(
				new Date(
					clock().getTime() - retentionDays * 24 * HOUR_MS
				).toISOString()
			),

		hourlyForSite: (
			site: { id: string; organizationId: string },
			from: string,
			to: string
		) => repo.hourlyForSite( site.organizationId, site.id, from, to ),
	};
}

export type TelemetryService = ReturnType< typeof createTelemetryService >;
