import type { Kysely } from 'kysely';
import { camelRow, camelRows } from '../../db/rows';
import type { Database } from '../../db/schema';

export interface OrganizationRow {
	id: string;
	name: string;
	createdAt: string;
}

const ORGANIZATION_COLUMNS = [ 'id', 'name', 'created_at' ] as const;

export function createOrgsRepo( db: Kysely< Database > ) {
	return {
		async insert( org: OrganizationRow ): Promise< void > {
			await db
				.insertInto( 'organizations' )
				.values( {
					id: org.id,
					name: org.name,
					created_at: org.createdAt,
				} )
				.execute();
		},
		async findById( id: string ): Promise< OrganizationRow | undefined > {
			const row = await db
				.selectFrom( 'organizations' )
				.select( ORGANIZATION_COLUMNS )
				.where( 'id', '=', id )
				.executeTakeFirst();
			return row && camelRow( row );
		},
		async findByName(
			name: string
		): Promise< OrganizationRow | undefined > {
			const row = await db
				.selectFrom( 'organizations' )
				.select( ORGANIZATION_COLUMNS )
				.where( 'name', '=', name )
				.executeTakeFirst();
			return row && camelRow( row );
		},
		async list(): Promise< OrganizationRow[] > {
			const rows = await db
				.selectFrom( 'organizations' )
				.select( ORGANIZATION_COLUMNS )
				.orderBy( 'created_at', 'desc' )
				.orderBy( 'id' )
				.execute();
			return camelRows( rows );
		},
	};
}

export type OrgsRepo = ReturnType< typeof createOrgsRepo >;
