import { sql, type Kysely } from 'kysely';
import type { Db } from '../../db';
import type { Database } from '../../db/schema';
import { newId } from '../../platform/crypto';
import type { RequestContext } from '../../platform/http';
import { GENESIS_HASH, chainHash, type ChainedFields } from './chain';
import {
	checkSignature,
	type AuditCheckpoint,
	type CheckpointAnchor,
} from './checkpoints';
import { createAuditRepo, type AuditFilter, type AuditRow } from './repo';

/** Who did it, from where. */
export interface AuditActor {
	userId: string | null;
	ip: string;
	userAgent: string;
}

/**
 * The actor of a signed-in person's request: their user id, the request's address and
 * browser. The one way routes and services name who did an audited action.
 *
 * @param principal        The signed-in user (a staff user or an organization member).
 * @param principal.userId Their user id.
 * @param context          The request it came with.
 */
export function auditActor(
	principal: { userId: string },
	context: Pick< RequestContext, 'ip' | 'userAgent' >
): AuditActor {
	return {
		userId: principal.userId,
		ip: context.ip,
		userAgent: context.userAgent,
	};
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
	/** The first row that does not fit the chain or a checkpoint, and why. */
	firstBroken?: { seq: number; id: string | null; reason: string };
	/** The chain compared with the signed checkpoints kept outside the database (ADR 0021). */
	anchor: {
		/** Where checkpoints were read from; null when the service has no anchor. */
		file: string | null;
		/** Checkpoints signed with this key that were compared. */
		checkpoints: number;
		newest: { seq: number; at: string } | null;
		/** The oldest checkpoint the database disagrees with. */
		disagreeing?: { seq: number; rows: number; at: string; head: string };
		/** Signed with another key (an earlier key): not compared. */
		otherKey: number;
	};
	/** SQLite's `PRAGMA integrity_check` ('ok' or its first findings); PostgreSQL: 'not applicable'. */
	integrity: string;
	/** Not tampering, but worth a look (no checkpoints yet, rows newer than the newest one). */
	warnings: string[];
}

type ChainWalk = {
	rows: number;
	broken?: NonNullable< ChainVerdict[ 'firstBroken' ] >;
	/** Hash and id of the rows that checkpoints name. */
	at: Map< number, { hash: string; id: string } >;
};

/** A row as the log hands it out: the chained fields with the details parsed. */
export interface AuditEvent extends Omit< ChainedFields, 'details' > {
	details: Record< string, unknown >;
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
 * @param deps.anchor
 */
export function createAuditService( deps: {
	db: Db;
	clock: () => Date;
	/** Signed checkpoints outside the database; without it verify checks the chain only. */
	anchor?: CheckpointAnchor;
} ) {
	const { db, clock, anchor } = deps;
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

		/**
		 * Takes a signed checkpoint of the current head and writes it outside the database
		 * (scheduled job `audit.checkpoint`, the owner route, `npm run audit:verify -- --checkpoint`).
		 */
		async checkpoint(): Promise< AuditCheckpoint > {
			if ( ! anchor ) {
				throw new Error( 'No checkpoint anchor is configured.' );
			}
			const head = await reader.head();
			return anchor.write( {
				seq: head.lastSeq,
				head: head.lastHash,
				rows: await reader.countUpTo( head.lastSeq ),
				at: clock().toISOString(),
			} );
		},

		/**
		 * Walks the chain, compares it with every checkpoint signed with this key, and on
		 * SQLite runs `PRAGMA integrity_check`. Names the first row or checkpoint that does not fit.
		 */
		async verify(): Promise< ChainVerdict > {
			const checkpoints = anchor ? await anchor.read() : [];
			const signed = checkpoints.map( ( checkpoint ) => ( {
				checkpoint,
				signature: checkSignature( anchor!.key, checkpoint ),
			} ) );
			const valid = signed
				.filter( ( entry ) => entry.signature === 'valid' )
				.map( ( entry ) => entry.checkpoint )
				.sort( ( a, b ) => a.seq - b.seq );
			const walk = await walkChain(
				new Set( valid.map( ( checkpoint ) => checkpoint.seq ) )
			);
			const newest = valid.reduce< AuditCheckpoint | null >(
				( latest, checkpoint ) =>
					! latest || checkpoint.at > latest.at ? checkpoint : latest,
				null
			);
			const verdict: ChainVerdict = {
				ok: true,
				rows: walk.rows,
				anchor: {
					file: anchor?.file ?? null,
					checkpoints: valid.length,
					newest: newest ? { seq: newest.seq, at: newest.at } : null,
					otherKey: signed.filter(
						( entry ) => entry.signature === 'other-key'
					).length,
				},
				integrity: await integrityCheck(),
				warnings: [],
			};
			const fail = ( broken: ChainVerdict[ 'firstBroken' ] ) => {
				verdict.ok = false;
				verdict.firstBroken ??= broken;
			};
			if ( walk.broken ) {
				fail( walk.broken );
			}
			const forged = signed.find(
				( entry ) => entry.signature === 'forged'
			);
			if ( forged ) {
				fail( {
					seq: forged.checkpoint.seq,
					id: null,
					reason: `the checkpoint of ${ forged.checkpoint.at } in ${ anchor!.file } does not carry a valid signature`,
				} );
			}
			if ( ! walk.broken ) {
				const disagreeing = valid.find(
					( checkpoint ) => disagreement( checkpoint, walk ) !== null
				);
				if ( disagreeing ) {
					verdict.anchor.disagreeing = {
						seq: disagreeing.seq,
						rows: disagreeing.rows,
						at: disagreeing.at,
						head: disagreeing.head,
					};
					fail( {
						seq: disagreeing.seq,
						id: walk.at.get( disagreeing.seq )?.id ?? null,
						reason: disagreement( disagreeing, walk )!,
					} );
				}
			}
			if ( verdict.integrity !== 'ok' && db.dialect === 'sqlite' ) {
				fail( {
					seq: 0,
					id: null,
					reason: `SQLite integrity_check failed: ${ verdict.integrity }`,
				} );
			}
			verdict.warnings = anchorWarnings( verdict, anchor !== undefined );
			return verdict;
		},
	};

	/** The chain from row 1: every row's seq, link and hash; records hashes at `seqsOfInterest`. */
	async function walkChain(
		seqsOfInterest: Set< number >
	): Promise< ChainWalk > {
		const at = new Map< number, { hash: string; id: string } >();
		let prevHash = GENESIS_HASH;
		let expectedSeq = 1;
		for (;;) {
			const page = await reader.chainPage( expectedSeq - 1, 500 );
			if ( page.length === 0 ) {
				break;
			}
			for ( const row of page ) {
				const broken = ( reason: string ): ChainWalk => ( {
					rows: expectedSeq - 1,
					at,
					broken: { seq: row.seq, id: row.id, reason },
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
				if ( seqsOfInterest.has( row.seq ) ) {
					at.set( row.seq, { hash: row.hash, id: row.id } );
				}
				prevHash = row.hash;
				expectedSeq += 1;
			}
		}
		const count = expectedSeq - 1;
		const head = await reader.head();
		if ( head.lastSeq !== count || head.lastHash !== prevHash ) {
			return {
				rows: count,
				at,
				broken: {
					seq: count + 1,
					id: null,
					reason: `the log ends at row ${ count } but ${ head.lastSeq } rows were written`,
				},
			};
		}
		return { rows: count, at };
	}

	async function integrityCheck(): Promise< string > {
		if ( db.dialect !== 'sqlite' ) {
			return 'not applicable';
		}
		const result = await sql< {
			integrity_check: string;
		} >`pragma integrity_check`.execute( db.kysely );
		const findings = result.rows.map( ( row ) => row.integrity_check );
		return findings.join( '; ' ) || 'no answer';
	}
}

/** Why the chain does not match a checkpoint, or null when it does. */
function disagreement(
	checkpoint: AuditCheckpoint,
	walk: ChainWalk
): string | null {
	if ( checkpoint.seq === 0 && checkpoint.rows === 0 ) {
		return null; // Taken of an empty log: every log is at least that.
	}
	const signedAt = `the checkpoint of ${ checkpoint.at } (row ${ checkpoint.seq }, ${ checkpoint.rows } rows)`;
	if ( walk.rows < checkpoint.seq || walk.rows < checkpoint.rows ) {
		return `${ signedAt } saw more rows than the log now holds (${ walk.rows }): rows were removed`;
	}
	if ( walk.at.get( checkpoint.seq )?.hash !== checkpoint.head ) {
		return `row ${ checkpoint.seq }'s hash differs from ${ signedAt }: history up to that row was rewritten`;
	}
	return null;
}

function anchorWarnings( verdict: ChainVerdict, anchored: boolean ): string[] {
	const warnings: string[] = [];
	if ( ! anchored ) {
		return [
			'no checkpoint anchor configured: only the chain was checked',
		];
	}
	if ( verdict.anchor.otherKey > 0 ) {
		warnings.push(
			`${ verdict.anchor.otherKey } checkpoint(s) signed with another key were not compared`
		);
	}
	const newest = verdict.anchor.newest;
	if ( ! newest && verdict.rows > 0 ) {
		warnings.push(
			`no checkpoints in ${ verdict.anchor.file }: deletions and rewrites cannot be detected`
		);
	} else if ( newest && verdict.ok && verdict.rows > newest.seq ) {
		warnings.push(
			`${ verdict.rows - newest.seq } row(s) after the newest checkpoint (${ newest.at }) are not anchored yet`
		);
	}
	return warnings;
}

export type AuditService = ReturnType< typeof createAuditService >;
