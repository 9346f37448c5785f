/**
 * The widget API's wire shapes (`/api/widget/*`): configuration, privacy choices, messages
 * with their reply chunks, product cards and quick actions, sessions and sends. The bodies
 * are the route table's own schemas in contracts/ (ADR 0032), taken here as types only: no
 * zod reaches the shop's page.
 */
import type {
	ChatMessage,
	ConversationSession,
	MessagePage,
	MessageSource,
	ProductCard,
	ReplyQuickAction,
	SendMessageInput as ContractSendInput,
	SentMessages,
} from '../../contracts/chat';
import type { PrivacyChoices } from '../../contracts/privacy';
import type { WidgetConfig as ServedWidgetConfig } from '../../contracts/widget-settings';
import type { PageContext } from '../protocol';

export type {
	ConversationSession,
	MessagePage,
	MessageSource,
	PrivacyChoices,
	ReplyQuickAction,
};

/** The range of days a shopper may keep a conversation, set by the shop. */
export type RetentionRange = ServedWidgetConfig[ 'retention' ];

/**
 * Fields of `GET /api/widget/config` that sidecars older than them leave out; the widget
 * falls back without them.
 */
type NewerConfigFields =
	| 'launcherIcon'
	| 'avatarUrl'
	| 'consentRequired'
	| 'retention'
	| 'streaming'
	| 'quickActions';

/** `GET /api/widget/config`, as the widget reads it (fields added since are optional). */
export type WidgetConfig = Omit< ServedWidgetConfig, NewerConfigFields > &
	Partial< Pick< ServedWidgetConfig, NewerConfigFields > >;

/**
 * One chunk of a streamed reply. Known kinds are text deltas and sources; the responder
 * may add kinds (product cards, quick actions, handoff) that older widgets ignore.
 */
export type ReplyChunk =
	| { type: 'text'; delta: string }
	| { type: 'source'; source: MessageSource }
	| { type: string; [ field: string ]: unknown };

/** A product as a reply shows it; every figure comes from the shop's catalog. */
export type ProductCardData = ProductCard;

/** A stored message: products and quick actions kept with a reply, history's changed products. */
export type Message = ChatMessage;

export interface SendMessageInput {
	/** 1..2000 characters. */
	text: string;
	/** Sending the same id twice returns the same pair: retries never duplicate. */
	clientMessageId: string;
	pageContext?: PageContext;
	customerToken?: string;
}

export type SendMessageResult = SentMessages;

/** Compiles only when `Sent` fits the route's request body. */
type Accepted< Sent extends Taken, Taken > = Sent;
/** A compile-time check that what the widget sends is what the route takes (the contract). */
export type CheckedSendMessageInput = Accepted<
	SendMessageInput,
	ContractSendInput
>;
