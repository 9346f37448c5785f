/**
 * The platform parts every module may declare as dependencies (ADR 0026): configuration,
 * database, clock, logger, job queue and scheduler, live-event bus, the per-site caches'
 * cross-instance invalidation (ADR 0038), rate limits, the
 * secret box, the one SMTP mailer and SMS sender, and the Prometheus metrics. Built once
 * per app; tests may pass their own queue, bus, limits or clock.
 */
import type { Config } from '../config';
import type { Db } from '../db';
import { createCacheInvalidations } from './cache-invalidation';
import { createEventBus, type EventBus } from './event-bus';
import {
	createInProcessQueue,
	createScheduler,
	measuredQueue,
	type JobQueue,
} from './jobs';
import { createRedisQueue } from './jobs-redis';
import type { Logger } from './logger';
import { createSmtpMailer, type Mailer } from './mailer';
import { createMetrics } from './metrics';
import { createLimiterFactory, type LimiterFactory } from './rate-limit';
import { createSecretBox, loadOrCreateKeyFile } from './secret-box';
import { createTwilioSender } from './sms';

export interface PlatformDeps {
	config: Config;
	db: Db;
	logger: Logger;
	clock?: () => Date;
	queue?: JobQueue;
	/** Live-event bus; default from REDIS_URL (Redis pub/sub) or in-process. */
	bus?: EventBus;
	/** Rate limits; default from REDIS_URL (shared in Redis) or in memory. */
	limits?: LimiterFactory;
}

export function createPlatform( deps: PlatformDeps ) {
	const { config, db, logger } = deps;
	const clock = deps.clock ?? ( () => new Date() );
	// With Redis, jobs are shared by every instance (BullMQ); otherwise they run in-process.
	const baseQueue =
		deps.queue ??
		( config.redisUrl
			? createRedisQueue( config.redisUrl, logger )
			: createInProcessQueue( logger ) );
	const metrics = createMetrics( {
		queueDepth: () => baseQueue.depth?.() ?? 0,
	} );
	const queue = measuredQueue( baseQueue, metrics.countJobRun );
	const bus = deps.bus ?? createEventBus( config.redisUrl, logger );
	// Writes to rows a module keeps in memory per site reach every instance's copy (ADR 0038).
	const cacheInvalidations = createCacheInvalidations( bus, logger );
	// Every rate limit, shared by all instances through Redis when it is configured (ADR 0019).
	const limits =
		deps.limits ??
		createLimiterFactory( { redisUrl: config.redisUrl, logger } );
	/** Publishes on the bus without failing the caller (a lost live event only delays a view). */
	const publishLive: EventBus[ 'publish' ] = ( topic, event ) =>
		bus
			.publish( topic, event )
			.catch( ( error ) =>
				logger.warn( { err: error, topic }, 'event bus publish failed' )
			);
	const masterKey =
		config.masterKey.kind === 'env'
			? config.masterKey.key
			: loadOrCreateKeyFile( config.masterKey.file );
	// One SMTP transport for every module that sends mail (password resets, unlock links,
	// invitations, handoffs, alerts).
	const mailer: Mailer | null = config.mail
		? createSmtpMailer( config.mail.smtpUrl, config.mail.from )
		: null;
	const sms = config.sms
		? createTwilioSender( {
				...config.sms,
				timeoutMs: config.fetchTimeoutMs,
			} )
		: null;
	return {
		config,
		db,
		logger,
		clock,
		queue,
		scheduler: createScheduler( queue ),
		bus,
		publishLive,
		cacheInvalidations,
		limits,
		masterKey,
		secrets: createSecretBox( masterKey ),
		mailer,
		sms,
		metrics,
	};
}

export type Platform = ReturnType< typeof createPlatform >;
