/**
 * The WordPress plugin's area (`/api/site/*`): its server-to-server calls, signed with the
 * site secret (ADR 0004) except the one-time connect, declared over the domain services
 * they reach (ADR 0026). The principal is the signed site; every call works on that site
 * or its organization.
 */
import type { AnyRoute } from '../../platform/http';
import type { HandoffsService } from '../../modules/assistant';
import type { LlmSettingsService } from '../../modules/assistant/llm-settings';
import type { CommerceService } from '../../modules/commerce/service';
import type { KnowledgeService } from '../../modules/knowledge/service';
import type { PrivacyService } from '../../modules/privacy/service';
import type { SitesService } from '../../modules/sites/service';
import type { UsageService } from '../../modules/usage/service';
import type { WidgetService } from '../../modules/widget/service';
import { assistantRoutes } from './assistant';
import { commerceRoutes } from './commerce';
import { connectionRoutes } from './connection';
import { privacyRoutes } from './privacy';
import { usageRoutes } from './usage';
import { widgetSettingsRoutes } from './widget-settings';

export interface SiteAreaDeps {
	sites: SitesService;
	knowledge: KnowledgeService;
	commerce: CommerceService;
	llmSettings: LlmSettingsService;
	handoffs: HandoffsService;
	usage: UsageService;
	widget: WidgetService;
	privacy: PrivacyService;
}

export function siteArea( deps: SiteAreaDeps ): AnyRoute[] {
	return [
		...connectionRoutes( deps ),
		...commerceRoutes( deps ),
		...assistantRoutes( deps ),
		...usageRoutes( deps ),
		...widgetSettingsRoutes( deps ),
		...privacyRoutes( deps ),
	];
}
