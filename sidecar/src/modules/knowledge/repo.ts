import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db';
import type { Database, KnowledgeSyncTable } from '../../db/schema';
import type { Passage } from './text';

export interface DocumentInput {
	id: string;
	organizationId: string;
	siteId: string;
	source: string;
	externalId: string;
	title: string;
	url: string;
	modifiedAt: string | null;
	indexedAt: string;
	passages: Passage[];
}

export interface PassageHit {
	passageId: number;
	heading: string;
	body: string;
	title: string;
	url: string;
	/** Higher is better on both dialects. */
	score: number;
}

export interface SyncState {
	state: KnowledgeSyncTable[ 'state' ];
	documents: number;
	passages: number;
	lastSyncedAt: string | null;
	lastError: string | null;
}

/** FTS5 query: each term quoted (no operator injection), OR-ed; porter stemming matches word forms. */
function fts5Query( terms: string[] ): string {
	return terms
		.map( ( term ) => `"${ term.replace( /"/g, '""' ) }"` )
		.join( ' OR ' );
}

/** tsquery text: terms are letters/digits only (keywords() guarantees it), OR-ed. */
function tsQuery( terms: string[] ): string {
	return terms
		.map( ( term ) => term.replace( /[^\p{L}\p{N}]/gu, '' ) )
		.filter( Boolean )
		.join( ' | ' );
}

export function createKnowledgeRepo(
	db: Kysely< Database >,
	dialect: Dialect
) {
	return {
		/** Replaces a document and its passages in one transaction (re-sync of a changed page). */
		async upsertDocument( doc: DocumentInput ): Promise< void > {
			await db.transaction().execute( async ( trx ) => {
				const existing = await trx
					.selectFrom( 'knowledge_documents' )
					.select( 'id' )
					.where( 'site_id', '=', doc.siteId )
					.where( 'source', '=', doc.source )
					.where( 'external_id', '=', doc.externalId )
					.executeTakeFirst();
				const documentId = existing?.id ?? doc.id;
				if ( existing ) {
					await trx
						.deleteFrom( 'knowledge_passages' )
						.where( 'document_id', '=', documentId )
						.execute();
					await trx
						.updateTable( 'knowledge_documents' )
						.set( {
							title: doc.title,
							url: doc.url,
							modified_at: doc.modifiedAt,
							indexed_at: doc.indexedAt,
						} )
						.where( 'id', '=', documentId )
						.execute();
				} else {
					await trx
						.insertInto( 'knowledge_documents' )
						.values( {
							id: documentId,
							organization_id: doc.organizationId,
							site_id: doc.siteId,
							source: doc.source,
							external_id: doc.externalId,
							title: doc.title,
							url: doc.url,
							modified_at: doc.modifiedAt,
							indexed_at: doc.indexedAt,
						} )
						.execute();
				}
				if ( doc.passages.length > 0 ) {
					await trx
						.insertInto( 'knowledge_passages' )
						.values(
							doc.passages.map( ( passage, position ) => ( {
								organization_id: doc.organizationId,
								site_id: doc.siteId,
								document_id: documentId,
								position,
								heading: passage.heading,
								body: passage.body,
							} ) )
						)
						.execute();
				}
			} );
		},

		/** Removes documents of the given sources that the last full sync did not see (unpublished, deleted). */
		async deleteDocumentsNotSeen(
			siteId: string,
			sources: string[],
			seenSince: string
		): Promise< number > {
			const result = await db
				.deleteFrom( 'knowledge_documents' )
				.where( 'site_id', '=', siteId )
				.where( 'source', 'in', sources )
				.where( 'indexed_at', '<', seenSince )
				.executeTakeFirst();
			return Number( result.numDeletedRows );
		},

		async countForSite(
			siteId: string
		): Promise< { documents: number; passages: number } > {
			const documents = await db
				.selectFrom( 'knowledge_documents' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'site_id', '=', siteId )
				.executeTakeFirstOrThrow();
			const passages = await db
				.selectFrom( 'knowledge_passages' )
				.select( db.fn.countAll< number >().as( 'n' ) )
				.where( 'site_id', '=', siteId )
				.executeTakeFirstOrThrow();
			return {
				documents: Number( documents.n ),
				passages: Number( passages.n ),
			};
		},

		async search(
			organizationId: string,
			siteId: string,
			terms: string[],
			limit: number
		): Promise< PassageHit[] > {
			if ( terms.length === 0 ) {
				return [];
			}
			if ( dialect === 'postgres' ) {
				const { rows } = await sql< PassageHit >`
					select p.id as "passageId", p.heading, p.body, d.title, d.url,
						ts_rank_cd(p.search, q) as score
					from knowledge_passages p
					join knowledge_documents d on d.id = p.document_id
					cross join to_tsquery('english', ${ tsQuery( terms ) }) q
					where p.organization_id = ${ organizationId } and p.site_id = ${ siteId } and p.search @@ q
					order by score desc, p.id
					limit ${ limit }`.execute( db );
				return rows.map( ( row ) => ( {
					...row,
					passageId: Number( row.passageId ),
					score: Number( row.score ),
				} ) );
			}
			// bm25() is lower-is-better; negate it so callers always sort descending. Headings weigh double.
			const { rows } = await sql< PassageHit >`
				select p.id as passageId, p.heading, p.body, d.title, d.url,
					-bm25(knowledge_passages_fts, 2.0, 1.0) as score
				from knowledge_passages_fts
				join knowledge_passages p on p.id = knowledge_passages_fts.rowid
				join knowledge_documents d on d.id = p.document_id
				where knowledge_passages_fts match ${ fts5Query( terms ) }
					and p.organization_id = ${ organizationId } and p.site_id = ${ siteId }
				order by score desc, p.id
				limit ${ limit }`.execute( db );
			return rows;
		},

		async getSyncState( siteId: string ): Promise< SyncState | undefined > {
			const row = await db
				.selectFrom( 'knowledge_sync' )
				.selectAll()
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return (
				row && {
					state: row.state,
					documents: Number( row.documents ),
					passages: Number( row.passages ),
					lastSyncedAt: row.last_synced_at,
					lastError: row.last_error,
				}
			);
		},

		async setSyncState(
			organizationId: string,
			siteId: string,
			state: SyncState,
			updatedAt: string
		): Promise< void > {
			const values = {
				state: state.state,
				documents: state.documents,
				passages: state.passages,
				last_synced_at: state.lastSyncedAt,
				last_error: state.lastError,
				updated_at: updatedAt,
			};
			await db
				.insertInto( 'knowledge_sync' )
				.values( {
					site_id: siteId,
					organization_id: organizationId,
					...values,
				} )
				.onConflict( ( oc ) =>
					oc.column( 'site_id' ).doUpdateSet( values )
				)
				.execute();
		},
	};
}

export type KnowledgeRepo = ReturnType< typeof createKnowledgeRepo >;
