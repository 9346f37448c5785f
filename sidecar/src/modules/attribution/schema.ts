import { z } from 'zod';
import { pageContextSchema } from '../chat/schema';

/** One page load with the chat on it: the bridge's page context, with a web URL required. */
export const pageViewBody = pageContextSchema.extend( {
	url: z
		.string()
		.max( 2048 )
		.refine( ( value ) => {
			try {
				return /^https?:$/.test( new URL( value ).protocol );
			} catch {
				return false;
			}
		}, 'url must be an http(s) URL.' ),
} );

const utmSchema = z
	.object( {
		source: z.string().optional(),
		medium: z.string().optional(),
		campaign: z.string().optional(),
		term: z.string().optional(),
		content: z.string().optional(),
	} )
	.nullable();

export const journeySchema = z.object( {
	firstTouch: z
		.object( {
			landingUrl: z.string(),
			referrerHost: z.string().nullable(),
			utm: utmSchema,
			refCode: z.string().nullable(),
			createdAt: z.string(),
		} )
		.nullable(),
	pageViews: z.array(
		z.object( {
			url: z.string(),
			title: z.string(),
			referrer: z.string(),
			pageType: z.string().nullable(),
			productId: z.string().nullable(),
			utm: utmSchema,
			refCode: z.string().nullable(),
			viewedAt: z.string(),
		} )
	),
} );

export const conversionsQuery = z.object( {
	days: z.coerce
		.number()
		.int( 'days is a whole number.' )
		.min( 1 )
		.max( 366 )
		.default( 30 ),
} );

export const conversionsSchema = z.object( {
	since: z.string(),
	windowDays: z.number(),
	totals: z.array(
		z.object( {
			currency: z.string(),
			orders: z.number(),
			totalMinor: z.number(),
		} )
	),
	conversions: z.array(
		z.object( {
			siteId: z.string(),
			orderId: z.string(),
			orderNumber: z.string(),
			status: z.string(),
			totalMinor: z.number(),
			currency: z.string(),
			conversationId: z.string().nullable(),
			linkedBy: z.enum( [ 'order_meta', 'handoff_email' ] ),
			secondsAfterChat: z.number(),
			utm: utmSchema,
			refCode: z.string().nullable(),
			referrerHost: z.string().nullable(),
			orderedAt: z.string(),
		} )
	),
} );
