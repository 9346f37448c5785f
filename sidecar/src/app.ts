/**
 * Builds the Express app from the modules. Tests use it without listening; main.ts adds
 * the process around it (listen, signals, shutdown).
 */
import fs from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, {
	type Express,
	type NextFunction,
	type Request,
	type Response,
} from 'express';
import { REPO_ROOT, type Config } from './config';
import { pingDatabase, type Db } from './db';
import {
	createInProcessQueue,
	createScheduler,
	type JobQueue,
} from './platform/jobs';
import {
	bodyParsers,
	errorHandler,
	mountRoutes,
	strictTransportSecurity,
	type AnyRoute,
	type Authenticator,
} from './platform/http';
import type { Logger } from './platform/logger';
import { buildOpenApiDocument } from './platform/openapi';
import {
	LOADER_CACHE_CONTROL,
	assetName,
	compressResponses,
	compressedBundles,
	compressedFile,
} from './platform/compressed-bundles';
import { createSecretBox, loadOrCreateKeyFile } from './platform/secret-box';
import { createRedisQueue } from './platform/jobs-redis';
import {
	createLimiterFactory,
	type LimiterFactory,
} from './platform/rate-limit';
import { createChatLimits } from './modules/chat/limits';
import {
	createWidgetTokens,
	widgetTokenKey,
} from './modules/telemetry/widget-token';
import { NotFoundError, UnauthorizedError } from './platform/errors';
import { createEmbeddedResponder } from './modules/assistant/embedded-responder';
import { createHandoffService } from './modules/assistant/handoff';
import { createSmtpMailer } from './platform/mailer';
import { createTwilioSender } from './platform/sms';
import { createAssistantRepo } from './modules/assistant/repo';
import { createLlmSettingsService } from './modules/assistant/llm-settings';
import { assistantRoutes } from './modules/assistant/routes';
import { createResponderRouter } from './modules/assistant/router';
import { createUsageRepo } from './modules/usage/repo';
import { usageRoutes } from './modules/usage/routes';
import { createUsageService } from './modules/usage/service';
import { auditRoutes } from './modules/audit/routes';
import { createAuditService } from './modules/audit/service';
import {
	AUDIT_CHECKPOINT_JOB,
	anchorFromConfig,
} from './modules/audit/checkpoints';
import { createAuthRepo } from './modules/auth/repo';
import { accountRoutes } from './modules/auth/account-routes';
import { createAccountsService } from './modules/auth/accounts';
import { authRoutes } from './modules/auth/routes';
import { MfaRequiredError, createAuthService } from './modules/auth/service';
import { platformCallEntry } from './modules/audit/platform-calls';
import { rbacRoutes } from './modules/rbac/routes';
import { createRbacService } from './modules/rbac/service';
import { createChatRepo } from './modules/chat/repo';
import { chatRoutes } from './modules/chat/routes';
import { createChatService } from './modules/chat/service';
import { demoRoutes } from './modules/demo/routes';
import {
	ensureDemoSite,
	readDemoPages,
	type DemoPage,
} from './modules/demo/service';
import { createCommerceRepo } from './modules/commerce/repo';
import { commerceRoutes } from './modules/commerce/routes';
import {
	createCommerceService,
	RECONCILE_ALL_JOB,
} from './modules/commerce/service';
import { createKnowledgeRepo } from './modules/knowledge/repo';
import {
	createKnowledgeService,
	REANALYZE_JOB,
	type KnowledgeServiceDeps,
} from './modules/knowledge/service';
import { createOrgsRepo } from './modules/orgs/repo';
import { orgRoutes } from './modules/orgs/routes';
import { createOrgAccessRepo } from './modules/orgs/access-repo';
import { createOrgAccessService } from './modules/orgs/access';
import { createMembersService } from './modules/orgs/members';
import { orgAreaRoutes } from './modules/orgs/org-routes';
import { createOrgsService } from './modules/orgs/service';
import { createSitesRepo } from './modules/sites/repo';
import { siteRoutes } from './modules/sites/routes';
import { createSitesService } from './modules/sites/service';
import { systemRoutes } from './modules/system/routes';
import { createTelemetryRepo } from './modules/telemetry/repo';
import { telemetryRoutes } from './modules/telemetry/routes';
import { createTelemetryService } from './modules/telemetry/service';
import { createHealthService } from './modules/telemetry/health';
import { createEventBus, type EventBus } from './platform/event-bus';
import {
	dashboardRoutes,
	orgWidgetHealthRoutes,
} from './modules/telemetry/dashboard-routes';
import { createUsageInsights } from './modules/telemetry/usage-insights';
import { createWidgetHealth } from './modules/telemetry/widget-health';
import { createPrivacyRepo } from './modules/privacy/repo';
import { privacyRoutes } from './modules/privacy/routes';
import { createPrivacyService } from './modules/privacy/service';
import { createAttributionRepo } from './modules/attribution/repo';
import { attributionRoutes } from './modules/attribution/routes';
import { createAttributionService } from './modules/attribution/service';
import { createWidgetRepo } from './modules/widget/repo';
import { widgetRoutes } from './modules/widget/routes';
import { createWidgetService } from './modules/widget/service';
import { createAlertsRepo } from './modules/alerts/repo';
import { alertRoutes } from './modules/alerts/routes';
import {
	DELIVER_JOB,
	EVALUATE_JOB,
	createAlertsService,
} from './modules/alerts/service';
import { createReportsRepo } from './modules/reports/repo';
import { reportRoutes } from './modules/reports/routes';
import {
	DAILY_REPORT_JOB,
	createReportsService,
} from './modules/reports/service';
import { createBillingRepo } from './modules/billing/repo';
import { billingRoutes } from './modules/billing/routes';
import { createBillingService } from './modules/billing/service';
import { createMetrics, metricsRoute } from './platform/metrics';

export const VERSION = '0.1.0';

export interface AppDeps {
	config: Config;
	db: Db;
	logger: Logger;
	clock?: () => Date;
	queue?: JobQueue;
	/** Live-event bus; default from REDIS_URL (Redis pub/sub) or in-process. */
	bus?: EventBus;
	/** Rate limits; default from REDIS_URL (shared in Redis) or in memory. */
	limits?: LimiterFactory;
	/** Replaces the WordPress REST reader (tests of failure paths). */
	readContent?: KnowledgeServiceDeps[ 'readContent' ];
}

/** Built browser bundles the sidecar serves. */
export const ASSETS = {
	loader: path.join( REPO_ROOT, 'plugin/build/loader.js' ),
	widgetDir: path.join( REPO_ROOT, 'build/widget' ),
	dashboardDir: path.join( REPO_ROOT, 'build/dashboard' ),
};

function securityHeaders(
	_req: Request,
	res: Response,
	next: NextFunction
): void {
	res.setHeader( 'X-Content-Type-Options', 'nosniff' );
	res.setHeader( 'Referrer-Policy', 'strict-origin-when-cross-origin' );
	// Only /widget/frame may be framed, and it sets its own frame-ancestors.
	if ( ! _req.path.startsWith( '/widget/frame' ) ) {
		res.setHeader( 'X-Frame-Options', 'DENY' );
	}
	next();
}

/** One structured log line per request: method, path (no query: it may carry keys), status, duration. */
function requestLog( logger: Logger ) {
	return ( req: Request, res: Response, next: NextFunction ): void => {
		const started = process.hrtime.bigint();
		res.on( 'finish', () => {
			const ms = Number( process.hrtime.bigint() - started ) / 1e6;
			const level = res.statusCode >= 500 ? 'error' : 'info';
			logger[ level ](
				{
					method: req.method,
					path: req.path,
					status: res.statusCode,
					ms: Math.round( ms * 10 ) / 10,
				},
				'request'
			);
		} );
		next();
	};
}

function dashboardShell(): string {
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>OmniOps dashboard</title>
<script src="/owner/assets/${ assetName( 'dashboard/dashboard.js' ) }" defer></script>
</head>
<body>
<div id="omniops-dashboard-root"></div>
</body>
</html>`;
}

export function buildApp( deps: AppDeps ) {
	const { config, db, logger } = deps;
	const clock = deps.clock ?? ( () => new Date() );
	// With Redis, jobs are shared by every instance (BullMQ); otherwise they run in-process.
	const queue =
		deps.queue ??
		( config.redisUrl
			? createRedisQueue( config.redisUrl, logger )
			: createInProcessQueue( logger ) );
	const bus = deps.bus ?? createEventBus( config.redisUrl, logger );
	// Every rate limit, shared by all instances through Redis when it is configured (ADR 0019).
	const limits =
		deps.limits ??
		createLimiterFactory( { redisUrl: config.redisUrl, logger } );
	const publishLive: EventBus[ 'publish' ] = ( topic, event ) =>
		bus
			.publish( topic, event )
			.catch( ( error ) =>
				logger.warn( { err: error, topic }, 'event bus publish failed' )
			);
	let shuttingDown = false;
	let demo: { siteKey: string; publicUrl: string; pages: DemoPage[] } | null =
		null;

	// Services, wired once here (the only place that knows every module).
	const knowledge = createKnowledgeService( {
		repo: createKnowledgeRepo( db.kysely, db.dialect ),
		queue,
		logger,
		clock,
		fetchTimeoutMs: config.fetchTimeoutMs,
		readContent: deps.readContent,
	} );
	const orgs = createOrgsService( createOrgsRepo( db.kysely ), clock );
	const masterKey =
		config.masterKey.kind === 'env'
			? config.masterKey.key
			: loadOrCreateKeyFile( config.masterKey.file );
	const secrets = createSecretBox( masterKey );
	const widgetTokens = createWidgetTokens( {
		key: widgetTokenKey( masterKey ),
		clock,
	} );
	const sites = createSitesService( {
		repo: createSitesRepo( db.kysely, secrets ),
		clock,
		onConnected: ( site ) => knowledge.scheduleSync( site ),
	} );
	const commerce = createCommerceService( {
		repo: createCommerceRepo( db.kysely, db.dialect ),
		queue,
		logger,
		clock,
		secrets,
		fetchTimeoutMs: config.fetchTimeoutMs,
		siteByPublicKey: ( publicKey ) => sites.getByPublicKey( publicKey ),
		siteById: ( siteId ) => sites.getForPlatform( siteId ),
		// Verified order deliveries feed conversion attribution (wired below).
		onOrder: async ( site, order ) => {
			await attribution.recordOrder( site, order );
		},
		// Scheduled reconciliation also re-reads the pages modified since (issue 10).
		reconcileIntervalSeconds: config.catalogReconcileSeconds,
		onReconciled: async ( site, since ) => {
			await knowledge.syncChangedSince(
				await sites.getForPlatform( site.id ),
				since
			);
		},
	} );
	// Access layer: audit log, roles and permissions, accounts and sessions (ADR 0010).
	// Checkpoints of the chain go outside the database: file, log, webhook (ADR 0021).
	const audit = createAuditService( {
		db,
		clock,
		anchor: anchorFromConfig( config, logger ),
	} );
	const rbac = createRbacService( { db, audit, clock } );
	// One SMTP transport for every module that sends mail (password resets, unlock links,
	// invitations, handoffs).
	const mailer = config.mail
		? createSmtpMailer( config.mail.smtpUrl, config.mail.from )
		: null;
	const auth = createAuthService( {
		repo: createAuthRepo( db.kysely ),
		repoFor: createAuthRepo,
		audit,
		access: rbac,
		clock,
		sessionTtlHours: config.sessionTtlHours,
		mfaIssuer: config.mfaIssuer,
		secrets,
		sms: config.sms
			? createTwilioSender( {
					...config.sms,
					timeoutMs: config.fetchTimeoutMs,
				} )
			: null,
		limits,
		mailer,
		publicUrl: config.publicUrl,
		logger,
	} );
	const accounts = createAccountsService( {
		repo: createAuthRepo( db.kysely ),
		repoFor: createAuthRepo,
		audit,
		grantRoleIn: rbac.grantRoleIn,
		roleExists: rbac.isPlatformRole,
		mailer,
		publicUrl: config.publicUrl,
		clock,
		logger,
		limits,
	} );
	// Organization members, invitations, settings and staff impersonation (orgs module).
	const orgMembers = createMembersService( {
		repo: createOrgAccessRepo( db.kysely ),
		audit,
		orgs,
		accounts: {
			findUserByEmail: auth.findUserByEmail,
			createAccountIn: accounts.createAccountIn,
		},
		mailer,
		publicUrl: config.publicUrl,
		clock,
		logger,
	} );
	const orgAccess = createOrgAccessService( {
		repo: createOrgAccessRepo( db.kysely ),
		audit,
		orgs,
		permissionsOfOrgRole: rbac.permissionsOfOrgRole,
		clock,
	} );
	const handoffs = createHandoffService( {
		repo: createAssistantRepo( db.kysely ),
		queue,
		logger,
		clock,
		mailer,
		publicUrl: config.publicUrl,
	} );
	const assistantTools = {
		searchContent: knowledge.searchContent,
		searchProducts: commerce.searchProducts,
		getProduct: commerce.getProduct,
		lookupOrder: commerce.lookupOrder,
		lookupCustomerOrder: commerce.lookupCustomerOrder,
		requestHandoff: handoffs.request,
		catalogAsOf: commerce.catalogAsOf,
		// Retrieval for answers on unseen shops (ADR 0023), for the responder to use.
		contactFacts: knowledge.contactFacts,
		siteLanguage: knowledge.siteLanguage,
		formatPrice: commerce.formatPrice,
		priceFormat: commerce.priceFormat,
		productFacts: commerce.productFacts,
		catalogFreshness: commerce.catalogFreshness,
	};
	const embedded = createEmbeddedResponder( assistantTools, { limits } );
	const usage = createUsageService( createUsageRepo( db.kysely ), clock );
	const llmSettings = createLlmSettingsService(
		createAssistantRepo( db.kysely ),
		secrets,
		clock
	);
	const responder = createResponderRouter( {
		embedded,
		tools: assistantTools,
		usage,
		configFor: llmSettings.configFor,
		limits,
	} );
	const chat = createChatService( {
		repo: createChatRepo( db.kysely ),
		clock,
		responderFor: () => responder,
		productStates: commerce.productStates,
	} );
	const telemetry = createTelemetryService(
		createTelemetryRepo( db.kysely ),
		clock,
		( event ) => void publishLive( 'telemetry.ingested', event )
	);
	// Every stored question and reply is a live event (widget-health cards).
	const sendChat = chat.send;
	chat.send = async ( input, onChunk ) => {
		const result = await sendChat( input, onChunk );
		for ( const message of [ result.message, result.reply ] ) {
			void publishLive( 'chat.message', {
				organizationId: input.organizationId,
				siteId: input.siteId,
				conversationId: input.conversationId,
				role: message.role,
				at: message.createdAt,
			} );
		}
		return result;
	};
	// Widget health figures over a window (dashboards, alert rules, daily reports).
	const telemetryHealth = createHealthService(
		createTelemetryRepo( db.kysely ),
		clock
	);
	// The owner's widget-health and AI-cost pages; live streams end when shutdown begins.
	const liveStreamsStop = new AbortController();
	const widgetHealth = createWidgetHealth( {
		repo: createTelemetryRepo( db.kysely ),
		health: telemetryHealth,
		clock,
		siteUrl: async ( siteId ) =>
			( await sites.getForPlatform( siteId ) ).url,
	} );
	const usageInsights = createUsageInsights( {
		usageTotals: createUsageRepo( db.kysely ).totalsBySiteAndModel,
		activity: createChatRepo( db.kysely ).activityBySite,
		handoffConversations: createAssistantRepo( db.kysely )
			.handoffConversationsBySite,
		organizationName: async ( id ) =>
			( await orgs.get( id ).catch( () => ( { name: id } ) ) ).name,
		siteLabel: async ( id ) =>
			( await sites.getForPlatform( id ).catch( () => ( { url: id } ) ) )
				.url,
	} );
	const widget = createWidgetService( {
		repo: createWidgetRepo( db.kysely ),
		clock,
	} );
	const attribution = createAttributionService( {
		repo: createAttributionRepo( db.kysely ),
		clock,
		windowDays: config.attributionWindowDays,
		findConversation: chat.findConversation,
		lastMessageAt: chat.lastMessageAt,
		// The latest handoff in which a shopper left this e-mail (the fallback link of an order).
		conversationByHandoffEmail: async (
			organizationId,
			siteId,
			email,
			since
		) =>
			( await handoffs.list( organizationId, siteId ) ).find(
				( handoff ) =>
					handoff.email.toLowerCase() === email &&
					handoff.createdAt >= since
			)?.conversationId ?? null,
	} );
	const privacy = createPrivacyService( {
		eraseAlso: [ attribution.eraseConversation ],
		pagesViewed: async ( organizationId, conversationId ) =>
			(
				await attribution.journey( organizationId, conversationId )
			).pageViews.map( ( view ) => ( {
				url: view.url,
				viewedAt: view.viewedAt,
			} ) ),
		repo: createPrivacyRepo( db.kysely ),
		chat,
		sites,
		widget,
		clock,
		logger,
	} );
	// Alerts on widget health, daily health reports, site subscriptions, Prometheus metrics.
	const alerts = createAlertsService( {
		repo: createAlertsRepo( db.kysely ),
		repoFor: createAlertsRepo,
		audited: audit.audited,
		queue,
		logger,
		clock,
		mailer,
		secrets,
		healthFigures: telemetryHealth.healthFigures,
		siteById: ( siteId ) => sites.getForPlatform( siteId ),
		allowPrivateWebhooks: config.alerts.allowPrivateWebhooks,
		webhookTimeoutMs: config.fetchTimeoutMs,
		deliveryAttempts: 4,
		publicUrl: config.publicUrl,
	} );
	const reports = createReportsService( {
		repo: createReportsRepo( db.kysely ),
		clock,
		reportHourUtc: config.alerts.dailyReportHourUtc,
		healthFigures: telemetryHealth.healthFigures,
		activityCounts: chat.activityCounts,
		aiCostMicros: usage.costBetween,
		listOrganizations: () => orgs.list(),
		notify: alerts.notify,
		publicUrl: config.publicUrl,
	} );
	const billing = createBillingService( {
		repo: createBillingRepo( db.kysely ),
		repoFor: createBillingRepo,
		audited: audit.audited,
		clock,
	} );
	const metrics = createMetrics( { queueDepth: () => queue.depth?.() ?? 0 } );
	const meteredTelemetry = {
		...telemetry,
		ingest: async (
			...args: Parameters< typeof telemetry.ingest >
		): Promise< number > => {
			const accepted = await telemetry.ingest( ...args );
			metrics.countWidgetEvents(
				args[ 1 ].map( ( event ) => event.type )
			);
			return accepted;
		},
	};
	queue.register( EVALUATE_JOB, async () => {
		await alerts.evaluate();
		await alerts.resumeStaleDeliveries();
	} );
	queue.register< { deliveryId: string } >( DELIVER_JOB, ( job ) =>
		alerts.deliver( job.deliveryId )
	);
	queue.register( DAILY_REPORT_JOB, async () => {
		await reports.runScheduled();
	} );
	// Scheduled work: hourly telemetry rollups and raw-event retention, conversation retention.
	queue.register( 'telemetry.rollup', async () => {
		await telemetry.rollUp();
		await telemetry.purgeRaw( config.telemetryRetentionDays );
	} );
	queue.register( 'orgs.impersonation-expiry', async () => {
		await orgAccess.expireDue();
	} );
	queue.register( 'privacy.retention-purge', async () => {
		await privacy.purgeExpired();
	} );
	queue.register( AUDIT_CHECKPOINT_JOB, async () => {
		await audit.checkpoint();
	} );
	const scheduler = createScheduler( queue );

	const routes: AnyRoute[] = [];
	const openApi = () =>
		buildOpenApiDocument( routes, config.publicUrl, VERSION );
	routes.push(
		...systemRoutes( {
			checkDatabase: () => pingDatabase( db ),
			openApi,
			isShuttingDown: () => shuttingDown,
		} ),
		...authRoutes( auth ),
		...rbacRoutes( rbac, auth ),
		...accountRoutes( accounts, auth ),
		...auditRoutes( audit ),
		...orgRoutes( orgs, sites ),
		...orgAreaRoutes( {
			orgs,
			members: orgMembers,
			access: orgAccess,
			sites,
			chat,
			auth,
		} ),
		...siteRoutes( sites, knowledge ),
		...commerceRoutes( commerce ),
		...assistantRoutes( handoffs, llmSettings, async ( id ) => {
			await orgs.get( id );
		} ),
		...usageRoutes( usage, orgs ),
		...widgetRoutes( sites, widget, widgetTokens.issue ),
		...chatRoutes(
			chat,
			sites,
			privacy.ensureConsent,
			createChatLimits( {
				limits,
				defaults: config.limits,
				siteRules: async ( organizationId, siteId ) =>
					(
						await widget.settingsFor(
							await sites.get( organizationId, siteId )
						)
					).chatLimits,
			} )
		),
		...privacyRoutes( privacy, sites ),
		...attributionRoutes(
			attribution,
			privacy.ensureConsent,
			orgs.get,
			limits
		),
		...telemetryRoutes( meteredTelemetry, sites, {
			tokens: widgetTokens,
			limits,
			perIp: config.limits.telemetryPerIp,
			perSite: config.limits.telemetryPerSite,
		} ),
		...alertRoutes( alerts ),
		...reportRoutes( reports ),
		...billingRoutes( billing, sites ),
		metricsRoute( metrics, config.metricsToken ),
		...demoRoutes( () => demo ),
		...dashboardRoutes( {
			widgetHealth,
			usageInsights,
			bus,
			logger,
			clock,
			shutdown: liveStreamsStop.signal,
		} ),
		...orgWidgetHealthRoutes( {
			widgetHealth,
			usageInsights,
			bus,
			logger,
			clock,
			shutdown: liveStreamsStop.signal,
		} )
	);

	const authenticators: Record<
		'session' | 'user' | 'platform' | 'org' | 'site' | 'conversation',
		Authenticator
	> = {
		// Any live session, also one still waiting for its second factor (MFA routes, me, logout).
		session: ( context, req ) => auth.authenticate( context, req.method ),
		user: async ( context, req ) => {
			const principal = await auth.authenticate( context, req.method );
			if ( principal.mfa === 'pending' ) {
				throw new MfaRequiredError();
			}
			return principal;
		},
		// Platform staff only (others get 404: the surface is not advertised), and only after MFA.
		platform: async ( context, req ) => {
			const principal = await auth.authenticate( context, req.method );
			if ( principal.roles.length === 0 ) {
				throw new NotFoundError();
			}
			if ( principal.mfa !== 'verified' ) {
				throw new MfaRequiredError();
			}
			return principal;
		},
		// A member of the path's organization (or staff with a live impersonation grant for it).
		org: async ( context, req ) => {
			const principal = await auth.authenticate( context, req.method );
			if ( principal.mfa === 'pending' ) {
				throw new MfaRequiredError();
			}
			const orgId = req.params?.orgId;
			return orgAccess.principalFor(
				principal,
				typeof orgId === 'string' ? orgId : ''
			);
		},
		site: async ( context, req ) => {
			const site = await sites.verifySignedRequest(
				context,
				req.method,
				req.originalUrl
			);
			return {
				kind: 'site',
				siteId: site.id,
				organizationId: site.organizationId,
			};
		},
		conversation: async ( context ) => {
			const match = /^Bearer\s+(ct_[A-Za-z0-9_-]{10,100})$/.exec(
				context.headers.authorization ?? ''
			);
			if ( ! match?.[ 1 ] ) {
				throw new UnauthorizedError(
					'A conversation token is required.'
				);
			}
			const conversation = await chat.conversationForToken( match[ 1 ] );
			return {
				kind: 'conversation',
				conversationId: conversation.id,
				siteId: conversation.siteId,
				organizationId: conversation.organizationId,
			};
		},
	};

	const app: Express = express();
	app.disable( 'x-powered-by' );
	app.set( 'trust proxy', config.trustProxy ? 1 : false );
	app.set( 'query parser', 'simple' );
	app.use( requestLog( logger ) );
	app.use( metrics.middleware );
	app.use( securityHeaders );
	app.use( strictTransportSecurity( config.publicUrl ) );
	app.use( cookieParser() );
	app.use( bodyParsers() );
	// HTML shells and JSON answers sent whole go out brotli/gzip (ADR 0028).
	app.use( compressResponses() );

	const router = express.Router();
	mountRoutes( router, routes, {
		authenticators,
		can: rbac.can,
		auditPlatformCall: ( call ) =>
			audit.record(
				{
					userId:
						call.principal.kind === 'user' ||
						call.principal.kind === 'member'
							? call.principal.userId
							: null,
					ip: call.context.ip,
					userAgent: call.context.userAgent,
				},
				platformCallEntry( call.route, call.params )
			),
		secureCookies: config.publicUrl.startsWith( 'https:' ),
		logger,
	} );
	app.use( router );

	// Static bundles: content-hashed names immutable, other names revalidate (ADR 0028).
	const staticOptions = {
		fallthrough: true,
		index: false,
		cacheControl: true,
		maxAge: 0,
	};
	// Bundles go out brotli/gzip (the build's copies); the loader's stable URL is cached
	// briefly; express.static below serves what else is there (platform/compressed-bundles.ts).
	app.get(
		'/widget/loader.js',
		compressedFile(
			ASSETS.loader,
			{ 'Cross-Origin-Resource-Policy': 'cross-origin' },
			LOADER_CACHE_CONTROL
		)
	);
	app.use( '/widget/assets', compressedBundles( ASSETS.widgetDir ) );
	app.use( '/owner/assets', compressedBundles( ASSETS.dashboardDir ) );
	app.get( '/widget/loader.js', ( _req, res, next ) => {
		if ( ! fs.existsSync( ASSETS.loader ) ) {
			next(
				new NotFoundError(
					'The loader is not built. Run `npm run build`.'
				)
			);
			return;
		}
		res.setHeader( 'Cross-Origin-Resource-Policy', 'cross-origin' );
		res.sendFile( ASSETS.loader );
	} );
	app.use(
		'/widget/assets',
		express.static( ASSETS.widgetDir, staticOptions )
	);
	app.use(
		'/owner/assets',
		express.static( ASSETS.dashboardDir, staticOptions )
	);
	// The organization area (/app) and the platform area (/owner) are one dashboard bundle.
	app.get(
		[ '/owner', '/owner/*splat', '/app', '/app/*splat' ],
		( _req, res ) => {
			res.setHeader(
				'Content-Security-Policy',
				"default-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; frame-ancestors 'none'; base-uri 'none'"
			);
			res.setHeader( 'Cache-Control', 'no-store' );
			res.type( 'html' ).send( dashboardShell() );
		}
	);
	app.get( '/', ( _req, res ) =>
		res.redirect( config.demo ? '/demo' : '/owner' )
	);

	app.use( ( req, _res, next ) =>
		next(
			new NotFoundError( `No route for ${ req.method } ${ req.path }.` )
		)
	);
	app.use( errorHandler( logger ) );

	return {
		app,
		routes,
		services: {
			audit,
			auth,
			rbac,
			commerce,
			usage,
			orgs,
			orgMembers,
			orgAccess,
			sites,
			knowledge,
			chat,
			attribution,
			telemetry,
			telemetryHealth,
			widget,
			privacy,
			alerts,
			reports,
			billing,
		},
		queue,
		bus,
		limits,
		/** Start-up work that needs the database: first owner, demo site. Returns the setup token to print, if any. */
		async initialize(): Promise< {
			setupToken: string | null;
			demoSiteKey: string | null;
		} > {
			const setupToken = await auth.ensureFirstOwner( config.firstOwner );
			// Data upgrade: TOTP secrets stored before they were sealed get sealed now.
			await auth.sealStoredTotpSecrets();
			// Data upgrade: signing secrets stored before they were sealed get sealed now.
			await sites.sealStoredSigningSecrets();
			await commerce.resumeInterruptedSyncs();
			if ( config.demo ) {
				const site = await ensureDemoSite( {
					orgs,
					sites,
					knowledge,
					publicUrl: config.publicUrl,
				} );
				demo = {
					siteKey: site.publicKey,
					publicUrl: config.publicUrl,
					pages: readDemoPages(),
				};
			}
			return { setupToken, demoSiteKey: demo?.siteKey ?? null };
		},
		/** Starts the timers of scheduled jobs (main.ts; tests enqueue jobs themselves). */
		startSchedules(): void {
			// Passages indexed by an older text analysis are re-tokenised once at start.
			queue.enqueue( REANALYZE_JOB, {}, { attempts: 1 } );
			scheduler.every(
				RECONCILE_ALL_JOB,
				config.catalogReconcileSeconds * 1000
			);
			scheduler.every( 'telemetry.rollup', 5 * 60_000 );
			scheduler.every( 'privacy.retention-purge', 60 * 60_000 );
			scheduler.every(
				EVALUATE_JOB,
				config.alerts.intervalSeconds * 1000
			);
			// Every ten minutes: the job itself waits for the configured hour and runs once a day.
			scheduler.every( DAILY_REPORT_JOB, 10 * 60_000 );
			scheduler.every( 'orgs.impersonation-expiry', 60_000 );
			scheduler.every(
				AUDIT_CHECKPOINT_JOB,
				config.auditCheckpoints.intervalMinutes * 60_000
			);
			// Anchor what the log holds at start, rather than one interval later.
			queue.enqueue( AUDIT_CHECKPOINT_JOB, {} );
		},
		beginShutdown(): void {
			shuttingDown = true;
			scheduler.stop();
			liveStreamsStop.abort();
		},
	};
}

export type OmniOpsApp = ReturnType< typeof buildApp >;
