/**
 * The catalog panel's view of omniops/v1/commerce* (plugin/src/Rest/CommerceController.php),
 * which forwards the sidecar's /api/site/commerce/status (docs/contracts.md).
 */
import apiFetch from '@wordpress/api-fetch';

import type { SyncStatus } from '../contracts/commerce';

/**
 * The sidecar's sync status (contracts/commerce.ts) as the panel reads it (not the
 * `platform` name), plus what the plugin adds.
 */
export type CatalogSync = Omit< SyncStatus, 'platform' > & {
	/** Published products WordPress holds (added by the plugin; null if it cannot count). */
	shopProducts?: number | null;
};

const base = () =>
	`/${ window.omniopsAdmin?.restNamespace ?? 'omniops/v1' }/commerce`;

export const getCatalogSync = async (): Promise< CatalogSync > =>
	( await apiFetch< { sync: CatalogSync } >( { path: base() } ) ).sync;

export const startCatalogSync = async (): Promise< CatalogSync > =>
	(
		await apiFetch< { sync: CatalogSync } >( {
			path: `${ base() }/sync`,
			method: 'POST',
		} )
	).sync;

export const connectWooCommerce = async (): Promise< CatalogSync > =>
	(
		await apiFetch< { sync: CatalogSync } >( {
			path: `${ base() }/connect`,
			method: 'POST',
		} )
	).sync;
