import { useCallback, useEffect, useRef, useState } from 'react';
import type {
	ConversationSession,
	RetentionRange,
	WidgetApi,
	WidgetConfig,
} from '../api';
import type { ReportTelemetry } from '../../telemetry';
import { errorData } from './useWidgetConfig';
import { toError, useAbortScope } from './useAbortScope';
import { logDev, logError } from './devLog';
import { readStoredJson, writeStoredJson } from '../storedJson';

/** Used until the site config says otherwise. */
export const DEFAULT_RETENTION: RetentionRange = {
	minDays: 1,
	maxDays: 365,
	defaultDays: 30,
};

/** What the shopper chose, as remembered on this device (only after consent). */
interface StoredChoices {
	retentionDays: number;
	email: string;
}

export const consentStorageKey = ( siteKey: string ) =>
	`omniops:privacy:${ siteKey }`;

function readChoices( key: string ): StoredChoices | null {
	const value = readStoredJson( key ) as Partial< StoredChoices > | null;
	return value && Number.isInteger( value.retentionDays )
		? {
				retentionDays: value.retentionDays!,
				email: typeof value.email === 'string' ? value.email : '',
			}
		: null;
}

/**
 * Whether the shopper consented on this device (read before the session starts).
 *
 * @param siteKey The site's public key.
 * @return True when choices are stored.
 */
export const hasStoredConsent = ( siteKey: string ) =>
	readChoices( consentStorageKey( siteKey ) ) !== null;

/**
 * Checks a retention the shopper typed: whole days inside the site's range.
 *
 * @param value What the shopper typed (or a number).
 * @param range The site's range.
 * @return The number of days, or `null` when it is not acceptable.
 */
export function validateRetentionDays(
	value: string | number,
	range: RetentionRange
): number | null {
	const text = String( value ).trim();
	if ( ! /^\d{1,4}$/.test( text ) ) {
		return null;
	}
	const days = Number( text );
	return days >= range.minDays && days <= range.maxDays ? days : null;
}

export interface PrivacySettingsOptions {
	api: WidgetApi;
	siteKey: string;
	/** The widget config: consent requirement and retention range. `null` while loading. */
	config: WidgetConfig | null;
	session: ConversationSession | null;
	report?: ReportTelemetry;
	/** Called after "delete my conversation" succeeded (forget the session). */
	onDeleted?: () => void;
}

/** What `usePrivacySettings` returns. */
export interface PrivacySettings {
	/** The shop asks for consent before anything is stored or tracked. */
	consentRequired: boolean;
	/** Consent given on this device, or not required. Until then nothing is stored. */
	consentGiven: boolean;
	/** The choices are on the server (or none are needed): messages may be sent. */
	ready: boolean;
	retentionDays: number;
	range: RetentionRange;
	email: string;
	/** A save or delete is under way. */
	saving: boolean;
	/** True while an operation started by `retryPrivacy` is under way. */
	isRetrying: boolean;
	/** Set once the conversation was deleted on request. */
	deleted: boolean;
	/** Why the last privacy operation failed; `null` otherwise. */
	error: Error | null;
	/** The same error under its domain name. */
	privacyError: Error | null;
	/** Repeats the last failed operation with its parameters. */
	retryPrivacy: () => void;
	/**
	 * Records consent with a retention (validated) and an optional e-mail.
	 *
	 * @return `false` when the retention is not acceptable (nothing changes).
	 */
	giveConsent: ( retentionDays: string | number, email?: string ) => boolean;
	/**
	 * Changes the retention (validated) and e-mail of the current conversation.
	 *
	 * @return `false` when the retention is not acceptable (nothing changes).
	 */
	updateChoices: (
		retentionDays: string | number,
		email?: string
	) => boolean;
	/** Deletes the conversation on the server and forgets it here. */
	deleteConversation: () => void;
}

/**
 * The shopper's privacy: the consent gate, the retention they choose (whole days within
 * the site's range; the site's default until they choose), their optional e-mail for
 * the shop's export/erase requests, and "delete my conversation". Nothing is written to
 * storage before consent when the shop requires it.
 *
 * @param options API client, site key, config, session, telemetry, delete callback.
 * @return The state and the operations.
 */
export function usePrivacySettings(
	options: PrivacySettingsOptions
): PrivacySettings {
	const { api, siteKey, config, session } = options;
	const storageKey = consentStorageKey( siteKey );
	const range = config?.retention ?? DEFAULT_RETENTION;
	const consentRequired = Boolean( config?.consentRequired );
	const { latest, lifetime } = useAbortScope();
	const [ stored, setStored ] = useState( () => readChoices( storageKey ) );
	const [ state, setState ] = useState( {
		saving: false,
		isRetrying: false,
		error: null as Error | null,
		/** The conversation whose choices the server has. */
		savedFor: null as string | null,
		deleted: false,
	} );
	const latestOptions = useRef( options );
	latestOptions.current = options;
	const lastFailed = useRef< ( () => void ) | null >( null );

	const fail = useCallback(
		( error: unknown, operation: string, again: () => void ) => {
			const failure = toError( error );
			logError( 'usePrivacySettings', failure );
			lastFailed.current = again;
			setState( ( previous ) => ( {
				...previous,
				saving: false,
				isRetrying: false,
				error: failure,
			} ) );
			latestOptions.current.report?.( 'privacy_error', {
				...errorData( failure ),
				operation,
			} );
		},
		[]
	);

	const save = useCallback(
		( choices: StoredChoices, isRetry: boolean ) => {
			const current = latestOptions.current.session;
			if ( ! current ) {
				return;
			}
			const signal = latest();
			setState( ( previous ) => ( {
				...previous,
				saving: true,
				isRetrying: isRetry,
			} ) );
			api.savePrivacy(
				current,
				{ retentionDays: choices.retentionDays, email: choices.email },
				signal
			).then(
				() => {
					if ( signal.aborted ) {
						return;
					}
					logDev(
						'usePrivacySettings',
						'saved',
						choices.retentionDays
					);
					lastFailed.current = null;
					setState( ( previous ) => ( {
						...previous,
						saving: false,
						isRetrying: false,
						error: null,
						savedFor: current.conversationId,
					} ) );
					if ( isRetry ) {
						latestOptions.current.report?.( 'retry', {
							kind: 'privacy',
							ok: true,
						} );
					}
				},
				( error: unknown ) => {
					if ( signal.aborted ) {
						return;
					}
					if ( isRetry ) {
						latestOptions.current.report?.( 'retry', {
							kind: 'privacy',
							ok: false,
						} );
					}
					fail( error, 'save', () => save( choices, true ) );
				}
			);
		},
		[ api, fail, latest ]
	);

	// Once a conversation exists, the server learns the choices made for it (consent first).
	const conversationId = session?.conversationId ?? null;
	useEffect( () => {
		if (
			conversationId &&
			stored &&
			state.savedFor !== conversationId &&
			! state.saving &&
			! state.error
		) {
			save( stored, false );
		}
	}, [
		conversationId,
		stored,
		state.savedFor,
		state.saving,
		state.error,
		save,
	] );

	const choose = useCallback(
		( retentionDays: string | number, email = '' ) => {
			const days = validateRetentionDays( retentionDays, range );
			if ( days === null ) {
				return false;
			}
			const choices = { retentionDays: days, email: email.trim() };
			writeStoredJson( storageKey, choices );
			setStored( choices );
			setState( ( previous ) => ( {
				...previous,
				error: null,
				deleted: false,
				savedFor: null,
			} ) );
			return true;
		},
		[ range, storageKey ]
	);

	const deleteConversation = useCallback( () => {
		const current = latestOptions.current.session;
		if ( ! current ) {
			return;
		}
		const signal = lifetime();
		setState( ( previous ) => ( { ...previous, saving: true } ) );
		api.deleteConversation( current, signal ).then(
			() => {
				if ( signal.aborted ) {
					return;
				}
				lastFailed.current = null;
				writeStoredJson( storageKey, null );
				setStored( null );
				setState( {
					saving: false,
					isRetrying: false,
					error: null,
					savedFor: null,
					deleted: true,
				} );
				latestOptions.current.onDeleted?.();
			},
			( error: unknown ) => {
				if ( ! signal.aborted ) {
					fail( error, 'delete', deleteConversation );
				}
			}
		);
	}, [ api, fail, lifetime, storageKey ] );

	const retryPrivacy = useCallback( () => {
		const again = lastFailed.current;
		if ( again ) {
			setState( ( previous ) => ( {
				...previous,
				error: null,
				isRetrying: true,
			} ) );
			again();
		}
	}, [] );

	const consentGiven = ! consentRequired || stored !== null;
	return {
		consentRequired,
		consentGiven,
		ready:
			! consentRequired ||
			( stored !== null &&
				conversationId !== null &&
				state.savedFor === conversationId ),
		retentionDays: stored?.retentionDays ?? range.defaultDays,
		range,
		email: stored?.email ?? '',
		saving: state.saving,
		isRetrying: state.isRetrying,
		deleted: state.deleted,
		error: state.error,
		privacyError: state.error,
		retryPrivacy,
		giveConsent: choose,
		updateChoices: choose,
		deleteConversation,
	};
}
