import { newId } from '../../platform/crypto';
import { NotFoundError } from '../../platform/errors';
import type { OrganizationRow, OrgsRepo } from './repo';

export type Organization = OrganizationRow;

export function createOrgsService( repo: OrgsRepo, clock: () => Date ) {
	return {
		async create( name: string ): Promise< Organization > {
			const org = {
				id: newId(),
				name: name.trim(),
				createdAt: clock().toISOString(),
			};
			await repo.insert( org );
			return org;
		},
		async get( id: string ): Promise< Organization > {
			const org = await repo.findById( id );
			if ( ! org ) {
				throw new NotFoundError( 'Organization not found.' );
			}
			return org;
		},
		list: () => repo.list(),
		findByName: ( name: string ) => repo.findByName( name ),
	};
}

export type OrgsService = ReturnType< typeof createOrgsService >;
