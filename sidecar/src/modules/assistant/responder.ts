/**
 * The answering interface (DESIGN "Answering"): a responder turns a shopper's message,
 * in its conversation and page context, into a stream of chunks. The embedded responder
 * is the default; LLM responders implement the same interface and share the same tools.
 */
import type { PageType } from '../../../../contracts/plain/page-types';
import type { OrderSummary } from '../commerce/connector';
import type { CommerceService, ProductMatch } from '../commerce/service';
import type { KnowledgeService } from '../knowledge/service';
import type { MoneyStyle } from './cards';

export type { OrderSummary, ProductMatch };
export interface PageContext {
	url?: string;
	title?: string;
	referrer?: string;
	/** From WooCommerce's conditional tags, printed by the plugin (never guessed from the URL). */
	pageType?: PageType;
	/** The WooCommerce product id on product pages. */
	productId?: string;
	utm?: Partial<
		Record< 'source' | 'medium' | 'campaign' | 'term' | 'content', string >
	>;
}

export interface SourceLink {
	title: string;
	url: string;
}

/** A product as the widget shows it; every figure comes from the shop's synced catalog. */
export interface ProductCard {
	id: string;
	/** Set when the card is one variation ("Blue, M") of a variable product. */
	variationId: string | null;
	name: string;
	variant: string | null;
	url: string;
	imageUrl: string | null;
	/** Null when the shop shows no price; then no price is ever stated. */
	price: { minor: number; currency: string; formatted: string } | null;
	regularPrice: { minor: number; currency: string; formatted: string } | null;
	onSale: boolean;
	stock: {
		status: 'instock' | 'outofstock' | 'onbackorder';
		/** Only when the shop manages stock for it. */
		quantity: number | null;
	};
}

/** A button under a reply: send a message, open a link, add to cart (bridge + Store API), or ask for a person. */
export interface QuickAction {
	id: string;
	label: string;
	kind: 'message' | 'link' | 'addToCart' | 'handoff';
	message?: string;
	url?: string;
	productId?: string;
	/** addToCart: the variation the answer determined (the Store API adds exactly this one). */
	variationId?: string;
	/** addToCart for a variable product with no variation determined: the in-stock options to pick from. */
	choices?: { variationId: string; label: string }[];
}

export type ResponderChunk =
	| { type: 'text'; delta: string }
	| { type: 'source'; source: SourceLink }
	| { type: 'products'; products: ProductCard[] }
	| { type: 'quickActions'; actions: QuickAction[] }
	| {
			type: 'handoff';
			handoff: { state: 'collectingEmail' | 'requested' };
	  }
	/** The answering responder gave way (LLM error, timeout, budget): recorded, shown as nothing. */
	| { type: 'fallback'; reason: string };

export interface ResponderInput {
	organizationId: string;
	siteId: string;
	conversationId: string;
	text: string;
	locale: string;
	pageContext: PageContext | null;
	history: ReadonlyArray< { role: 'shopper' | 'assistant'; text: string } >;
	/** The shopper's IP, for per-IP limits (order lookups); absent when the caller does not pass it. */
	clientIp?: string;
	/**
	 * The signed-in customer the shop vouched for with a token signed by the site's secret
	 * (sites/customer-token.ts); null or absent for everyone else.
	 */
	customer?: { customerId: string; email: string } | null;
}

export interface Responder {
	readonly name: string;
	respond: ( input: ResponderInput ) => AsyncIterable< ResponderChunk >;
}

/** The tools every responder may use; each takes the tenant from the input, never from the model. */
export interface AssistantTools {
	/** Catalog search (commerce); absent for sites without a shop connection. */
	searchProducts?: (
		organizationId: string,
		siteId: string,
		text: string,
		limit?: number
	) => Promise< ProductMatch[] >;
	getProduct?: (
		organizationId: string,
		siteId: string,
		externalId: string
	) => Promise< ProductMatch | null >;
	/** An order only for the right number + billing e-mail pair; null for wrong pairs and missing orders alike. */
	lookupOrder?: (
		siteId: string,
		orderNumber: string,
		billingEmail: string
	) => Promise< OrderSummary | null >;
	/** An order only when it belongs to this signed-in customer; null for others' and missing orders alike. */
	lookupCustomerOrder?: (
		siteId: string,
		orderNumber: string,
		customerId: string
	) => Promise< OrderSummary | null >;
	/**
	 * When the catalog data is older than the reconcile interval: the time it is from
	 * (stock answers then say "as of"); null while it is fresh. Absent: never stated.
	 */
	catalogAsOf?: ( siteId: string ) => Promise< Date | null >;
	/** How the shop prints prices (its WooCommerce price format); absent: its locale decides. */
	priceFormat?: ( siteId: string ) => Promise< MoneyStyle >;
	/** Records the request for a person and notifies the shop. */
	requestHandoff?: ( request: {
		organizationId: string;
		siteId: string;
		conversationId: string;
		email: string;
		question: string;
	} ) => Promise< void >;
	/**
	 * Contact facts the knowledge sync read from the shop's pages (phone, e-mail, address,
	 * opening hours), each with the page it states it on; absent: only the page search.
	 */
	contactFacts?: KnowledgeService[ 'contactFacts' ];
	/** The language most of the shop's pages are written in (knowledge). */
	siteLanguage?: KnowledgeService[ 'siteLanguage' ];
	/** Money as the shop prints it (commerce). */
	formatPrice?: CommerceService[ 'formatPrice' ];
	/** A product's attributes and description sentences, with those answering a question. */
	productFacts?: CommerceService[ 'productFacts' ];
	/** When the catalog was last confirmed and the reconcile interval. */
	catalogFreshness?: CommerceService[ 'catalogFreshness' ];
	searchContent: (
		organizationId: string,
		siteId: string,
		question: string,
		limit?: number
	) => Promise<
		Array< {
			title: string;
			url: string;
			heading: string;
			body: string;
			coverage: number;
		} >
	>;
}

/** A responder's stream gathered: the final text, its sources and the cards it carried. */
export interface CollectedReply {
	text: string;
	sources: SourceLink[];
	products: ProductCard[];
	quickActions: QuickAction[];
}

/**
 * Collects a responder's stream into the final text, its sources (each link once) and
 * its cards, telling a listener of every chunk on the way (the chat's live stream).
 * @param chunks
 * @param onChunk
 */
export async function collectReply(
	chunks: AsyncIterable< ResponderChunk >,
	onChunk?: ( chunk: ResponderChunk ) => void
): Promise< CollectedReply > {
	let text = '';
	const sources: SourceLink[] = [];
	const products: ProductCard[] = [];
	const quickActions: QuickAction[] = [];
	for await ( const chunk of chunks ) {
		onChunk?.( chunk );
		if ( chunk.type === 'text' ) {
			text += chunk.delta;
		} else if (
			chunk.type === 'source' &&
			! sources.some( ( source ) => source.url === chunk.source.url )
		) {
			sources.push( chunk.source );
		} else if ( chunk.type === 'products' ) {
			products.push( ...chunk.products );
		} else if ( chunk.type === 'quickActions' ) {
			quickActions.push( ...chunk.actions );
		}
	}
	return { text: text.trim(), sources, products, quickActions };
}
