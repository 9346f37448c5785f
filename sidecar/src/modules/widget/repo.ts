import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/** The only code that touches `widget_settings`. */
export function createWidgetRepo( db: Kysely< Database > ) {
	return {
		async find(
			organizationId: string,
			siteId: string
		): Promise< unknown | undefined > {
			const row = await db
				.selectFrom( 'widget_settings' )
				.select( 'settings' )
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return row ? ( JSON.parse( row.settings ) as unknown ) : undefined;
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
				.execute();
		},
	};
}

export type WidgetRepo = ReturnType< typeof createWidgetRepo >;
