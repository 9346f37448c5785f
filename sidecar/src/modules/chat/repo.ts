import { sql, type Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { Dialect } from '../../db';
import type { CacheInvalidations } from '../../platform/cache-invalidation';
import { createSiteCache } from '../../platform/site-cache';
import { createExchangeRepo } from './exchange-repo';
import {
	toConversation,
	toMessage,
	type ConversationRow,
	type MessageRow,
} from './rows';

export type { ConversationRow, MessageCards, MessageRow } from './rows';

const CONVERSATION_COLUMNS = [
	'id',
	'organization_id',
	'site_id',
	'created_at',
	'updated_at',
] as const;

/**
 * Where a message sits in its conversation: a reply sits right after the question it
 * answers (the question's time and id, rank 1), every other message at its own time and id
 * (rank 0). So a reply written late — the retry of a question whose first answer died with
 * the process — still shows next to its question, not at the time it was written.
 */
export interface ThreadPosition {
	at: string;
	id: string;
	rank: 0 | 1;
}

/** What a conversation token opens: never changes while the conversation exists. */
export type ConversationKey = Pick<
	ConversationRow,
	'id' | 'organizationId' | 'siteId'
>;

/** Tokens remembered at once (least recently used leave first). */
const TOKENS_AT_MOST = 10_000;

/** A token that opens nothing: not remembered (no copy per guessed token). */
class UnknownToken extends Error {}

/**
 * @param db            Database.
 * @param dialect       Its dialect.
 * @param invalidations Tells the other instances when a conversation is deleted (ADR 0038).
 */
export function createChatRepo(
	db: Kysely< Database >,
	dialect: Dialect,
	invalidations?: CacheInvalidations
) {
	// Every widget request opens its conversation by token (issue 12): what a token opens is
	// kept per token hash, found ones only, and dropped on every instance when the
	// conversation is deleted (the one delete path, `deleteConversation`; ADR 0038).
	const byTokenHash = createSiteCache< ConversationKey >( {
		shared: invalidations && { name: 'conversation_tokens', invalidations },
		sitesAtMost: TOKENS_AT_MOST,
	} );
	/** A tenant's conversation by id; only within `siteId` when one is given. */
	async function findTenantConversation(
		organizationId: string,
		conversationId: string,
		siteId?: string
	): Promise< ConversationRow | undefined > {
		const row = await db
			.selectFrom( 'conversations' )
			.select( CONVERSATION_COLUMNS )
			.where( 'organization_id', '=', organizationId )
			.$if( siteId !== undefined, ( query ) =>
				query.where( 'site_id', '=', siteId! )
			)
			.where( 'id', '=', conversationId )
			.executeTakeFirst();
		return row && toConversation( row );
	}

	/**
	 * One page of a conversation in thread order (`ThreadPosition`): the newest `limit`
	 * messages strictly before `before` (or the newest overall), oldest first, and the
	 * position to page back from when older ones remain.
	 *
	 * @param organizationId Owner of the conversation.
	 * @param conversationId The conversation.
	 * @param limit          Page size.
	 * @param before         Position to page back from; null for the newest page.
	 */
	async function pageMessages(
		organizationId: string,
		conversationId: string,
		limit: number,
		before: ThreadPosition | null
	): Promise< {
		rows: MessageRow[];
		olderThan: ThreadPosition | null;
	} > {
		const anchorAt = sql< string >`coalesce(question.created_at, m.created_at)`;
		const anchorId = sql< string >`coalesce(question.id, m.id)`;
		const rank = sql< number >`case when question.id is null then 0 else 1 end`;
		let query = db
			.selectFrom( 'messages as m' )
			.leftJoin( 'messages as question', ( join ) =>
				join
					.onRef( 'question.id', '=', 'm.reply_to_id' )
					.onRef(
						'question.organization_id',
						'=',
						'm.organization_id'
					)
			)
			.selectAll( 'm' )
			.select( [
				anchorAt.as( 'anchor_at' ),
				anchorId.as( 'anchor_id' ),
				rank.as( 'anchor_rank' ),
			] )
			.where( 'm.organization_id', '=', organizationId )
			.where( 'm.conversation_id', '=', conversationId );
		if ( before ) {
			query = query.where( ( eb ) =>
				eb.or( [
					eb( anchorAt, '<', before.at ),
					eb.and( [
						eb( anchorAt, '=', before.at ),
						eb.or( [
							eb( anchorId, '<', before.id ),
							eb.and( [
								eb( anchorId, '=', before.id ),
								eb( rank, '<', before.rank ),
							] ),
						] ),
					] ),
				] )
			);
		}
		const rows = await query
			.orderBy( anchorAt, 'desc' )
			.orderBy( anchorId, 'desc' )
			.orderBy( rank, 'desc' )
			.limit( limit + 1 )
			.execute();
		const page = rows.slice( 0, limit );
		const oldest = page.at( -1 );
		return {
			rows: page.map( toMessage ).reverse(),
			// Where the next older page starts: set only when older messages remain.
			olderThan:
				rows.length > limit && oldest
					? {
							at: oldest.anchor_at,
							id: oldest.anchor_id,
							rank: Number( oldest.anchor_rank ) === 1 ? 1 : 0,
						}
					: null,
		};
	}

	return {
		/**
		 * Conversations started and shopper messages received in [from, to), for one
		 * organization or (null) all of them (daily health reports).
		 *
		 * @param organizationId Organization, or null for the platform.
		 * @param from           ISO start (inclusive).
		 * @param to             ISO end (exclusive).
		 */
		async countActivity(
			organizationId: string | null,
			from: string,
			to: string
		): Promise< { conversations: number; messages: number } > {
			let conversations = db
				.selectFrom( 'conversations' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'created_at', '>=', from )
				.where( 'created_at', '<', to );
			let messages = db
				.selectFrom( 'messages' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'role', '=', 'shopper' )
				.where( 'created_at', '>=', from )
				.where( 'created_at', '<', to );
			if ( organizationId ) {
				conversations = conversations.where(
					'organization_id',
					'=',
					organizationId
				);
				messages = messages.where(
					'organization_id',
					'=',
					organizationId
				);
			}
			return {
				conversations: Number(
					( await conversations.executeTakeFirst() )?.n ?? 0
				),
				messages: Number(
					( await messages.executeTakeFirst() )?.n ?? 0
				),
			};
		},
		/**
		 * Shopper messages, replies and distinct conversations in [from, to) per
		 * organization and site (the owner's telemetry page; all tenants).
		 *
		 * @param from ISO start (inclusive).
		 * @param to   ISO end (exclusive).
		 */
		async activityBySite(
			from: string,
			to: string
		): Promise<
			Array< {
				organizationId: string;
				siteId: string;
				shopperMessages: number;
				replies: number;
				conversations: number;
			} >
		> {
			const rows = await db
				.selectFrom( 'messages' )
				.innerJoin(
					'conversations',
					'conversations.id',
					'messages.conversation_id'
				)
				.select( ( eb ) => [
					'conversations.organization_id as organization_id',
					'conversations.site_id as site_id',
					eb.fn
						.sum< number >(
							eb
								.case()
								.when( 'messages.role', '=', 'shopper' )
								.then( 1 )
								.else( 0 )
								.end()
						)
						.as( 'shopper' ),
					eb.fn
						.sum< number >(
							eb
								.case()
								.when( 'messages.role', '=', 'assistant' )
								.then( 1 )
								.else( 0 )
								.end()
						)
						.as( 'replies' ),
					eb.fn
						.count< number >( 'messages.conversation_id' )
						.distinct()
						.as( 'conversations' ),
				] )
				.where( 'messages.created_at', '>=', from )
				.where( 'messages.created_at', '<', to )
				.groupBy( [
					'conversations.organization_id',
					'conversations.site_id',
				] )
				.execute();
			return rows.map( ( row ) => ( {
				organizationId: row.organization_id,
				siteId: row.site_id,
				shopperMessages: Number( row.shopper ),
				replies: Number( row.replies ),
				conversations: Number( row.conversations ),
			} ) );
		},

		async insertConversation(
			conversation: ConversationRow & { tokenHash: string }
		): Promise< void > {
			await db
				.insertInto( 'conversations' )
				.values( {
					id: conversation.id,
					organization_id: conversation.organizationId,
					site_id: conversation.siteId,
					token_hash: conversation.tokenHash,
					created_at: conversation.createdAt,
					updated_at: conversation.updatedAt,
				} )
				.execute();
		},
		async findConversationByTokenHash(
			tokenHash: string
		): Promise< ConversationRow | undefined > {
			const row = await db
				.selectFrom( 'conversations' )
				.select( CONVERSATION_COLUMNS )
				.where( 'token_hash', '=', tokenHash )
				.executeTakeFirst();
			return row && toConversation( row );
		},
		/** What the token opens, from memory after the first read (frozen); undefined: nothing. */
		conversationKeyForTokenHash(
			tokenHash: string
		): Promise< ConversationKey | undefined > {
			return byTokenHash
				.get( tokenHash, async () => {
					const row = await db
						.selectFrom( 'conversations' )
						.select( [ 'id', 'organization_id', 'site_id' ] )
						.where( 'token_hash', '=', tokenHash )
						.executeTakeFirst();
					if ( ! row ) {
						throw new UnknownToken();
					}
					return {
						id: row.id,
						organizationId: row.organization_id,
						siteId: row.site_id,
					};
				} )
				.catch( ( error: unknown ) => {
					if ( error instanceof UnknownToken ) {
						return undefined;
					}
					throw error;
				} );
		},
		findConversation(
			organizationId: string,
			siteId: string,
			conversationId: string
		): Promise< ConversationRow | undefined > {
			return findTenantConversation(
				organizationId,
				conversationId,
				siteId
			);
		},
		/** When the conversation's latest message at or before `at` was written; null when none was. */
		async lastMessageAt(
			organizationId: string,
			conversationId: string,
			at: string
		): Promise< string | null > {
			const row = await db
				.selectFrom( 'messages' )
				.select( 'created_at' )
				.where( 'organization_id', '=', organizationId )
				.where( 'conversation_id', '=', conversationId )
				.where( 'created_at', '<=', at )
				.orderBy( 'created_at', 'desc' )
				.limit( 1 )
				.executeTakeFirst();
			return row?.created_at ?? null;
		},
		/**
		 * One organization's conversations, newest activity first, with their message count
		 * (the organization area's read-only inbox).
		 *
		 * @param organizationId From the member's principal.
		 * @param limit          Page size.
		 */
		async listConversationsOfOrganization(
			organizationId: string,
			limit: number
		): Promise< Array< ConversationRow & { messageCount: number } > > {
			const rows = await db
				.selectFrom( 'conversations' )
				.leftJoin(
					'messages',
					'messages.conversation_id',
					'conversations.id'
				)
				.select( [
					'conversations.id',
					'conversations.organization_id',
					'conversations.site_id',
					'conversations.created_at',
					'conversations.updated_at',
				] )
				.select( ( eb ) =>
					eb.fn.count< number >( 'messages.id' ).as( 'message_count' )
				)
				.where( 'conversations.organization_id', '=', organizationId )
				.groupBy( [
					'conversations.id',
					'conversations.organization_id',
					'conversations.site_id',
					'conversations.created_at',
					'conversations.updated_at',
				] )
				.orderBy( 'conversations.updated_at', 'desc' )
				.orderBy( 'conversations.id' )
				.limit( limit )
				.execute();
			return rows.map( ( row ) => ( {
				...toConversation( row ),
				messageCount: Number( row.message_count ),
			} ) );
		},
		findConversationOfOrganization(
			organizationId: string,
			conversationId: string
		): Promise< ConversationRow | undefined > {
			return findTenantConversation( organizationId, conversationId );
		},
		/**
		 * The newest `limit` messages of a conversation, oldest first, in thread order (see
		 * `pageMessages`).
		 */
		async listMessages(
			organizationId: string,
			conversationId: string,
			limit: number
		): Promise< MessageRow[] > {
			return (
				await pageMessages(
					organizationId,
					conversationId,
					limit,
					null
				)
			).rows;
		},
		pageMessages,
		...createExchangeRepo( db, dialect ),
		/**
		 * Conversations idle since `before`, across every tenant: only the retention purge
		 * (a system job) calls this; it deletes through `deleteConversation`, which is scoped.
		 */
		async listIdleConversations(
			before: string,
			limit: number
		): Promise< ConversationRow[] > {
			const rows = await db
				.selectFrom( 'conversations' )
				.select( CONVERSATION_COLUMNS )
				.where( 'updated_at', '<', before )
				.orderBy( 'updated_at' )
				.limit( limit )
				.execute();
			return rows.map( toConversation );
		},
		/** Deletes a conversation and (by cascade or explicitly) its messages. */
		async deleteConversation(
			organizationId: string,
			conversationId: string
		): Promise< boolean > {
			const deleted = await db.transaction().execute( async ( trx ) => {
				await trx
					.deleteFrom( 'messages' )
					.where( 'organization_id', '=', organizationId )
					.where( 'conversation_id', '=', conversationId )
					.execute();
				return trx
					.deleteFrom( 'conversations' )
					.where( 'organization_id', '=', organizationId )
					.where( 'id', '=', conversationId )
					.returning( 'token_hash' )
					.executeTakeFirst();
			} );
			if ( deleted ) {
				// Its token opens nothing from now on, on every instance.
				await byTokenHash.invalidate( deleted.token_hash );
			}
			return Boolean( deleted );
		},
	};
}

export type ChatRepo = ReturnType< typeof createChatRepo >;
