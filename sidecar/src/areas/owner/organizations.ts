import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { issuedConnectTokenSchema } from '../../modules/sites/schema';
import type { SitesService } from '../../modules/sites/service';
import {
	createOrganizationBody,
	organizationDetailSchema,
	organizationIdParams,
	organizationSchema,
	organizationSummarySchema,
} from '../../modules/orgs/schema';
import type { OrgsService } from '../../modules/orgs/service';

/** `/api/owner/organizations*`: platform staff manage tenants and hand out connect tokens. */
export function orgRoutes(
	orgs: OrgsService,
	sites: SitesService
): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/organizations',
			summary: 'All organizations with their number of connected sites',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.organizations.read',
			schema: {},
			responses: {
				200: z.object( {
					organizations: z.array( organizationSummarySchema ),
				} ),
			},
			handler: async () => {
				const [ list, counts ] = await Promise.all( [
					orgs.list(),
					sites.countActiveByOrganization(),
				] );
				return {
					body: {
						organizations: list.map( ( org ) => ( {
							...org,
							siteCount: counts.get( org.id ) ?? 0,
						} ) ),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/owner/organizations',
			summary: 'Create an organization (tenant)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.organizations.manage',
			schema: { body: createOrganizationBody },
			responses: {
				201: z.object( { organization: organizationSchema } ),
			},
			handler: async ( { body } ) => ( {
				status: 201,
				body: { organization: await orgs.create( body.name ) },
			} ),
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/organizations/:id',
			summary: 'An organization with its sites and connect tokens',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.organizations.read',
			schema: { params: organizationIdParams },
			responses: {
				200: organizationDetailSchema,
				404: 'No such organization',
			},
			handler: async ( { params } ) => {
				const organization = await orgs.get( params.id );
				const [ siteList, tokens ] = await Promise.all( [
					sites.listByOrganization( organization.id ),
					sites.listConnectTokens( organization.id ),
				] );
				return {
					body: {
						organization,
						sites: siteList,
						connectTokens: tokens.map(
							( { organizationId: _org, ...token } ) => token
						),
					},
				};
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/owner/organizations/:id/connect-tokens',
			summary:
				'Create a one-time connect token (shown once, valid 24 hours)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.organizations.manage',
			schema: {
				params: organizationIdParams,
				body: z.strictObject( {} ).optional(),
			},
			responses: {
				201: issuedConnectTokenSchema,
				404: 'No such organization',
			},
			handler: async ( { params } ) => {
				const organization = await orgs.get( params.id );
				return {
					status: 201,
					body: await sites.createConnectToken( organization.id ),
				};
			},
		} ),
	];
}
