/**
 * The hourly rollups of widget events: one hour of raw events counted per site and type,
 * per site, type and facet, and from those per organization and for the platform. Split
 * from repo.ts; the repo's `rollUpHour` runs it.
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

/**
 * Rows in slices of 1000: PostgreSQL allows 65535 bind parameters per statement.
 *
 * @param rows The rows to insert.
 */
function* batches< T >( rows: readonly T[] ): Generator< T[] > {
	for ( let index = 0; index < rows.length; index += 1000 ) {
		yield rows.slice( index, index + 1000 );
	}
}

/**
 * The raw events of one hour, which both hourly rollups (by type, and by type and facet)
 * count from.
 *
 * @param trx       Transaction of the hourly rollup.
 * @param hourStart ISO start of the hour.
 * @param hourEnd   ISO start of the next hour.
 */
const eventsOfHour = (
	trx: Kysely< Database >,
	hourStart: string,
	hourEnd: string
) =>
	trx
		.selectFrom( 'telemetry_events' )
		.where( 'occurred_at', '>=', hourStart )
		.where( 'occurred_at', '<', hourEnd );

/**
 * Recomputes one hour of the per-facet rollup (inside the caller's transaction).
 *
 * @param trx       Transaction of the hourly rollup.
 * @param hourStart ISO start of the hour.
 * @param hourEnd   ISO start of the next hour.
 */
async function rollUpFacets(
	trx: Kysely< Database >,
	hourStart: string,
	hourEnd: string
): Promise< void > {
	const counts = await eventsOfHour( trx, hourStart, hourEnd )
		.select( [
			'site_id',
			'organization_id',
			'type',
			'facet',
			trx.fn.countAll< number >().as( 'n' ),
		] )
		.groupBy( [ 'site_id', 'organization_id', 'type', 'facet' ] )
		.execute();
	await trx
		.deleteFrom( 'telemetry_hourly_facets' )
		.where( 'hour', '=', hourStart )
		.execute();
	await rollUpScopes( trx, hourStart, counts );
	for ( const batch of batches( counts ) ) {
		await trx
			.insertInto( 'telemetry_hourly_facets' )
			.values(
				batch.map( ( row ) => ( {
					site_id: row.site_id,
					organization_id: row.organization_id,
					hour: hourStart,
					type: row.type,
					facet: row.facet,
					count: Number( row.n ),
				} ) )
			)
			.execute();
	}
}

/**
 * Writes one hour of the organization and platform rollups from that hour's per-site
 * counts (same transaction), so platform views read a few thousand rows per month.
 *
 * @param trx       Transaction of the hourly rollup.
 * @param hourStart ISO start of the hour.
 * @param counts    The hour's per-site counts.
 */
async function rollUpScopes(
	trx: Kysely< Database >,
	hourStart: string,
	counts: ReadonlyArray< {
		organization_id: string;
		type: string;
		facet: string;
		n: number | string | bigint;
	} >
): Promise< void > {
	const perOrganization = new Map< string, number >();
	const platform = new Map< string, number >();
	const add = ( map: Map< string, number >, key: string, n: number ) =>
		map.set( key, ( map.get( key ) ?? 0 ) + n );
	for ( const row of counts ) {
		const n = Number( row.n );
		add(
			perOrganization,
			JSON.stringify( [ row.organization_id, row.type, row.facet ] ),
			n
		);
		add( platform, JSON.stringify( [ row.type, row.facet ] ), n );
	}
	await trx
		.deleteFrom( 'telemetry_hourly_org_facets' )
		.where( 'hour', '=', hourStart )
		.execute();
	await trx
		.deleteFrom( 'telemetry_hourly_platform_facets' )
		.where( 'hour', '=', hourStart )
		.execute();
	const orgRows = [ ...perOrganization ].map( ( [ key, count ] ) => {
		const [ organizationId, type, facet ] = JSON.parse( key ) as string[];
		return {
			organization_id: organizationId!,
			hour: hourStart,
			type: type!,
			facet: facet!,
			count,
		};
	} );
	for ( const batch of batches( orgRows ) ) {
		await trx
			.insertInto( 'telemetry_hourly_org_facets' )
			.values( batch )
			.execute();
	}
	const platformRows = [ ...platform ].map( ( [ key, count ] ) => {
		const [ type, facet ] = JSON.parse( key ) as string[];
		return { hour: hourStart, type: type!, facet: facet!, count };
	} );
	if ( platformRows.length ) {
		await trx
			.insertInto( 'telemetry_hourly_platform_facets' )
			.values( platformRows )
			.execute();
	}
}

/**
 * Recomputes the rollup rows of one hour from the raw events (all sites): delete and
 * insert in one transaction, so running it twice gives the same rows.
 *
 * @param db        The database.
 * @param hourStart ISO start of the hour.
 * @param hourEnd   ISO start of the next hour.
 * @return How many rollup rows the hour has.
 */
export function rollUpHour(
	db: Kysely< Database >,
	hourStart: string,
	hourEnd: string
): Promise< number > {
	return db.transaction().execute( async ( trx ) => {
		const counts = await eventsOfHour( trx, hourStart, hourEnd )
			.select( [
				'site_id',
				'organization_id',
				'type',
				trx.fn.countAll< number >().as( 'n' ),
			] )
			.groupBy( [ 'site_id', 'organization_id', 'type' ] )
			.execute();
		await trx
			.deleteFrom( 'telemetry_hourly' )
			.where( 'hour', '=', hourStart )
			.execute();
		if ( counts.length ) {
			await trx
				.insertInto( 'telemetry_hourly' )
				.values(
					counts.map( ( row ) => ( {
						site_id: row.site_id,
						organization_id: row.organization_id,
						hour: hourStart,
						type: row.type,
						count: Number( row.n ),
					} ) )
				)
				.execute();
		}
		await rollUpFacets( trx, hourStart, hourEnd );
		return counts.length;
	} );
}
