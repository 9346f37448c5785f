import { z } from 'zod';
import { NotFoundError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { AuthService } from '../../modules/auth/service';
import {
	grantBody,
	roleCatalogSchema,
	roleIdSchema,
	rolePermissionsBody,
	staffRoleParams,
	staffSchema,
} from '../../modules/rbac/schema';
import type { RbacService } from '../../modules/rbac/service';

const actor = ( input: {
	principal: { userId: string };
	context: { ip: string; userAgent: string };
} ) => ( {
	userId: input.principal.userId,
	ip: input.context.ip,
	userAgent: input.context.userAgent,
} );

/** `/api/owner/roles*` and `/api/owner/staff*`: platform roles and who holds them. */
export function rbacRoutes( rbac: RbacService, auth: AuthService ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/roles',
			summary:
				'Roles with their permissions, and the permission catalogue',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.admins.read',
			schema: {},
			responses: {
				200: roleCatalogSchema,
			},
			handler: async () => ( {
				body: {
					roles: await rbac.listRoles(),
					permissions: rbac.catalog(),
				},
			} ),
		} ),
		defineRoute( {
			method: 'put',
			path: '/api/owner/roles/:id/permissions',
			summary: "Replace a role's permissions (not the Platform Owner's)",
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.roles.manage',
			audit: 'service',
			schema: {
				params: z.object( { id: roleIdSchema } ),
				body: rolePermissionsBody,
			},
			responses: {
				200: z.object( { permissions: z.array( z.string() ) } ),
				404: 'No such role',
				409: 'The Platform Owner role cannot change',
			},
			handler: async ( input ) => ( {
				body: {
					permissions: await rbac.setRolePermissions(
						actor( input ),
						input.params.id,
						input.body.permissions
					),
				},
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/staff',
			summary: 'Users holding platform roles',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.admins.read',
			schema: {},
			responses: { 200: z.object( { staff: z.array( staffSchema ) } ) },
			handler: async () => ( {
				body: { staff: await rbac.listStaff() },
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/owner/staff',
			summary:
				'Grant a platform role to an existing user (effective on their next request)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.admins.manage',
			audit: 'service',
			schema: { body: grantBody },
			responses: {
				201: z.object( { userId: z.string(), role: z.string() } ),
				404: 'No such user or role',
			},
			handler: async ( input ) => {
				const user = await auth.findUserByEmail( input.body.email );
				if ( ! user ) {
					throw new NotFoundError( 'No user with this email.' );
				}
				await rbac.grantRole(
					actor( input ),
					user.id,
					input.body.role
				);
				return {
					status: 201,
					body: { userId: user.id, role: input.body.role },
				};
			},
		} ),
		defineRoute( {
			method: 'delete',
			path: '/api/owner/staff/:userId/roles/:role',
			summary: 'Revoke a platform role (effective on their next request)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.admins.manage',
			audit: 'service',
			schema: { params: staffRoleParams },
			responses: {
				204: 'Revoked',
				404: 'The user does not hold that role',
				409: 'The last Platform Owner cannot be revoked',
			},
			handler: async ( input ) => {
				await rbac.revokeRole(
					actor( input ),
					input.params.userId,
					input.params.role
				);
				return { status: 204 };
			},
		} ),
	];
}
