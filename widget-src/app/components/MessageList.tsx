import { useEffect, useRef } from 'react';
import type { MessageSource } from '../api';
import type { ChatMessage } from '../hooks/useMessageState';

export interface MessageListProps {
	brandName: string;
	/** Shown first, as the assistant's; not stored in the conversation. */
	welcomeMessage: string;
	messages: ChatMessage[];
	awaitingReply: boolean;
	onRetry: ( clientMessageId: string ) => void;
}

// Only web links become anchors: a `javascript:` URL in a source must not run.
const isWebUrl = ( url: string ) => /^https?:\/\//i.test( url );

function Sources( { sources }: { sources: MessageSource[] } ) {
	if ( ! sources.length ) {
		return null;
	}
	return (
		<ul className="oo-sources" aria-label="Sources">
			{ sources.map( ( source, index ) => (
				<li key={ index }>
					{ isWebUrl( source.url ) ? (
						<a
							href={ source.url }
							target="_blank"
							rel="noopener noreferrer"
						>
							{ source.title }
						</a>
					) : (
						source.title
					) }
				</li>
			) ) }
		</ul>
	);
}

/**
 * The conversation, oldest first, announced politely as it grows. Text is always
 * rendered as text: replies may quote shop content, which is not ours to trust.
 *
 * @param props Messages, welcome text, typing state and the retry handler.
 */
export function MessageList( props: MessageListProps ) {
	const { brandName, welcomeMessage, messages, awaitingReply, onRetry } =
		props;
	const endRef = useRef< HTMLDivElement >( null );
	const last = messages[ messages.length - 1 ];

	useEffect( () => {
		endRef.current?.scrollIntoView?.( { block: 'end' } );
	}, [ messages.length, last?.status, awaitingReply ] );

	return (
		<div
			className="oo-log"
			role="log"
			aria-live="polite"
			aria-label="Messages"
		>
			{ welcomeMessage && (
				<div className="oo-msg oo-msg-assistant">
					<p className="oo-bubble">{ welcomeMessage }</p>
				</div>
			) }
			{ messages.map( ( message ) => (
				<div
					key={ message.clientMessageId ?? message.id }
					className={ `oo-msg oo-msg-${ message.role } oo-msg-${ message.status }` }
				>
					<p className="oo-bubble">
						<span className="oo-sr">
							{ message.role === 'shopper'
								? 'You: '
								: `${ brandName }: ` }
						</span>
						{ message.text }
					</p>
					<Sources sources={ message.sources } />
					{ message.status === 'failed' &&
						message.clientMessageId && (
							<div className="oo-failed">
								<span>Not sent.</span>
								<button
									type="button"
									className="oo-button"
									onClick={ () =>
										onRetry( message.clientMessageId! )
									}
								>
									Retry
								</button>
							</div>
						) }
				</div>
			) ) }
			{ awaitingReply && (
				<div className="oo-typing">
					<i />
					<i />
					<i />
					<span className="oo-sr">{ brandName } is typing…</span>
				</div>
			) }
			<div ref={ endRef } />
		</div>
	);
}
