/**
 * The knowledge module: the shop's published pages and posts, synced and indexed per site
 * for answers (ADR 0026: the module builds its repo and service itself).
 */
import type { Platform } from '../../platform';
import { createKnowledgeRepo } from './repo';
import {
	createKnowledgeService,
	REANALYZE_JOB,
	type KnowledgeServiceDeps,
} from './service';

export interface KnowledgeModuleDeps {
	platform: Pick< Platform, 'db' | 'queue' | 'logger' | 'clock' | 'config' >;
	/** Replaces the WordPress REST reader (tests of failure paths). */
	readContent?: KnowledgeServiceDeps[ 'readContent' ];
}

export function createKnowledgeModule( {
	platform,
	readContent,
}: KnowledgeModuleDeps ) {
	const { db, queue, logger, clock, config } = platform;
	const knowledge = createKnowledgeService( {
		repo: createKnowledgeRepo( db.kysely, db.dialect ),
		queue,
		logger,
		clock,
		fetchTimeoutMs: config.fetchTimeoutMs,
		readContent,
	} );
	return {
		knowledge,
		/** Passages indexed by an older text analysis are re-tokenised once at start. */
		startSchedules(): void {
			queue.enqueue( REANALYZE_JOB, {}, { attempts: 1 } );
		},
	};
}

export type KnowledgeModule = ReturnType< typeof createKnowledgeModule >;
