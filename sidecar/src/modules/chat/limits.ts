/**
 * Limits of the public chat API (ADR 0019): starting conversations per IP and per site, and
 * sending messages per conversation, per IP and per site, each with a burst. The defaults
 * come from the environment (config.ts); a shop owner may set the site's own in its widget
 * settings (`chatLimits`, signed `PUT /api/site/widget-settings`).
 *
 * Counting order matters: the narrowest key first (conversation, then IP, then site), so a
 * flood refused for its own conversation or address never spends the shop's allowance.
 */
import type { LimitRuleInput } from '../../platform/limit-rule';
import type { LimiterFactory } from '../../platform/rate-limit';

export interface ChatLimitRules {
	messagesPerConversation: LimitRuleInput;
	messagesPerIp: LimitRuleInput;
	messagesPerSite: LimitRuleInput;
	conversationsPerIp: LimitRuleInput;
	conversationsPerSite: LimitRuleInput;
}

export interface ChatLimitsDeps {
	limits: LimiterFactory;
	defaults: ChatLimitRules;
	/** The site's own rules (any subset), from its widget settings. */
	siteRules: (
		organizationId: string,
		siteId: string
	) => Promise< Partial< ChatLimitRules > | undefined >;
	/**
	 * How long a site's rules are reused before being read again; 0: read them every time
	 * (when `siteRules` is itself a cache that writes clear).
	 */
	cacheMs?: number;
	now?: () => number;
}

interface SiteRef {
	organizationId: string;
	siteId: string;
}

export function createChatLimits( deps: ChatLimitsDeps ) {
	const cacheMs = deps.cacheMs ?? 30_000;
	const now = deps.now ?? Date.now;
	const cache = new Map<
		string,
		{ rules: ChatLimitRules; readAt: number }
	>();

	/** The site's rules over the defaults; settings changes apply within `cacheMs`. */
	async function rulesFor( site: SiteRef ): Promise< ChatLimitRules > {
		const cached = cache.get( site.siteId );
		if ( cached && now() - cached.readAt < cacheMs ) {
			return cached.rules;
		}
		const rules = {
			...deps.defaults,
			...( await deps.siteRules( site.organizationId, site.siteId ) ),
		};
		if ( cacheMs <= 0 ) {
			return rules;
		}
		if ( cache.size > 10_000 ) {
			cache.clear();
		}
		cache.set( site.siteId, { rules, readAt: now() } );
		return rules;
	}

	const consume = (
		name: keyof ChatLimitRules,
		rules: ChatLimitRules,
		key: string
	) => deps.limits.create( `chat-${ name }`, rules[ name ] ).consume( key );

	return {
		/**
		 * Counts a new conversation; rejects with RateLimitedError (429) when the address or
		 * the site has started too many.
		 *
		 * @param site Site of the conversation.
		 * @param ip   The shopper's address.
		 */
		async beforeNewConversation( site: SiteRef, ip: string ) {
			const rules = await rulesFor( site );
			await consume(
				'conversationsPerIp',
				rules,
				`${ site.siteId }|${ ip }`
			);
			await consume( 'conversationsPerSite', rules, site.siteId );
		},

		/**
		 * Counts a shopper message before anything is stored; rejects with RateLimitedError.
		 *
		 * @param conversation                Site and conversation the message is for.
		 * @param conversation.conversationId
		 * @param ip                          The shopper's address.
		 */
		async beforeMessage(
			conversation: SiteRef & { conversationId: string },
			ip: string
		) {
			const rules = await rulesFor( conversation );
			await consume(
				'messagesPerConversation',
				rules,
				conversation.conversationId
			);
			await consume(
				'messagesPerIp',
				rules,
				`${ conversation.siteId }|${ ip }`
			);
			await consume( 'messagesPerSite', rules, conversation.siteId );
		},
	};
}

export type ChatLimits = ReturnType< typeof createChatLimits >;
