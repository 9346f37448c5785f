import type { Kysely } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import { newId } from '../../platform/crypto';
import { GENESIS_HASH, chainHash } from './chain';
import { createAuditRepo, type AuditFilter, type AuditRow } from './repo';

/** Who did it, from where. */
export interface AuditActor {
	userId: string | null;
	ip: string;
	userAgent: string;
}

export interface AuditEntry {
	action: string;
	resourceType: string;
	resourceId?: string | null;
	details?: Record< string, unknown >;
}

export type AuditedTransaction = Kysely< Database >;

export interface ChainVerdict {
	ok: boolean;
	rows: number;
	/** The first row that does not fit the chain, and why. */
	firstBroken?: { seq: number; id: string | null; reason: string };
}

export interface AuditEvent {
	seq: number;
	id: string;
	userId: string | null;
	action: string;
	resourceType: string;
	resourceId: string | null;
	details: Record< string, unknown >;
	ip: string;
	userAgent: string;
	createdAt: string;
	hash: string;
}

const EXPORT_LIMIT = 50_000;

function toEvent( row: AuditRow ): AuditEvent {
	let details: Record< string, unknown > = {};
	try {
		details = JSON.parse( row.details ) as Record< string, unknown >;
	} catch {
		details = { unparsable: row.details };
	}
	return {
		seq: row.seq,
		id: row.id,
		userId: row.userId,
		action: row.action,
		resourceType: row.resourceType,
		resourceId: row.resourceId,
		details,
		ip: row.ip,
		userAgent: row.userAgent,
		createdAt: row.createdAt,
		hash: row.hash,
	};
}

/**
 * The audit log (ADR 0010). Writes happen in the caller's transaction: a service runs its
 * action with `audited`, and the row commits or rolls back with the action. Reads page
 * newest-first; `verify` walks the whole chain.
 * @param deps
 * @param deps.db
 * @param deps.clock
 */
export function createAuditService( deps: { db: Db; clock: () => Date } ) {
	const { db, clock } = deps;
	const reader = createAuditRepo( db.kysely, db.dialect );

	async function append(
		trx: AuditedTransaction,
		actor: AuditActor,
		entry: AuditEntry
	): Promise< void > {
		await createAuditRepo( trx, db.dialect ).append( {
			id: newId(),
			userId: actor.userId,
			action: entry.action,
			resourceType: entry.resourceType,
			resourceId: entry.resourceId ?? null,
			details: JSON.stringify( entry.details ?? {} ),
			ip: actor.ip,
			userAgent: actor.userAgent.slice( 0, 500 ),
			createdAt: clock().toISOString(),
		} );
	}

	return {
		append,

		/**
		 * Runs `work` in one transaction and appends the audit entry it returns in that same
		 * transaction: both commit, or neither does.
		 * @param actor
		 * @param work
		 */
		async audited< T >(
			actor: AuditActor,
			work: (
				trx: AuditedTransaction
			) => Promise< { result: T; entry: AuditEntry } >
		): Promise< T > {
			return db.kysely.transaction().execute( async ( trx ) => {
				const { result, entry } = await work( trx );
				await append( trx, actor, entry );
				return result;
			} );
		},

		/** Appends one entry in a transaction of its own (reads and route-level records). */
		async record( actor: AuditActor, entry: AuditEntry ): Promise< void > {
			await db.kysely
				.transaction()
				.execute( ( trx ) => append( trx, actor, entry ) );
		},

		async list(
			filter: AuditFilter,
			page: { limit: number; offset: number }
		): Promise< { events: AuditEvent[]; total: number } > {
			const { rows, total } = await reader.list( filter, page );
			return { events: rows.map( toEvent ), total };
		},

		async exportAll( filter: AuditFilter ): Promise< AuditEvent[] > {
			const { rows } = await reader.list( filter, {
				limit: EXPORT_LIMIT,
				offset: 0,
			} );
			return rows.map( toEvent );
		},

		/** Walks the chain from the first row; names the first row that does not fit. */
		async verify(): Promise< ChainVerdict > {
			let prevHash = GENESIS_HASH;
			let expectedSeq = 1;
			let count = 0;
			for (;;) {
				const page = await reader.chainPage( expectedSeq - 1, 500 );
				if ( page.length === 0 ) {
					break;
				}
				for ( const row of page ) {
					const broken = ( reason: string ): ChainVerdict => ( {
						ok: false,
						rows: count,
						firstBroken: { seq: row.seq, id: row.id, reason },
					} );
					if ( row.seq !== expectedSeq ) {
						return broken(
							`row ${ expectedSeq } is missing (next row is ${ row.seq })`
						);
					}
					if ( row.prevHash !== prevHash ) {
						return broken(
							'its previous-hash does not match the row before it'
						);
					}
					if ( chainHash( row.prevHash, row ) !== row.hash ) {
						return broken( 'its content does not match its hash' );
					}
					prevHash = row.hash;
					expectedSeq += 1;
					count += 1;
				}
			}
			const head = await reader.head();
			if ( head.lastSeq !== count || head.lastHash !== prevHash ) {
				return {
					ok: false,
					rows: count,
					firstBroken: {
						seq: count + 1,
						id: null,
						reason: `the log ends at row ${ count } but ${ head.lastSeq } rows were written`,
					},
				};
			}
			return { ok: true, rows: count };
		},
	};
}

export type AuditService = ReturnType< typeof createAuditService >;
