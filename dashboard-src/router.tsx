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
/** The organization area: an organization's team (and impersonating platform staff). */
export const APP_PATH = '/app';

/**
 * Where a freshly signed-in user starts: platform staff in /owner, everyone else in /app.
 *
 * @param user       The signed-in user.
 * @param user.roles Their platform roles.
 */
export const homeFor = ( user: { roles: readonly string[] } ) =>
	user.roles.length > 0 ? BASE_PATH : APP_PATH;

/** Paths of the screens, in one place so links and redirects can't drift apart. */
export const paths = {
	home: BASE_PATH,
	/**
	 * @param next Where to go after signing in (a path under /owner).
	 */
	login: ( next?: string ) =>
		next && next !== BASE_PATH && next !== APP_PATH
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
	auditLog: `${ BASE_PATH }/audit-log`,
	telemetry: `${ BASE_PATH }/telemetry`,
	widgetHealth: `${ BASE_PATH }/widget-health`,
	alerts: `${ BASE_PATH }/alerts`,
	reports: `${ BASE_PATH }/reports`,
	/**
	 * @param id Daily report id.
	 */
	report: ( id: string ) =>
		`${ BASE_PATH }/reports/${ encodeURIComponent( id ) }`,
	forgotPassword: `${ BASE_PATH }/forgot-password`,
	settings: `${ BASE_PATH }/settings`,
	account: `${ BASE_PATH }/account`,
	/** The organization area's start: the first organization, or a note that there is none. */
	app: APP_PATH,
	/**
	 * @param id      Organization id.
	 * @param section A section of the org area (see screens/org-area/nav.ts); the overview when omitted.
	 * @param item    An item inside the section (e.g. a conversation id).
	 */
	appOrg: ( id: string, section?: string, item?: string ) =>
		[ APP_PATH, id, section, item ]
			.filter( ( part ): part is string => Boolean( part ) )
			.map( ( part, index ) =>
				index === 0 ? part : encodeURIComponent( part )
			)
			.join( '/' ),
	appAcceptInvitation: `${ APP_PATH }/accept-invitation`,
};

export type Route =
	| { name: 'setup' }
	| { name: 'login' }
	| { name: 'organizations' }
	| { name: 'organization'; id: string }
	| { name: 'audit-log' }
	| { name: 'telemetry' }
	| { name: 'widget-health' }
	| { name: 'alerts' }
	| { name: 'reports' }
	| { name: 'report'; id: string }
	| { name: 'accept-invitation' }
	| { name: 'forgot-password' }
	| { name: 'reset-password' }
	| { name: 'unlock' }
	| { name: 'settings' }
	| { name: 'account' }
	| {
			name: 'app';
			/** null: pick the first organization. */
			orgId: string | null;
			section: string;
			item: string | null;
	  }
	| { name: 'app-accept-invitation' }
	| { name: 'not-found' };

/**
 * Maps a path under /app: `/app`, `/app/accept-invitation`, `/app/:orgId[/:section[/:item]]`.
 *
 * @param path Normalised pathname.
 */
function matchAppRoute( path: string ): Route {
	if ( path === `${ APP_PATH }/accept-invitation` ) {
		return { name: 'app-accept-invitation' };
	}
	const parts = path.slice( APP_PATH.length ).split( '/' ).filter( Boolean );
	if ( parts.length > 3 ) {
		return { name: 'not-found' };
	}
	try {
		const [ orgId, section, item ] = parts.map( decodeURIComponent );
		return {
			name: 'app',
			orgId: orgId ?? null,
			section: section ?? 'overview',
			item: item ?? null,
		};
	} catch {
		return { name: 'not-found' };
	}
}

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
	if ( path === APP_PATH || path.startsWith( `${ APP_PATH }/` ) ) {
		return matchAppRoute( path );
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
		'unlock',
	] as const ) {
		if ( path === `${ BASE_PATH }/${ name }` ) {
			return { name };
		}
	}
	// `/owner/system` is the audit log's former address; old links still land on it.
	if (
		path === `${ BASE_PATH }/audit-log` ||
		path === `${ BASE_PATH }/system`
	) {
		return { name: 'audit-log' };
	}
	if ( path === `${ BASE_PATH }/telemetry` ) {
		return { name: 'telemetry' };
	}
	if ( path === `${ BASE_PATH }/widget-health` ) {
		return { name: 'widget-health' };
	}
	if ( path === `${ BASE_PATH }/alerts` ) {
		return { name: 'alerts' };
	}
	if ( path === `${ BASE_PATH }/reports` ) {
		return { name: 'reports' };
	}
	const report = /^\/owner\/reports\/([^/]+)$/.exec( path );
	if ( report?.[ 1 ] ) {
		try {
			return { name: 'report', id: decodeURIComponent( report[ 1 ] ) };
		} catch {
			// A malformed escape sequence: no such page.
		}
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
export function safeNextPath(
	next: string | null,
	fallback: string = BASE_PATH
): string {
	const inside = ( area: string ) =>
		next === area || Boolean( next?.startsWith( `${ area }/` ) );
	if (
		next &&
		( inside( BASE_PATH ) || inside( APP_PATH ) ) &&
		! next.includes( '\\' )
	) {
		return next;
	}
	return fallback;
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
