/**
 * A small History API router: the dashboard has a handful of routes under /owner, so a
 * matcher, `navigate` and a `Link` cover it without a routing library.
 */
import {
	useEffect,
	useMemo,
	useSyncExternalStore,
	type AnchorHTMLAttributes,
	type MouseEvent,
} from 'react';

export const BASE_PATH = '/owner';

/** Paths of the screens, in one place so links and redirects can't drift apart. */
export const paths = {
	home: BASE_PATH,
	/**
	 * @param next Where to go after signing in (a path under /owner).
	 */
	login: ( next?: string ) =>
		next && next !== BASE_PATH
			? `${ BASE_PATH }/login?next=${ encodeURIComponent( next ) }`
			: `${ BASE_PATH }/login`,
	/**
	 * @param token The one-time setup token.
	 */
	setup: ( token: string ) =>
		`${ BASE_PATH }/setup?token=${ encodeURIComponent( token ) }`,
	/**
	 * @param id Organization id.
	 */
	organization: ( id: string ) =>
		`${ BASE_PATH }/organizations/${ encodeURIComponent( id ) }`,
	system: `${ BASE_PATH }/system`,
	forgotPassword: `${ BASE_PATH }/forgot-password`,
	settings: `${ BASE_PATH }/settings`,
	account: `${ BASE_PATH }/account`,
};

export type Route =
	| { name: 'setup' }
	| { name: 'login' }
	| { name: 'organizations' }
	| { name: 'organization'; id: string }
	| { name: 'system' }
	| { name: 'accept-invitation' }
	| { name: 'forgot-password' }
	| { name: 'reset-password' }
	| { name: 'settings' }
	| { name: 'account' }
	| { name: 'not-found' };

/**
 * Maps a pathname to a route.
 *
 * @param pathname `location.pathname`.
 */
export function matchRoute( pathname: string ): Route {
	const path = pathname.replace( /\/+$/, '' ) || '/';
	if ( path === BASE_PATH ) {
		return { name: 'organizations' };
	}
	if ( path === `${ BASE_PATH }/login` ) {
		return { name: 'login' };
	}
	if ( path === `${ BASE_PATH }/setup` ) {
		return { name: 'setup' };
	}
	for ( const name of [
		'accept-invitation',
		'forgot-password',
		'reset-password',
	] as const ) {
		if ( path === `${ BASE_PATH }/${ name }` ) {
			return { name };
		}
	}
	if ( path === `${ BASE_PATH }/system` ) {
		return { name: 'system' };
	}
	if ( path === `${ BASE_PATH }/account` ) {
		return { name: 'account' };
	}
	if ( path === `${ BASE_PATH }/settings` ) {
		return { name: 'settings' };
	}
	const organization = /^\/owner\/organizations\/([^/]+)$/.exec( path );
	if ( organization?.[ 1 ] ) {
		try {
			return {
				name: 'organization',
				id: decodeURIComponent( organization[ 1 ] ),
			};
		} catch {
			// A malformed escape sequence: no such page.
		}
	}
	return { name: 'not-found' };
}

/**
 * Accepts a post-login destination only if it stays inside the dashboard, so a crafted
 * `?next=` can't send a freshly signed-in user to another site.
 *
 * @param next The raw `next` query value.
 */
export function safeNextPath( next: string | null ): string {
	if (
		next &&
		( next === BASE_PATH || next.startsWith( `${ BASE_PATH }/` ) ) &&
		! next.includes( '\\' )
	) {
		return next;
	}
	return BASE_PATH;
}

const NAVIGATE_EVENT = 'omniops:navigate';

/**
 * Moves to `to` inside the dashboard without reloading the page.
 *
 * @param to              Path (with query) under /owner.
 * @param options         Navigation options.
 * @param options.replace Replace the current history entry instead of adding one.
 */
export function navigate( to: string, { replace = false } = {} ): void {
	if ( replace ) {
		window.history.replaceState( null, '', to );
	} else {
		window.history.pushState( null, '', to );
	}
	window.dispatchEvent( new Event( NAVIGATE_EVENT ) );
}

function subscribe( onChange: () => void ): () => void {
	window.addEventListener( 'popstate', onChange );
	window.addEventListener( NAVIGATE_EVENT, onChange );
	return () => {
		window.removeEventListener( 'popstate', onChange );
		window.removeEventListener( NAVIGATE_EVENT, onChange );
	};
}

const currentUrl = () => window.location.pathname + window.location.search;

export interface DashboardLocation {
	pathname: string;
	search: string;
	query: URLSearchParams;
}

/** The current location; re-renders on `navigate` and on back/forward. */
export function useLocation(): DashboardLocation {
	const url = useSyncExternalStore( subscribe, currentUrl );
	return useMemo( () => {
		const parsed = new URL( url, window.location.origin );
		return {
			pathname: parsed.pathname,
			search: parsed.search,
			query: parsed.searchParams,
		};
	}, [ url ] );
}

export interface LinkProps extends AnchorHTMLAttributes< HTMLAnchorElement > {
	to: string;
}

/**
 * An anchor that navigates in place; modified clicks (new tab, new window) keep the
 * browser's own behaviour.
 *
 * @param props Anchor attributes plus `to`.
 */
export function Link( props: LinkProps ) {
	const { to, onClick, children, ...rest } = props;
	const handleClick = ( event: MouseEvent< HTMLAnchorElement > ) => {
		onClick?.( event );
		if (
			event.defaultPrevented ||
			event.button !== 0 ||
			event.metaKey ||
			event.ctrlKey ||
			event.shiftKey ||
			event.altKey ||
			( rest.target && rest.target !== '_self' )
		) {
			return;
		}
		event.preventDefault();
		navigate( to );
	};
	return (
		<a { ...rest } href={ to } onClick={ handleClick }>
			{ children }
		</a>
	);
}

export interface RedirectProps {
	to: string;
}

/**
 * Replaces the current entry with `to` once rendered.
 *
 * @param props Redirect target.
 */
export function Redirect( props: RedirectProps ) {
	const { to } = props;
	useEffect( () => {
		navigate( to, { replace: true } );
	}, [ to ] );
	return null;
}
