import { newId } from '../../platform/crypto';
import { ERROR_TYPES } from './facets';
import type { WidgetEventsRepo } from './repo';
import type { TELEMETRY_EVENT_TYPES } from './schema';

export interface WidgetEventInput {
	type: ( typeof TELEMETRY_EVENT_TYPES )[ number ];
	at: string;
	data?: Record< string, string | number | boolean | null >;
}

const HOUR_MS = 60 * 60 * 1000;

const ERROR_EVENT_TYPES = new Set< string >( ERROR_TYPES );

/** How far a client clock may claim an event happened in the future before we clamp it. */
const MAX_FUTURE_SKEW_MS = 5 * 60 * 1000;

/** Told after a beacon is stored (the widget-events module publishes it live and counts it in /metrics). */
export type IngestListener = ( event: {
	organizationId: string;
	siteId: string;
	counts: Record< string, number >;
	at: string;
} ) => void;

export function createWidgetEventsService(
	repo: WidgetEventsRepo,
	clock: () => Date,
	onIngested?: IngestListener
) {
	return {
		/**
		 * Stores a beacon's events. Error events also keep the sender's browser (user agent)
		 * and page (the event's own `pageUrl`, else the beacon's Referer) for the dashboard's
		 * error details.
		 *
		 * @param site                The site the beacon's key belongs to.
		 * @param site.id
		 * @param site.organizationId
		 * @param events              Validated events.
		 * @param client              What the request says about the sender.
		 * @param client.userAgent
		 * @param client.referer
		 * @param client.attributed   False when the beacon carried no widget token: every event
		 *                            is stored with `attributed: false`, and origin rejections
		 *                            among them do not count towards the attack flag or alerts.
		 */
		async ingest(
			site: { id: string; organizationId: string },
			events: WidgetEventInput[],
			client: {
				userAgent?: string;
				referer?: string;
				attributed?: boolean;
			} = {}
		): Promise< number > {
			const received = clock();
			const rows = events.map( ( event ) => {
				const marked =
					client.attributed === false
						? { ...event.data, attributed: false }
						: event.data;
				const failed =
					ERROR_EVENT_TYPES.has( event.type ) ||
					( event.type === 'message_sent' &&
						event.data?.ok === false );
				const data = failed
					? {
							...marked,
							userAgent: ( client.userAgent ?? '' ).slice(
								0,
								300
							),
							pageUrl:
								typeof event.data?.pageUrl === 'string'
									? event.data.pageUrl
									: ( client.referer ?? '' ).slice( 0, 2048 ),
						}
					: marked;
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
					data: data ?? {},
				};
			} );
			await repo.insertMany( rows );
			const counts: Record< string, number > = {};
			for ( const row of rows ) {
				counts[ row.type ] = ( counts[ row.type ] ?? 0 ) + 1;
			}
			onIngested?.( {
				organizationId: site.organizationId,
				siteId: site.id,
				counts,
				at: received.toISOString(),
			} );
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

export type WidgetEventsService = ReturnType<
	typeof createWidgetEventsService
>;
