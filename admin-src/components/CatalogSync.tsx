/**
 * WooCommerce catalog panel: sync progress (page n of m), products known, last sync,
 * last error and refused webhook deliveries; "Sync now" and "Connect WooCommerce".
 * Polls while a sync runs; ignores answers that arrive after unmount.
 */
import { Button, Notice, Spinner } from '@wordpress/components';
import { useCallback, useEffect, useRef, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';
import { errorMessage } from '../api';
import {
	connectWooCommerce,
	getCatalogSync,
	startCatalogSync,
	type CatalogSync as Sync,
} from '../commerceApi';

const POLL_MS = 3000;

export function CatalogSync() {
	const [ sync, setSync ] = useState< Sync | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState( false );
	const alive = useRef( true );

	const load = useCallback(
		async ( action: () => Promise< Sync > = getCatalogSync ) => {
			try {
				const next = await action();
				if ( alive.current ) {
					setSync( next );
					setError( null );
				}
			} catch ( failure ) {
				if ( alive.current ) {
					setError( errorMessage( failure ) );
				}
			}
		},
		[]
	);

	useEffect( () => {
		alive.current = true;
		void load();
		return () => {
			alive.current = false;
		};
	}, [ load ] );

	useEffect( () => {
		if ( sync?.state !== 'syncing' ) {
			return undefined;
		}
		const timer = setTimeout( () => void load(), POLL_MS );
		return () => clearTimeout( timer );
	}, [ sync, load ] );

	const act = async ( action: () => Promise< Sync > ) => {
		setBusy( true );
		await load( action );
		if ( alive.current ) {
			setBusy( false );
		}
	};

	return (
		<section
			aria-labelledby="omniops-catalog-heading"
			style={ { marginTop: 24 } }
		>
			<h3 id="omniops-catalog-heading">
				{ __( 'WooCommerce catalog', 'omniops' ) }
			</h3>
			{ ! sync && ! error && <Spinner /> }
			{ error && (
				<Notice status="error" isDismissible={ false }>
					{ error }
				</Notice>
			) }
			{ sync && ! sync.connected && (
				<p>{ __( 'The catalog is not connected yet.', 'omniops' ) }</p>
			) }
			{ sync?.connected && (
				<dl>
					<dt>{ __( 'Status', 'omniops' ) }</dt>
					<dd>
						{ sync.state === 'syncing' &&
						sync.page &&
						sync.totalPages
							? sprintf(
									/* translators: 1: page being read, 2: number of pages */
									__(
										'Syncing: page %1$d of %2$d',
										'omniops'
									),
									sync.page,
									sync.totalPages
								)
							: {
									idle: __( 'Up to date', 'omniops' ),
									syncing: __( 'Syncing…', 'omniops' ),
									failed: __( 'Sync failed', 'omniops' ),
								}[ sync.state ] }
					</dd>
					<dt>{ __( 'Products', 'omniops' ) }</dt>
					<dd>{ sync.products }</dd>
					<dt>{ __( 'Last sync', 'omniops' ) }</dt>
					<dd>
						{ sync.lastSyncedAt
							? new Date( sync.lastSyncedAt ).toLocaleString()
							: '—' }
					</dd>
					{ sync.lastError && (
						<>
							<dt>{ __( 'Last error', 'omniops' ) }</dt>
							<dd role="status">{ sync.lastError }</dd>
						</>
					) }
					{ sync.badWebhookSignatures > 0 && (
						<>
							<dt>
								{ __(
									'Refused webhook deliveries',
									'omniops'
								) }
							</dt>
							<dd>{ sync.badWebhookSignatures }</dd>
						</>
					) }
				</dl>
			) }
			<div style={ { display: 'flex', gap: 8 } }>
				{ sync?.connected && (
					<Button
						variant="secondary"
						onClick={ () => act( startCatalogSync ) }
						isBusy={ busy }
						disabled={ busy || sync.state === 'syncing' }
						accessibleWhenDisabled
					>
						{ __( 'Sync now', 'omniops' ) }
					</Button>
				) }
				<Button
					variant={ sync?.connected ? 'tertiary' : 'primary' }
					onClick={ () => act( connectWooCommerce ) }
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ sync?.connected
						? __( 'Renew keys and webhooks', 'omniops' )
						: __( 'Connect WooCommerce', 'omniops' ) }
				</Button>
			</div>
		</section>
	);
}
