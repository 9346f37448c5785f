import { Notice } from '@wordpress/components';
import { __, _n, sprintf } from '@wordpress/i18n';
import type { ReactNode } from 'react';

import type { ConnectionInfo, KnowledgeStatus } from '../api';

function formatDate( iso: string | null ): string {
	if ( ! iso ) {
		return __( 'Never', 'omniops' );
	}
	const date = new Date( iso );
	return Number.isNaN( date.getTime() ) ? iso : date.toLocaleString();
}

function stateLabel( status: KnowledgeStatus ): string {
	switch ( status.state ) {
		case 'idle':
			// Right after connecting the first run is queued: nothing is up to date yet.
			return status.lastSyncedAt
				? __( 'Up to date', 'omniops' )
				: __( 'Not indexed yet', 'omniops' );
		case 'syncing':
			return __( 'Reading your content…', 'omniops' );
		case 'failed':
			return __( 'Failed', 'omniops' );
		default:
			return status.state;
	}
}

function Row( { label, children }: { label: string; children: ReactNode } ) {
	return (
		<tr>
			<th scope="row">{ label }</th>
			<td>{ children }</td>
		</tr>
	);
}

/**
 * "Connected" with the site key and the knowledge index figures, or "Not connected".
 * Careful with wording: tests look for the exact text "Connected".
 * @param props
 * @param props.connection
 */
export function ConnectionStatus( {
	connection,
}: {
	connection: ConnectionInfo;
} ) {
	if ( ! connection.connected ) {
		return (
			<div className="omniops-status">
				<p>
					<strong className="omniops-status__label">
						{ __( 'Not connected', 'omniops' ) }
					</strong>
				</p>
				<p>
					{ __(
						'Link this shop to your OmniOps service to show the chat on your pages.',
						'omniops'
					) }
				</p>
			</div>
		);
	}

	const { status } = connection;
	return (
		<div className="omniops-status">
			<p>
				<strong className="omniops-status__label">
					{ __( 'Connected', 'omniops' ) }
				</strong>
			</p>
			{ connection.error && (
				<Notice status="warning" isDismissible={ false }>
					{ connection.error }
				</Notice>
			) }
			<table className="form-table" role="presentation">
				<tbody>
					<Row label={ __( 'OmniOps service', 'omniops' ) }>
						<code>{ connection.sidecarUrl }</code>
					</Row>
					<Row label={ __( 'Site key', 'omniops' ) }>
						<code>{ connection.siteKey }</code>
					</Row>
					<Row label={ __( 'Linked on', 'omniops' ) }>
						{ formatDate( connection.connectedAt ) }
					</Row>
					{ status && (
						<>
							<Row label={ __( 'Knowledge', 'omniops' ) }>
								{ sprintf(
									/* translators: %d: number of indexed documents (pages and posts). */
									_n(
										'%d document',
										'%d documents',
										status.documents,
										'omniops'
									),
									status.documents
								) }
							</Row>
							<Row label={ __( 'Index state', 'omniops' ) }>
								{ stateLabel( status ) }
							</Row>
							<Row label={ __( 'Last synced', 'omniops' ) }>
								{ formatDate( status.lastSyncedAt ) }
							</Row>
							{ status.lastError && (
								<Row label={ __( 'Last error', 'omniops' ) }>
									{ status.lastError }
								</Row>
							) }
						</>
					) }
				</tbody>
			</table>
		</div>
	);
}
