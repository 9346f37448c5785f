/**
 * The embedded responder: no API key, no network beyond the shop. Four steps (ADR 0019):
 * analysis (analysis.ts: language, entities, signals) → retrieval (products and page
 * passages, in parallel) → the question type decided from the signals AND what was found
 * (a product named in the question beats a policy word in its name; "how much does X
 * weigh" is a specification) → an answer composed from the shop's own data (evidence.ts,
 * cards.ts), framed in the shopper's language (messages.ts). It never states a price or
 * stock level the data does not hold; when the evidence is missing or weak it says so and
 * offers a person.
 */
import { RateLimitedError } from '../../platform/errors';
import {
	createMemoryLimiterFactory,
	type Limiter,
	type LimiterFactory,
} from '../../platform/rate-limit';
import type { ProductRecord } from '../commerce/repo';
import { meetingConstraints, quantityConstraints } from './constraints';
import type { ProductMatch } from '../commerce/service';
import {
	analyze,
	contentWords,
	searchQueries,
	findEmail,
	findOrderNumber,
	guessLanguage,
	sameWord,
	signalsOf,
	type Analysis,
} from './analysis';
import {
	moneyText,
	type MoneyStyle,
	productCard,
	productPriceText,
	priceSpan,
	priceText,
	stockText,
	variantLabel,
} from './cards';
import {
	askedContactKinds,
	contactSentences,
	factWords,
	findSpec,
	namedAttribute,
	rankPassages,
	type ContactKind,
	type RankedPassage,
} from './evidence';
import {
	LANGS,
	MESSAGES,
	messages,
	type Lang,
	type Messages,
} from './messages';
import {
	askedWords,
	bestNamed,
	byQualities,
	contradictsName,
	foldedWords,
	holdsMostOf,
	nameStrength,
	nameVariations,
	namesOnlyAKind,
	qualified,
	topicOnlyInProductWords,
	wordMatches,
} from './product-naming';
import type {
	AssistantTools,
	OrderSummary,
	QuickAction,
	Responder,
	ResponderChunk,
	ResponderInput,
} from './responder';

/** A passage must cover at least this share of the question's meaning-bearing words to be quoted. */
export const MIN_COVERAGE = 0.5;

/** The English catalog, kept under its old name for callers and tests that compare replies. */
export const EMBEDDED_REPLIES = MESSAGES.en;

/** Order lookups allowed per conversation and per IP, so orders cannot be enumerated. */
export const ORDER_LOOKUP_LIMITS = {
	perConversation: { limit: 5, windowMs: 15 * 60_000 },
	perIp: { limit: 20, windowMs: 60 * 60_000 },
};

/** What a contact detail is searched by, in both languages (a page need not say "contact"). */
const CONTACT_QUERIES: Record< ContactKind, string > = {
	phone: 'telefon phone call anrufen hotline kontakt contact kundenservice',
	email: 'email mail schreiben write kontakt contact kundenservice',
	hours: 'öffnungszeiten opening hours geöffnet open montag monday samstag saturday uhr geschlossen closed',
	address:
		'adresse address anschrift ladengeschäft laden store shop workshop werkstatt filiale standort impressum imprint besuchen visit',
};

/** Choices offered in the variation picker at most. */
const MAX_CHOICES = 24;

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

export interface EmbeddedResponderOptions {
	/** Rate limits (order lookups); in memory when absent. */
	limits?: LimiterFactory;
}

function text( delta: string ): ResponderChunk {
	return { type: 'text', delta };
}

function handoffAction( m: Messages ): QuickAction {
	return { id: 'handoff', label: m.actionTalkToPerson, kind: 'handoff' };
}

/** Quick actions offered with the greeting on pages other than product pages. */
function pageActions( pageType: string, m: Messages ): QuickAction[] | null {
	switch ( pageType ) {
		case 'contact':
			return [
				{
					id: 'schedule-call',
					label: m.actionScheduleCall,
					kind: 'handoff',
				},
				{ id: 'email-us', label: m.actionEmailUs, kind: 'handoff' },
			];
		case 'faq':
			return [
				{
					id: 'search-help',
					label: m.actionSearchHelp,
					kind: 'message',
					message: m.actionSearchHelpMessage,
				},
			];
		case 'cart':
			return [
				{
					id: 'shipping-costs',
					label: m.actionShippingCosts,
					kind: 'message',
					message: m.actionShippingCostsMessage,
				},
			];
		default:
			return null;
	}
}

const sellable = ( item: ProductRecord ) => item.stockStatus !== 'outofstock';

/**
 * Add to cart for what the answer is about: the named variation when one is determined,
 * else a choice of the in-stock variations; never for an item that is out of stock.
 * @param match
 * @param variation
 * @param m
 */
function cartAction(
	match: ProductMatch,
	variation: ProductRecord | null,
	m: Messages
): QuickAction | null {
	const id = match.product.externalId;
	const base = {
		id: `cart-${ id }`,
		label: m.actionAddToCart,
		kind: 'addToCart' as const,
		productId: id,
	};
	if ( match.product.kind !== 'variable' ) {
		return sellable( match.product ) ? base : null;
	}
	if ( variation ) {
		return sellable( variation )
			? { ...base, variationId: variation.externalId }
			: null;
	}
	const candidates = (
		match.namedVariations.length > 0
			? match.namedVariations
			: match.variations
	).filter( sellable );
	if ( candidates.length === 0 ) {
		return null;
	}
	if ( candidates.length === 1 ) {
		return { ...base, variationId: candidates[ 0 ]!.externalId };
	}
	return {
		...base,
		choices: candidates.slice( 0, MAX_CHOICES ).map( ( v ) => ( {
			variationId: v.externalId,
			label: variantLabel( v ),
		} ) ),
	};
}

function productActions(
	match: ProductMatch,
	variation: ProductRecord | null,
	m: Messages
): QuickAction[] {
	const cart = cartAction( match, variation, m );
	return [
		...( cart ? [ cart ] : [] ),
		{
			id: `stock-${ match.product.externalId }`,
			label: m.actionCheckStock,
			kind: 'message',
			message: m.actionCheckStockMessage( match.product.name ),
		},
		handoffAction( m ),
	];
}

/** Whether the last assistant message asked for order details (in any language). */
function askedForOrder( previous: string | undefined ): boolean {
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

function askedForEmail( previous: string | undefined ): boolean {
	return LANGS.some( ( lang ) => MESSAGES[ lang ].handoffAsk === previous );
}

/** The product-search words: the message without its price limit, order number or e-mail. */
/** Whether the question sets a limit on a quantity ("at least 140 kg", "-7 °C or colder"). */
function limitsQuantity( analysis: Analysis ): boolean {
	return quantityConstraints( analysis.searchText ).length > 0;
}

function productQuery( analysis: Analysis ): string {
	return analysis.searchText
		.replace(
			/\b(?:under|below|less than|cheaper than|up to|at most|within|max(?:imum)?|unter|bis(?: zu)?|höchstens|maximal|weniger als|günstiger als|billiger als|nicht mehr als)\s*(?:[€$£]|eur\b|euros?\b|usd\b|gbp\b)?\s*\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s*(?:[€$£]|eur\b|euros?\b|dollars?\b|pounds?\b|usd\b|gbp\b)?/giu,
			' '
		)
		.replace( /\s+/g, ' ' )
		.trim();
}

/**
 * The product-search queries to try in turn: the message; without numbers and units; its
 * meaning-bearing words that ask nothing (no price, stock, spec or search words); its
 * capitalised words (names, and German nouns).
 * @param query
 */
function queryVariants( query: string ): string[] {
	const withoutNumbers = query
		.replace( /\d+(?:[.,]\d+)?\s*[\p{L}"]{0,12}/gu, ' ' )
		.replace( /\s+/g, ' ' )
		.trim();
	const naming = contentWords( withoutNumbers )
		.filter( ( w ) => signalsOf( w ).size === 0 )
		.join( ' ' );
	const capitalised = ( query.match( /[\p{L}\p{N}-]+/gu ) ?? [] )
		.slice( 1 )
		.filter( ( t ) => /^\p{Lu}/u.test( t ) )
		.join( ' ' );
	return [
		...new Set( [ query, withoutNumbers, naming, capitalised ] ),
	].filter( ( variant ) => contentWords( variant ).length > 0 );
}

/**
 * Page passages for a question: one content search per concept it names (so a question in
 * one language reaches pages in the other), merged and ranked by evidence.ts. Shared with
 * the LLM responders' search_pages tool.
 * @param tools
 * @param input
 * @param question
 */
export async function searchPages(
	tools: Pick< AssistantTools, 'searchContent' >,
	input: Pick< ResponderInput, 'organizationId' | 'siteId' >,
	question: string
): Promise< RankedPassage[] > {
	const results = await Promise.all(
		searchQueries( question ).map( ( query ) =>
			tools.searchContent( input.organizationId, input.siteId, query, 8 )
		)
	);
	const seen = new Set< string >();
	const hits = results.flat().filter( ( hit ) => {
		const key = `${ hit.url }#${ hit.heading }#${ hit.body.length }`;
		if ( seen.has( key ) ) {
			return false;
		}
		seen.add( key );
		return true;
	} );
	return rankPassages( question, hits );
}

/**
 * The shop's sentences stating each asked contact detail, verbatim with their page: one
 * focused search per kind with both languages' words (a page need not say "contact").
 * Opening hours take several lines (weekdays, Saturday, closed days), the rest one.
 * @param tools
 * @param input
 * @param kinds
 * @param question
 */
export async function contactDetails(
	tools: Pick< AssistantTools, 'searchContent' >,
	input: Pick< ResponderInput, 'organizationId' | 'siteId' >,
	kinds: ContactKind[],
	question = ''
): Promise<
	Array< { kind: ContactKind; sentence: string; page: string; url: string } >
> {
	const results = await Promise.all(
		kinds.map( ( kind ) =>
			tools.searchContent(
				input.organizationId,
				input.siteId,
				CONTACT_QUERIES[ kind ],
				6
			)
		)
	);
	const passages = results.flat();
	return kinds.flatMap( ( kind ) =>
		contactSentences( kind, passages, question )
			.slice( 0, kind === 'hours' ? 3 : 1 )
			.map( ( { sentence, passage } ) => ( {
				kind,
				sentence,
				page: passage.title,
				url: passage.url,
			} ) )
	);
}

export function createEmbeddedResponder(
	tools: AssistantTools,
	options: EmbeddedResponderOptions = {}
): Responder {
	const { perConversation, perIp } = orderLookupLimiters(
		options.limits ?? createMemoryLimiterFactory()
	);

	/** How the shop prints prices: its own format when commerce knows it, else its locale. */
	async function moneyStyle( input: ResponderInput ): Promise< MoneyStyle > {
		return tools.priceFormat
			? tools.priceFormat( input.siteId )
			: input.locale;
	}

	// ------------------------------------------------------------ retrieval

	const pagePassages = ( input: ResponderInput, question: string ) =>
		searchPages( tools, input, question );

	async function pageProduct(
		input: ResponderInput
	): Promise< ProductMatch | null > {
		const id = input.pageContext?.productId;
		if ( ! id || ! tools.getProduct ) {
			return null;
		}
		const onPage = await tools.getProduct(
			input.organizationId,
			input.siteId,
			id
		);
		if ( ! onPage || ! tools.searchProducts ) {
			return onPage;
		}
		// Searching with its name picks up a variation the question names ("in blue").
		const named = (
			await tools.searchProducts(
				input.organizationId,
				input.siteId,
				`${ onPage.product.name } ${ input.text }`,
				1
			)
		).find( ( m ) => m.product.externalId === id );
		return named ?? onPage;
	}

	async function searchCatalog(
		input: ResponderInput,
		analysis: Analysis
	): Promise< ProductMatch[] > {
		if ( ! tools.searchProducts ) {
			return [];
		}
		const query = productQuery( analysis );
		if ( contentWords( query ).length === 0 ) {
			return [];
		}
		// The whole message first (the catalog search also picks the variation it names);
		// when that finds nothing, fewer words: a size or count the catalog spells
		// differently ("950 ml", "3 Stück") or the question's own wording ("Wie viel …")
		// must not hide the product.
		let found: ProductMatch[] = [];
		// A product code is searched on its own first: it names one product exactly.
		for ( const variant of [
			...analysis.skus,
			...queryVariants( query ),
		] ) {
			// A price limit filters afterwards: fetch enough to find the affordable ones.
			const more = await tools.searchProducts(
				input.organizationId,
				input.siteId,
				variant,
				analysis.priceLimit !== null || limitsQuantity( analysis )
					? 20
					: 5
			);
			found = [
				...found,
				...more.filter(
					( m ) =>
						! found.some(
							( f ) =>
								f.product.externalId === m.product.externalId
						)
				),
			];
			const named = bestNamed( found, query );
			if ( named && nameStrength( named, query ).share >= 0.5 ) {
				break;
			}
		}
		// Only products one of the shopper's own words points at (not a typo-corrected
		// attribute), or its other-language form ("kettle" points at a "Wasserkocher").
		const asked = askedWords( query );
		return found.filter( ( match ) => {
			const own = foldedWords(
				[
					match.product.name,
					match.product.sku,
					...match.product.categories,
					...match.product.tags,
				].join( ' ' )
			);
			// Attribute values ("Guatemala") count as written, never typo-corrected ("write" is no "White").
			const values = foldedWords(
				match.product.attributes
					.flatMap( ( a ) => a.options )
					.join( ' ' )
			);
			return (
				own.some( ( w ) => wordMatches( asked, w ) ) ||
				values.some( ( v ) => asked.some( ( q ) => sameWord( q, v ) ) )
			);
		} );
	}

	async function staleNote(
		input: ResponderInput,
		m: Messages,
		lang: Lang
	): Promise< string > {
		const asOf = tools.catalogAsOf
			? await tools.catalogAsOf( input.siteId )
			: null;
		if ( ! asOf ) {
			return '';
		}
		const time = new Intl.DateTimeFormat( lang, {
			dateStyle: 'short',
			timeStyle: 'short',
		} ).format( asOf );
		return ` ${ m.asOf( time ) }`;
	}

	// ------------------------------------------------------------ product answers

	function chosenVariation( match: ProductMatch ): ProductRecord | null {
		return match.namedVariations.length === 1
			? match.namedVariations[ 0 ]!
			: null;
	}

	function priceSentence(
		match: ProductMatch,
		variation: ProductRecord | null,
		money: MoneyStyle,
		lang: Lang
	): string {
		const m = messages( lang );
		const name = match.product.name;
		if ( variation ) {
			const price = priceText( variation, money, lang );
			return price
				? `${ m.variantCosts( name, variantLabel( variation ), price ) } ${ m.variantStock( name, variantLabel( variation ), stockText( variation, lang ) ) }`
				: m.noPrice( `${ name } (${ variantLabel( variation ) })` );
		}
		const price = productPriceText( match, money, lang );
		return price ? m.productCosts( name, price ) : m.noPrice( name );
	}

	function stockSentence(
		match: ProductMatch,
		variation: ProductRecord | null,
		lang: Lang
	): string {
		const m = messages( lang );
		const { product, variations, namedVariations } = match;
		if ( variation ) {
			return m.variantStock(
				product.name,
				variantLabel( variation ),
				stockText( variation, lang )
			);
		}
		if ( namedVariations.length > 1 ) {
			return `${ product.name }:\n${ namedVariations
				.slice( 0, 8 )
				.map(
					( v ) =>
						`• ${ variantLabel( v ) }: ${ stockText( v, lang ) }`
				)
				.join( '\n' ) }`;
		}
		if ( product.kind === 'variable' && variations.length > 0 ) {
			const available = variations.filter( sellable );
			if ( available.length === 0 ) {
				return m.allOptionsOut( product.name );
			}
			return m.availableIn(
				product.name,
				`${ available
					.slice( 0, 12 )
					.map( ( v ) => variantLabel( v ) )
					.join( '; ' ) }${ available.length > 12 ? m.andMore : '' }`
			);
		}
		return m.productStock( product.name, stockText( product, lang ) );
	}

	/** The product answer: the parts the question asks for (price, stock, a specification). */
	async function* productAnswer(
		input: ResponderInput,
		analysis: Analysis,
		match: ProductMatch
	): AsyncGenerator< ResponderChunk > {
		const { lang, signals } = analysis;
		const m = messages( lang );
		const variation = chosenVariation( match );
		const parts: string[] = [];
		let unknownSpec = false;
		// Decided by the evidence too: words beyond the product's name that ask no price or
		// stock ("Tell me the water tank of …", "Angabe zu Mahlscheiben") ask for a fact of it.
		const asksFact =
			signals.has( 'spec' ) ||
			( ! signals.has( 'price' ) &&
				! signals.has( 'stock' ) &&
				( factWords(
					analysis.searchText,
					match.product,
					match.variations
				).length > 0 ||
					namedAttribute(
						analysis.searchText,
						match.product,
						match.variations
					) !== null ) );
		if ( asksFact ) {
			const spec = findSpec(
				analysis.searchText,
				match.product,
				match.variations
			);
			if ( spec ) {
				parts.push(
					`${ m.specFound( match.product.name ) } ${ spec.quote }`
				);
			} else {
				unknownSpec = true;
			}
		}
		const wantsStock = signals.has( 'stock' );
		const wantsPrice =
			signals.has( 'price' ) || ( ! wantsStock && ! asksFact );
		if ( wantsPrice ) {
			parts.push(
				priceSentence(
					match,
					variation,
					await moneyStyle( input ),
					lang
				)
			);
		}
		if ( wantsStock ) {
			parts.push(
				`${ stockSentence( match, variation, lang ) }${ await staleNote( input, m, lang ) }`
			);
		}
		if ( unknownSpec && parts.length === 0 ) {
			parts.push( m.specUnknown( match.product.name ) );
		}
		yield text( parts.join( '\n\n' ) );
		if ( ! unknownSpec || parts.length > 1 ) {
			yield {
				type: 'source',
				source: {
					title: match.product.name,
					url: match.product.permalink,
				},
			};
		}
		const money = await moneyStyle( input );
		const cards =
			! variation && match.namedVariations.length > 1 && wantsStock
				? match.namedVariations
						.slice( 0, 3 )
						.map( ( v ) => productCard( match, money, v, lang ) )
				: [ productCard( match, money, variation, lang ) ];
		yield { type: 'products', products: cards };
		yield {
			type: 'quickActions',
			actions: productActions( match, variation, m ),
		};
	}

	function lowestPrice( match: ProductMatch ): number | null {
		return priceSpan( match )?.low ?? match.product.priceMinor;
	}

	async function* listAnswer(
		input: ResponderInput,
		analysis: Analysis,
		matches: ProductMatch[]
	): AsyncGenerator< ResponderChunk > {
		const { lang, priceLimit } = analysis;
		const m = messages( lang );
		const money = await moneyStyle( input );
		// "at least 350 lumens", "-7 °C or colder": only products whose attribute says so.
		const meeting = meetingConstraints(
			matches,
			quantityConstraints( analysis.searchText ),
			analysis.searchText
		);
		const affordable = (
			priceLimit === null
				? meeting
				: meeting.filter( ( match ) => {
						const minor = lowestPrice( match );
						return (
							minor !== null &&
							minor <= Math.round( priceLimit * 100 )
						);
					} )
		).slice( 0, 4 );
		if ( affordable.length === 0 ) {
			const currency = matches[ 0 ]?.product.currency;
			yield text(
				priceLimit !== null && currency
					? m.noProductsUnder(
							moneyText(
								Math.round( priceLimit * 100 ),
								currency,
								money
							)
						)
					: m.noProducts
			);
			yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
			return;
		}
		const lines = affordable.map( ( match ) => {
			const price = productPriceText( match, money, lang );
			return `• ${ match.product.name }${ price ? ` — ${ price }` : '' }, ${ stockText( match.product, lang ) }`;
		} );
		yield text( `${ m.foundList }\n${ lines.join( '\n' ) }` );
		yield {
			type: 'products',
			products: affordable.map( ( match ) =>
				productCard( match, money, null, lang )
			),
		};
		yield {
			type: 'quickActions',
			actions: productActions( affordable[ 0 ]!, null, m ),
		};
	}

	// ------------------------------------------------------------ page answers

	/** A page's sentences framed in the answer's language; the frame says when the page is in the other one. */
	function* quotePassage(
		passage: RankedPassage,
		lang: Lang
	): Generator< ResponderChunk > {
		const m = messages( lang );
		const quoteLang = guessLanguage( passage.quote );
		const frame =
			quoteLang && quoteLang !== lang
				? m.fromPageOtherLanguage( passage.title )
				: m.fromPage( passage.title );
		yield text( `${ frame }\n\n${ passage.quote }` );
		yield {
			type: 'source',
			source: { title: passage.title, url: passage.url },
		};
	}

	/** Phone, e-mail, hours or address: the shop's sentence that states it, with its page. */
	async function* contactAnswer(
		input: ResponderInput,
		analysis: Analysis
	): AsyncGenerator< ResponderChunk, boolean > {
		const kinds = askedContactKinds( analysis.searchText );
		if ( kinds.length === 0 ) {
			return false;
		}
		const quoted: string[] = [];
		const sources = new Map< string, string >();
		for ( const detail of await contactDetails(
			tools,
			input,
			kinds,
			analysis.searchText
		) ) {
			if ( ! quoted.includes( detail.sentence ) ) {
				quoted.push( detail.sentence );
				sources.set( detail.url, detail.page );
			}
		}
		if ( quoted.length === 0 ) {
			return false;
		}
		const m = messages( analysis.lang );
		const [ firstTitle ] = [ ...sources.values() ];
		const quoteLang = guessLanguage( quoted.join( ' ' ) );
		const frame =
			quoteLang && quoteLang !== analysis.lang
				? m.fromPageOtherLanguage( firstTitle! )
				: m.fromPage( firstTitle! );
		yield text( `${ frame }\n\n${ quoted.join( '\n' ) }` );
		for ( const [ url, title ] of sources ) {
			yield { type: 'source', source: { title, url } };
		}
		return true;
	}

	// ------------------------------------------------------------ orders

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

	function* orderAnswer(
		order: OrderSummary,
		m: Messages
	): Generator< ResponderChunk > {
		const items = order.items
			.map( ( item ) => `${ item.quantity } × ${ item.name }` )
			.join( ', ' );
		const lines = [
			m.orderStatus(
				order.number,
				m.status[ order.status ] ?? order.status
			),
			...( items ? [ m.orderItems( items ) ] : [] ),
		];
		const notes = order.customerNotes.length
			? `\n${ m.orderUpdate( order.customerNotes.join( ' ' ) ) }`
			: '';
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
		yield* orderAnswer( order, m );
	}

	// ------------------------------------------------------------ conversation

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

	// ------------------------------------------------------------ the decision

	/**
	 * Which product, if any, the question is about: the page's product when the shopper
	 * points at it, else the best search hit when the question names it clearly enough.
	 * @param input
	 * @param analysis
	 * @param found
	 */
	async function namedProduct(
		input: ResponderInput,
		analysis: Analysis,
		found: ProductMatch[]
	): Promise< ProductMatch | null > {
		const top = bestNamed( found, analysis.searchText );
		const productAsk =
			analysis.signals.has( 'price' ) ||
			analysis.signals.has( 'stock' ) ||
			analysis.signals.has( 'spec' );
		// "Ich suche einen Wasserkocher aus Glas" names a kind of product, not one of them.
		const browsing =
			analysis.signals.has( 'search' ) ||
			analysis.priceLimit !== null ||
			limitsQuantity( analysis );
		if ( top && ! namesOnlyAKind( top, found, analysis.searchText ) ) {
			const strength = nameStrength( top, analysis.searchText );
			if ( browsing && strength.share < 1 ) {
				return null;
			}
			if ( strength.share >= 0.5 && strength.distinctive ) {
				return top;
			}
			// Half a name is enough for a product question, not beside a topic word
			// ("the manufacturer guarantee on grinders" asks the warranty page).
			const topic =
				analysis.signals.has( 'policy' ) ||
				analysis.signals.has( 'contact' );
			if (
				productAsk &&
				! topic &&
				strength.distinctive &&
				strength.share > 0
			) {
				return top;
			}
		}
		if ( input.pageContext?.productId && analysis.refersToPage ) {
			const topicOnly =
				( analysis.signals.has( 'policy' ) ||
					analysis.signals.has( 'contact' ) ) &&
				! productAsk;
			if ( ! topicOnly ) {
				return pageProduct( input );
			}
		}
		return null;
	}

	async function* answerFromEvidence(
		input: ResponderInput,
		analysis: Analysis
	): AsyncGenerator< ResponderChunk > {
		const { signals } = analysis;
		const topic =
			( signals.has( 'policy' ) || signals.has( 'contact' ) ) &&
			! topicOnlyInProductWords( analysis.searchText );
		// Pages are searched alongside the catalog only when the question names a topic;
		// otherwise only when no product answers (saves a search on most product questions).
		const topicPassages = topic
			? pagePassages( input, analysis.searchText )
			: null;
		topicPassages?.catch( () => undefined );
		const found = await searchCatalog( input, analysis );
		const product = await namedProduct( input, analysis, found );
		const productAsk =
			signals.has( 'price' ) ||
			signals.has( 'stock' ) ||
			signals.has( 'spec' );
		if ( product ) {
			nameVariations( product, analysis.searchText );
		}
		if (
			product &&
			( ! topic ||
				productAsk ||
				topicWordsInName( analysis.searchText, product ) )
		) {
			yield* productAnswer( input, analysis, product );
			return;
		}
		const passages = await ( topicPassages ??
			pagePassages( input, analysis.searchText ) );
		const [ bestPassage ] = passages;
		const goodPassage =
			bestPassage && bestPassage.coverage >= MIN_COVERAGE
				? bestPassage
				: null;
		// A named product wins unless the question is about a topic a page answers.
		if ( product && ! goodPassage ) {
			yield* productAnswer( input, analysis, product );
			return;
		}
		if (
			signals.has( 'contact' ) &&
			( yield* contactAnswer( input, analysis ) )
		) {
			return;
		}
		if ( topic && goodPassage ) {
			yield* quotePassage( goodPassage, analysis.lang );
			return;
		}
		const listy =
			signals.has( 'search' ) ||
			analysis.priceLimit !== null ||
			limitsQuantity( analysis ) ||
			productAsk;
		if ( found.length > 0 && ( listy || ! goodPassage ) ) {
			const fitting = bestNamed( found, analysis.searchText );
			if (
				productAsk &&
				! signals.has( 'search' ) &&
				analysis.priceLimit === null &&
				! limitsQuantity( analysis )
			) {
				const withQualities = qualified(
					found.filter(
						( match ) =>
							! contradictsName( match, analysis.searchText )
					),
					productQuery( analysis )
				);
				if (
					fitting &&
					! namesOnlyAKind( fitting, found, analysis.searchText )
				) {
					nameVariations( fitting, analysis.searchText );
					yield* productAnswer( input, analysis, fitting );
				} else if ( withQualities.length > 0 ) {
					// No product named, but some have what is asked ("something for
					// espresso made of steel"): those are the answer.
					yield* listAnswer( input, analysis, withQualities );
				} else if ( fitting ) {
					// A kind several products share ("How much is a tent?"): all of them.
					yield* listAnswer(
						input,
						analysis,
						found.filter(
							( match ) =>
								! contradictsName(
									match,
									analysis.searchText
								) &&
								nameStrength( match, analysis.searchText )
									.share > 0
						)
					);
				} else {
					yield text( messages( analysis.lang ).noProducts );
					yield {
						type: 'quickActions',
						actions: [ handoffAction( messages( analysis.lang ) ) ],
					};
				}
				return;
			}
			// Never list a product whose name the question contradicts; a question that
			// hunts no product lists only products holding most of what it asks ("coffee
			// tasting courses" are not coffee beans).
			const listed = found.filter(
				( match ) =>
					! contradictsName( match, analysis.searchText ) &&
					( listy || holdsMostOf( match, productQuery( analysis ) ) )
			);
			if ( listed.length === 0 ) {
				yield text( messages( analysis.lang ).noProducts );
				yield {
					type: 'quickActions',
					actions: [ handoffAction( messages( analysis.lang ) ) ],
				};
				return;
			}
			yield* listAnswer(
				input,
				analysis,
				byQualities( listed, productQuery( analysis ) )
			);
			return;
		}
		// A shopper looking for a product gets "no such product", not a page that shares a word.
		if ( goodPassage && ! signals.has( 'search' ) ) {
			yield* quotePassage( goodPassage, analysis.lang );
			return;
		}
		const m = messages( analysis.lang );
		if ( signals.has( 'search' ) ) {
			yield text( m.noProducts );
			yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
			return;
		}
		yield* unknown( m );
	}

	/** Whether every topic word of the question is a word of the product's name ("Return Tote"). */
	function topicWordsInName(
		question: string,
		match: ProductMatch
	): boolean {
		const name = contentWords( match.product.name );
		const topicWords = contentWords( question ).filter(
			( w ) =>
				signalsOf( w ).has( 'policy' ) ||
				signalsOf( w ).has( 'contact' )
		);
		return (
			topicWords.length > 0 &&
			topicWords.every( ( w ) => name.some( ( n ) => sameWord( n, w ) ) )
		);
	}

	/** What the assistant said last: a question for an e-mail or order details makes the next message its answer. */
	function lastAssistantText( input: ResponderInput ): string | undefined {
		return [ ...input.history ]
			.reverse()
			.find( ( x ) => x.role === 'assistant' )?.text;
	}

	return {
		name: 'embedded',
		async *respond(
			input: ResponderInput
		): AsyncGenerator< ResponderChunk > {
			const previous = lastAssistantText( input );
			const askedNow = askedForOrder( previous );
			const analysis = analyze( input.text, {
				locale: input.locale,
				earlier: input.history
					.filter( ( x ) => x.role === 'shopper' )
					.map( ( x ) => x.text ),
				askedForOrderNumber: askedNow,
			} );
			const m = messages( analysis.lang );
			const { signals } = analysis;
			if ( askedForEmail( previous ) && analysis.email ) {
				yield* handoffFlow( input, m );
				return;
			}
			if ( askedNow && ( analysis.email || analysis.orderNumber ) ) {
				yield* orderFlow( input, analysis, askedNow );
				return;
			}
			if ( signals.has( 'greeting' ) ) {
				yield* welcome( input, m, analysis.lang );
				return;
			}
			if ( signals.has( 'thanks' ) ) {
				yield text( m.thanks );
				return;
			}
			if ( signals.has( 'handoff' ) ) {
				yield* handoffFlow( input, m );
				return;
			}
			if ( signals.has( 'order' ) ) {
				yield* orderFlow( input, analysis, askedNow );
				return;
			}
			yield* answerFromEvidence( input, analysis );
		},
	};
}
