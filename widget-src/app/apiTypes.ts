/**
 * The widget API's wire shapes (`/api/widget/*`): configuration, privacy choices, messages
 * with their reply chunks, product cards and quick actions, sessions and sends.
 */
import type { PageContext } from '../protocol';
import type { QuickActionSettings } from './quickActions';

/** The range of days a shopper may keep a conversation, set by the shop. */
export interface RetentionRange {
	minDays: number;
	maxDays: number;
	defaultDays: number;
}

/** `GET /api/widget/config` */
export interface WidgetConfig {
	siteKey: string;
	brandName: string;
	welcomeMessage: string;
	/** `#rrggbb` */
	primaryColor: string;
	position: 'right' | 'left';
	launcherIcon?: string;
	/** A web URL or empty. */
	avatarUrl?: string;
	locale: string;
	allowedOrigins: string[];
	/** Nothing is stored or tracked before the shopper consents. */
	consentRequired?: boolean;
	retention?: RetentionRange;
	/** The sidecar offers the streaming send route. */
	streaming?: boolean;
	/** Quick-action chips per page type; absent from sidecars older than them. */
	quickActions?: QuickActionSettings;
	/** Signed, minutes-long token for telemetry beacons (ADR 0019). */
	telemetryToken?: string;
	telemetryTokenExpiresAt?: string;
}

/** `GET/PUT /api/widget/conversations/:id/privacy` */
export interface PrivacyChoices {
	consentGiven: boolean;
	consentGivenAt: string | null;
	retentionDays: number;
	email: string | null;
}

/**
 * One chunk of a streamed reply. Known kinds are text deltas and sources; the responder
 * may add kinds (product cards, quick actions, handoff) that older widgets ignore.
 */
export type ReplyChunk =
	| { type: 'text'; delta: string }
	| { type: 'source'; source: MessageSource }
	| { type: string; [ field: string ]: unknown };

export interface MessageSource {
	title: string;
	url: string;
}

/** A product as a reply shows it; every figure comes from the shop's catalog. */
export interface ProductCardData {
	id: string;
	variationId: string | null;
	name: string;
	/** "Blue, M" for a variation. */
	variant: string | null;
	url: string;
	imageUrl: string | null;
	price: { minor: number; currency: string; formatted: string } | null;
	regularPrice: { minor: number; currency: string; formatted: string } | null;
	onSale: boolean;
	stock: {
		status: 'instock' | 'outofstock' | 'onbackorder';
		quantity: number | null;
	};
}

/**
 * A button under a reply, as the sidecar stores it with the reply (assistant responder's
 * `QuickAction`): send a message, open a link, add a product to the cart, or ask for a person.
 */
export interface ReplyQuickAction {
	id: string;
	label: string;
	kind: 'message' | 'link' | 'addToCart' | 'handoff';
	message?: string;
	url?: string;
	productId?: string;
	/** addToCart of one variation of a variable product. */
	variationId?: string;
	/** addToCart of a variable product: the in-stock variations to pick from. */
	choices?: { variationId: string; label: string }[];
}

export interface Message {
	id: string;
	role: 'shopper' | 'assistant';
	text: string;
	/** UTC ISO-8601. */
	createdAt: string;
	sources: MessageSource[];
	/** A reply's product cards, stored with it: the same after a reload. */
	products?: ProductCardData[];
	/** A reply's quick actions, stored with it; only the newest reply offers them. */
	quickActions?: ReplyQuickAction[];
	/** History only: products this reply showed whose price or stock changed since. */
	changedProducts?: { productId: string; name: string; changedAt: string }[];
}

/** One page of history (docs/contracts.md): oldest first, and the cursor for the page before it. */
export interface MessagePage {
	messages: Message[];
	/** Pass as `before` for the next older page; null when there is none. */
	olderCursor: string | null;
}

/** One conversation's credentials; the token is only good for that conversation. */
export interface ConversationSession {
	conversationId: string;
	token: string;
}

export interface SendMessageInput {
	/** 1..2000 characters. */
	text: string;
	/** Sending the same id twice returns the same pair: retries never duplicate. */
	clientMessageId: string;
	pageContext?: PageContext;
	customerToken?: string;
}

export interface SendMessageResult {
	message: Message;
	reply: Message;
}
