/**
 * The storefront widget's area (`/api/widget/*`): conversations, messages and the journey,
 * which need the chat, privacy (consent before sending) and widget (per-site chat limits)
 * services together (ADR 0026).
 */
import type { Config } from '../../config';
import type { AnyRoute } from '../../platform/http';
import type { LimiterFactory } from '../../platform/rate-limit';
import { attributionRoutes } from '../../modules/attribution/routes';
import type { AttributionService } from '../../modules/attribution/service';
import {
	createChatLimits,
	type ChatLimitsDeps,
} from '../../modules/chat/limits';
import { chatRoutes } from '../../modules/chat/routes';
import type { ChatService } from '../../modules/chat/service';
import type { OrgsService } from '../../modules/orgs/service';
import type { PrivacyService } from '../../modules/privacy/service';
import type { SitesService } from '../../modules/sites/service';

export interface WidgetAreaDeps {
	config: Pick< Config, 'limits' >;
	limits: LimiterFactory;
	chat: ChatService;
	sites: SitesService;
	privacy: Pick< PrivacyService, 'ensureConsent' >;
	widget: { chatLimitsOf: ChatLimitsDeps[ 'siteRules' ] };
	attribution: AttributionService;
	orgs: Pick< OrgsService, 'get' >;
}

/** Conversations and messages (chat). */
export function widgetChatArea( deps: WidgetAreaDeps ): AnyRoute[] {
	return chatRoutes(
		deps.chat,
		deps.sites,
		deps.privacy.ensureConsent,
		createChatLimits( {
			limits: deps.limits,
			defaults: deps.config.limits,
			siteRules: deps.widget.chatLimitsOf,
		} )
	);
}

/** The journey (widget) and conversions (owner, org) of attribution. */
export function attributionArea( deps: WidgetAreaDeps ): AnyRoute[] {
	return attributionRoutes(
		deps.attribution,
		deps.privacy.ensureConsent,
		deps.orgs.get,
		deps.limits
	);
}
