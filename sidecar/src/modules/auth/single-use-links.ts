/**
 * Password-reset and unlock links are stored alike (ADR 0020): the SHA-256 of the token,
 * its account, when it was made and expires, and when it was used.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export type SingleUseLinkTable = 'password_resets' | 'account_unlocks';

export interface SingleUseLink {
	tokenHash: string;
	userId: string;
	createdAt: string;
	expiresAt: string;
}

/**
 * Stores a new link and voids every other unused one of the account: only the newest link
 * works. Insert first, then void the others, so of two concurrent requests never both stay
 * live.
 * @param db
 * @param table
 * @param link
 */
export async function replaceSingleUseLink(
	db: Kysely< Database >,
	table: SingleUseLinkTable,
	link: SingleUseLink
): Promise< void > {
	await db
		.insertInto( table )
		.values( {
			token_hash: link.tokenHash,
			user_id: link.userId,
			created_at: link.createdAt,
			expires_at: link.expiresAt,
			used_at: null,
		} )
		.execute();
	await db
		.updateTable( table )
		.set( { used_at: link.createdAt } )
		.where( 'user_id', '=', link.userId )
		.where( 'token_hash', '!=', link.tokenHash )
		.where( 'used_at', 'is', null )
		.execute();
}
