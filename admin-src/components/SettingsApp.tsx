import {
	Button,
	Card,
	CardBody,
	CardHeader,
	Spinner,
} from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';

import { connect, disconnect, errorMessage, resync } from '../api';
import { useConnection } from '../useConnection';
import { AiProviderNotice, AiProviderPanel } from './AiProviderPanel';
import { AppearanceSettings } from './AppearanceSettings';
import { CatalogSync } from './CatalogSync';
import { ConnectForm } from './ConnectForm';
import { ConnectionStatus } from './ConnectionStatus';
import { LoadErrorNotice, StatusNotice, type StatusMessage } from './Notices';
import { QuickActionSettings } from './QuickActionSettings';

type Action = 'connect' | 'disconnect' | 'sync';

/**
 * The whole settings screen: status, the connect form when not connected, the
 * re-sync and disconnect actions when connected.
 */
export function SettingsApp() {
	const {
		connection,
		loading,
		loadError,
		refresh,
		setConnection,
		awaitIndexRun,
	} = useConnection();
	const [ pending, setPending ] = useState< Action | null >( null );
	const [ message, setMessage ] = useState< StatusMessage | null >( null );
	const [ confirmingDisconnect, setConfirmingDisconnect ] = useState( false );

	const run = ( action: Action, work: () => Promise< string > ) => {
		setPending( action );
		setMessage( null );
		work()
			.then( ( text ) => setMessage( { status: 'success', text } ) )
			.catch( ( error: unknown ) =>
				setMessage( { status: 'error', text: errorMessage( error ) } )
			)
			.finally( () => setPending( null ) );
	};

	const onConnect = ( sidecarUrl: string, token: string ) =>
		run( 'connect', async () => {
			setConnection( await connect( sidecarUrl, token ) );
			return __(
				'This shop is now linked to OmniOps. Your pages and posts are being indexed.',
				'omniops'
			);
		} );

	const onDisconnect = () =>
		run( 'disconnect', async () => {
			setConfirmingDisconnect( false );
			setConnection( await disconnect() );
			return __(
				'OmniOps was unlinked: the chat no longer appears on your shop.',
				'omniops'
			);
		} );

	const onResync = () =>
		run( 'sync', async () => {
			await resync();
			awaitIndexRun();
			refresh();
			return __(
				'Re-sync started: OmniOps is reading your content again.',
				'omniops'
			);
		} );

	const busy = pending !== null;

	return (
		<Card className="omniops-settings" style={ { maxWidth: 760 } }>
			<CardHeader>
				<h2 style={ { margin: 0 } }>
					{ __( 'Connection', 'omniops' ) }
				</h2>
				{ loading && <Spinner /> }
			</CardHeader>
			<CardBody>
				<StatusNotice
					message={ message }
					onDismiss={ () => setMessage( null ) }
				/>
				{ loadError && (
					<LoadErrorNotice
						error={ loadError }
						onRetry={ refresh }
						retrying={ loading }
					/>
				) }
				{ connection && <ConnectionStatus connection={ connection } /> }
				{ connection?.connected &&
					window.omniopsAdmin?.woocommerceActive && <CatalogSync /> }
				{ connection && ! connection.connected && (
					<ConnectForm
						initialSidecarUrl={ connection.sidecarUrl }
						busy={ pending === 'connect' }
						onConnect={ onConnect }
						onInvalid={ ( text ) =>
							setMessage( { status: 'error', text } )
						}
					/>
				) }
				{ connection?.connected && ! confirmingDisconnect && (
					<div style={ { display: 'flex', gap: 8 } }>
						<Button
							__next40pxDefaultSize
							variant="primary"
							onClick={ onResync }
							isBusy={ pending === 'sync' }
							disabled={ busy }
							accessibleWhenDisabled
						>
							{ __( 'Re-sync content', 'omniops' ) }
						</Button>
						<Button
							__next40pxDefaultSize
							variant="secondary"
							isDestructive
							onClick={ () => setConfirmingDisconnect( true ) }
							disabled={ busy }
							accessibleWhenDisabled
						>
							{ __( 'Disconnect', 'omniops' ) }
						</Button>
					</div>
				) }
				{ connection?.connected && confirmingDisconnect && (
					<div
						role="group"
						aria-label={ __( 'Confirm disconnect', 'omniops' ) }
					>
						<p>
							{ __(
								'The chat disappears from your shop, and linking it again needs a new connect token. Continue?',
								'omniops'
							) }
						</p>
						<div style={ { display: 'flex', gap: 8 } }>
							<Button
								__next40pxDefaultSize
								variant="primary"
								isDestructive
								onClick={ onDisconnect }
								isBusy={ pending === 'disconnect' }
								disabled={ busy }
								accessibleWhenDisabled
							>
								{ __( 'Yes, disconnect', 'omniops' ) }
							</Button>
							<Button
								__next40pxDefaultSize
								variant="tertiary"
								onClick={ () =>
									setConfirmingDisconnect( false )
								}
								disabled={ busy }
							>
								{ __( 'Cancel', 'omniops' ) }
							</Button>
						</div>
					</div>
				) }
				{ connection?.connected && <AppearanceSettings /> }
				{ connection?.connected && <QuickActionSettings /> }
				{ connection?.connected &&
					( window.omniopsAdmin?.canManageAiProvider ? (
						<AiProviderPanel />
					) : (
						<AiProviderNotice />
					) ) }
			</CardBody>
		</Card>
	);
}
