/**
 * Roles, their permissions and platform staff (`/api/owner/roles*`, `/api/owner/staff*`):
 * the schemas the route table declares (sidecar/src/modules/rbac) and the dashboard reads
 * as types (ADR 0032).
 */
import { z } from 'zod';

export const roleIdSchema = z
	.string()
	.regex( /^[a-z][a-z_]{1,59}$/, 'Not a valid role id.' );

export const roleSchema = z.object( {
	id: z.string(),
	name: z.string(),
	description: z.string(),
	scope: z.enum( [ 'platform', 'organization' ] ),
	permissions: z.array( z.string() ),
} );

export const staffSchema = z.object( {
	userId: z.string(),
	email: z.string(),
	name: z.string(),
	roles: z.array( z.string() ),
} );

export const rolePermissionsBody = z.strictObject( {
	permissions: z
		.array(
			z.string().regex( /^[a-z]+(\.[a-z_]+){2}$/, 'Not a permission id.' )
		)
		.max( 200 ),
} );

export const grantBody = z.strictObject( {
	email: z.email( 'Enter a valid email address.' ).max( 254 ),
	role: roleIdSchema,
} );

export const staffRoleParams = z.object( {
	userId: z.uuid( 'Not a valid user id.' ),
	role: roleIdSchema,
} );

/** `GET /api/owner/roles`: the roles with their permissions, and the permission catalogue. */
export const roleCatalogSchema = z.object( {
	roles: z.array( roleSchema ),
	permissions: z.array(
		z.object( { id: z.string(), description: z.string() } )
	),
} );

export type Role = z.infer< typeof roleSchema >;
export type StaffMember = z.infer< typeof staffSchema >;
export type RoleCatalog = z.infer< typeof roleCatalogSchema >;
