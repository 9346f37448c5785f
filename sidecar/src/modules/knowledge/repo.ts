import { sql, type Kysely } from 'kysely';
import type { Dialect } from '../../db';
import { camelRow } from '../../db/rows';
import { upsertRow } from '../../db/upsert';
import type { Database, KnowledgeSyncTable } from '../../db/schema';
import { ANALYSIS_VERSION } from './analysis';
import type { ContactFact, ContactFactKind } from './facts';
import type { Passage } from './text';

/** A passage with its analysed tokens (space-separated), ready for the index. */
export interface AnalysedPassage extends Passage {
	termsTitle: string;
	termsHeading: string;
	termsBody: string;
}

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
	/** Detected language of the page ('de' | 'en'), null when undecided. */
	lang: string | null;
	passages: AnalysedPassage[];
	facts: ContactFact[];
}

export interface PassageHit {
	passageId: number;
	heading: string;
	/** The heading's place on the page (id or text fragment), null before the first heading. */
	anchor: string | null;
	body: string;
	title: string;
	/** The page's URL (without the passage anchor). */
	url: string;
	/** The analysed tokens of title, heading and body, space-separated. */
	terms: string;
	/** BM25 (SQLite) or ts_rank (PostgreSQL) with heading and title weighted up; higher is better. */
	score: number;
}

export interface StoredFact extends ContactFact {
	title: string;
	url: string;
}

export interface PassageToAnalyse {
	id: number;
	heading: string;
	body: string;
	title: string;
	lang: string | null;
}

export interface SyncState {
	state: KnowledgeSyncTable[ 'state' ];
	documents: number;
	passages: number;
	lastSyncedAt: string | null;
	lastError: string | null;
}

/** Analysed terms are letters and digits only; anything else is dropped (no operator injection). */
function safeTerms( terms: string[] ): string[] {
	return terms
		.map( ( term ) => term.replace( /[^\p{L}\p{N}]/gu, '' ) )
		.filter( Boolean );
}

/** FTS5 query: each term quoted, OR-ed; bm25 ranks passages holding more and rarer terms first. */
function fts5Query( terms: string[] ): string {
	return safeTerms( terms )
		.map( ( term ) => `"${ term }"` )
		.join( ' OR ' );
}

/** tsquery text over the 'simple' configuration (tokens are analysed already), OR-ed. */
function tsQuery( terms: string[] ): string {
	return safeTerms( terms ).join( ' | ' );
}

/** Column weights: a term in a heading says more than one in the body; the page title in between. */
const WEIGHT = { title: 1.5, heading: 3.0, body: 1.0 } as const;

export function createKnowledgeRepo(
	db: Kysely< Database >,
	dialect: Dialect,
	/** The text analysis version new passages are written with. */
	analysisVersion = ANALYSIS_VERSION
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
							lang: doc.lang,
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
							lang: doc.lang,
						} )
						.execute();
				}
				await trx
					.deleteFrom( 'knowledge_facts' )
					.where( 'document_id', '=', documentId )
					.execute();
				if ( doc.facts.length > 0 ) {
					await trx
						.insertInto( 'knowledge_facts' )
						.values(
							doc.facts.map( ( fact, position ) => ( {
								document_id: documentId,
								position,
								organization_id: doc.organizationId,
								site_id: doc.siteId,
								kind: fact.kind,
								value: fact.value,
								heading: fact.heading,
								anchor: fact.anchor,
							} ) )
						)
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
								anchor: passage.anchor,
								body: passage.body,
								terms_title: passage.termsTitle,
								terms_heading: passage.termsHeading,
								terms_body: passage.termsBody,
								analysis_version: analysisVersion,
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
				// ts_rank weights are {D, C, B, A}: body, unused, page title, heading. Ranked on
				// the passages alone first; only the best few are joined and their text read.
				const { rows } = await sql< PassageHit >`
					with ranked as (
						select p.id,
							ts_rank(${ `{${ WEIGHT.body / WEIGHT.heading }, 0, ${ WEIGHT.title / WEIGHT.heading }, 1}` }::float4[], p.search, q) as score
						from knowledge_passages p
						cross join to_tsquery('simple', ${ tsQuery( terms ) }) q
						where p.organization_id = ${ organizationId } and p.site_id = ${ siteId } and p.search @@ q
						order by score desc, p.id
						limit ${ limit }
					)
					select p.id as "passageId", p.heading, p.anchor, p.body, d.title, d.url,
						concat_ws(' ', p.terms_title, p.terms_heading, p.terms_body) as terms,
						r.score
					from ranked r
					join knowledge_passages p on p.id = r.id
					join knowledge_documents d on d.id = p.document_id
					order by r.score desc, p.id`.execute( db );
				return rows.map( ( row ) => ( {
					...row,
					passageId: Number( row.passageId ),
					score: Number( row.score ),
				} ) );
			}
			// bm25() is lower-is-better; negate it so callers always sort descending.
			const { rows } = await sql< PassageHit >`
				select p.id as passageId, p.heading, p.anchor, p.body, d.title, d.url,
					p.terms_title || ' ' || p.terms_heading || ' ' || p.terms_body as terms,
					-bm25(knowledge_passages_fts, ${ WEIGHT.title }, ${ WEIGHT.heading }, ${ WEIGHT.body }) as score
				from knowledge_passages_fts
				join knowledge_passages p on p.id = knowledge_passages_fts.rowid
				join knowledge_documents d on d.id = p.document_id
				where knowledge_passages_fts match ${ fts5Query( terms ) }
					and p.organization_id = ${ organizationId } and p.site_id = ${ siteId }
				order by score desc, p.id
				limit ${ limit }`.execute( db );
			return rows;
		},

		/** Contact facts of a site (optionally of some kinds), with the page each came from. */
		async facts(
			organizationId: string,
			siteId: string,
			kinds?: ContactFactKind[]
		): Promise< StoredFact[] > {
			let query = db
				.selectFrom( 'knowledge_facts as f' )
				.innerJoin(
					'knowledge_documents as d',
					'd.id',
					'f.document_id'
				)
				.select( [
					'f.kind',
					'f.value',
					'f.heading',
					'f.anchor',
					'd.title',
					'd.url',
				] )
				.where( 'f.organization_id', '=', organizationId )
				.where( 'f.site_id', '=', siteId );
			if ( kinds && kinds.length > 0 ) {
				query = query.where( 'f.kind', 'in', kinds );
			}
			return query.orderBy( 'd.url' ).orderBy( 'f.position' ).execute();
		},

		/** How many of a site's documents are in each detected language. */
		async languageCounts(
			siteId: string
		): Promise< Array< { lang: string | null; documents: number } > > {
			const rows = await db
				.selectFrom( 'knowledge_documents' )
				.select( [ 'lang', db.fn.countAll< number >().as( 'n' ) ] )
				.where( 'site_id', '=', siteId )
				.groupBy( 'lang' )
				.execute();
			return rows.map( ( row ) => ( {
				lang: row.lang,
				documents: Number( row.n ),
			} ) );
		},

		/** Passages analysed by an older version of the text analysis (any site), oldest first. */
		async passagesToAnalyse(
			limit: number
		): Promise< PassageToAnalyse[] > {
			return db
				.selectFrom( 'knowledge_passages as p' )
				.innerJoin(
					'knowledge_documents as d',
					'd.id',
					'p.document_id'
				)
				.select( [
					'p.id',
					'p.heading',
					'p.body',
					'd.title',
					'd.lang',
				] )
				.where( 'p.analysis_version', '<', analysisVersion )
				.orderBy( 'p.id' )
				.limit( limit )
				.execute();
		},

		async setPassageTerms(
			id: number,
			terms: { title: string; heading: string; body: string }
		): Promise< void > {
			await db
				.updateTable( 'knowledge_passages' )
				.set( {
					terms_title: terms.title,
					terms_heading: terms.heading,
					terms_body: terms.body,
					analysis_version: analysisVersion,
				} )
				.where( 'id', '=', id )
				.execute();
		},

		async getSyncState( siteId: string ): Promise< SyncState | undefined > {
			const row = await db
				.selectFrom( 'knowledge_sync' )
				.select( [
					'state',
					'documents',
					'passages',
					'last_synced_at',
					'last_error',
				] )
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			// Counts come back as strings from PostgreSQL's bigint.
			return (
				row && {
					...camelRow( row ),
					documents: Number( row.documents ),
					passages: Number( row.passages ),
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
			await upsertRow(
				db,
				'knowledge_sync',
				'site_id',
				{ site_id: siteId, organization_id: organizationId },
				values
			);
		},
	};
}

export type KnowledgeRepo = ReturnType< typeof createKnowledgeRepo >;
