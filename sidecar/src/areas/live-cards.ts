/**
 * The live widget-health cards over server-sent events (ADR 0017): sends the cards now,
 * then again (at most once a second) whenever the bus says something happened in the
 * stream's scope, with a heartbeat; ends when the client goes or shutdown begins.
 */
import type { EventBus } from '../platform/event-bus';
import type { SseEmit } from '../platform/http';
import type { Logger } from '../platform/logger';
import type { WidgetEventScope } from '../modules/widget-events/repo';
import type { WidgetHealth } from '../modules/widget-events/widget-health';

/** How often an idle live stream says it is alive (proxies drop silent connections). */
export const HEARTBEAT_MS = 15_000;
/** Fewest milliseconds between two recomputations of one stream's cards. */
const CARDS_THROTTLE_MS = 1_000;

export interface LiveCardsDeps {
	widgetHealth: Pick< WidgetHealth, 'liveCards' >;
	bus: EventBus;
	logger: Logger;
	clock: () => Date;
	/** Aborts when the sidecar shuts down, so live streams end and the server can close. */
	shutdown: AbortSignal;
}

/**
 * Keeps one live stream's cards current: sends them now, then again (at most once a
 * second) whenever the bus says something happened in the stream's scope.
 *
 * @param deps   Route dependencies.
 * @param scope  Platform, organization or site.
 * @param emit   Writes one event.
 * @param signal Aborts when the client goes away.
 */
export async function streamCards(
	deps: LiveCardsDeps,
	scope: WidgetEventScope,
	emit: SseEmit,
	signal: AbortSignal
): Promise< void > {
	let timer: ReturnType< typeof setTimeout > | undefined;
	let lastSent = 0;
	const sendCards = async () => {
		timer = undefined;
		lastSent = Date.now();
		try {
			emit( 'cards', await deps.widgetHealth.liveCards( scope ) );
		} catch ( error ) {
			deps.logger.warn( { err: error }, 'live cards failed' );
		}
	};
	const inScope = ( event: { organizationId: string; siteId: string } ) =>
		( ! scope.organizationId ||
			scope.organizationId === event.organizationId ) &&
		( ! scope.siteId || scope.siteId === event.siteId );
	const onActivity = ( topic: string ) => ( event: any ) => {
		if ( ! inScope( event ) || signal.aborted ) {
			return;
		}
		emit( 'activity', { topic, siteId: event.siteId, at: event.at } );
		timer ??= setTimeout(
			() => void sendCards(),
			Math.max( 0, lastSent + CARDS_THROTTLE_MS - Date.now() )
		);
	};
	const unsubscribe = [
		deps.bus.subscribe(
			'telemetry.ingested',
			onActivity( 'telemetry.ingested' )
		),
		deps.bus.subscribe( 'chat.message', onActivity( 'chat.message' ) ),
	];
	const heartbeat = setInterval(
		() => emit( 'heartbeat', { at: deps.clock().toISOString() } ),
		HEARTBEAT_MS
	);
	try {
		await sendCards();
		await new Promise< void >( ( resolve ) => {
			if ( signal.aborted || deps.shutdown.aborted ) {
				resolve();
				return;
			}
			signal.addEventListener( 'abort', () => resolve(), { once: true } );
			deps.shutdown.addEventListener( 'abort', () => resolve(), {
				once: true,
			} );
		} );
	} finally {
		clearInterval( heartbeat );
		clearTimeout( timer );
		unsubscribe.forEach( ( stop ) => stop() );
	}
}
