import type { Db } from '../../db';
import {
	ConflictError,
	NotFoundError,
	ValidationError,
} from '../../platform/errors';
import type { Principal } from '../../platform/principal';
import type {
	AuditActor,
	AuditedTransaction,
	AuditService,
} from '../audit/service';
import {
	ORG_PERMISSION_CATALOG,
	PERMISSION_CATALOG,
	PLATFORM_OWNER,
	isCataloguedPermission,
	orgRoleId,
	type OrgRole,
} from './catalog';
import { createRbacRepo } from './repo';

export interface Access {
	roles: string[];
	permissions: string[];
}

/**
 * Roles and permissions as data (ADR 0010). `can` is the one permission check the route
 * layer calls; access is read per request, so a grant or revoke applies to the next request.
 * @param deps
 * @param deps.db
 * @param deps.audit
 * @param deps.clock
 */
export function createRbacService( deps: {
	db: Db;
	audit: AuditService;
	clock: () => Date;
} ) {
	const { db, audit, clock } = deps;
	const repo = createRbacRepo( db.kysely );
	let catalogSynced: Promise< void > | null = null;

	/** Inserts catalogue permissions the table lacks and grants each new one to its default roles. */
	async function syncCatalog(): Promise< void > {
		const known = new Set( await repo.permissionIds() );
		const isNew = ( permission: { id: string } ) =>
			! known.has( permission.id );
		// Org permissions go to org roles only: the Platform Owner reaches an organization
		// through impersonation, never through a role grant.
		await insertPermissions(
			ORG_PERMISSION_CATALOG.filter( isNew ),
			( permission ) => permission.defaultRoles.map( orgRoleId )
		);
		await insertPermissions(
			PERMISSION_CATALOG.filter( isNew ),
			( permission ) => [ PLATFORM_OWNER, ...permission.defaultRoles ]
		);
	}

	/**
	 * Inserts `permissions` and grants each to the roles `rolesOf` names, in one transaction
	 * (none when there is nothing to insert).
	 *
	 * @param permissions Permissions the table lacks.
	 * @param rolesOf     The role ids a new permission is granted to.
	 */
	async function insertPermissions<
		P extends { id: string; description: string },
	>(
		permissions: readonly P[],
		rolesOf: ( permission: P ) => readonly string[]
	): Promise< void > {
		if ( permissions.length === 0 ) {
			return;
		}
		await db.kysely.transaction().execute( async ( trx ) => {
			const inTrx = createRbacRepo( trx );
			for ( const permission of permissions ) {
				await inTrx.insertPermission(
					permission.id,
					permission.description,
					clock().toISOString()
				);
				for ( const role of rolesOf( permission ) ) {
					await inTrx.grantPermission( role, permission.id );
				}
			}
		} );
	}

	function ready(): Promise< void > {
		catalogSynced ??= syncCatalog().catch( ( error: unknown ) => {
			catalogSynced = null;
			throw error;
		} );
		return catalogSynced;
	}

	return {
		ready,

		async accessOf( userId: string ): Promise< Access > {
			await ready();
			return repo.accessOf( userId );
		},

		/**
		 * Whether the principal holds the permission. The Platform Owner holds every permission,
		 * including ones another module has not catalogued yet.
		 * @param principal
		 * @param permission
		 */
		can( principal: Principal, permission: string ): boolean {
			// In an organization only the org role counts (or the impersonation's reduced set).
			if ( principal.kind === 'member' ) {
				return principal.permissions.includes( permission );
			}
			return (
				principal.kind === 'user' &&
				( principal.roles.includes( PLATFORM_OWNER ) ||
					principal.permissions.includes( permission ) )
			);
		},

		/** The permissions of an org role, as stored (read per request). */
		async permissionsOfOrgRole( role: OrgRole ): Promise< string[] > {
			await ready();
			return repo.permissionsOfRole( orgRoleId( role ) );
		},

		catalog: () =>
			PERMISSION_CATALOG.map( ( { id, description } ) => ( {
				id,
				description,
			} ) ),

		/** Platform roles with their permissions (org roles keep their catalogue defaults; ADR 0014). */
		async listRoles() {
			await ready();
			return ( await repo.listRoles() ).filter(
				( role ) => role.scope === 'platform'
			);
		},

		listStaff: () => repo.listStaff(),

		countOwners: () => repo.countUsersWithRole( PLATFORM_OWNER ),

		/** Makes a user the Platform Owner (first owner from the environment or the setup link). */
		async grantOwner( userId: string ): Promise< void > {
			await repo.grantRole(
				userId,
				PLATFORM_OWNER,
				clock().toISOString()
			);
		},

		/** Grants a role inside the caller's transaction (an accepted invitation). */
		async grantRoleIn(
			trx: AuditedTransaction,
			userId: string,
			roleId: string
		): Promise< void > {
			await createRbacRepo( trx ).grantRole(
				userId,
				roleId,
				clock().toISOString()
			);
		},

		async isPlatformRole( roleId: string ): Promise< boolean > {
			const role = await repo.findRole( roleId );
			return role?.scope === 'platform';
		},

		async setRolePermissions(
			actor: AuditActor,
			roleId: string,
			permissionIds: string[]
		): Promise< string[] > {
			await ready();
			const role = await repo.findRole( roleId );
			if ( ! role || role.scope !== 'platform' ) {
				throw new NotFoundError( 'No such role.' );
			}
			if ( roleId === PLATFORM_OWNER ) {
				throw new ConflictError(
					'The Platform Owner holds every permission; it cannot be changed.'
				);
			}
			const unknown = permissionIds.filter(
				( id ) => ! isCataloguedPermission( id )
			);
			if ( unknown.length > 0 ) {
				throw new ValidationError( 'Unknown permissions.', {
					unknown,
				} );
			}
			const wanted = [ ...new Set( permissionIds ) ].sort();
			return audit.audited( actor, async ( trx ) => {
				await createRbacRepo( trx ).replaceRolePermissions(
					roleId,
					wanted
				);
				return {
					result: wanted,
					entry: {
						action: 'role.permissions.set',
						resourceType: 'role',
						resourceId: roleId,
						details: { permissions: wanted },
					},
				};
			} );
		},

		async grantRole(
			actor: AuditActor,
			userId: string,
			roleId: string
		): Promise< void > {
			const role = await repo.findRole( roleId );
			if ( ! role || role.scope !== 'platform' ) {
				throw new NotFoundError( 'No such platform role.' );
			}
			await audit.audited( actor, async ( trx ) => {
				const added = await createRbacRepo( trx ).grantRole(
					userId,
					roleId,
					clock().toISOString()
				);
				return {
					result: undefined,
					entry: {
						action: 'admin.role.grant',
						resourceType: 'user',
						resourceId: userId,
						details: { role: roleId, changed: added },
					},
				};
			} );
		},

		async revokeRole(
			actor: AuditActor,
			userId: string,
			roleId: string
		): Promise< void > {
			await audit.audited( actor, async ( trx ) => {
				const inTrx = createRbacRepo( trx );
				if ( ! ( await inTrx.revokeRole( userId, roleId ) ) ) {
					throw new NotFoundError(
						'This user does not hold that role.'
					);
				}
				// Checked inside the transaction, so two revokes cannot both pass it.
				if (
					roleId === PLATFORM_OWNER &&
					( await inTrx.countUsersWithRole( PLATFORM_OWNER ) ) === 0
				) {
					throw new ConflictError(
						'This is the last Platform Owner; grant the role to someone else first.'
					);
				}
				return {
					result: undefined,
					entry: {
						action: 'admin.role.revoke',
						resourceType: 'user',
						resourceId: userId,
						details: { role: roleId },
					},
				};
			} );
		},
	};
}

export type RbacService = ReturnType< typeof createRbacService >;
