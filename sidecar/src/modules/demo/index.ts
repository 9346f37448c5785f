/**
 * The demo module: the demo organization and site, and its storefront pages (served under
 * /demo by areas/demo/; ADR 0026).
 */
import type { KnowledgeService } from '../knowledge/service';
import type { OrgsService } from '../orgs/service';
import type { SitesService } from '../sites/service';
import { ensureDemoSite, readDemoPages } from './service';
import { createDemoStorefront, type DemoState } from './storefront';

export interface DemoModuleDeps {
	/** OMNIOPS_DEMO: serve the demo storefront. */
	enabled: boolean;
	publicUrl: string;
	orgs: OrgsService;
	sites: SitesService;
	knowledge: KnowledgeService;
}

export function createDemoModule( deps: DemoModuleDeps ) {
	let demo: DemoState | null = null;
	return {
		storefront: createDemoStorefront( () => demo ),
		/** Creates the demo site once (when enabled); returns its public key. */
		async initialize(): Promise< string | null > {
			if ( deps.enabled ) {
				const site = await ensureDemoSite( {
					orgs: deps.orgs,
					sites: deps.sites,
					knowledge: deps.knowledge,
					publicUrl: deps.publicUrl,
				} );
				demo = {
					siteKey: site.publicKey,
					publicUrl: deps.publicUrl,
					pages: readDemoPages(),
				};
			}
			return demo?.siteKey ?? null;
		},
	};
}
