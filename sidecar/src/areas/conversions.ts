/**
 * Orders attributed to chats (ADR 0012), for the platform owner (`/api/owner/organizations/
 * :id/conversions`) and for an organization's own team (`/api/org/:orgId/conversions`):
 * one mapping of the attribution service's figures, declared once per audience (ADR 0026).
 */
import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../platform/http';
import {
	conversionsQuery,
	conversionsSchema,
} from '../modules/attribution/schema';
import type { AttributionService } from '../modules/attribution/service';

const orgParams = z.object( { id: z.uuid( 'Not a valid organization id.' ) } );

/**
 * @param deps             The services.
 * @param deps.attribution The attribution service.
 * @param deps.orgs        The orgs service.
 * @param deps.orgs.get    Throws 404 for an unknown organization.
 */
export function conversionsRoutes( {
	attribution,
	orgs,
}: {
	attribution: Pick< AttributionService, 'conversionsFor' >;
	orgs: { get: ( id: string ) => Promise< { id: string } > };
} ): AnyRoute[] {
	const organizationOf = orgs.get;
	/** One organization's figures as both the owner and the organization area show them. */
	async function conversionsOf( organizationId: string, days: number ) {
		const result = await attribution.conversionsFor( organizationId, days );
		return {
			since: result.since,
			windowDays: result.windowDays,
			totals: result.totals,
			conversions: result.conversions.map( ( conversion ) => ( {
				siteId: conversion.siteId,
				orderId: conversion.orderId,
				orderNumber: conversion.orderNumber,
				status: conversion.status,
				totalMinor: conversion.totalMinor,
				currency: conversion.currency,
				conversationId: conversion.conversationId,
				linkedBy: conversion.linkedBy,
				secondsAfterChat: conversion.secondsAfterChat,
				utm: conversion.utm,
				refCode: conversion.refCode,
				referrerHost: conversion.referrerHost,
				orderedAt: conversion.orderedAt,
			} ) ),
		};
	}

	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/organizations/:id/conversions',
			summary:
				'Orders attributed to chats (order webhook within the attribution window): revenue per currency and the latest 100',
			tag: 'attribution',
			auth: 'platform',
			permission: 'platform.organizations.read',
			schema: { params: orgParams, query: conversionsQuery },
			responses: {
				200: conversionsSchema,
				404: 'No such organization',
			},
			handler: async ( { params, query } ) => {
				const organization = await organizationOf( params.id );
				return {
					body: await conversionsOf( organization.id, query.days ),
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/org/:orgId/conversions',
			summary:
				"The organization's orders attributed to chats: revenue per currency and the latest 100 (organization area)",
			tag: 'org',
			auth: 'org',
			permission: 'org.overview.read',
			schema: {
				params: z.object( { orgId: z.uuid() } ),
				query: conversionsQuery,
			},
			responses: { 200: conversionsSchema },
			handler: async ( { principal, query } ) => ( {
				body: await conversionsOf(
					principal.organizationId,
					query.days
				),
			} ),
		} ),
	];
}
