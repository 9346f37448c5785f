import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';

export interface OrganizationRow {
	id: string;
	name: string;
	createdAt: string;
}

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
				.selectAll()
				.where( 'id', '=', id )
				.executeTakeFirst();
			return (
				row && { id: row.id, name: row.name, createdAt: row.created_at }
			);
		},
		async findByName(
			name: string
		): Promise< OrganizationRow | undefined > {
			const row = await db
				.selectFrom( 'organizations' )
				.selectAll()
				.where( 'name', '=', name )
				.executeTakeFirst();
			return (
				row && { id: row.id, name: row.name, createdAt: row.created_at }
			);
		},
		async list(): Promise< OrganizationRow[] > {
			const rows = await db
				.selectFrom( 'organizations' )
				.selectAll()
				.orderBy( 'created_at', 'desc' )
				.orderBy( 'id' )
				.execute();
			return rows.map( ( row ) => ( {
				id: row.id,
				name: row.name,
				createdAt: row.created_at,
			} ) );
		},
	};
}

export type OrgsRepo = ReturnType< typeof createOrgsRepo >;
