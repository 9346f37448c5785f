/**
 * WooCommerce catalog panel: sync progress (page n of m, products synced of the shop's
 * published products), products known, last sync, last error and refused webhook
 * deliveries; "Sync now" and "Connect WooCommerce". Polls while a sync runs, and also while
 * a sync that was asked for (connecting the shop queues one; Sync now; Renew) has not shown
 * up in the status yet, so the panel never says "Up to date · 0" before the first sync.
 * Ignores answers that arrive after unmount.
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
/** How long the panel waits for a requested sync to show up before showing what it sees. */
const START_WAIT_MS = 60_000;

/** A sync was asked for (connect, Sync now) and has not shown up in the status yet. */
interface Waiting {
	since: number;
	/** `lastSyncedAt` when it was asked for: a change means it already ran to the end. */
	baseline: string | null;
}

/** Connected, never synced, nothing failed: the full sync that connecting queued is coming. */
function firstSyncPending( sync: Sync ): boolean {
	return (
		sync.connected &&
		sync.state === 'idle' &&
		sync.lastSyncedAt === null &&
		! sync.lastError
	);
}

function statusText( sync: Sync, waiting: boolean ): string {
	if ( sync.state === 'syncing' && sync.page && sync.totalPages ) {
		return sprintf(
			/* translators: 1: page being read, 2: number of pages */
			__( 'Syncing: page %1$d of %2$d', 'omniops' ),
			sync.page,
			sync.totalPages
		);
	}
	if ( sync.state === 'syncing' ) {
		return __( 'Syncing…', 'omniops' );
	}
	if ( sync.state === 'failed' ) {
		return __( 'Sync failed', 'omniops' );
	}
	if ( waiting ) {
		return __( 'Starting sync…', 'omniops' );
	}
	return sync.lastSyncedAt
		? __( 'Up to date', 'omniops' )
		: __( 'Not synced yet', 'omniops' );
}

function productsText( sync: Sync, waiting: boolean ): string {
	if ( sync.state === 'syncing' && typeof sync.shopProducts === 'number' ) {
		return sprintf(
			/* translators: 1: products synced so far, 2: published products in the shop */
			__( '%1$d of %2$d', 'omniops' ),
			sync.products,
			sync.shopProducts
		);
	}
	// Before the first sync has counted anything, 0 would read as an empty shop.
	if ( waiting && sync.lastSyncedAt === null && sync.state === 'idle' ) {
		return '—';
	}
	return String( sync.products );
}

export function CatalogSync( { pollMs = POLL_MS }: { pollMs?: number } ) {
	const [ sync, setSync ] = useState< Sync | null >( null );
	const [ waiting, setWaiting ] = useState< Waiting | null >( null );
	const [ error, setError ] = useState< string | null >( null );
	const [ busy, setBusy ] = useState( false );
	// Counts finished reads, so the next poll is planned after every answer, also a repeated
	// or failed one (a transient error while syncing must not end the polling).
	const [ reads, setReads ] = useState( 0 );
	const alive = useRef( true );

	const load = useCallback(
		async (
			action: () => Promise< Sync > = getCatalogSync
		): Promise< Sync | null > => {
			try {
				const next = await action();
				if ( alive.current ) {
					setSync( next );
					setError( null );
				}
				return next;
			} catch ( failure ) {
				if ( alive.current ) {
					setError( errorMessage( failure ) );
				}
				return null;
			} finally {
				if ( alive.current ) {
					setReads( ( count ) => count + 1 );
				}
			}
		},
		[]
	);

	useEffect( () => {
		alive.current = true;
		void load().then( ( first ) => {
			if ( first && alive.current && firstSyncPending( first ) ) {
				setWaiting( { since: Date.now(), baseline: null } );
			}
		} );
		return () => {
			alive.current = false;
		};
	}, [ load ] );

	// Stop waiting once the sync shows up (running, failed, or already finished), or after a minute.
	useEffect( () => {
		if ( ! waiting || ! sync ) {
			return;
		}
		const shownUp =
			sync.state !== 'idle' || sync.lastSyncedAt !== waiting.baseline;
		if ( shownUp || Date.now() - waiting.since > START_WAIT_MS ) {
			setWaiting( null );
		}
	}, [ sync, waiting ] );

	useEffect( () => {
		if ( sync?.state !== 'syncing' && ! waiting ) {
			return undefined;
		}
		const timer = setTimeout( () => void load(), pollMs );
		return () => clearTimeout( timer );
	}, [ reads, sync, waiting, load, pollMs ] );

	const act = async ( action: () => Promise< Sync > ) => {
		const baseline = sync?.lastSyncedAt ?? null;
		setBusy( true );
		const next = await load( action );
		if ( alive.current ) {
			setBusy( false );
			if ( next?.connected ) {
				setWaiting( { since: Date.now(), baseline } );
			}
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
					<dd aria-live="polite">
						{ statusText( sync, waiting !== null ) }
					</dd>
					<dt>{ __( 'Products', 'omniops' ) }</dt>
					<dd aria-live="polite">
						{ productsText( sync, waiting !== null ) }
					</dd>
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
