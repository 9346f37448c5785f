import { useEffect, useMemo, useRef, useState } from 'react';
import type { WidgetApi } from './api';
import type { FrameConfig } from './frameConfig';
import type { ReportTelemetry } from '../telemetry';
import { applyTheme } from './styles';
import { createConsentGate } from './consentGate';
import { createTranslator } from './i18n';
import { useWidgetConfig } from './hooks/useWidgetConfig';
import { useConversationSession } from './hooks/useConversationSession';
import { useMessageState } from './hooks/useMessageState';
import { useParentCommunication } from './hooks/useParentCommunication';
import {
	hasStoredConsent,
	usePrivacySettings,
} from './hooks/usePrivacySettings';
import { useUnreadNotifier } from './hooks/useUnreadNotifier';
import { useOnline } from './hooks/useOnline';
import { useJourney } from './hooks/useJourney';
import { ChatPanel } from './components/ChatPanel';
import { Composer } from './components/Composer';
import { ErrorAlert } from './components/ErrorAlert';
import { MessageList } from './components/MessageList';
import { PrivacyPanel } from './components/PrivacyPanel';
import { QuickActions } from './components/QuickActions';
import { quickActionsFor } from './quickActions';
import type { TelemetryTokenStore } from './telemetryToken';

export interface AppProps {
	frameConfig: FrameConfig;
	api: WidgetApi;
	report?: ReportTelemetry;
	/** Receives the signed telemetry token of the widget config (telemetryToken.ts). */
	telemetryToken?: TelemetryTokenStore;
}

// `en_US` (WordPress) -> `en-US` (BCP 47, for the lang attribute).
const toLanguageTag = ( locale: string ) => locale.replace( /_/g, '-' );

/**
 * The chat inside the frame: wires the bridge, the widget config, the consent gate, the
 * conversation session, its messages and the privacy settings to the panel.
 *
 * @param props Frame config, API client and telemetry reporter.
 */
export function App( props: AppProps ) {
	const { frameConfig, api } = props;
	const { siteKey } = frameConfig;
	const gate = useMemo(
		() => createConsentGate( props.report, frameConfig.consentRequired ),
		[ props.report, frameConfig.consentRequired ]
	);
	const report = gate.report;
	const bridge = useParentCommunication( {
		allowedOrigins: frameConfig.allowedOrigins,
		report,
	} );
	const widget = useWidgetConfig( api, report );
	const { config } = widget;
	const consentOk =
		config !== null &&
		( ! config.consentRequired || hasStoredConsent( siteKey ) );
	const conversation = useConversationSession( api, siteKey, {
		enabled: consentOk,
	} );
	const privacy = usePrivacySettings( {
		api,
		siteKey,
		config,
		session: conversation.session,
		report,
		onDeleted: conversation.forget,
	} );
	const chat = useMessageState( {
		api,
		session: conversation.session,
		isNew: conversation.isNew,
		pageContext: bridge.pageContext,
		customerToken: bridge.customerToken,
		locale: bridge.locale || config?.locale || frameConfig.locale,
		onSessionRejected: conversation.restart,
		report,
		streaming: config?.streaming,
	} );
	// After a 429 nothing may be sent until the server's Retry-After has passed.
	const canSend =
		!! conversation.session && privacy.ready && ! chat.slowDownSeconds;
	// With consent (and once the server has it), pages are kept with the conversation.
	useJourney( {
		api,
		session: conversation.session,
		pageContext: bridge.pageContext,
		allowed: consentOk && privacy.ready,
		rememberConversation: bridge.rememberConversation,
	} );
	useUnreadNotifier(
		chat.repliesReceived,
		bridge.isOpen,
		bridge.notifyUnread
	);
	const online = useOnline();
	const [ view, setView ] = useState< 'chat' | 'privacy' >( 'chat' );

	const locale = bridge.locale || config?.locale || frameConfig.locale;
	const t = useMemo( () => createTranslator( locale ), [ locale ] );
	const composerRef = useRef< HTMLTextAreaElement >( null );

	useEffect( () => {
		if ( consentOk ) {
			gate.allow();
		}
	}, [ consentOk, gate, privacy.consentGiven ] );

	useEffect( () => {
		applyTheme( config?.primaryColor );
		if ( config ) {
			// Before the first event: widget_loaded goes out attributed.
			props.telemetryToken?.accept(
				config.telemetryToken,
				config.telemetryTokenExpiresAt
			);
			report( 'widget_loaded', { ms: Math.round( performance.now() ) } );
		}
	}, [ config, report, props.telemetryToken ] );

	useEffect( () => {
		document.documentElement.lang = toLanguageTag( locale );
	}, [ locale ] );

	// The host sends `open` when the shopper opens the panel: put the cursor in the box.
	useEffect( () => {
		if ( bridge.openCount ) {
			composerRef.current?.focus();
		}
	}, [ bridge.openCount, config ] );

	const retryProps = {
		retryLabel: t( 'retry' ),
		retryingLabel: t( 'retrying' ),
	};
	const alerts = (
		<>
			{ bridge.parentCommError && (
				<ErrorAlert
					variant="info"
					onRetry={ bridge.retryParentComm }
					{ ...retryProps }
				>
					{ t( 'parentError' ) }
				</ErrorAlert>
			) }
			{ ! online && (
				<ErrorAlert variant="info" { ...retryProps }>
					{ t( 'offline' ) }
				</ErrorAlert>
			) }
		</>
	);

	let body;
	if ( widget.configError ) {
		body = (
			<ErrorAlert
				variant="destructive"
				onRetry={ widget.retryLoadConfig }
				retrying={ widget.isRetrying }
				{ ...retryProps }
			>
				{ t( 'configError' ) }
			</ErrorAlert>
		);
	} else if ( ! config ) {
		body = (
			<p className="oo-status" role="status">
				{ t( 'loading' ) }
			</p>
		);
	} else if ( ! privacy.consentGiven || view === 'privacy' ) {
		body = (
			<PrivacyPanel
				key={ privacy.consentGiven ? 'settings' : 'consent' }
				privacy={ privacy }
				t={ t }
				mode={ privacy.consentGiven ? 'settings' : 'consent' }
				onDone={ () => setView( 'chat' ) }
			/>
		);
	} else {
		body = (
			<>
				{ conversation.sessionError && (
					<ErrorAlert
						variant="destructive"
						onRetry={ conversation.retryStartSession }
						retrying={ conversation.loading }
						{ ...retryProps }
					>
						{ t( 'sessionError' ) }
					</ErrorAlert>
				) }
				{ chat.messagesLoadError && (
					<ErrorAlert
						variant="warning"
						onRetry={ chat.retryLoadMessages }
						retrying={ chat.isRetrying }
						{ ...retryProps }
					>
						{ t( 'historyError' ) }
					</ErrorAlert>
				) }
				{ chat.slowDownSeconds > 0 && (
					<p className="oo-status oo-slow-down" role="status">
						{ t( 'slowDown', {
							seconds: String( chat.slowDownSeconds ),
						} ) }
					</p>
				) }
				{ privacy.deleted && (
					<p className="oo-status" role="status">
						{ t( 'deleted' ) }
					</p>
				) }
				<MessageList
					brandName={ config.brandName }
					welcomeMessage={ config.welcomeMessage }
					afterWelcome={
						<QuickActions
							actions={ quickActionsFor(
								bridge.pageContext,
								config.quickActions,
								t
							) }
							t={ t }
							canSend={ canSend }
							onSend={ chat.send }
							onAddToCart={ ( productId ) =>
								bridge.addToCart( { productId, quantity: 1 } )
							}
						/>
					}
					messages={ chat.messages }
					streamingReplies={ chat.streamingReplies }
					awaitingReply={ chat.awaitingReply }
					onRetry={ chat.retrySend }
					earlier={ {
						hasOlder: chat.hasOlder,
						loading: chat.loadingOlder,
						failed: chat.olderLoadError !== null,
						onLoad: chat.loadOlder,
					} }
					replyActions={ {
						canSend,
						onSend: chat.send,
						onAddToCart: ( productId, variationId ) =>
							bridge.addToCart( {
								productId,
								...( variationId ? { variationId } : {} ),
								quantity: 1,
							} ),
					} }
					t={ t }
				/>
				<Composer
					ref={ composerRef }
					onSend={ chat.send }
					canSend={ canSend }
					label={ t( 'typeMessage' ) }
					placeholder={ t( 'typeMessagePlaceholder' ) }
					sendLabel={ t( 'send' ) }
				/>
			</>
		);
	}

	const privacyButton = config &&
		privacy.consentGiven &&
		conversation.session &&
		view === 'chat' && (
			<button
				type="button"
				className="oo-head-button"
				onClick={ () => setView( 'privacy' ) }
			>
				{ t( 'privacy' ) }
			</button>
		);

	return (
		<ChatPanel
			brandName={ config?.brandName || t( 'chat' ) }
			avatarUrl={ config?.avatarUrl }
			closeLabel={ t( 'closeChat' ) }
			onClose={ bridge.embedded ? bridge.requestClose : undefined }
			actions={ privacyButton }
		>
			{ alerts }
			{ privacy.privacyError && (
				<ErrorAlert
					variant="warning"
					onRetry={ privacy.retryPrivacy }
					retrying={ privacy.isRetrying }
					{ ...retryProps }
				>
					{ t( 'privacyError' ) }
				</ErrorAlert>
			) }
			{ body }
			<div className="oo-sr" role="status" aria-live="polite">
				{ chat.lastReply
					? t( 'newReply', {
							name: config?.brandName ?? '',
							text: chat.lastReply.text,
						} )
					: '' }
			</div>
		</ChatPanel>
	);
}
