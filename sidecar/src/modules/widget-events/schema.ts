import { z } from 'zod';
import { siteKey } from '../chat/schema';

export const TELEMETRY_EVENT_TYPES = [
	'widget_loaded',
	'first_message',
	'message_sent',
	'config_error',
	'messages_load_error',
	'parent_comm_error',
	'privacy_error',
	'origin_rejected',
	'retry',
	'message_received',
] as const;

/** Small, flat data objects only: a beacon is not a place for payloads. */
const eventData = z
	.record(
		z.string().max( 64 ),
		z.union( [ z.string().max( 2048 ), z.number(), z.boolean(), z.null() ] )
	)
	.refine(
		( data ) => Object.keys( data ).length <= 20,
		'At most 20 data fields per event.'
	);

export const widgetEventBatch = z.strictObject( {
	siteKey,
	/**
	 * The signed widget token the frame got with its config (widget-token.ts). Without it
	 * the events are stored as unattributed; with an invalid or expired one the beacon is
	 * refused (401).
	 */
	token: z.string().max( 200 ).optional(),
	events: z
		.array(
			z.strictObject( {
				type: z.enum( TELEMETRY_EVENT_TYPES ),
				at: z.iso.datetime( { offset: true } ),
				data: eventData.optional(),
			} )
		)
		.min( 1 )
		.max( 50 ),
} );

/** sendBeacon posts strings as text/plain: such a body is JSON text to parse first. */
export const widgetEventBody = z.preprocess( ( body ) => {
	if ( typeof body !== 'string' ) {
		return body;
	}
	try {
		return JSON.parse( body ) as unknown;
	} catch {
		return body;
	}
}, widgetEventBatch );
