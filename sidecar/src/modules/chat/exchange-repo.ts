/**
 * The writes and the idempotency read of one chat message (ADR 0035): the question and its
 * reply are stored together, after the answer, in one transaction with the conversation's
 * activity time. Split from repo.ts, which holds the reads of history and reports.
 */
import type { Kysely } from 'kysely';
import type { Dialect } from '../../db';
import type { Database } from '../../db/schema';
import { toMessage, toMessageValues, type MessageRow } from './rows';

export function createExchangeRepo( db: Kysely< Database >, dialect: Dialect ) {
	/**
	 * A question by its client message id, with its reply when it has one: one statement
	 * (the idempotency check of a send).
	 *
	 * @param organizationId  Owner of the conversation.
	 * @param conversationId  The conversation.
	 * @param clientMessageId The widget's id for the question.
	 */
	async function findExchange(
		organizationId: string,
		conversationId: string,
		clientMessageId: string
	): Promise< { question?: MessageRow; reply?: MessageRow } > {
		const rows = await db
			.selectFrom( 'messages' )
			.selectAll()
			.where( 'organization_id', '=', organizationId )
			.where( 'conversation_id', '=', conversationId )
			.where( ( eb ) =>
				eb.or( [
					eb( 'client_message_id', '=', clientMessageId ),
					eb(
						'reply_to_id',
						'in',
						eb
							.selectFrom( 'messages as question' )
							.select( 'question.id' )
							.where(
								'question.organization_id',
								'=',
								organizationId
							)
							.where(
								'question.conversation_id',
								'=',
								conversationId
							)
							.where(
								'question.client_message_id',
								'=',
								clientMessageId
							)
					),
				] )
			)
			.execute();
		const messages = rows.map( toMessage );
		const question = messages.find(
			( m ) => m.clientMessageId === clientMessageId
		);
		return {
			question,
			reply: messages.find(
				( m ) => question && m.replyToId === question.id
			),
		};
	}
	/**
	 * Stores a question (null: it is stored already) and its reply, and moves the
	 * conversation's activity time to the reply's: one transaction (ADR 0035). PostgreSQL
	 * runs it as one statement (the insert in a `with`), one round trip and no
	 * begin/commit; SQLite as begin, one insert of both rows, the update, commit. A
	 * unique violation (a concurrent retry stored the pair first) leaves nothing behind.
	 *
	 * @param question The shopper's message, or null when only the reply is new.
	 * @param reply    The answer.
	 */
	async function storeExchange(
		question: MessageRow | null,
		reply: MessageRow
	): Promise< void > {
		const rows = [ ...( question ? [ question ] : [] ), reply ].map(
			toMessageValues
		);
		const conversation = {
			id: reply.conversationId,
			organizationId: reply.organizationId,
		};
		if ( dialect === 'postgres' ) {
			await db
				.with( 'stored', ( creator ) =>
					creator
						.insertInto( 'messages' )
						.values( rows )
						.returning( 'id' )
				)
				.updateTable( 'conversations' )
				.set( { updated_at: reply.createdAt } )
				.where( 'id', '=', conversation.id )
				.where( 'organization_id', '=', conversation.organizationId )
				.execute();
			return;
		}
		await db.transaction().execute( async ( trx ) => {
			await trx.insertInto( 'messages' ).values( rows ).execute();
			await trx
				.updateTable( 'conversations' )
				.set( { updated_at: reply.createdAt } )
				.where( 'id', '=', conversation.id )
				.where( 'organization_id', '=', conversation.organizationId )
				.execute();
		} );
	}
	return { findExchange, storeExchange };
}
