import type { Kysely, Selectable } from 'kysely';
import { camelRow } from '../../db/rows';
import type { Database, DailyReportsTable } from '../../db/schema';
import type { DayFigures } from '../../../../contracts/reports';

export interface DailyReport {
	id: string;
	/** 'platform' or the organization id. */
	scopeKey: string;
	organizationId: string | null;
	/** The UTC day, YYYY-MM-DD. */
	day: string;
	figures: DayFigures;
	/** The same figures for the day before, for the change. */
	previous: DayFigures;
	createdAt: string;
}

/** The record is the whole row; its two JSON columns are parsed. */
const toReport = ( row: Selectable< DailyReportsTable > ): DailyReport => {
	const report = camelRow( row );
	return {
		...report,
		figures: JSON.parse( report.figures ) as DayFigures,
		previous: JSON.parse( report.previous ) as DayFigures,
	};
};

export function createReportsRepo( db: Kysely< Database > ) {
	return {
		async exists( scopeKey: string, day: string ): Promise< boolean > {
			const row = await db
				.selectFrom( 'daily_reports' )
				.select( 'id' )
				.where( 'scope_key', '=', scopeKey )
				.where( 'day', '=', day )
				.executeTakeFirst();
			return Boolean( row );
		},
		/** Stores a report; false when the scope already has one for that day (another instance). */
		async insert( report: DailyReport ): Promise< boolean > {
			try {
				await db
					.insertInto( 'daily_reports' )
					.values( {
						id: report.id,
						scope_key: report.scopeKey,
						organization_id: report.organizationId,
						day: report.day,
						figures: JSON.stringify( report.figures ),
						previous: JSON.stringify( report.previous ),
						created_at: report.createdAt,
					} )
					.execute();
				return true;
			} catch ( error ) {
				if ( await this.exists( report.scopeKey, report.day ) ) {
					return false;
				}
				throw error;
			}
		},
		async list( filter: {
			scopeKey?: string;
			limit: number;
		} ): Promise< DailyReport[] > {
			let query = db
				.selectFrom( 'daily_reports' )
				.selectAll()
				.orderBy( 'day', 'desc' )
				.orderBy( 'scope_key' )
				.limit( filter.limit );
			if ( filter.scopeKey ) {
				query = query.where( 'scope_key', '=', filter.scopeKey );
			}
			return ( await query.execute() ).map( toReport );
		},
		async find( id: string ): Promise< DailyReport | undefined > {
			const row = await db
				.selectFrom( 'daily_reports' )
				.selectAll()
				.where( 'id', '=', id )
				.executeTakeFirst();
			return row && toReport( row );
		},
	};
}

export type ReportsRepo = ReturnType< typeof createReportsRepo >;
