import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db';
import { camelRow } from '../../db/rows';
import type { Database } from '../../db/schema';
import { chainHash, type ChainedFields } from './chain';

export interface AuditRow extends ChainedFields {
	prevHash: string;
	hash: string;
}

export interface AuditFilter {
	userId?: string;
	action?: string;
	resourceType?: string;
	resourceId?: string;
	from?: string;
	to?: string;
	/** Free text, matched against action, resource and details. */
	search?: string;
}

type Row = Database[ 'admin_audit_log' ];

function toAuditRow( row: Row ): AuditRow {
	return { ...camelRow( row ), seq: Number( row.seq ) };
}

/**
 * The only code touching admin_audit_log and admin_audit_head. There is deliberately no
 * update or delete here. `append` must run inside the caller's transaction: it locks the
 * head row, so concurrent appends on PostgreSQL queue up instead of forking the chain
 * (SQLite runs one write transaction at a time anyway).
 * @param db
 * @param dialect
 */
export function createAuditRepo( db: Kysely< Database >, dialect: Dialect ) {
	return {
		async append(
			entry: Omit< ChainedFields, 'seq' >
		): Promise< AuditRow > {
			const head =
				dialect === 'postgres'
					? await db
							.selectFrom( 'admin_audit_head' )
							.selectAll()
							.where( 'id', '=', 1 )
							.forUpdate()
							.executeTakeFirstOrThrow()
					: await db
							.selectFrom( 'admin_audit_head' )
							.selectAll()
							.where( 'id', '=', 1 )
							.executeTakeFirstOrThrow();
			const fields = { ...entry, seq: Number( head.last_seq ) + 1 };
			const hash = chainHash( head.last_hash, fields );
			await db
				.insertInto( 'admin_audit_log' )
				.values( {
					seq: fields.seq,
					id: fields.id,
					user_id: fields.userId,
					action: fields.action,
					resource_type: fields.resourceType,
					resource_id: fields.resourceId,
					details: fields.details,
					ip: fields.ip,
					user_agent: fields.userAgent,
					created_at: fields.createdAt,
					prev_hash: head.last_hash,
					hash,
				} )
				.execute();
			await db
				.updateTable( 'admin_audit_head' )
				.set( { last_seq: fields.seq, last_hash: hash } )
				.where( 'id', '=', 1 )
				.execute();
			return { ...fields, prevHash: head.last_hash, hash };
		},

		/** Newest first, `limit` rows from `offset`, plus the total for paging. */
		async list(
			filter: AuditFilter,
			page: { limit: number; offset: number }
		): Promise< { rows: AuditRow[]; total: number } > {
			let query = db.selectFrom( 'admin_audit_log' );
			if ( filter.userId ) {
				query = query.where( 'user_id', '=', filter.userId );
			}
			if ( filter.action ) {
				query = query.where( 'action', '=', filter.action );
			}
			if ( filter.resourceType ) {
				query = query.where(
					'resource_type',
					'=',
					filter.resourceType
				);
			}
			if ( filter.resourceId ) {
				query = query.where( 'resource_id', '=', filter.resourceId );
			}
			if ( filter.from ) {
				query = query.where( 'created_at', '>=', filter.from );
			}
			if ( filter.to ) {
				query = query.where( 'created_at', '<', filter.to );
			}
			if ( filter.search ) {
				// LIKE with escaped wildcards; lower() on both sides so both dialects match alike.
				const pattern = `%${ filter.search
					.toLowerCase()
					.replace( /[\\%_]/g, ( c ) => `\\${ c }` ) }%`;
				query = query.where( ( eb ) =>
					eb.or(
						[
							'action',
							'resource_type',
							'resource_id',
							'details',
						].map(
							( column ) =>
								sql< boolean >`lower(coalesce(${ sql.ref(
									column
								) }, '')) like ${ pattern } escape '\\'`
						)
					)
				);
			}
			const [ rows, count ] = await Promise.all( [
				query
					.selectAll()
					.orderBy( 'seq', 'desc' )
					.limit( page.limit )
					.offset( page.offset )
					.execute(),
				query
					.select( db.fn.countAll< number >().as( 'n' ) )
					.executeTakeFirstOrThrow(),
			] );
			return { rows: rows.map( toAuditRow ), total: Number( count.n ) };
		},

		/** Rows in chain order from `afterSeq`, for verification in pages. */
		async chainPage(
			afterSeq: number,
			limit: number
		): Promise< AuditRow[] > {
			const rows = await db
				.selectFrom( 'admin_audit_log' )
				.selectAll()
				.where( 'seq', '>', afterSeq )
				.orderBy( 'seq' )
				.limit( limit )
				.execute();
			return rows.map( toAuditRow );
		},

		/** Rows with seq ≤ `seq` (committed before the head that names it, on both dialects). */
		async countUpTo( seq: number ): Promise< number > {
			const row = await db
				.selectFrom( 'admin_audit_log' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'seq', '<=', seq )
				.executeTakeFirstOrThrow();
			return Number( row.n );
		},

		async head(): Promise< { lastSeq: number; lastHash: string } > {
			const row = await db
				.selectFrom( 'admin_audit_head' )
				.selectAll()
				.where( 'id', '=', 1 )
				.executeTakeFirstOrThrow();
			return { lastSeq: Number( row.last_seq ), lastHash: row.last_hash };
		},
	};
}

export type AuditRepo = ReturnType< typeof createAuditRepo >;
