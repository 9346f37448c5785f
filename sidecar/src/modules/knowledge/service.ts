import { newId } from '../../platform/crypto';
import type { JobQueue } from '../../platform/jobs';
import type { Logger } from '../../platform/logger';
import type { KnowledgeRepo, PassageHit, SyncState } from './repo';
import {
	blocksToPassages,
	decodeEntities,
	htmlToBlocks,
	keywordCoverage,
	keywords,
} from './text';
import { readPublishedContent, type WordPressDocument } from './wordpress';

/** What the knowledge module needs to know of a site (the sites module's Site fits). */
export interface KnowledgeSite {
	id: string;
	organizationId: string;
	restUrl: string;
}

export interface ContentDocument {
	source: string;
	externalId: string;
	title: string;
	url: string;
	html: string;
	modifiedAt: string | null;
}

export interface ContentHit extends PassageHit {
	/** Share of the question's keywords found in this passage (0..1). */
	coverage: number;
}

const WORDPRESS_SOURCES = [ 'wp_page', 'wp_post' ];
export const SYNC_JOB = 'knowledge.sync';

function plainTitle( html: string ): string {
	return (
		decodeEntities( html.replace( /<[^>]+>/g, '' ) )
			.replace( /\s+/g, ' ' )
			.trim() || 'Untitled'
	);
}

export interface KnowledgeServiceDeps {
	repo: KnowledgeRepo;
	queue: JobQueue;
	logger: Logger;
	clock: () => Date;
	fetchTimeoutMs: number;
	/** Reads a site's published content; the WordPress REST reader by default. */
	readContent?: ( site: KnowledgeSite ) => AsyncIterable< WordPressDocument >;
}

export function createKnowledgeService( deps: KnowledgeServiceDeps ) {
	const { repo, queue, logger, clock } = deps;
	const readContent =
		deps.readContent ??
		( ( site: KnowledgeSite ) =>
			readPublishedContent( site.restUrl, deps.fetchTimeoutMs ) );
	const now = () => clock().toISOString();

	async function indexDocument(
		site: KnowledgeSite,
		doc: ContentDocument
	): Promise< void > {
		const title = plainTitle( doc.title );
		await repo.upsertDocument( {
			id: newId(),
			organizationId: site.organizationId,
			siteId: site.id,
			source: doc.source,
			externalId: doc.externalId,
			title,
			url: doc.url,
			modifiedAt: doc.modifiedAt,
			indexedAt: now(),
			passages: blocksToPassages( title, htmlToBlocks( doc.html ) ),
		} );
	}

	async function recordState(
		site: KnowledgeSite,
		state: SyncState[ 'state' ],
		extra: Partial< SyncState > = {}
	): Promise< void > {
		const previous = await repo.getSyncState( site.id );
		const counts = await repo.countForSite( site.id );
		await repo.setSyncState(
			site.organizationId,
			site.id,
			{
				state,
				documents: counts.documents,
				passages: counts.passages,
				lastSyncedAt:
					extra.lastSyncedAt ?? previous?.lastSyncedAt ?? null,
				lastError:
					extra.lastError !== undefined
						? extra.lastError
						: ( previous?.lastError ?? null ),
			},
			now()
		);
	}

	/** Full sync from the shop: index what is published, drop what no longer is. */
	async function syncSite( site: KnowledgeSite ): Promise< void > {
		const startedAt = now();
		await recordState( site, 'syncing' );
		try {
			let seen = 0;
			for await ( const doc of readContent( site ) ) {
				await indexDocument( site, doc );
				seen++;
			}
			const removed = await repo.deleteDocumentsNotSeen(
				site.id,
				WORDPRESS_SOURCES,
				startedAt
			);
			await recordState( site, 'idle', {
				lastSyncedAt: now(),
				lastError: null,
			} );
			logger.info(
				{ siteId: site.id, documents: seen, removed },
				'knowledge sync finished'
			);
		} catch ( error ) {
			const message =
				error instanceof Error ? error.message : String( error );
			await recordState( site, 'failed', { lastError: message } );
			logger.warn(
				{ siteId: site.id, err: error },
				'knowledge sync failed'
			);
		}
	}

	queue.register< KnowledgeSite >( SYNC_JOB, syncSite );

	return {
		/** Queues a full sync; the job records its own success or failure in the sync state. */
		scheduleSync( site: KnowledgeSite ): void {
			queue.enqueue(
				SYNC_JOB,
				{
					id: site.id,
					organizationId: site.organizationId,
					restUrl: site.restUrl,
				},
				{ attempts: 1 }
			);
		},

		syncSite,

		/** Indexes documents handed over directly (the demo's bundled pages). */
		async indexDocuments(
			site: KnowledgeSite,
			docs: ContentDocument[]
		): Promise< void > {
			for ( const doc of docs ) {
				await indexDocument( site, doc );
			}
			await recordState( site, 'idle', {
				lastSyncedAt: now(),
				lastError: null,
			} );
		},

		async status( siteId: string ): Promise< SyncState > {
			return (
				( await repo.getSyncState( siteId ) ) ?? {
					state: 'idle',
					documents: 0,
					passages: 0,
					lastSyncedAt: null,
					lastError: null,
				}
			);
		},

		/**
		 * Passages of the site's content that answer a question, best first, each with the
		 * share of the question's keywords it contains.
		 * @param organizationId
		 * @param siteId
		 * @param question
		 * @param limit
		 */
		async searchContent(
			organizationId: string,
			siteId: string,
			question: string,
			limit = 5
		): Promise< ContentHit[] > {
			const terms = keywords( question );
			const hits = await repo.search(
				organizationId,
				siteId,
				terms,
				Math.max( limit * 3, 10 )
			);
			return hits
				.map( ( hit ) => ( {
					...hit,
					coverage: keywordCoverage(
						terms,
						`${ hit.title } ${ hit.heading } ${ hit.body }`
					),
				} ) )
				.sort(
					( a, b ) => b.coverage - a.coverage || b.score - a.score
				)
				.slice( 0, limit );
		},
	};
}

export type KnowledgeService = ReturnType< typeof createKnowledgeService >;
