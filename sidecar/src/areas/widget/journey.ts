/**
 * The shopper's journey (`/api/widget/conversations/:id/journey`, conversation token): a
 * page the shopper loaded with the chat on it, and what is kept of the journey, over the
 * attribution service, with the privacy module's consent check before anything is stored.
 */
import { z } from 'zod';
import type { AnyRoute } from '../../platform/http';
import type { LimiterFactory } from '../../platform/rate-limit';
import { journeySchema, pageViewBody } from '../../modules/attribution/schema';
import type {
	AttributionService,
	ConversationRef,
} from '../../modules/attribution/service';
import { defineConversationRoute } from './own-conversation';

/**
 * @param deps               The area's services.
 * @param deps.attribution   The attribution service.
 * @param deps.ensureConsent Throws when the site requires consent and the conversation has none (privacy).
 * @param deps.limits        Rate limits (shared through Redis when configured).
 */
export function journeyRoutes( {
	attribution,
	ensureConsent,
	limits,
}: {
	attribution: Pick< AttributionService, 'recordPageView' | 'journey' >;
	ensureConsent: ( ref: ConversationRef ) => Promise< void >;
	limits: LimiterFactory;
} ): AnyRoute[] {
	// A shopper loads a few pages a minute; a loop posting views is cut off here.
	const viewsPerConversation = limits.create( 'page-views-conversation', {
		points: 30,
		durationSeconds: 60,
	} );
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

	return [
		defineConversationRoute( {
			method: 'post',
			path: '/api/widget/conversations/:id/journey',
			summary:
				'Record a page the shopper loaded with the chat on it (only with consent; a reload of the same page is not counted again)',
			schema: { body: pageViewBody },
			responses: {
				201: z.object( { recorded: z.literal( true ) } ),
				200: z.object( {
					recorded: z.literal( false ),
					reason: z.literal( 'reload' ),
				} ),
				403: 'The site requires consent first; nothing is stored',
				429: 'Too many page views for this conversation',
			},
			handler: async ( { body, principal } ) => {
				await viewsPerConversation.consume( principal.conversationId );
				await ensureConsent( principal );
				const result = await attribution.recordPageView(
					principal,
					body
				);
				return { status: result.recorded ? 201 : 200, body: result };
			},
		} ),
		defineConversationRoute( {
			method: 'get',
			path: '/api/widget/conversations/:id/journey',
			summary:
				"What is kept of the shopper's journey for this conversation: first touch (landing page, UTM, referral) and page views",
			responses: {
				200: journeySchema,
			},
			handler: async ( { principal } ) => {
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
	];
}
