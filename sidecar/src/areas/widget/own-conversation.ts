import { NotFoundError } from '../../platform/errors';
import {
	defineRoute,
	type AnyRoute,
	type RouteDefinition,
} from '../../platform/http';
import { conversationParams } from '../../modules/chat/schema';

/**
 * A conversation token opens one conversation: any other id in the path is 404, as if that
 * conversation did not exist (the widget routes under /api/widget/conversations/:id).
 */
export function ensureOwnConversation(
	requested: string,
	principal: { conversationId: string }
): void {
	if ( requested !== principal.conversationId ) {
		throw new NotFoundError( 'Conversation not found.' );
	}
}

type ConversationRoute< Q, B > = Omit<
	RouteDefinition< { id: string }, Q, B, 'conversation' >,
	'tag' | 'auth' | 'permission' | 'schema'
> & {
	schema?: Omit< RouteDefinition< unknown, Q, B >[ 'schema' ], 'params' >;
};

/**
 * A widget route on one conversation (`/api/widget/conversations/:id…`): authenticated by the
 * conversation token, its `:id` checked against the token before the handler runs, and the
 * 404 that check answers documented. The route states only what is its own.
 * @param route the route without its tag, auth, permission and `:id` parameter
 */
export function defineConversationRoute<
	Q = Record< string, never >,
	B = undefined,
>( route: ConversationRoute< Q, B > ): AnyRoute {
	return defineRoute( {
		...route,
		tag: 'widget',
		auth: 'conversation',
		permission: null,
		schema: { params: conversationParams, ...route.schema },
		responses: {
			...route.responses,
			404: 'Unknown conversation or wrong token',
		},
		handler: async ( input ) => {
			ensureOwnConversation( input.params.id, input.principal );
			return route.handler( input );
		},
	} );
}
