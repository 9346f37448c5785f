/**
 * The embedded responder's order lookups: the order number and e-mail gathered across
 * messages (or the signed-in customer), rate-limited per conversation and per IP, and the
 * order's status and items in the shopper's language.
 */
import { RateLimitedError } from '../../platform/errors';
import type { Limiter, LimiterFactory } from '../../platform/rate-limit';
import {
	findEmail,
	findOrderNumber,
	guessLanguage,
	type Analysis,
} from './analysis';
import { moneyText } from './cards';
import { handoffAction, text } from './embedded-actions';
import { LANGS, MESSAGES, messages, type Lang } from './messages';
import type {
	AssistantTools,
	OrderSummary,
	ResponderChunk,
	ResponderInput,
} from './responder';

/** Order lookups allowed per conversation and per IP, so orders cannot be enumerated. */
export const ORDER_LOOKUP_LIMITS = {
	perConversation: { limit: 5, windowMs: 15 * 60_000 },
	perIp: { limit: 20, windowMs: 60 * 60_000 },
};

/**
 * The order-lookup limiters, from the app's factory (shared through Redis when configured),
 * so the embedded and LLM responders count the same lookups.
 * @param limits
 */
export function orderLookupLimiters( limits: LimiterFactory ): {
	perConversation: Limiter;
	perIp: Limiter;
} {
	const rule = ( limit: { limit: number; windowMs: number } ) => ( {
		points: limit.limit,
		durationSeconds: Math.ceil( limit.windowMs / 1000 ),
	} );
	return {
		perConversation: limits.create(
			'order-lookup-conversation',
			rule( ORDER_LOOKUP_LIMITS.perConversation )
		),
		perIp: limits.create(
			'order-lookup-ip',
			rule( ORDER_LOOKUP_LIMITS.perIp )
		),
	};
}

/** Whether the last assistant message asked for order details (in any language). */
export function askedForOrder( previous: string | undefined ): boolean {
	if ( ! previous ) {
		return false;
	}
	return LANGS.some( ( lang ) => {
		const m = MESSAGES[ lang ];
		const number = /#(\d+)/.exec( previous )?.[ 1 ];
		return (
			[
				m.orderAsk,
				m.orderNotFound,
				m.orderAskSignedIn,
				m.orderNotFoundSignedIn,
				m.orderAskNumber,
			].includes( previous ) ||
			( number !== undefined && previous === m.orderAskEmail( number ) )
		);
	} );
}

export function askedForEmail( previous: string | undefined ): boolean {
	return LANGS.some( ( lang ) => MESSAGES[ lang ].handoffAsk === previous );
}

/**
 * The order flow over the shop's order tools, one per embedded responder.
 * @param tools
 * @param limits
 */
export function createOrderFlow(
	tools: AssistantTools,
	limits: LimiterFactory
) {
	const { perConversation, perIp } = orderLookupLimiters( limits );

	/** Shopper messages, newest first, each with whether the assistant had just asked for order details. */
	function recentShopperMessages(
		input: ResponderInput,
		askedNow: boolean
	): Array< { text: string; asked: boolean } > {
		const list: Array< { text: string; asked: boolean } > = [];
		const history = input.history;
		for ( let i = history.length - 1; i >= 0 && list.length < 4; i-- ) {
			const message = history[ i ]!;
			if ( message.role !== 'shopper' ) {
				continue;
			}
			const before = history
				.slice( 0, i )
				.reverse()
				.find( ( x ) => x.role === 'assistant' );
			list.push( {
				text: message.text,
				asked: askedForOrder( before?.text ),
			} );
		}
		return [ { text: input.text, asked: askedNow }, ...list ];
	}

	async function* orderAnswer(
		input: ResponderInput,
		order: OrderSummary,
		lang: Lang
	): AsyncGenerator< ResponderChunk > {
		const m = messages( lang );
		// The total as the shop writes its prices ("How much did I pay for order 4?").
		const money = tools.priceFormat
			? await tools.priceFormat( input.siteId )
			: input.locale;
		const items = order.items
			.map( ( item ) => `${ item.quantity } × ${ item.name }` )
			.join( ', ' );
		const lines = [
			m.orderStatus(
				order.number,
				m.status[ order.status ] ?? order.status
			),
			...( items ? [ m.orderItems( items ) ] : [] ),
			m.orderTotal(
				moneyText( order.totalMinor, order.currency, money )
			),
		];
		// The shop writes its notes in its own language: a reply in the other one says so.
		const said = order.customerNotes.join( ' ' );
		const noteLang = said ? guessLanguage( said ) : null;
		const update =
			noteLang && noteLang !== lang
				? m.orderUpdateOtherLanguage
				: m.orderUpdate;
		const notes = said ? `\n${ update( said ) }` : '';
		yield text( `${ lines.join( ' ' ) }${ notes }` );
	}

	async function* orderFlow(
		input: ResponderInput,
		analysis: Analysis,
		askedNow: boolean
	): AsyncGenerator< ResponderChunk > {
		const m = messages( analysis.lang );
		// The number and the e-mail may come in separate messages, in either order.
		const recent = recentShopperMessages( input, askedNow );
		const orderNumber =
			recent
				.map( ( message ) =>
					findOrderNumber( message.text, message.asked )
				)
				.find( Boolean ) ?? null;
		const email =
			recent
				.map( ( message ) => findEmail( message.text ) )
				.find( Boolean ) ?? null;
		// A signed-in customer the shop vouched for needs only the number; with an e-mail
		// given, the number + billing e-mail pair is checked as for anyone.
		const byAccount =
			! email && input.customer && tools.lookupCustomerOrder
				? input.customer
				: null;
		if ( ! tools.lookupOrder || ( ! orderNumber && ! email ) ) {
			yield text( input.customer ? m.orderAskSignedIn : m.orderAsk );
			return;
		}
		if ( ! orderNumber ) {
			yield text( m.orderAskNumber );
			return;
		}
		if ( ! email && ! byAccount ) {
			yield text( m.orderAskEmail( orderNumber ) );
			return;
		}
		try {
			await perConversation.consume(
				`${ input.siteId }:${ input.conversationId }`
			);
			if ( input.clientIp ) {
				await perIp.consume( `${ input.siteId }:${ input.clientIp }` );
			}
		} catch ( error ) {
			if ( error instanceof RateLimitedError ) {
				yield text( m.orderLimited );
				yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
				return;
			}
			throw error;
		}
		const order = byAccount
			? await tools.lookupCustomerOrder!(
					input.siteId,
					orderNumber,
					byAccount.customerId
				)
			: await tools.lookupOrder( input.siteId, orderNumber, email! );
		if ( ! order ) {
			yield text( byAccount ? m.orderNotFoundSignedIn : m.orderNotFound );
			yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
			return;
		}
		yield* orderAnswer( input, order, analysis.lang );
	}

	return { orderFlow };
}
