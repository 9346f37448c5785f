import { useCallback, useEffect, useState } from 'react';
import type { WidgetApi, WidgetConfig } from '../api';
import type { ReportTelemetry } from '../../telemetry';
import { toError, useAbortScope } from './useAbortScope';

export interface WidgetConfigState {
	/** The site's widget settings; `null` until loaded. */
	config: WidgetConfig | null;
	loading: boolean;
	error: Error | null;
	/** Loads the config again (after an error). */
	retry: () => void;
}

/**
 * Loads the site's widget configuration (brand name, welcome text, colour).
 *
 * @param api    The widget API client.
 * @param report Telemetry reporter; a failure is reported as `config_error`.
 * @return The config, its loading and error state, and a retry.
 */
export function useWidgetConfig(
	api: WidgetApi,
	report?: ReportTelemetry
): WidgetConfigState {
	const { latest } = useAbortScope();
	const [ state, setState ] = useState< Omit< WidgetConfigState, 'retry' > >(
		{
			config: null,
			loading: true,
			error: null,
		}
	);

	const load = useCallback( () => {
		const signal = latest();
		setState( ( previous ) => ( {
			...previous,
			loading: true,
			error: null,
		} ) );
		api.getConfig( signal ).then(
			( config ) => {
				if ( ! signal.aborted ) {
					setState( { config, loading: false, error: null } );
				}
			},
			( error: unknown ) => {
				if ( signal.aborted ) {
					return;
				}
				const failure = toError( error );
				setState( { config: null, loading: false, error: failure } );
				report?.( 'config_error', errorData( failure ) );
			}
		);
	}, [ api, latest, report ] );

	useEffect( load, [ load ] );

	return { ...state, retry: load };
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
