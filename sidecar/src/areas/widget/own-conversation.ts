import { NotFoundError } from '../../platform/errors';

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
