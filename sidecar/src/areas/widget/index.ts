/**
 * The storefront widget's area (`/widget/frame`, `/api/widget/*`): the iframe page and its
 * configuration, conversations and messages, the shopper's privacy controls, telemetry
 * beacons and the journey, declared over the services they need together — chat, privacy
 * (consent before sending), widget (settings, per-site chat limits), telemetry (beacons and
 * widget tokens: widget-events), attribution (ADR 0026).
 */
import type { Config } from '../../config';
import type { AnyRoute } from '../../platform/http';
import type { LimiterFactory } from '../../platform/rate-limit';
import type { AttributionService } from '../../modules/attribution/service';
import {
	createChatLimits,
	type ChatLimitsDeps,
} from '../../modules/chat/limits';
import type { ChatService } from '../../modules/chat/service';
import type { PrivacyService } from '../../modules/privacy/service';
import type { SitesService } from '../../modules/sites/service';
import type { WidgetEventsService } from '../../modules/widget-events/service';
import type { WidgetTokens } from '../../modules/widget-events/widget-token';
import type { WidgetService } from '../../modules/widget/service';
import { chatRoutes } from './conversations';
import { frameRoutes } from './frame';
import { journeyRoutes } from './journey';
import { privacyRoutes } from './privacy';
import { telemetryRoutes } from './telemetry';

export interface WidgetAreaDeps {
	config: Pick< Config, 'limits' >;
	limits: LimiterFactory;
	chat: ChatService;
	sites: SitesService;
	privacy: PrivacyService;
	widget: WidgetService & { chatLimitsOf: ChatLimitsDeps[ 'siteRules' ] };
	widgetEvents: Pick< WidgetEventsService, 'ingest' >;
	widgetTokens: Pick< WidgetTokens, 'issue' | 'verify' >;
	attribution: AttributionService;
}

/** The iframe page and config, conversations and messages, privacy controls, the journey, telemetry. */
export function widgetArea( deps: WidgetAreaDeps ): AnyRoute[] {
	return [
		...frameRoutes( {
			sites: deps.sites,
			widget: deps.widget,
			telemetryToken: deps.widgetTokens.issue,
		} ),
		...chatRoutes(
			deps.chat,
			deps.sites,
			deps.privacy.ensureConsent,
			createChatLimits( {
				limits: deps.limits,
				defaults: deps.config.limits,
				siteRules: deps.widget.chatLimitsOf,
				// Read through the widget settings' own cache, which every save clears on every
				// instance (ADR 0038): a shop's new limits count from its next message.
				cacheMs: 0,
			} )
		),
		...privacyRoutes( deps ),
		...journeyRoutes( {
			attribution: deps.attribution,
			ensureConsent: deps.privacy.ensureConsent,
			limits: deps.limits,
		} ),
		...telemetryRoutes( {
			telemetry: deps.widgetEvents,
			sites: deps.sites,
			intake: {
				tokens: deps.widgetTokens,
				limits: deps.limits,
				perIp: deps.config.limits.telemetryPerIp,
				perSite: deps.config.limits.telemetryPerSite,
			},
		} ),
	];
}
