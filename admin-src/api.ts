/**
 * The settings page's view of the plugin's REST routes (plugin/src/Rest/ConnectionController.php).
 * apiFetch carries the REST nonce itself: WordPress configures its nonce middleware
 * because the bundle depends on `wp-api-fetch`.
 */
import apiFetch from '@wordpress/api-fetch';
import { __ } from '@wordpress/i18n';

export type IndexState = 'idle' | 'syncing' | 'failed' | string;

export interface KnowledgeStatus {
	documents: number;
	passages: number;
	state: IndexState;
	lastSyncedAt: string | null;
	lastError: string | null;
}

export interface ConnectionInfo {
	connected: boolean;
	sidecarUrl: string;
	siteKey: string | null;
	connectedAt: string | null;
	status?: KnowledgeStatus;
	error?: string;
}

interface AdminBootstrap {
	restNamespace: string;
	pluginVersion: string;
	siteUrl: string;
	woocommerceActive: boolean;
	/** Where WordPress sends its mail from: the default for the chat's "Email us". */
	adminEmail?: string;
	/**
	 * Whether this user may use the AI provider routes (administrators; shop managers may
	 * not): the same check as their permission callback (Rest/AiProviderController.php).
	 */
	canManageAiProvider?: boolean;
}

declare global {
	interface Window {
		omniopsAdmin?: AdminBootstrap;
	}
}

const namespace = (): string =>
	window.omniopsAdmin?.restNamespace ?? 'omniops/v1';

export function getConnection(): Promise< ConnectionInfo > {
	return apiFetch< ConnectionInfo >( {
		path: `/${ namespace() }/connection`,
	} );
}

export function connect(
	sidecarUrl: string,
	token: string
): Promise< ConnectionInfo > {
	return apiFetch< ConnectionInfo >( {
		path: `/${ namespace() }/connection`,
		method: 'POST',
		data: { sidecarUrl, token },
	} );
}

export function disconnect(): Promise< ConnectionInfo > {
	return apiFetch< ConnectionInfo >( {
		path: `/${ namespace() }/connection`,
		method: 'DELETE',
	} );
}

export function resync(): Promise< { queued: boolean } > {
	return apiFetch< { queued: boolean } >( {
		path: `/${ namespace() }/sync`,
		method: 'POST',
	} );
}

function isRecord( value: unknown ): value is Record< string, unknown > {
	return typeof value === 'object' && value !== null;
}

/**
 * One readable sentence from whatever apiFetch rejected with: a WP_Error body
 * `{ code, message, data }` (for invalid parameters, the per-field messages are the useful
 * part), a network failure, or anything else.
 * @param error
 */
export function errorMessage( error: unknown ): string {
	if ( isRecord( error ) ) {
		const data = error.data;
		if ( isRecord( data ) && isRecord( data.params ) ) {
			const fieldMessages = Object.values( data.params ).filter(
				( value ): value is string => typeof value === 'string'
			);
			if ( fieldMessages.length > 0 ) {
				return fieldMessages.join( ' ' );
			}
		}
		if ( typeof error.message === 'string' && error.message !== '' ) {
			return error.message;
		}
	}
	if ( error instanceof Error && error.message !== '' ) {
		return error.message;
	}
	return __( 'Something went wrong. Please try again.', 'omniops' );
}
