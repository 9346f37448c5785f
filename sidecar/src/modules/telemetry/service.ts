import { newId } from '../../platform/crypto';
import type { TelemetryRepo } from './repo';
import type { TELEMETRY_EVENT_TYPES } from './schema';

export interface TelemetryEventInput {
	type: ( typeof TELEMETRY_EVENT_TYPES )[ number ];
	at: string;
	data?: Record< string, string | number | boolean | null >;
}

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
	};
}

export type TelemetryService = ReturnType< typeof createTelemetryService >;
