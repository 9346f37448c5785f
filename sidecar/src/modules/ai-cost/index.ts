/**
 * The ai-cost module: the platform owner's AI usage and cost report by organization, site,
 * model or day (`usage-insights.ts`), which areas/widget-health.ts serves (ADR 0026). It
 * owns no tables: tokens and cost are the usage module's rows, messages and conversations
 * the chat module's, handoff requests the assistant module's, each read through that
 * module's service. It is a module of its own, built after those, because the usage module
 * comes before them (the assistant records usage).
 */
import type { HandoffsService } from '../assistant';
import type { ChatService } from '../chat/service';
import type { OrgsService } from '../orgs/service';
import type { SitesService } from '../sites/service';
import type { UsageService } from '../usage/service';
import { createUsageInsights } from './usage-insights';

export interface AiCostModuleDeps {
	usage: Pick< UsageService, 'totalsBySiteAndModel' >;
	chat: Pick< ChatService, 'activityBySite' >;
	handoffs: Pick< HandoffsService, 'conversationsBySite' >;
	orgs: Pick< OrgsService, 'get' >;
	sites: Pick< SitesService, 'getForPlatform' >;
}

export function createAiCostModule( {
	usage,
	chat,
	handoffs,
	orgs,
	sites,
}: AiCostModuleDeps ) {
	const usageInsights = createUsageInsights( {
		usageTotals: usage.totalsBySiteAndModel,
		activity: chat.activityBySite,
		handoffConversations: handoffs.conversationsBySite,
		organizationName: async ( id ) =>
			( await orgs.get( id ).catch( () => ( { name: id } ) ) ).name,
		siteLabel: async ( id ) =>
			( await sites.getForPlatform( id ).catch( () => ( { url: id } ) ) )
				.url,
	} );
	return { usageInsights };
}
