/**
 * The privacy module: consent, retention per conversation, "delete my conversation",
 * export and erasure for WordPress (ADR 0009, ADR 0026). Its routes are declared in
 * areas/widget (the shopper's choices) and areas/site (export and erasure).
 */
import type { Platform } from '../../platform';
import type { AttributionService } from '../attribution/service';
import type { ChatService } from '../chat/service';
import type { SitesService } from '../sites/service';
import type { WidgetService } from '../widget/service';
import { createPrivacyRepo } from './repo';
import { createPrivacyService } from './service';

export interface PrivacyModuleDeps {
	platform: Pick<
		Platform,
		'db' | 'clock' | 'logger' | 'queue' | 'scheduler'
	>;
	chat: ChatService;
	sites: SitesService;
	widget: WidgetService;
	attribution: Pick< AttributionService, 'eraseConversation' | 'journey' >;
}

export function createPrivacyModule( {
	platform,
	chat,
	sites,
	widget,
	attribution,
}: PrivacyModuleDeps ) {
	const privacy = createPrivacyService( {
		eraseAlso: [ attribution.eraseConversation ],
		pagesViewed: async ( organizationId, conversationId ) =>
			(
				await attribution.journey( organizationId, conversationId )
			).pageViews.map( ( view ) => ( {
				url: view.url,
				viewedAt: view.viewedAt,
			} ) ),
		repo: createPrivacyRepo( platform.db.kysely ),
		chat,
		sites,
		widget,
		clock: platform.clock,
		logger: platform.logger,
	} );
	platform.queue.register( 'privacy.retention-purge', async () => {
		await privacy.purgeExpired();
	} );
	return {
		privacy,
		startSchedules(): void {
			platform.scheduler.every( 'privacy.retention-purge', 60 * 60_000 );
		},
	};
}
