/**
 * Builds the Express app from the modules. Tests use it without listening; main.ts adds
 * the process around it (listen, signals, shutdown).
 *
 * This file only composes (ADR 0026): the platform parts, each module from its index.ts in
 * dependency order (a module's deps are other modules' public services), the areas whose
 * routes need several modules, the authenticators, the Express shell and static bundles.
 */
import fs from 'node:fs';
import path from 'node:path';
import cookieParser from 'cookie-parser';
import express, { type Express } from 'express';
import { REPO_ROOT } from './config';
import { createPlatform, type PlatformDeps } from './platform';
import {
	bodyParsers,
	mountRoutes,
	strictTransportSecurity,
	type AnyRoute,
} from './platform/http';
import {
	LOADER_CACHE_CONTROL,
	assetName,
	compressResponses,
	compressedBundles,
	compressedFile,
} from './platform/compressed-bundles';
import { NotFoundError } from './platform/errors';
import { errorHandler } from './platform/error-handler';
import { metricsRoute } from './platform/metrics';
import { requestLog, securityHeaders } from './platform/request-middleware';
import type { KnowledgeServiceDeps } from './modules/knowledge/service';
import { createAiCostModule } from './modules/ai-cost';
import { createAlertsModule } from './modules/alerts';
import { createAssistantModule } from './modules/assistant';
import { createAttributionModule } from './modules/attribution';
import { createAuditModule } from './modules/audit';
import { createAuthModule } from './modules/auth';
import { createBillingModule } from './modules/billing';
import { createChatModule } from './modules/chat';
import { createCommerceModule } from './modules/commerce';
import { createDemoModule } from './modules/demo';
import { createKnowledgeModule } from './modules/knowledge';
import { createOrgsModule } from './modules/orgs';
import { createPrivacyModule } from './modules/privacy';
import { createRbacModule } from './modules/rbac';
import { createReportsModule } from './modules/reports';
import { createSitesModule } from './modules/sites';
import { createSystemModule } from './modules/system';
import { createUsageModule } from './modules/usage';
import { createWidgetModule } from './modules/widget';
import { createWidgetEventsModule } from './modules/widget-events';
import { createAuthenticators } from './areas/authenticators';
import { orgArea } from './areas/org';
import { ownerArea } from './areas/owner';
import { conversionsRoutes } from './areas/conversions';
import { demoArea } from './areas/demo';
import { siteArea } from './areas/site';
import { systemArea } from './areas/system';
import { webhooksArea } from './areas/webhooks';
import { widgetArea } from './areas/widget';
import {
	orgWidgetHealthRoutes,
	ownerWidgetHealthRoutes,
} from './areas/widget-health';

export const VERSION = '0.1.0';

export interface AppDeps extends PlatformDeps {
	/** Replaces the WordPress REST reader (tests of failure paths). */
	readContent?: KnowledgeServiceDeps[ 'readContent' ];
}

/** Built browser bundles the sidecar serves. */
export const ASSETS = {
	loader: path.join( REPO_ROOT, 'plugin/build/loader.js' ),
	widgetDir: path.join( REPO_ROOT, 'build/widget' ),
	dashboardDir: path.join( REPO_ROOT, 'build/dashboard' ),
};

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
	const platform = createPlatform( deps );
	const { queue, bus, limits, metrics } = platform;

	// Modules, each built once from its index.ts, in dependency order.
	const knowledgeModule = createKnowledgeModule( {
		platform,
		readContent: deps.readContent,
	} );
	const { knowledge } = knowledgeModule;
	const sitesModule = createSitesModule( { platform, knowledge } );
	const { sites } = sitesModule;
	const commerceModule = createCommerceModule( {
		platform,
		sites,
		knowledge,
	} );
	const { commerce } = commerceModule;
	const auditModule = createAuditModule( { platform } );
	const { audit } = auditModule;
	const { rbac } = createRbacModule( { platform, audit } );
	const authModule = createAuthModule( { platform, audit, rbac } );
	const { auth, accounts } = authModule;
	const orgsModule = createOrgsModule( {
		platform,
		audit,
		rbac,
		auth,
		accounts,
	} );
	const { orgs } = orgsModule;
	const { usage } = createUsageModule( { platform } );
	const assistantModule = createAssistantModule( {
		platform,
		knowledge,
		commerce,
		usage,
	} );
	const { handoffs } = assistantModule;
	const { chat } = createChatModule( {
		platform,
		responder: assistantModule.responder,
		productStates: commerce.productStates,
	} );
	const widgetEventsModule = createWidgetEventsModule( { platform, sites } );
	const { widgetEvents } = widgetEventsModule;
	const { usageInsights } = createAiCostModule( {
		usage,
		chat,
		handoffs,
		orgs,
		sites,
	} );
	const { widget } = createWidgetModule( { platform, sites } );
	const { attribution } = createAttributionModule( {
		platform,
		chat,
		handoffs,
		orders: commerceModule.orders,
	} );
	const privacyModule = createPrivacyModule( {
		platform,
		chat,
		sites,
		widget,
		attribution,
	} );
	const { privacy } = privacyModule;
	const alertsModule = createAlertsModule( {
		platform,
		audit,
		health: widgetEventsModule.health,
		sites,
	} );
	const { alerts } = alertsModule;
	const reportsModule = createReportsModule( {
		platform,
		health: widgetEventsModule.health,
		chat,
		usage,
		orgs,
		alerts,
	} );
	const { billing } = createBillingModule( { platform, audit } );
	const demoModule = createDemoModule( {
		enabled: config.demo,
		publicUrl: config.publicUrl,
		orgs,
		sites,
		knowledge,
	} );
	const routes: AnyRoute[] = [];
	const systemModule = createSystemModule( {
		db,
		publicUrl: config.publicUrl,
		version: VERSION,
		routes,
		// /readyz reports Redis and the job queue too (issue 13 item 1).
		redisUrl: config.redisUrl,
		queue,
	} );
	const reportDeps = {
		widgetHealth: widgetEventsModule.widgetHealth,
		usageInsights,
		bus,
		logger,
		clock: platform.clock,
		shutdown: widgetEventsModule.liveStreamsEnd,
	};
	routes.push(
		...systemArea( systemModule.system ),
		...authModule.authRoutes,
		...authModule.accountRoutes,
		...ownerArea( {
			rbac,
			auth,
			accounts,
			audit,
			orgs,
			access: orgsModule.access,
			members: orgsModule.members,
			sites,
			usage,
			llmSettings: assistantModule.llmSettings,
			widgetEvents,
			alerts,
			reports: reportsModule.reports,
			billing,
		} ),
		...orgArea( {
			orgs,
			members: orgsModule.members,
			access: orgsModule.access,
			sites,
			chat,
			auth,
		} ),
		...siteArea( {
			sites,
			knowledge,
			commerce,
			llmSettings: assistantModule.llmSettings,
			handoffs,
			usage,
			widget,
			privacy,
		} ),
		...webhooksArea( { commerce } ),
		...widgetArea( {
			config,
			limits,
			chat,
			sites,
			privacy,
			widget,
			widgetEvents,
			widgetTokens: widgetEventsModule.widgetTokens,
			attribution,
		} ),
		...conversionsRoutes( { attribution, orgs } ),
		metricsRoute( metrics, config.metricsToken ),
		...demoArea( demoModule.storefront ),
		...ownerWidgetHealthRoutes( reportDeps ),
		...orgWidgetHealthRoutes( reportDeps )
	);

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
		authenticators: createAuthenticators( {
			auth,
			orgAccess: orgsModule.access,
			sites,
			chat,
		} ),
		can: rbac.can,
		auditPlatformCall: auditModule.recordPlatformCall,
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

	const scheduled = [
		knowledgeModule,
		commerceModule,
		widgetEventsModule,
		privacyModule,
		alertsModule,
		reportsModule,
		orgsModule,
		auditModule,
	];
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
			orgMembers: orgsModule.members,
			orgAccess: orgsModule.access,
			sites,
			knowledge,
			chat,
			attribution,
			// The widget-events module's services, under the names the tests use.
			telemetry: widgetEvents,
			telemetryHealth: widgetEventsModule.health,
			widget,
			privacy,
			alerts,
			reports: reportsModule.reports,
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
			const setupToken = await authModule.initialize();
			await sitesModule.initialize();
			await commerceModule.initialize();
			const demoSiteKey = await demoModule.initialize();
			return { setupToken, demoSiteKey };
		},
		/** Starts the timers of scheduled jobs (main.ts; tests enqueue jobs themselves). */
		startSchedules(): void {
			for ( const module of scheduled ) {
				module.startSchedules();
			}
		},
		beginShutdown(): void {
			systemModule.beginShutdown();
			platform.scheduler.stop();
			widgetEventsModule.beginShutdown();
		},
	};
}

export type OmniOpsApp = ReturnType< typeof buildApp >;
