/**
 * The assistant module: the responders (embedded, LLM with embedded fallback), their
 * tools over the shop's knowledge and catalog, handoffs to a person and the per-
 * organization LLM settings (ADR 0026: one assistant repo, built here).
 */
import type { Platform } from '../../platform';
import type { CommerceService } from '../commerce/service';
import type { KnowledgeService } from '../knowledge/service';
import type { UsageService } from '../usage/service';
import { createEmbeddedResponder } from './embedded-responder';
import { createHandoffService } from './handoff';
import { createLlmSettingsService } from './llm-settings';
import { createAssistantRepo } from './repo';
import { createResponderRouter } from './router';

export interface AssistantModuleDeps {
	platform: Pick<
		Platform,
		| 'db'
		| 'queue'
		| 'logger'
		| 'clock'
		| 'mailer'
		| 'config'
		| 'secrets'
		| 'limits'
		| 'cacheInvalidations'
	>;
	knowledge: KnowledgeService;
	commerce: CommerceService;
	usage: UsageService;
}

export function createAssistantModule( {
	platform,
	knowledge,
	commerce,
	usage,
}: AssistantModuleDeps ) {
	const { clock, limits } = platform;
	const repo = createAssistantRepo( platform.db.kysely );
	const handoffService = createHandoffService( {
		repo,
		queue: platform.queue,
		logger: platform.logger,
		clock,
		mailer: platform.mailer,
		publicUrl: platform.config.publicUrl,
	} );
	const handoffs = {
		...handoffService,
		/** Distinct conversations that asked for a person, per site, over a window (AI cost report). */
		conversationsBySite: ( from: string, to: string ) =>
			repo.handoffConversationsBySite( from, to ),
	};
	const tools = {
		searchContent: knowledge.searchContent,
		searchProducts: commerce.searchProducts,
		getProduct: commerce.getProduct,
		lookupOrder: commerce.lookupOrder,
		lookupCustomerOrder: commerce.lookupCustomerOrder,
		requestHandoff: handoffService.request,
		catalogAsOf: commerce.catalogAsOf,
		// Retrieval for answers on unseen shops (ADR 0023), for the responder to use.
		contactFacts: knowledge.contactFacts,
		siteLanguage: knowledge.siteLanguage,
		formatPrice: commerce.formatPrice,
		priceFormat: commerce.priceFormat,
		productFacts: commerce.productFacts,
		catalogFreshness: commerce.catalogFreshness,
	};
	const llmSettings = createLlmSettingsService(
		repo,
		platform.secrets,
		clock,
		platform.cacheInvalidations
	);
	const responder = createResponderRouter( {
		embedded: createEmbeddedResponder( tools, { limits } ),
		tools,
		usage,
		configFor: llmSettings.configFor,
		limits,
	} );
	return {
		handoffs,
		llmSettings,
		responder,
	};
}

export type HandoffsService = ReturnType<
	typeof createAssistantModule
>[ 'handoffs' ];
