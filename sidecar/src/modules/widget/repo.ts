import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { CacheInvalidations } from '../../platform/cache-invalidation';
import { createSiteCache } from '../../platform/site-cache';

/**
 * The only code that touches `widget_settings`.
 *
 * @param db            Database.
 * @param invalidations Tells the other instances when a site's settings change (ADR 0038).
 */
export function createWidgetRepo(
	db: Kysely< Database >,
	invalidations?: CacheInvalidations
) {
	// Every chat message reads them (consent gate, issue 12): kept per site, cleared by `save`
	// here and on every other instance (ADR 0036, 0038).
	const cache = createSiteCache< unknown | undefined >( {
		shared: invalidations && { name: 'widget_settings', invalidations },
	} );
	const cacheKey = ( organizationId: string, siteId: string ) =>
		`${ organizationId }|${ siteId }`;
	return {
		/** The stored settings (parsed, frozen), from memory after the first read (ADR 0036). */
		find(
			organizationId: string,
			siteId: string
		): Promise< unknown | undefined > {
			return cache.get( cacheKey( organizationId, siteId ), async () => {
				const row = await db
					.selectFrom( 'widget_settings' )
					.select( 'settings' )
					.where( 'organization_id', '=', organizationId )
					.where( 'site_id', '=', siteId )
					.executeTakeFirst();
				return row
					? ( JSON.parse( row.settings ) as unknown )
					: undefined;
			} );
		},
		async save(
			organizationId: string,
			siteId: string,
			settings: unknown,
			at: string
		): Promise< void > {
			const json = JSON.stringify( settings );
			await db
				.insertInto( 'widget_settings' )
				.values( {
					site_id: siteId,
					organization_id: organizationId,
					settings: json,
					updated_at: at,
				} )
				.onConflict( ( oc ) =>
					oc
						.column( 'site_id' )
						.doUpdateSet( { settings: json, updated_at: at } )
				)
				.execute()
				.finally( () =>
					cache.invalidate( cacheKey( organizationId, siteId ) )
				);
		},
	};
}

export type WidgetRepo = ReturnType< typeof createWidgetRepo >;
