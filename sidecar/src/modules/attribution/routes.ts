import { z } from 'zod';
import { NotFoundError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';
import {
	createMemoryLimiterFactory,
	type LimiterFactory,
} from '../../platform/rate-limit';
import { conversationParams } from '../chat/schema';
import {
	conversionsQuery,
	conversionsSchema,
	journeySchema,
	pageViewBody,
} from './schema';
import type { AttributionService, ConversationRef } from './service';

const orgParams = z.object( { id: z.uuid( 'Not a valid organization id.' ) } );

/**
 * The shopper's journey (`/api/widget/conversations/:id/journey`, conversation token)
 * and an organization's attributed orders, for the platform owner and for the
 * organization's own team.
 *
 * @param attribution    The attribution service.
 * @param ensureConsent  Throws when the site requires consent and the conversation has none (privacy).
 * @param organizationOf Throws 404 for an unknown organization (orgs).
 * @param limits         Rate limits (shared through Redis when configured).
 */
export function attributionRoutes(
	attribution: AttributionService,
	ensureConsent: ( ref: ConversationRef ) => Promise< void >,
	organizationOf: ( id: string ) => Promise< { id: string } >,
	limits: LimiterFactory = createMemoryLimiterFactory()
): AnyRoute[] {
	// A shopper loads a few pages a minute; a loop posting views is cut off here.
	const viewsPerConversation = limits.create( 'page-views-conversation', {
		points: 30,
		durationSeconds: 60,
	} );
	const own = (
		requested: string,
		principal: { conversationId: string }
	) => {
		if ( requested !== principal.conversationId ) {
			throw new NotFoundError( 'Conversation not found.' );
		}
	};
	const publicView = ( view: {
		url: string;
		title: string;
		referrer: string;
		pageType: string | null;
		productId: string | null;
		utm: Record< string, string > | null;
		refCode: string | null;
		viewedAt: string;
	} ) => ( {
		url: view.url,
		title: view.title,
		referrer: view.referrer,
		pageType: view.pageType,
		productId: view.productId,
		utm: view.utm,
		refCode: view.refCode,
		viewedAt: view.viewedAt,
	} );

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
			method: 'post',
			path: '/api/widget/conversations/:id/journey',
			summary:
				'Record a page the shopper loaded with the chat on it (only with consent; a reload of the same page is not counted again)',
			tag: 'widget',
			auth: 'conversation',
			permission: null,
			schema: { params: conversationParams, body: pageViewBody },
			responses: {
				201: z.object( { recorded: z.literal( true ) } ),
				200: z.object( {
					recorded: z.literal( false ),
					reason: z.literal( 'reload' ),
				} ),
				403: 'The site requires consent first; nothing is stored',
				404: 'Unknown conversation or wrong token',
				429: 'Too many page views for this conversation',
			},
			handler: async ( { params, body, principal } ) => {
				own( params.id, principal );
				await viewsPerConversation.consume( principal.conversationId );
				await ensureConsent( principal );
				const result = await attribution.recordPageView(
					principal,
					body
				);
				return { status: result.recorded ? 201 : 200, body: result };
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/widget/conversations/:id/journey',
			summary:
				"What is kept of the shopper's journey for this conversation: first touch (landing page, UTM, referral) and page views",
			tag: 'widget',
			auth: 'conversation',
			permission: null,
			schema: { params: conversationParams },
			responses: {
				200: journeySchema,
				404: 'Unknown conversation or wrong token',
			},
			handler: async ( { params, principal } ) => {
				own( params.id, principal );
				const journey = await attribution.journey(
					principal.organizationId,
					principal.conversationId
				);
				return {
					body: {
						firstTouch: journey.firstTouch && {
							landingUrl: journey.firstTouch.landingUrl,
							referrerHost: journey.firstTouch.referrerHost,
							utm: journey.firstTouch.utm,
							refCode: journey.firstTouch.refCode,
							createdAt: journey.firstTouch.createdAt,
						},
						pageViews: journey.pageViews.map( publicView ),
					},
				};
			},
		} ),
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
