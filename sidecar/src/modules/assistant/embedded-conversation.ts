/**
 * The embedded responder's conversation turns: the page-aware greeting, the handoff to a
 * person (asking for an e-mail, then passing the question on) and the reply when nothing
 * answers.
 */
import { productCard } from './cards';
import type { CatalogRetrieval } from './embedded-catalog';
import {
	handoffAction,
	pageActions,
	productActions,
	text,
} from './embedded-actions';
import { findEmail } from './analysis';
import type { Lang, Messages } from './messages';
import type {
	AssistantTools,
	ResponderChunk,
	ResponderInput,
} from './responder';

/**
 * Conversation turns over the shop's tools, one per embedded responder.
 * @param tools
 * @param catalog
 * @param catalog.moneyStyle
 */
export function createConversationTurns(
	tools: AssistantTools,
	{ moneyStyle }: Pick< CatalogRetrieval, 'moneyStyle' >
) {
	async function* handoffFlow(
		input: ResponderInput,
		m: Messages
	): AsyncGenerator< ResponderChunk > {
		const email = findEmail( input.text );
		if ( ! email || ! tools.requestHandoff ) {
			yield text( m.handoffAsk );
			yield { type: 'handoff', handoff: { state: 'collectingEmail' } };
			return;
		}
		const question =
			[ ...input.history ]
				.reverse()
				.find( ( x ) => x.role === 'shopper' && ! findEmail( x.text ) )
				?.text ?? input.text;
		await tools.requestHandoff( {
			organizationId: input.organizationId,
			siteId: input.siteId,
			conversationId: input.conversationId,
			email,
			question,
		} );
		yield text( m.handoffDone( email ) );
		yield { type: 'handoff', handoff: { state: 'requested' } };
	}

	/** The greeting, aware of the page: on a product page it names the product and offers its actions. */
	async function* welcome(
		input: ResponderInput,
		m: Messages,
		lang: Lang
	): AsyncGenerator< ResponderChunk > {
		const page = input.pageContext;
		const onPage =
			page?.productId && tools.getProduct
				? await tools.getProduct(
						input.organizationId,
						input.siteId,
						page.productId
					)
				: null;
		if ( onPage ) {
			yield text( m.greetingOnProduct( onPage.product.name ) );
			yield {
				type: 'products',
				products: [
					productCard(
						onPage,
						await moneyStyle( input ),
						null,
						lang
					),
				],
			};
			yield {
				type: 'quickActions',
				actions: [
					...productActions( onPage, null, m ).filter(
						( a ) => a.kind !== 'handoff'
					),
					{
						id: `compare-${ onPage.product.externalId }`,
						label: m.actionCompare,
						kind: 'message',
						message: m.actionCompareMessage( onPage.product.name ),
					},
				],
			};
			return;
		}
		yield text( m.greeting );
		const actions = pageActions( page?.pageType ?? 'other', m );
		if ( actions ) {
			yield { type: 'quickActions', actions };
		}
	}

	function* unknown( m: Messages ): Generator< ResponderChunk > {
		yield text( m.unknown );
		yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
	}

	return { handoffFlow, welcome, unknown };
}
