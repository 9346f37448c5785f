import { useCallback, useEffect, useState } from 'react';
import { ApiError } from '../api';
import { useApi } from './useApi';
import type {
	SiteSubscription,
	SubscriptionReply,
} from '../../contracts/billing';

/** A site's subscription as `GET /api/owner/sites/:id/subscription` returns it. */
export type { SiteSubscription };

export interface UseDomainSubscriptionOptions {
	/** Automatic retries after a failure that may pass (network, 5xx, 429). */
	maxRetries?: number;
	/** Wait before the first automatic retry; each next one waits twice as long. */
	baseDelayMs?: number;
}

export interface UseDomainSubscriptionResult {
	subscription: SiteSubscription | undefined;
	/** Why loading failed after the automatic retries; cleared when a new load starts. */
	error: ApiError | undefined;
	/** True while loading, including the waits between automatic retries. */
	loading: boolean;
	/** Automatic retries made for the current load. */
	retries: number;
	/** Loads again now (after an error, or to refresh). Stable across renders. */
	retry: () => void;
}

interface State {
	siteId: string;
	subscription: SiteSubscription | undefined;
	error: ApiError | undefined;
	loading: boolean;
	retries: number;
}

/**
 * Whether trying again could help: the server was unreachable, busy or failing. A 4xx
 * (no such site, no permission) will answer the same again.
 *
 * @param error The failure.
 */
function isTransient( error: ApiError ): boolean {
	return error.status === 0 || error.status === 429 || error.status >= 500;
}

/**
 * The subscription state of a site (its domain's plan and status) — billing-critical, so
 * a transient failure is retried automatically with exponential backoff before the error
 * shows, and `retry` starts over at once. Nothing updates after unmount or after the site
 * changes (the request is aborted and pending waits are cleared).
 *
 * @param siteId  The site.
 * @param options Retry policy.
 */
export function useDomainSubscription(
	siteId: string,
	options: UseDomainSubscriptionOptions = {}
): UseDomainSubscriptionResult {
	const { maxRetries = 3, baseDelayMs = 1000 } = options;
	const api = useApi();
	const [ run, setRun ] = useState( 0 );
	const [ state, setState ] = useState< State >( {
		siteId,
		subscription: undefined,
		error: undefined,
		loading: true,
		retries: 0,
	} );

	useEffect( () => {
		const controller = new AbortController();
		let timer: ReturnType< typeof setTimeout > | undefined;
		const keep = ( previous: State ) =>
			previous.siteId === siteId ? previous.subscription : undefined;

		const attempt = ( retries: number ) => {
			setState( ( previous ) => ( {
				siteId,
				subscription: keep( previous ),
				error: undefined,
				loading: true,
				retries,
			} ) );
			api.request< SubscriptionReply >(
				'GET',
				`/api/owner/sites/${ encodeURIComponent( siteId ) }/subscription`,
				{ signal: controller.signal }
			).then(
				( body ) => {
					if ( ! controller.signal.aborted ) {
						setState( {
							siteId,
							subscription: body.subscription,
							error: undefined,
							loading: false,
							retries,
						} );
					}
				},
				( reason: unknown ) => {
					if ( controller.signal.aborted ) {
						return;
					}
					const error = ApiError.from( reason );
					if ( isTransient( error ) && retries < maxRetries ) {
						timer = setTimeout(
							() => attempt( retries + 1 ),
							baseDelayMs * 2 ** retries
						);
						return;
					}
					setState( ( previous ) => ( {
						siteId,
						subscription: keep( previous ),
						error,
						loading: false,
						retries,
					} ) );
				}
			);
		};
		attempt( 0 );
		return () => {
			controller.abort();
			clearTimeout( timer );
		};
	}, [ api, siteId, run, maxRetries, baseDelayMs ] );

	const retry = useCallback( () => setRun( ( n ) => n + 1 ), [] );

	// Until the effect for a new site has run, `state` still describes the old one.
	const current = state.siteId === siteId;
	return {
		subscription: current ? state.subscription : undefined,
		error: current ? state.error : undefined,
		loading: current ? state.loading : true,
		retries: current ? state.retries : 0,
		retry,
	};
}
