/**
 * The demo organization and site that `npm start` shows newcomers: a storefront page
 * served by the sidecar, with the real loader and widget, answering from a few bundled pages.
 */
import fs from 'node:fs';
import path from 'node:path';
import { REPO_ROOT } from '../../config';
import type { KnowledgeService } from '../knowledge/service';
import type { OrgsService } from '../orgs/service';
import type { Site, SitesService } from '../sites/service';

export const DEMO_ORGANIZATION_NAME = 'OmniOps demo shop';
export const DEMO_PAGES_DIR = path.join( REPO_ROOT, 'sidecar/demo/pages' );

export interface DemoPage {
	slug: string;
	title: string;
	html: string;
}

export function readDemoPages(): DemoPage[] {
	return fs
		.readdirSync( DEMO_PAGES_DIR )
		.filter( ( file ) => file.endsWith( '.html' ) )
		.sort()
		.map( ( file ) => {
			const html = fs.readFileSync(
				path.join( DEMO_PAGES_DIR, file ),
				'utf8'
			);
			const title =
				/<h1[^>]*>([^<]*)<\/h1>/i.exec( html )?.[ 1 ]?.trim() ?? file;
			return { slug: file.replace( /\.html$/, '' ), title, html };
		} );
}

export interface DemoDeps {
	orgs: OrgsService;
	sites: SitesService;
	knowledge: KnowledgeService;
	publicUrl: string;
}

/**
 * Creates (once) the demo organization and a site for this public URL, and indexes the pages.
 * One demo site per database: sites left by an earlier public URL are disconnected.
 */
export async function ensureDemoSite( {
	orgs,
	sites,
	knowledge,
	publicUrl,
}: DemoDeps ): Promise< Site > {
	const org =
		( await orgs.findByName( DEMO_ORGANIZATION_NAME ) ) ??
		( await orgs.create( DEMO_ORGANIZATION_NAME ) );
	const demoUrl = `${ publicUrl }/demo`;
	const active = ( await sites.listByOrganization( org.id ) ).filter(
		( site ) => ! site.disconnectedAt
	);
	const existing = active.find( ( site ) => site.url === demoUrl );
	for ( const stale of active ) {
		if ( stale !== existing ) {
			await sites.disconnect( org.id, stale.id );
		}
	}
	const site =
		existing ??
		(
			await sites.createSite( org.id, {
				siteUrl: demoUrl,
				siteName: 'Demo Shop',
				restUrl: `${ publicUrl }/demo/`,
				allowedOrigins: [ new URL( publicUrl ).origin ],
				platform: { kind: 'demo' },
			} )
		).site;
	await knowledge.indexDocuments(
		site,
		readDemoPages().map( ( page ) => ( {
			source: 'demo_page',
			externalId: page.slug,
			title: page.title,
			url: `${ demoUrl }/pages/${ page.slug }`,
			html: page.html,
			modifiedAt: null,
		} ) )
	);
	return site;
}
