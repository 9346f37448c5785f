import { z } from 'zod';
import type { ThreadPosition } from './repo';

// The chat API's contract (ADR 0032): shared with the widget, which reads it as types.
export {
	conversationParams,
	conversationSessionSchema,
	messagePageSchema,
	messageSchema,
	pageContextSchema,
	productCardSchema,
	quickActionSchema,
	sendMessageBody,
	sentMessagesSchema,
	siteKey,
	startConversationBody,
} from '../../../../contracts/chat';

/** The most messages one history page may hold (the widget asks for fewer). */
export const HISTORY_PAGE_MAX = 200;

/**
 * History cursors are opaque to clients: base64url of the JSON `[at, id, rank]` of the
 * oldest message a page held (its thread position, chat/repo.ts ThreadPosition).
 *
 * @param position Where the next older page starts.
 */
export function encodeHistoryCursor( position: ThreadPosition ): string {
	return Buffer.from(
		JSON.stringify( [ position.at, position.id, position.rank ] )
	).toString( 'base64url' );
}

const cursorPosition = z.tuple( [
	z.iso.datetime(),
	z.string().regex( /^[A-Za-z0-9-]{1,64}$/ ),
	z.union( [ z.literal( 0 ), z.literal( 1 ) ] ),
] );

const historyCursor = z
	.string()
	.regex( /^[A-Za-z0-9_-]{1,200}$/, 'Not a history cursor.' )
	.transform( ( value, ctx ): ThreadPosition => {
		let decoded: unknown;
		try {
			decoded = JSON.parse(
				Buffer.from( value, 'base64url' ).toString( 'utf8' )
			);
		} catch {
			decoded = null;
		}
		const position = cursorPosition.safeParse( decoded );
		if ( ! position.success ) {
			ctx.addIssue( {
				code: 'custom',
				message: 'Not a history cursor.',
			} );
			return z.NEVER;
		}
		const [ at, id, rank ] = position.data;
		return { at, id, rank };
	} );

/** `GET …/messages?limit=&before=`: page size (1..200, default 50) and the older-page cursor. */
export const historyQuery = z.strictObject( {
	limit: z
		.string()
		.regex( /^\d{1,3}$/, 'limit is a whole number from 1 to 200.' )
		.transform( Number )
		.pipe(
			z
				.number()
				.int()
				.min( 1 )
				.max( HISTORY_PAGE_MAX, 'limit is at most 200.' )
		)
		.optional(),
	before: historyCursor.optional(),
} );
