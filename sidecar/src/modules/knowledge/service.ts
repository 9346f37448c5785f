import { newId } from '../../platform/crypto';
import type { JobQueue } from '../../platform/jobs';
import type { Logger } from '../../platform/logger';
import {
	detectTextLanguage,
	langOfLocale,
	type Lang,
} from '../../platform/text';
import {
	analysePassage,
	analyseQuestion,
	ANALYSIS_VERSION,
	coverageOf,
	pageLanguage,
} from './analysis';
import { extractContactFacts, type ContactFactKind } from './facts';
import type { KnowledgeRepo, PassageHit, StoredFact, SyncState } from './repo';
import { htmlToLine, htmlToPassages, passageUrl } from './text';
import {
	readPublishedContent,
	type ReadOptions,
	type WordPressDocument,
} from './wordpress';

/** What the knowledge module needs to know of a site (the sites module's Site fits). */
export interface KnowledgeSite {
	id: string;
	organizationId: string;
	restUrl: string;
	/** The shop's locale ('de_DE') when known: the language of pages too short to tell. */
	locale?: string | null;
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
	/** The passage's own place: the page URL with the heading's anchor. Quote this as the source. */
	sourceUrl: string;
	/** Share of the question's words the passage answers, by stem or concept, either language (0..1). */
	coverage: number;
	/**
	 * Coverage tempered by the passage's rank among the hits (0..1): what a responder
	 * thresholds. 1 = every word answered by the best-ranked passage.
	 */
	confidence: number;
}

export interface SearchContentOptions {
	/** The question's language if the caller knows it; detected otherwise. */
	lang?: Lang | null;
}

export interface ContactFactHit extends StoredFact {
	/** The page URL with the anchor of the passage the fact was read from. */
	sourceUrl: string;
}

const WORDPRESS_SOURCES = [ 'wp_page', 'wp_post' ];
export const SYNC_JOB = 'knowledge.sync';

export const REANALYZE_JOB = 'knowledge.reanalyze';
const REANALYZE_BATCH = 500;

function plainTitle( html: string ): string {
	return htmlToLine( html ) || 'Untitled';
}

/** Confidence from coverage and the BM25 rank relative to the best hit. */
function confidenceOf( coverage: number, score: number, best: number ): number {
	const rank = best > 0 ? Math.max( 0, score ) / best : 1;
	return coverage * ( 0.75 + 0.25 * rank );
}

export interface KnowledgeServiceDeps {
	repo: KnowledgeRepo;
	queue: JobQueue;
	logger: Logger;
	clock: () => Date;
	fetchTimeoutMs: number;
	/** Reads a site's published content; the WordPress REST reader by default. */
	readContent?: (
		site: KnowledgeSite,
		options?: ReadOptions
	) => AsyncIterable< WordPressDocument >;
}

export function createKnowledgeService( deps: KnowledgeServiceDeps ) {
	const { repo, queue, logger, clock } = deps;
	const readContent =
		deps.readContent ??
		( ( site: KnowledgeSite, options?: ReadOptions ) =>
			readPublishedContent(
				site.restUrl,
				deps.fetchTimeoutMs,
				options
			) );
	const now = () => clock().toISOString();

	async function indexDocument(
		site: KnowledgeSite,
		doc: ContentDocument
	): Promise< void > {
		const title = plainTitle( doc.title );
		const passages = htmlToPassages( title, doc.html );
		const lang = pageLanguage(
			`${ title }\n${ passages.map( ( p ) => `${ p.heading }\n${ p.body }` ).join( '\n' ) }`,
			langOfLocale( site.locale )
		);
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
			lang,
			passages: passages.map( ( passage ) =>
				analysePassage( title, passage, lang )
			),
			facts: extractContactFacts( passages ),
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

	/** Re-tokenises passages indexed by an older analysis, from their stored text, in batches. */
	async function reanalyse(): Promise< number > {
		let done = 0;
		for (;;) {
			const batch = await repo.passagesToAnalyse( REANALYZE_BATCH );
			for ( const passage of batch ) {
				const lang = ( passage.lang as Lang | null ) ?? null;
				const analysed = analysePassage(
					passage.title,
					{
						heading: passage.heading,
						body: passage.body,
						anchor: null,
					},
					lang
				);
				await repo.setPassageTerms( passage.id, {
					title: analysed.termsTitle,
					heading: analysed.termsHeading,
					body: analysed.termsBody,
				} );
			}
			done += batch.length;
			if ( batch.length < REANALYZE_BATCH ) {
				if ( done > 0 ) {
					logger.info(
						{ passages: done, version: ANALYSIS_VERSION },
						'knowledge passages re-analysed'
					);
				}
				return done;
			}
		}
	}

	queue.register< KnowledgeSite >( SYNC_JOB, syncSite );
	queue.register( REANALYZE_JOB, async () => {
		await reanalyse();
	} );

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

		reanalyse,

		/**
		 * Re-indexes the pages and posts modified after a time (the scheduled reconciliation:
		 * a page edit reaches answers without a full sync). Deletions wait for the next full sync.
		 */
		async syncChangedSince(
			site: KnowledgeSite,
			since: string
		): Promise< number > {
			let changed = 0;
			try {
				for await ( const doc of readContent( site, {
					modifiedAfter: since,
				} ) ) {
					await indexDocument( site, doc );
					changed++;
				}
			} catch ( error ) {
				logger.warn(
					{ siteId: site.id, err: error },
					'knowledge reconciliation failed'
				);
			}
			return changed;
		},

		/**
		 * Passages of the site's content that answer a question, best first. The question is
		 * analysed in its language (detected unless given) and matched through stems and
		 * shop-vocabulary concepts, so an English question finds a German page and back.
		 * Ranked by BM25 (headings and page titles weigh more) and by coverage; each hit
		 * carries `confidence` (0..1) for the caller to threshold and `sourceUrl` to cite.
		 */
		async searchContent(
			organizationId: string,
			siteId: string,
			question: string,
			limit = 5,
			options: SearchContentOptions = {}
		): Promise< ContentHit[] > {
			const lang =
				options.lang !== undefined
					? options.lang
					: detectTextLanguage( question );
			const analysed = analyseQuestion( question, lang );
			if ( analysed.terms.length === 0 ) {
				return [];
			}
			const hits = await repo.search(
				organizationId,
				siteId,
				analysed.terms,
				Math.max( limit * 4, 20 )
			);
			const best = Math.max( 0, ...hits.map( ( hit ) => hit.score ) );
			return hits
				.map( ( hit ) => {
					const coverage = coverageOf( analysed, hit.terms );
					return {
						...hit,
						sourceUrl: passageUrl( hit.url, hit.anchor ),
						coverage,
						confidence: confidenceOf( coverage, hit.score, best ),
					};
				} )
				.sort(
					( a, b ) => b.confidence - a.confidence || b.score - a.score
				)
				.slice( 0, limit );
		},

		/**
		 * Contact facts read from the site's pages (phone numbers, e-mail addresses, postal
		 * addresses, opening-hours lines), each with the page and passage it came from.
		 */
		async contactFacts(
			organizationId: string,
			siteId: string,
			kinds?: ContactFactKind[]
		): Promise< ContactFactHit[] > {
			const facts = await repo.facts( organizationId, siteId, kinds );
			return facts.map( ( fact ) => ( {
				...fact,
				sourceUrl: passageUrl( fact.url, fact.anchor ),
			} ) );
		},

		/** The language most of the site's pages are written in; null when none is known. */
		async siteLanguage( siteId: string ): Promise< Lang | null > {
			const counts = ( await repo.languageCounts( siteId ) )
				.filter( ( row ) => row.lang === 'de' || row.lang === 'en' )
				.sort( ( a, b ) => b.documents - a.documents );
			return ( counts[ 0 ]?.lang as Lang | undefined ) ?? null;
		},
	};
}

export type KnowledgeService = ReturnType< typeof createKnowledgeService >;
