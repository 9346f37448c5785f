/**
 * The demo module: the demo organization and site, and its storefront pages under /demo
 * (ADR 0026).
 */
import type { KnowledgeService } from '../knowledge/service';
import type { OrgsService } from '../orgs/service';
import type { SitesService } from '../sites/service';
import { demoRoutes } from './routes';
import { ensureDemoSite, readDemoPages, type DemoPage } from './service';

export interface DemoModuleDeps {
	/** OMNIOPS_DEMO: serve the demo storefront. */
	enabled: boolean;
	publicUrl: string;
	orgs: OrgsService;
	sites: SitesService;
	knowledge: KnowledgeService;
}

export function createDemoModule( deps: DemoModuleDeps ) {
	let demo: { siteKey: string; publicUrl: string; pages: DemoPage[] } | null =
		null;
	return {
		routes: demoRoutes( () => demo ),
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
