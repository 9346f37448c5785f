import { z } from 'zod';
import {
	defineRoute,
	type AnyRoute,
	type RouteDefinition,
} from '../../platform/http';
import { auditActor } from '../../modules/audit/service';
import {
	channelInput,
	channelShape,
	deliveryShape,
	incidentShape,
	ruleInput,
	ruleShape,
	ruleUpdate,
} from '../../modules/alerts/schema';
import type { AlertsService } from '../../modules/alerts/service';

const idParams = z.object( { id: z.uuid() } );
const listQuery = z.strictObject( {
	limit: z.coerce.number().int().min( 1 ).max( 500 ).optional(),
} );

/** A route of the alerts area: tagged "alerts", for platform staff. */
function alertRoute< P, Q, B >(
	route: Omit< RouteDefinition< P, Q, B, 'platform' >, 'tag' | 'auth' >
): AnyRoute {
	return defineRoute< P, Q, B, 'platform' >( {
		tag: 'alerts',
		auth: 'platform',
		...route,
	} );
}

/** A delivery as the API shows it (the message body stays inside). */
const publicDelivery = ( {
	message: _message,
	...delivery
}: Awaited< ReturnType< AlertsService[ 'listDeliveries' ] > >[ number ] ) => {
	void _message;
	return delivery;
};

/** Deleting a rule or a channel: by id, written to the audit log by the service, 204. */
function auditedDelete(
	path: string,
	summary: string,
	missing: string,
	remove: (
		actor: ReturnType< typeof auditActor >,
		id: string
	) => Promise< unknown >
): AnyRoute {
	return alertRoute( {
		method: 'delete',
		path,
		summary,
		permission: 'platform.alerts.manage',
		audit: 'service',
		schema: { params: idParams },
		responses: { 204: 'Deleted', 404: missing },
		handler: async ( { params, principal, context } ) => {
			await remove( auditActor( principal, context ), params.id );
			return { status: 204 };
		},
	} );
}

/**
 * Sending a message through the delivery log by id (a channel's test, a failed delivery's
 * retry): 202 with the delivery as it stands.
 */
function deliveryAction(
	path: string,
	summary: string,
	errors: Record< number, string >,
	send: ( id: string ) => ReturnType< AlertsService[ 'retryDelivery' ] >
): AnyRoute {
	return alertRoute( {
		method: 'post',
		path,
		summary,
		permission: 'platform.alerts.manage',
		schema: { params: idParams },
		responses: {
			202: z.object( { delivery: deliveryShape } ),
			...errors,
		},
		handler: async ( { params } ) => ( {
			status: 202,
			body: { delivery: publicDelivery( await send( params.id ) ) },
		} ),
	} );
}

/** Alert rules, incidents, channels and the delivery log (platform staff, /owner/alerts). */
export function alertRoutes( alerts: AlertsService ): AnyRoute[] {
	return [
		alertRoute( {
			method: 'get',
			path: '/api/owner/alerts/rules',
			summary: 'Alert rules with their thresholds',
			permission: 'platform.alerts.read',
			schema: {},
			responses: { 200: z.object( { rules: z.array( ruleShape ) } ) },
			handler: async () => ( {
				body: { rules: await alerts.listRules() },
			} ),
		} ),
		alertRoute( {
			method: 'post',
			path: '/api/owner/alerts/rules',
			summary:
				'Add an alert rule (platform-wide, or one site with siteId); rates are fractions',
			permission: 'platform.alerts.manage',
			audit: 'service',
			schema: { body: ruleInput },
			responses: {
				201: z.object( { rule: ruleShape } ),
				400: 'Invalid rule or unknown site',
			},
			handler: async ( { body, principal, context } ) => ( {
				status: 201,
				body: {
					rule: await alerts.createRule(
						auditActor( principal, context ),
						body
					),
				},
			} ),
		} ),
		alertRoute( {
			method: 'patch',
			path: '/api/owner/alerts/rules/:id',
			summary:
				"Change a rule's threshold, window, minimum events or enabled flag",
			permission: 'platform.alerts.manage',
			audit: 'service',
			schema: { params: idParams, body: ruleUpdate },
			responses: {
				200: z.object( { rule: ruleShape } ),
				404: 'No such rule',
			},
			handler: async ( { params, body, principal, context } ) => ( {
				body: {
					rule: await alerts.updateRule(
						auditActor( principal, context ),
						params.id,
						body
					),
				},
			} ),
		} ),
		auditedDelete(
			'/api/owner/alerts/rules/:id',
			'Delete an alert rule (its incidents go with it)',
			'No such rule',
			alerts.deleteRule
		),
		alertRoute( {
			method: 'get',
			path: '/api/owner/alerts/incidents',
			summary: 'Incidents, newest first (open ones have no resolvedAt)',
			permission: 'platform.alerts.read',
			schema: { query: listQuery },
			responses: {
				200: z.object( { incidents: z.array( incidentShape ) } ),
			},
			handler: async ( { query } ) => ( {
				body: { incidents: await alerts.listIncidents( query.limit ) },
			} ),
		} ),
		alertRoute( {
			method: 'post',
			path: '/api/owner/alerts/evaluate',
			summary:
				'Evaluate every rule now (the schedule does this every minute)',
			permission: 'platform.alerts.manage',
			schema: {},
			responses: {
				200: z.object( {
					opened: z.array( incidentShape ),
					resolved: z.array( incidentShape ),
				} ),
			},
			handler: async () => ( { body: await alerts.evaluate() } ),
		} ),
		alertRoute( {
			method: 'get',
			path: '/api/owner/alerts/channels',
			summary: 'Notification channels (e-mail, signed webhook)',
			permission: 'platform.alerts.read',
			schema: {},
			responses: {
				200: z.object( { channels: z.array( channelShape ) } ),
			},
			handler: async () => ( {
				body: { channels: await alerts.listChannels() },
			} ),
		} ),
		alertRoute( {
			method: 'post',
			path: '/api/owner/alerts/channels',
			summary:
				"Add a channel; a webhook's signing secret is in this answer only",
			permission: 'platform.alerts.manage',
			audit: 'service',
			schema: { body: channelInput },
			responses: {
				201: z.object( {
					channel: channelShape,
					secret: z.string().nullable(),
				} ),
				400: 'Invalid address or refused webhook URL',
			},
			handler: async ( { body, principal, context } ) => ( {
				status: 201,
				body: await alerts.createChannel(
					auditActor( principal, context ),
					body
				),
			} ),
		} ),
		auditedDelete(
			'/api/owner/alerts/channels/:id',
			'Remove a channel (its delivery log goes with it)',
			'No such channel',
			alerts.deleteChannel
		),
		deliveryAction(
			'/api/owner/alerts/channels/:id/test',
			'Send a test message through a channel (see the delivery log)',
			{ 404: 'No such channel' },
			alerts.sendTest
		),
		alertRoute( {
			method: 'get',
			path: '/api/owner/alerts/deliveries',
			summary:
				'Delivery log: status, attempts and last error, newest first',
			permission: 'platform.alerts.read',
			schema: { query: listQuery },
			responses: {
				200: z.object( { deliveries: z.array( deliveryShape ) } ),
			},
			handler: async ( { query } ) => ( {
				body: {
					deliveries: (
						await alerts.listDeliveries( query.limit )
					).map( publicDelivery ),
				},
			} ),
		} ),
		deliveryAction(
			'/api/owner/alerts/deliveries/:id/retry',
			'Send a failed delivery again',
			{ 400: 'The delivery has not failed', 404: 'No such delivery' },
			alerts.retryDelivery
		),
	];
}
