import { useEffect, useRef } from 'react';
import type { WidgetApi } from './api';
import type { FrameConfig } from './frameConfig';
import type { ReportTelemetry } from '../telemetry';
import { applyTheme } from './styles';
import { useWidgetConfig } from './hooks/useWidgetConfig';
import { useConversationSession } from './hooks/useConversationSession';
import { useMessageState } from './hooks/useMessageState';
import { useParentCommunication } from './hooks/useParentCommunication';
import { useUnreadNotifier } from './hooks/useUnreadNotifier';
import { ChatPanel } from './components/ChatPanel';
import { Composer } from './components/Composer';
import { ErrorAlert } from './components/ErrorAlert';
import { MessageList } from './components/MessageList';

export interface AppProps {
	frameConfig: FrameConfig;
	api: WidgetApi;
	report?: ReportTelemetry;
}

// `en_US` (WordPress) -> `en-US` (BCP 47, for the lang attribute).
const toLanguageTag = ( locale: string ) => locale.replace( /_/g, '-' );

/**
 * The chat inside the frame: wires the bridge, the widget config, the conversation
 * session and its messages to the panel.
 *
 * @param props Frame config, API client and telemetry reporter.
 */
export function App( props: AppProps ) {
	const { frameConfig, api, report } = props;
	const bridge = useParentCommunication( {
		allowedOrigins: frameConfig.allowedOrigins,
		report,
	} );
	const widget = useWidgetConfig( api, report );
	const conversation = useConversationSession( api, frameConfig.siteKey );
	const chat = useMessageState( {
		api,
		session: conversation.session,
		isNew: conversation.isNew,
		pageContext: bridge.pageContext,
		onSessionRejected: conversation.restart,
		report,
	} );
	useUnreadNotifier(
		chat.repliesReceived,
		bridge.isOpen,
		bridge.notifyUnread
	);

	const { config } = widget;
	const composerRef = useRef< HTMLTextAreaElement >( null );

	useEffect( () => {
		applyTheme( config?.primaryColor );
		if ( config ) {
			report?.( 'widget_loaded', {
				ms: Math.round( performance.now() ),
			} );
		}
	}, [ config, report ] );

	useEffect( () => {
		document.documentElement.lang = toLanguageTag(
			bridge.locale || config?.locale || frameConfig.locale
		);
	}, [ bridge.locale, config?.locale, frameConfig.locale ] );

	// The host sends `open` when the shopper opens the panel: put the cursor in the box.
	useEffect( () => {
		if ( bridge.openCount ) {
			composerRef.current?.focus();
		}
	}, [ bridge.openCount, config ] );

	let body;
	if ( widget.error ) {
		body = (
			<ErrorAlert onRetry={ widget.retry }>
				We couldn’t load the chat.
			</ErrorAlert>
		);
	} else if ( ! config ) {
		body = (
			<p className="oo-status" role="status">
				Loading…
			</p>
		);
	} else {
		body = (
			<>
				{ conversation.error && (
					<ErrorAlert onRetry={ conversation.retry }>
						We couldn’t start the conversation.
					</ErrorAlert>
				) }
				{ chat.error && (
					<ErrorAlert onRetry={ chat.retry }>
						We couldn’t load your earlier messages.
					</ErrorAlert>
				) }
				<MessageList
					brandName={ config.brandName }
					welcomeMessage={ config.welcomeMessage }
					messages={ chat.messages }
					awaitingReply={ chat.awaitingReply }
					onRetry={ chat.retrySend }
				/>
				<Composer
					ref={ composerRef }
					onSend={ chat.send }
					canSend={ !! conversation.session }
				/>
			</>
		);
	}

	return (
		<ChatPanel
			brandName={ config?.brandName || 'Chat' }
			onClose={ bridge.embedded ? bridge.requestClose : undefined }
		>
			{ body }
		</ChatPanel>
	);
}
