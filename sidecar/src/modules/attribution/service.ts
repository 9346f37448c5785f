/**
 * Conversion attribution (ADR 0012): with the shopper's consent, the pages they visit
 * while the chat is on the page are kept with the conversation; the first of them is the
 * conversation's first touch (landing page, UTM, referral code, referring host). An order
 * the shop reports (order webhook) is attributed to a conversation when it names one
 * (order meta set at checkout from the `omniops_conversation` cookie) or when its billing
 * e-mail is one a shopper left in a handoff — and only when the order came within the
 * attribution window after that conversation's last message.
 */
import { newId } from '../../platform/crypto';
import type { ShopOrderEvent } from '../commerce/service';
import type {
	AttributionRepo,
	ConversionRow,
	FirstTouchRow,
	PageViewRow,
	Utm,
} from './repo';

const DAY_MS = 24 * 60 * 60 * 1000;
/** The same page again within this time is a reload, not a new step of the journey. */
export const RELOAD_WINDOW_MS = 30 * 60 * 1000;
const UTM_KEYS = [ 'source', 'medium', 'campaign', 'term', 'content' ] as const;
/** Query parameters shops and affiliate plugins use for referral codes. */
const REFERRAL_PARAMS = [ 'ref', 'referral' ];
/** Orders in these states are kept but not counted as revenue. */
export const UNCOUNTED_STATUSES = [
	'cancelled',
	'failed',
	'refunded',
	'trash',
] as const;
/** Not (yet) an order a shopper placed: never attributed. */
const NOT_PLACED = [ 'checkout-draft', 'trash' ];

export interface ConversationRef {
	organizationId: string;
	siteId: string;
	conversationId: string;
}

export interface PageViewInput {
	url: string;
	title?: string;
	referrer?: string;
	pageType?: string;
	productId?: string;
	utm?: Utm;
}

export interface AttributionServiceDeps {
	repo: AttributionRepo;
	clock: () => Date;
	windowDays: number;
	/** chat: the conversation, only if it belongs to this site. */
	findConversation: (
		organizationId: string,
		siteId: string,
		conversationId: string
	) => Promise< { id: string } | undefined >;
	/** chat: when the conversation's latest message at or before `at` was written. */
	lastMessageAt: (
		organizationId: string,
		conversationId: string,
		at: string
	) => Promise< string | null >;
	/** assistant: a site's latest handoff requests, newest first (the fallback link of an order). */
	handoffs: (
		organizationId: string,
		siteId: string
	) => Promise<
		Array< { email: string; createdAt: string; conversationId: string } >
	>;
}

function parseHttpUrl( value: string | undefined ): URL | null {
	try {
		const url = new URL( value ?? '' );
		return /^https?:$/.test( url.protocol ) ? url : null;
	} catch {
		return null;
	}
}

/** utm_* parameters of a URL; explicit ones (from the page context) win. */
export function utmOf( url: URL, explicit?: Utm ): Utm | null {
	const utm: Utm = {};
	for ( const key of UTM_KEYS ) {
		const value =
			explicit?.[ key ] ?? url.searchParams.get( `utm_${ key }` );
		if ( value ) {
			utm[ key ] = value.slice( 0, 200 );
		}
	}
	return Object.keys( utm ).length ? utm : null;
}

export function referralCodeOf( url: URL ): string | null {
	for ( const name of REFERRAL_PARAMS ) {
		const value = url.searchParams.get( name );
		if ( value ) {
			return value.slice( 0, 200 );
		}
	}
	return null;
}

/** The referring site, or null when the shopper came from the shop itself (or nowhere). */
export function externalReferrerHost(
	page: URL,
	referrer: string | undefined
): string | null {
	const from = parseHttpUrl( referrer );
	return from && from.host !== page.host ? from.host : null;
}

export function createAttributionService( deps: AttributionServiceDeps ) {
	const { repo, clock } = deps;
	const windowMs = deps.windowDays * DAY_MS;

	/** The latest handoff in which a shopper left this e-mail, since `since`. */
	async function conversationByHandoffEmail(
		organizationId: string,
		siteId: string,
		email: string,
		since: string
	): Promise< string | null > {
		return (
			( await deps.handoffs( organizationId, siteId ) ).find(
				( handoff ) =>
					handoff.email.toLowerCase() === email &&
					handoff.createdAt >= since
			)?.conversationId ?? null
		);
	}

	/** The conversation an order names, or whose handoff e-mail it carries; null when neither. */
	async function linkedConversation(
		organizationId: string,
		siteId: string,
		order: ShopOrderEvent
	): Promise< {
		conversationId: string;
		linkedBy: ConversionRow[ 'linkedBy' ];
		lastMessageAt: string;
	} | null > {
		const candidates: Array< {
			id: string | null;
			linkedBy: ConversionRow[ 'linkedBy' ];
		} > = [];
		if ( order.conversationId ) {
			const own = await deps.findConversation(
				organizationId,
				siteId,
				order.conversationId
			);
			candidates.push( { id: own?.id ?? null, linkedBy: 'order_meta' } );
		}
		if ( order.billingEmail ) {
			candidates.push( {
				id: await conversationByHandoffEmail(
					organizationId,
					siteId,
					order.billingEmail.trim().toLowerCase(),
					new Date(
						Date.parse( order.createdAt ) - windowMs
					).toISOString()
				),
				linkedBy: 'handoff_email',
			} );
		}
		for ( const candidate of candidates ) {
			if ( ! candidate.id ) {
				continue;
			}
			const lastMessageAt = await deps.lastMessageAt(
				organizationId,
				candidate.id,
				order.createdAt
			);
			if (
				lastMessageAt &&
				Date.parse( order.createdAt ) - Date.parse( lastMessageAt ) <=
					windowMs
			) {
				return {
					conversationId: candidate.id,
					linkedBy: candidate.linkedBy,
					lastMessageAt,
				};
			}
		}
		return null;
	}

	return {
		windowDays: deps.windowDays,

		/**
		 * One page load with the chat on it. The caller has checked consent. The same URL
		 * right after itself (a reload) is not stored again.
		 *
		 * @return Whether a view was stored, and why not.
		 */
		async recordPageView(
			ref: ConversationRef,
			input: PageViewInput
		): Promise< { recorded: boolean; reason?: 'reload' } > {
			const url = parseHttpUrl( input.url )!;
			const at = clock();
			const last = await repo.lastPageView(
				ref.organizationId,
				ref.conversationId
			);
			if (
				last &&
				last.url === url.href &&
				at.getTime() - Date.parse( last.viewedAt ) < RELOAD_WINDOW_MS
			) {
				return { recorded: false, reason: 'reload' };
			}
			const view: PageViewRow = {
				id: newId(),
				organizationId: ref.organizationId,
				siteId: ref.siteId,
				conversationId: ref.conversationId,
				url: url.href,
				title: input.title ?? '',
				referrer: input.referrer ?? '',
				pageType: input.pageType ?? null,
				productId: input.productId ?? null,
				utm: utmOf( url, input.utm ),
				refCode: referralCodeOf( url ),
				viewedAt: at.toISOString(),
			};
			const firstTouch: FirstTouchRow = {
				conversationId: ref.conversationId,
				organizationId: ref.organizationId,
				siteId: ref.siteId,
				landingUrl: view.url,
				referrerHost: externalReferrerHost( url, input.referrer ),
				utm: view.utm,
				refCode: view.refCode,
				createdAt: view.viewedAt,
			};
			await repo.insertPageView( view, firstTouch );
			return { recorded: true };
		},

		/** The conversation's journey (oldest first) and its first touch. */
		async journey( organizationId: string, conversationId: string ) {
			return {
				firstTouch:
					( await repo.firstTouch(
						organizationId,
						conversationId
					) ) ?? null,
				pageViews: await repo.listPageViews(
					organizationId,
					conversationId,
					500
				),
			};
		},

		/** Privacy erasure, retention purge and "delete my conversation" call this first. */
		eraseConversation: ( organizationId: string, conversationId: string ) =>
			repo.eraseConversation( organizationId, conversationId ),

		/**
		 * An order from the shop's webhook. A new order linked to a chat within the window
		 * becomes a conversion; a later delivery of an attributed order updates its status
		 * and total. Anything else changes nothing.
		 *
		 * @return The conversion, or null when the order is not attributed.
		 */
		async recordOrder(
			site: { id: string; organizationId: string },
			order: ShopOrderEvent
		): Promise< ConversionRow | null > {
			const now = clock().toISOString();
			const existing = await repo.findConversion(
				site.id,
				order.orderId
			);
			if ( existing ) {
				await repo.updateConversion( existing.id, {
					status: order.status,
					totalMinor: order.totalMinor,
					currency: order.currency,
					updatedAt: now,
				} );
				return {
					...existing,
					status: order.status,
					totalMinor: order.totalMinor,
					currency: order.currency,
					updatedAt: now,
				};
			}
			if ( NOT_PLACED.includes( order.status ) ) {
				return null;
			}
			const link = await linkedConversation(
				site.organizationId,
				site.id,
				order
			);
			if ( ! link ) {
				return null;
			}
			const touch = await repo.firstTouch(
				site.organizationId,
				link.conversationId
			);
			const conversion: ConversionRow = {
				id: newId(),
				organizationId: site.organizationId,
				siteId: site.id,
				orderId: order.orderId,
				orderNumber: order.number,
				status: order.status,
				totalMinor: order.totalMinor,
				currency: order.currency,
				conversationId: link.conversationId,
				linkedBy: link.linkedBy,
				secondsAfterChat: Math.round(
					( Date.parse( order.createdAt ) -
						Date.parse( link.lastMessageAt ) ) /
						1000
				),
				utm: touch?.utm ?? null,
				refCode: touch?.refCode ?? null,
				referrerHost: touch?.referrerHost ?? null,
				orderedAt: order.createdAt,
				recordedAt: now,
				updatedAt: now,
			};
			try {
				await repo.insertConversion( conversion );
			} catch ( error ) {
				// A concurrent delivery of the same order stored it first.
				const stored = await repo.findConversion(
					site.id,
					order.orderId
				);
				if ( ! stored ) {
					throw error;
				}
				return stored;
			}
			return conversion;
		},

		/** An organization's attributed orders since `days` ago: totals per currency and the latest 100. */
		async conversionsFor( organizationId: string, days: number ) {
			const since = new Date(
				clock().getTime() - days * DAY_MS
			).toISOString();
			return {
				since,
				windowDays: deps.windowDays,
				totals: await repo.totals(
					organizationId,
					since,
					UNCOUNTED_STATUSES
				),
				conversions: await repo.listConversions(
					organizationId,
					since,
					100
				),
			};
		},
	};
}

export type AttributionService = ReturnType< typeof createAttributionService >;
