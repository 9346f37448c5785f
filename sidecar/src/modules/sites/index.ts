/**
 * The sites module: connected shops, their keys and signed requests (ADR 0026). The
 * plugin's API over it (`/api/site/*`) is declared in areas/site.
 */
import type { Platform } from '../../platform';
import type { KnowledgeService } from '../knowledge/service';
import { createSitesRepo } from './repo';
import { createSitesService } from './service';

export interface SitesModuleDeps {
	platform: Pick<
		Platform,
		'db' | 'clock' | 'secrets' | 'cacheInvalidations'
	>;
	knowledge: KnowledgeService;
}

export function createSitesModule( { platform, knowledge }: SitesModuleDeps ) {
	const sites = createSitesService( {
		repo: createSitesRepo(
			platform.db.kysely,
			platform.secrets,
			platform.cacheInvalidations
		),
		clock: platform.clock,
		onConnected: ( site ) => knowledge.scheduleSync( site ),
	} );
	return {
		sites,
		/** Data upgrade: signing secrets stored before they were sealed get sealed now. */
		initialize: () => sites.sealStoredSigningSecrets(),
	};
}
