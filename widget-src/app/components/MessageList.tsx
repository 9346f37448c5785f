import { Fragment, useEffect, useRef } from 'react';
import type { ReactNode } from 'react';
import type { MessageSource } from '../api';
import type { ChatMessage } from '../hooks/useMessageState';
import type { Translate } from '../i18n';
import { renderMarkdown, safeHref } from '../markdown';
import { ChangedSinceNotice } from './ChangedSinceNotice';
import { ProductCards } from './ProductCards';
import { ReplyQuickActions } from './ReplyQuickActions';
import type { ReplyActionHandlers } from './ReplyQuickActions';

export interface MessageListProps {
	brandName: string;
	/** Shown first, as the assistant's; not stored in the conversation. */
	welcomeMessage: string;
	/** Shown right after the welcome: the page's quick actions. */
	afterWelcome?: ReactNode;
	messages: ChatMessage[];
	/** Reply text streamed so far, by the question's clientMessageId. */
	streamingReplies: Record< string, string >;
	awaitingReply: boolean;
	onRetry: ( clientMessageId: string ) => void;
	/** What the newest reply's quick actions do; without them no reply shows its actions. */
	replyActions?: ReplyActionHandlers;
	/** Older history the server still holds: a "Show earlier messages" button above the messages. */
	earlier?: {
		hasOlder: boolean;
		loading: boolean;
		failed: boolean;
		onLoad: () => void;
	};
	t: Translate;
}

function Sources( {
	sources,
	label,
}: {
	sources: MessageSource[];
	label: string;
} ) {
	if ( ! sources.length ) {
		return null;
	}
	return (
		<ul className="oo-sources" aria-label={ label }>
			{ sources.map( ( source, index ) => {
				const href = safeHref( source.url );
				return (
					<li key={ index }>
						{ href && ! href.startsWith( 'mailto:' ) ? (
							<a
								href={ href }
								target="_blank"
								rel="noopener noreferrer nofollow"
							>
								{ source.title }
							</a>
						) : (
							source.title
						) }
					</li>
				);
			} ) }
		</ul>
	);
}

function AssistantBubble( props: {
	who: string;
	text: string;
	streaming?: boolean;
} ) {
	return (
		<div
			className="oo-msg oo-msg-assistant"
			aria-busy={ props.streaming || undefined }
		>
			<div className="oo-bubble oo-md">
				<span className="oo-sr">{ props.who }: </span>
				{ renderMarkdown( props.text ) }
			</div>
		</div>
	);
}

/**
 * The button that loads the page of history before the oldest message shown, with its
 * loading and failure states (a failure leaves the button to try again).
 *
 * @param props         Paging state and the translate function.
 * @param props.loading True while the page loads.
 * @param props.failed  True when the last attempt failed.
 * @param props.onLoad  Loads the older page.
 * @param props.t       Translate.
 */
function EarlierMessages( {
	loading,
	failed,
	onLoad,
	t,
}: NonNullable< MessageListProps[ 'earlier' ] > & { t: Translate } ) {
	return (
		<div className="oo-earlier">
			{ failed && (
				<p className="oo-status" role="status">
					{ t( 'earlierError' ) }
				</p>
			) }
			<button
				type="button"
				className="oo-button oo-earlier-button"
				onClick={ onLoad }
				disabled={ loading }
				aria-busy={ loading }
			>
				{ loading ? t( 'loadingEarlier' ) : t( 'showEarlier' ) }
			</button>
		</div>
	);
}

/**
 * The conversation, oldest first. Shopper text is shown as typed (text only); replies
 * and the welcome text go through the safe markdown renderer, which has no HTML path.
 * Replies are announced by the app's live region once complete, not token by token.
 *
 * @param props Messages, streaming text, welcome text, typing state, retry, translate.
 */
export function MessageList( props: MessageListProps ) {
	const {
		brandName,
		welcomeMessage,
		messages,
		streamingReplies,
		awaitingReply,
		onRetry,
		t,
	} = props;
	const endRef = useRef< HTMLDivElement >( null );
	const last = messages[ messages.length - 1 ];
	const streamed = Object.values( streamingReplies ).join( '' ).length;

	// Follows the newest message; loading earlier messages (prepended) keeps the view where it is.
	const lastKey = last?.clientMessageId ?? last?.id;
	useEffect( () => {
		endRef.current?.scrollIntoView?.( { block: 'end' } );
	}, [ lastKey, last?.status, awaitingReply, streamed ] );

	const typing =
		awaitingReply &&
		! messages.some(
			( item ) =>
				item.clientMessageId &&
				item.status === 'sending' &&
				streamingReplies[ item.clientMessageId ]
		);

	return (
		<div
			className="oo-log"
			role="log"
			aria-live="off"
			aria-label={ t( 'messages' ) }
			tabIndex={ 0 }
		>
			{ welcomeMessage && (
				<AssistantBubble who={ brandName } text={ welcomeMessage } />
			) }
			{ props.afterWelcome }
			{ props.earlier?.hasOlder && (
				<EarlierMessages { ...props.earlier } t={ t } />
			) }
			{ messages.map( ( message ) => {
				const partial =
					message.clientMessageId &&
					streamingReplies[ message.clientMessageId ];
				return (
					<Fragment key={ message.clientMessageId ?? message.id }>
						<div
							className={ `oo-msg oo-msg-${ message.role } oo-msg-${ message.status }` }
						>
							{ message.role === 'shopper' ? (
								<p className="oo-bubble">
									<span className="oo-sr">
										{ t( 'you' ) }:{ ' ' }
									</span>
									{ message.text }
								</p>
							) : (
								<div className="oo-bubble oo-md">
									<span className="oo-sr">
										{ brandName }:{ ' ' }
									</span>
									{ renderMarkdown( message.text ) }
								</div>
							) }
							<Sources
								sources={ message.sources }
								label={ t( 'sources' ) }
							/>
							<ProductCards
								products={ message.products }
								t={ t }
							/>
							<ChangedSinceNotice
								products={ message.changedProducts }
								t={ t }
							/>
							{ /* Only the newest reply's actions: older ones answered a moment that has passed. */ }
							{ props.replyActions &&
								message === last &&
								message.role === 'assistant' &&
								! awaitingReply &&
								Array.isArray( message.quickActions ) &&
								message.quickActions.length > 0 && (
									<ReplyQuickActions
										key={ message.id }
										actions={ message.quickActions }
										t={ t }
										{ ...props.replyActions }
									/>
								) }
							{ message.status === 'queued' && (
								<p className="oo-queued">{ t( 'queued' ) }</p>
							) }
							{ message.status === 'failed' &&
								message.clientMessageId && (
									<div className="oo-failed">
										<span>{ t( 'notSent' ) }</span>
										<button
											type="button"
											className="oo-button"
											onClick={ () =>
												onRetry(
													message.clientMessageId!
												)
											}
										>
											{ t( 'retry' ) }
										</button>
									</div>
								) }
						</div>
						{ partial && (
							<AssistantBubble
								who={ brandName }
								text={ partial }
								streaming
							/>
						) }
					</Fragment>
				);
			} ) }
			{ typing && (
				<div className="oo-typing">
					<i />
					<i />
					<i />
					<span className="oo-sr">
						{ t( 'isTyping', { name: brandName } ) }
					</span>
				</div>
			) }
			<div ref={ endRef } />
		</div>
	);
}
