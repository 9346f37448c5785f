import { useCallback, useEffect, useRef, useState } from 'react';
import type { WidgetApi, WidgetConfig } from '../api';
import type { ReportTelemetry } from '../../telemetry';
import { toError, useAbortScope } from './useAbortScope';
import { logDev, logError } from './devLog';

/** What `useWidgetConfig` returns. */
export interface WidgetConfigState {
	/** The site's widget settings; `null` until loaded. */
	config: WidgetConfig | null;
	/** True while a load (first or retry) is under way. */
	loading: boolean;
	/** True while a load started by `retryLoadConfig` is under way. */
	isRetrying: boolean;
	/** Why the config did not load; `null` otherwise. */
	error: Error | null;
	/** The same error under its domain name. */
	configError: Error | null;
	/** Loads the config again (after an error). */
	retryLoadConfig: () => void;
	/** Alias of `retryLoadConfig`. */
	retry: () => void;
}

/**
 * Loads the site's widget configuration (appearance, locale, consent, retention range).
 * An answer that arrives after unmount or after a newer load is dropped.
 *
 * @param api    The widget API client.
 * @param report Telemetry reporter; failures are `config_error`, retries `retry`.
 * @return The config, its loading and error state, and a retry.
 */
export function useWidgetConfig(
	api: WidgetApi,
	report?: ReportTelemetry
): WidgetConfigState {
	const { latest } = useAbortScope();
	const [ state, setState ] = useState( {
		config: null as WidgetConfig | null,
		loading: true,
		isRetrying: false,
		error: null as Error | null,
	} );
	const reportRef = useRef( report );
	reportRef.current = report;

	const load = useCallback(
		( isRetry: boolean ) => {
			const signal = latest();
			setState( ( previous ) => ( {
				...previous,
				loading: true,
				isRetrying: isRetry,
			} ) );
			api.getConfig( signal ).then(
				( config ) => {
					if ( signal.aborted ) {
						return;
					}
					logDev( 'useWidgetConfig', 'loaded', config.siteKey );
					setState( {
						config,
						loading: false,
						isRetrying: false,
						error: null,
					} );
					if ( isRetry ) {
						reportRef.current?.( 'retry', {
							kind: 'config',
							ok: true,
						} );
					}
				},
				( error: unknown ) => {
					if ( signal.aborted ) {
						return;
					}
					const failure = toError( error );
					logError( 'useWidgetConfig', failure );
					setState( {
						config: null,
						loading: false,
						isRetrying: false,
						error: failure,
					} );
					reportRef.current?.( 'config_error', errorData( failure ) );
					if ( isRetry ) {
						reportRef.current?.( 'retry', {
							kind: 'config',
							ok: false,
						} );
					}
				}
			);
		},
		[ api, latest ]
	);

	useEffect( () => load( false ), [ load ] );
	const retryLoadConfig = useCallback( () => load( true ), [ load ] );

	return {
		...state,
		configError: state.error,
		retryLoadConfig,
		retry: retryLoadConfig,
	};
}

/**
 * What telemetry keeps of an error: the code and status, never the message text.
 *
 * @param error A failure from the API client (or anything else thrown).
 * @return Event data for the telemetry report.
 */
export function errorData( error: Error ): Record< string, unknown > {
	const { code, status } = error as { code?: unknown; status?: unknown };
	return { code: code ?? error.name, status };
}
