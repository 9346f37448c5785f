/**
 * Ready set-ups in one call for the suites that start from a connected site: a test sidecar
 * with a site connected through the owner API (`startSiteSidecar`, the platform owner signed
 * in) or through the services without a dashboard login (`startTestShopSidecar`). Each
 * returns what the suite keeps; the suite closes `sidecar`. (A WooCommerce double connected
 * to a sidecar is shop-connection.ts's `startShopSidecar`.)
 */
import { connectTestShop } from './connect-shop';
import { connectSite, type ConnectedSite } from './flows';
import { startOwnerSidecar, type OwnerSidecar } from './owner-sidecar';
import {
	startTestSidecar,
	type StartOptions,
	type TestDialect,
	type TestSidecar,
} from './sidecar-harness';

export type { OwnerSession } from './flows';
export type { ConnectedSite, TestSidecar };

export interface SiteSidecar extends OwnerSidecar {
	site: ConnectedSite;
}

export interface SiteOptions extends StartOptions {
	siteName?: string;
	siteUrl?: string;
	/** Waits for the jobs the connection queued (the first knowledge sync) to finish. */
	drainQueue?: boolean;
}

/**
 * A sidecar, its platform owner signed in, and an organization with one site connected
 * through the owner API and the plugin's connect call (flows.ts `connectSite`).
 * @param dialect
 * @param options
 */
export async function startSiteSidecar(
	dialect: TestDialect,
	options: SiteOptions = {}
): Promise< SiteSidecar > {
	const { siteName, siteUrl, drainQueue, ...start } = options;
	const { sidecar, owner } = await startOwnerSidecar( dialect, start );
	const site = await connectSite( sidecar, owner, siteName, siteUrl );
	if ( drainQueue ) {
		await sidecar.omniops.queue.drain();
	}
	return { sidecar, owner, site };
}

/**
 * A sidecar and a shop connected to a new organization made through the service (no
 * dashboard login; connect-shop.ts `connectTestShop`).
 * @param dialect
 * @param options
 */
export async function startTestShopSidecar(
	dialect: TestDialect,
	options: StartOptions = {}
): Promise< { sidecar: TestSidecar; site: ConnectedSite } > {
	const sidecar = await startTestSidecar( dialect, options );
	return { sidecar, site: await connectTestShop( sidecar ) };
}
