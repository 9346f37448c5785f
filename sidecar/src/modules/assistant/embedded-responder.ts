/**
 * The embedded responder: no API key, no network beyond the shop. It recognises what a
 * message asks (intents.ts) and answers from the shop's own data: the synced catalog
 * (products, variations, prices, stock), orders (number + billing e-mail), and pages
 * (policies, contact). It never states a price or stock level the data does not hold;
 * when nothing fits it says so and offers a person.
 */
import { RateLimitedError } from '../../platform/errors';
import { createRateLimiter, type RateLimiter } from '../../platform/rate-limit';
import { isRelevant, productKeywords } from '../commerce/search';
import type { ProductMatch } from '../commerce/service';
import {
	productCard,
	productPriceText,
	priceText,
	stockText,
	variantLabel,
} from './cards';
import {
	detectIntent,
	findEmail,
	findOrderNumber,
	findPriceLimit,
	refersToPage,
	type Intent,
} from './intents';
import type {
	AssistantTools,
	OrderSummary,
	QuickAction,
	Responder,
	ResponderChunk,
	ResponderInput,
} from './responder';

/** A passage must contain at least this share of the question's keywords to be quoted. */
export const MIN_COVERAGE = 0.5;

export const EMBEDDED_REPLIES = {
	greeting:
		'Hello! Ask me anything about this shop — products, prices, stock, your order, shipping or returns.',
	thanks: "You're welcome! Anything else I can help with?",
	unknown:
		"I'm sorry, I couldn't find an answer to that in this shop's information, and I'd rather not guess. Could you rephrase it, or would you like me to pass your question to a person?",
	handoffAsk:
		"I'll pass this to the shop's team. What e-mail address should they reply to?",
	orderAsk:
		'I can look up your order. Please tell me the order number and the e-mail address used for billing.',
	orderNotFound:
		"I couldn't find an order with that number and e-mail address. Please check both — the e-mail is the one used for billing.",
	/** To a signed-in customer the shop vouched for: the number is enough. */
	orderAskSignedIn: 'I can look up your order. What is the order number?',
	/** Missing orders and other people's orders get this same answer. */
	orderNotFoundSignedIn:
		"I couldn't find an order with that number in your account. Please check the number, or give me the e-mail address used for billing.",
	orderLimited:
		"I can't look up more orders right now. Please try again later, or ask me to pass your question to a person.",
	noProducts:
		"I couldn't find a product matching that in this shop. Could you describe it differently?",
};

/** Order lookups allowed per conversation and per IP, so orders cannot be enumerated. */
export const ORDER_LOOKUP_LIMITS = {
	perConversation: { limit: 5, windowMs: 15 * 60_000 },
	perIp: { limit: 20, windowMs: 60 * 60_000 },
};

const ORDER_STATUS: Record< string, string > = {
	pending: 'awaiting payment',
	processing: 'being prepared for shipping',
	'on-hold': 'on hold',
	completed: 'completed and shipped',
	cancelled: 'cancelled',
	refunded: 'refunded',
	failed: 'failed (the payment did not go through)',
};

const HANDOFF_ACTION: QuickAction = {
	id: 'handoff',
	label: 'Talk to a person',
	kind: 'handoff',
};

/** Quick actions offered with the greeting on pages other than product pages. */
const PAGE_ACTIONS: Partial< Record< string, QuickAction[] > > = {
	contact: [
		{ id: 'schedule-call', label: 'Schedule a call', kind: 'handoff' },
		{ id: 'email-us', label: 'Email us', kind: 'handoff' },
	],
	faq: [
		{
			id: 'search-help',
			label: 'Search help articles',
			kind: 'message',
			message: 'How do returns work?',
		},
	],
	cart: [
		{
			id: 'shipping-costs',
			label: 'Shipping costs',
			kind: 'message',
			message: 'What are your shipping costs?',
		},
	],
};

export interface EmbeddedResponderOptions {
	now?: () => number;
}

function text( delta: string ): ResponderChunk {
	return { type: 'text', delta };
}

function productActions( match: ProductMatch ): QuickAction[] {
	return [
		{
			id: `cart-${ match.product.externalId }`,
			label: 'Add to cart',
			kind: 'addToCart',
			productId: match.product.externalId,
		},
		{
			id: `stock-${ match.product.externalId }`,
			label: 'Check stock',
			kind: 'message',
			message: `Is the ${ match.product.name } in stock?`,
		},
		HANDOFF_ACTION,
	];
}

export function createEmbeddedResponder(
	tools: AssistantTools,
	options: EmbeddedResponderOptions = {}
): Responder {
	const perConversation: RateLimiter = createRateLimiter(
		ORDER_LOOKUP_LIMITS.perConversation.limit,
		ORDER_LOOKUP_LIMITS.perConversation.windowMs,
		options.now
	);
	const perIp: RateLimiter = createRateLimiter(
		ORDER_LOOKUP_LIMITS.perIp.limit,
		ORDER_LOOKUP_LIMITS.perIp.windowMs,
		options.now
	);

	async function* fromPages(
		input: ResponderInput
	): AsyncGenerator< ResponderChunk, boolean > {
		const [ best ] = await tools.searchContent(
			input.organizationId,
			input.siteId,
			input.text,
			3
		);
		if ( ! best || best.coverage < MIN_COVERAGE ) {
			return false;
		}
		yield text( `From our “${ best.title }” page:\n\n${ best.body }` );
		yield { type: 'source', source: { title: best.title, url: best.url } };
		return true;
	}

	async function findProducts(
		input: ResponderInput,
		limit: number
	): Promise< ProductMatch[] > {
		const pageProduct = input.pageContext?.productId;
		if ( pageProduct && tools.getProduct && refersToPage( input.text ) ) {
			const onPage = await tools.getProduct(
				input.organizationId,
				input.siteId,
				pageProduct
			);
			if ( onPage ) {
				const named = tools.searchProducts
					? (
							await tools.searchProducts(
								input.organizationId,
								input.siteId,
								`${ onPage.product.name } ${ input.text }`,
								1
							)
						).find( ( m ) => m.product.externalId === pageProduct )
					: undefined;
				return [ named ?? onPage ];
			}
		}
		if ( ! tools.searchProducts ) {
			return [];
		}
		const words = productKeywords( input.text );
		return (
			await tools.searchProducts(
				input.organizationId,
				input.siteId,
				input.text,
				limit
			)
		).filter( ( match ) =>
			isRelevant(
				words,
				[
					match.product.name,
					...match.product.categories,
					...match.product.tags,
				].join( ' ' )
			)
		);
	}

	function* priceAnswer(
		match: ProductMatch,
		locale: string
	): Generator< ResponderChunk > {
		const [ variation ] = match.namedVariations;
		if ( variation && match.namedVariations.length === 1 ) {
			const price = priceText( variation, locale );
			yield text(
				price
					? `The ${ match.product.name } in ${ variantLabel( variation ) } costs ${ price }. It is ${ stockText( variation ) }.`
					: `The shop doesn't list a price for the ${ match.product.name } in ${ variantLabel( variation ) }.`
			);
			yield {
				type: 'products',
				products: [ productCard( match, locale, variation ) ],
			};
			return;
		}
		const price = productPriceText( match, locale );
		yield text(
			price
				? `The ${ match.product.name } costs ${ price }.`
				: `The shop doesn't list a price for the ${ match.product.name }.`
		);
		yield { type: 'products', products: [ productCard( match, locale ) ] };
	}

	function* availabilityAnswer(
		match: ProductMatch,
		locale: string
	): Generator< ResponderChunk > {
		const { product, variations, namedVariations } = match;
		if ( namedVariations.length > 0 ) {
			const lines = namedVariations
				.slice( 0, 6 )
				.map(
					( v ) => `• ${ variantLabel( v ) }: ${ stockText( v ) }`
				);
			yield text(
				namedVariations.length === 1
					? `The ${ product.name } in ${ variantLabel( namedVariations[ 0 ]! ) } is ${ stockText( namedVariations[ 0 ]! ) }.`
					: `The ${ product.name }:\n${ lines.join( '\n' ) }`
			);
			yield {
				type: 'products',
				products: namedVariations
					.slice( 0, 3 )
					.map( ( v ) => productCard( match, locale, v ) ),
			};
			return;
		}
		if ( product.kind === 'variable' && variations.length > 0 ) {
			const available = variations.filter(
				( v ) => v.stockStatus !== 'outofstock'
			);
			yield text(
				available.length === 0
					? `The ${ product.name } is out of stock in every option right now.`
					: `The ${ product.name } is available in: ${ available
							.slice( 0, 12 )
							.map( ( v ) => variantLabel( v ) )
							.join(
								'; '
							) }${ available.length > 12 ? ' and more' : '' }. Other options are out of stock.`
			);
		} else {
			yield text( `The ${ product.name } is ${ stockText( product ) }.` );
		}
		yield { type: 'products', products: [ productCard( match, locale ) ] };
	}

	function* listAnswer(
		matches: ProductMatch[],
		locale: string,
		maxPrice: number | null
	): Generator< ResponderChunk > {
		const affordable =
			maxPrice === null
				? matches
				: matches.filter( ( m ) => {
						const minor = m.product.priceMinor;
						return (
							minor !== null &&
							minor <= Math.round( maxPrice * 100 )
						);
					} );
		if ( affordable.length === 0 ) {
			yield text( EMBEDDED_REPLIES.noProducts );
			return;
		}
		const lines = affordable.map( ( m ) => {
			const price = productPriceText( m, locale );
			return `• ${ m.product.name }${ price ? ` — ${ price }` : '' }, ${ stockText( m.product ) }`;
		} );
		yield text( `Here is what I found:\n${ lines.join( '\n' ) }` );
		yield {
			type: 'products',
			products: affordable.map( ( m ) => productCard( m, locale ) ),
		};
	}

	function* orderAnswer( order: OrderSummary ): Generator< ResponderChunk > {
		const items = order.items
			.map( ( item ) => `${ item.quantity } × ${ item.name }` )
			.join( ', ' );
		const notes = order.customerNotes.length
			? `\nUpdate from the shop: ${ order.customerNotes.join( ' ' ) }`
			: '';
		yield text(
			`Order #${ order.number } is ${ ORDER_STATUS[ order.status ] ?? order.status }.${ items ? ` Items: ${ items }.` : '' }${ notes }`
		);
	}

	async function* orderFlow(
		input: ResponderInput
	): AsyncGenerator< ResponderChunk > {
		// The number and the e-mail may come in separate messages.
		const recent = [
			input.text,
			...input.history
				.filter( ( m ) => m.role === 'shopper' )
				.slice( -3 )
				.map( ( m ) => m.text ),
		];
		const orderNumber =
			recent.map( findOrderNumber ).find( Boolean ) ?? null;
		const email = recent.map( findEmail ).find( Boolean ) ?? null;
		// A signed-in customer the shop vouched for needs only the number; with an e-mail
		// given, the number + billing e-mail pair is checked as for anyone.
		const byAccount =
			! email && input.customer && tools.lookupCustomerOrder
				? input.customer
				: null;
		if (
			! orderNumber ||
			( ! email && ! byAccount ) ||
			! tools.lookupOrder
		) {
			yield text(
				input.customer
					? EMBEDDED_REPLIES.orderAskSignedIn
					: EMBEDDED_REPLIES.orderAsk
			);
			return;
		}
		try {
			perConversation.hit(
				`${ input.siteId }:${ input.conversationId }`
			);
			if ( input.clientIp ) {
				perIp.hit( `${ input.siteId }:${ input.clientIp }` );
			}
		} catch ( error ) {
			if ( error instanceof RateLimitedError ) {
				yield text( EMBEDDED_REPLIES.orderLimited );
				yield { type: 'quickActions', actions: [ HANDOFF_ACTION ] };
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
			yield text(
				byAccount
					? EMBEDDED_REPLIES.orderNotFoundSignedIn
					: EMBEDDED_REPLIES.orderNotFound
			);
			yield { type: 'quickActions', actions: [ HANDOFF_ACTION ] };
			return;
		}
		yield* orderAnswer( order );
	}

	async function* handoffFlow(
		input: ResponderInput
	): AsyncGenerator< ResponderChunk > {
		const email = findEmail( input.text );
		if ( ! email || ! tools.requestHandoff ) {
			yield text( EMBEDDED_REPLIES.handoffAsk );
			yield { type: 'handoff', handoff: { state: 'collectingEmail' } };
			return;
		}
		const question =
			[ ...input.history ]
				.reverse()
				.find( ( m ) => m.role === 'shopper' && ! findEmail( m.text ) )
				?.text ?? input.text;
		await tools.requestHandoff( {
			organizationId: input.organizationId,
			siteId: input.siteId,
			conversationId: input.conversationId,
			email,
			question,
		} );
		yield text(
			`Thank you! The shop's team will reply to ${ email } as soon as they can.`
		);
		yield { type: 'handoff', handoff: { state: 'requested' } };
	}

	async function* productFlow(
		input: ResponderInput,
		intent: Intent
	): AsyncGenerator< ResponderChunk, boolean > {
		const matches = await findProducts(
			input,
			intent === 'products' || intent === 'other' ? 4 : 3
		);
		if ( matches.length === 0 ) {
			return false;
		}
		const [ top ] = matches as [ ProductMatch ];
		if ( intent === 'price' ) {
			yield* priceAnswer( top, input.locale );
		} else if ( intent === 'availability' ) {
			yield* availabilityAnswer( top, input.locale );
		} else {
			yield* listAnswer(
				matches,
				input.locale,
				findPriceLimit( input.text )
			);
		}
		yield { type: 'quickActions', actions: productActions( top ) };
		return true;
	}

	/**
	 * The greeting, aware of the page: on a product page it names the product and offers
	 * Add to cart / Check stock / Compare; contact and FAQ pages get their own actions.
	 * @param input
	 */
	async function* welcome(
		input: ResponderInput
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
			yield text(
				`Hello! I see you're looking at the ${ onPage.product.name } — ask me anything about it.`
			);
			yield {
				type: 'products',
				products: [ productCard( onPage, input.locale ) ],
			};
			yield {
				type: 'quickActions',
				actions: [
					...productActions( onPage ).filter(
						( a ) => a.kind !== 'handoff'
					),
					{
						id: `compare-${ onPage.product.externalId }`,
						label: 'Compare',
						kind: 'message',
						message: `Show me products similar to the ${ onPage.product.name }`,
					},
				],
			};
			return;
		}
		yield text( EMBEDDED_REPLIES.greeting );
		const actions = PAGE_ACTIONS[ page?.pageType ?? 'other' ];
		if ( actions ) {
			yield { type: 'quickActions', actions };
		}
	}

	/** What the assistant said last: a question for an e-mail or order details makes the next message its answer. */
	function lastAssistantText( input: ResponderInput ): string | undefined {
		return [ ...input.history ]
			.reverse()
			.find( ( m ) => m.role === 'assistant' )?.text;
	}

	return {
		name: 'embedded',
		async *respond(
			input: ResponderInput
		): AsyncGenerator< ResponderChunk > {
			const previous = lastAssistantText( input );
			if (
				previous === EMBEDDED_REPLIES.handoffAsk &&
				findEmail( input.text )
			) {
				yield* handoffFlow( input );
				return;
			}
			if (
				( previous === EMBEDDED_REPLIES.orderAsk ||
					previous === EMBEDDED_REPLIES.orderNotFound ||
					previous === EMBEDDED_REPLIES.orderAskSignedIn ||
					previous === EMBEDDED_REPLIES.orderNotFoundSignedIn ) &&
				( findEmail( input.text ) || findOrderNumber( input.text ) )
			) {
				yield* orderFlow( input );
				return;
			}
			const intent = detectIntent( input.text );
			switch ( intent ) {
				case 'greeting':
					yield* welcome( input );
					return;
				case 'thanks':
					yield text( EMBEDDED_REPLIES.thanks );
					return;
				case 'handoff':
					yield* handoffFlow( input );
					return;
				case 'order':
					yield* orderFlow( input );
					return;
				case 'contact':
				case 'policy':
					if ( yield* fromPages( input ) ) {
						return;
					}
					break;
				case 'products':
					if ( ! ( yield* productFlow( input, intent ) ) ) {
						yield text( EMBEDDED_REPLIES.noProducts );
						yield {
							type: 'quickActions',
							actions: [ HANDOFF_ACTION ],
						};
					}
					return;
				default:
					if ( yield* productFlow( input, intent ) ) {
						return;
					}
					if ( yield* fromPages( input ) ) {
						return;
					}
			}
			yield text( EMBEDDED_REPLIES.unknown );
			yield { type: 'quickActions', actions: [ HANDOFF_ACTION ] };
		},
	};
}
