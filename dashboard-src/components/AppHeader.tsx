import type { ReactNode } from 'react';
import { useApi } from '../hooks/useApi';
import { useAsyncAction } from '../hooks/useAsyncAction';
import { Link, navigate, paths } from '../router';
import { useCurrentSession } from '../SessionProvider';
import { ErrorAlert } from './ErrorAlert';
import { PendingButton } from './PendingButton';

/**
 * The bar atop every signed-in page: the brand (linking home, naming the area) and what
 * the area puts beside it; `after` shows under the bar.
 *
 * @param props          Bar props.
 * @param props.home     Where the brand links.
 * @param props.area     The area's name beside the brand.
 * @param props.children Navigation and the user's controls.
 * @param props.after    Shown under the bar (a sign-out error).
 */
export function AppBar( props: {
	home: string;
	area: string;
	children: ReactNode;
	after?: ReactNode;
} ) {
	return (
		<header className="app-header">
			<div className="app-header-inner">
				<Link to={ props.home } className="brand">
					OmniOps <span className="brand-area">{ props.area }</span>
				</Link>
				{ props.children }
			</div>
			{ props.after }
		</header>
	);
}

/**
 * The signed-in header: product name (home link), the user's email and "Sign out".
 */
export function AppHeader() {
	const api = useApi();
	const session = useCurrentSession();
	const signOut = useAsyncAction( () => api.logout() );
	const user = session.data?.user;
	// Show only what the user may do (the server refuses the rest anyway); the owner holds all.
	const can = ( permission: string ) =>
		Boolean(
			user?.roles.includes( 'platform_owner' ) ||
			user?.permissions.includes( permission )
		);

	const handleSignOut = async () => {
		if ( signOut.pending ) {
			return;
		}
		const result = await signOut.run();
		if ( result.ok ) {
			// Both in one update: the signed-out gate never sees the old path.
			navigate( paths.login(), { replace: true } );
			session.signedOut();
		}
	};

	return (
		<AppBar
			home={ paths.home }
			area="Owner"
			after={
				signOut.error && (
					<div className="app-header-error">
						<ErrorAlert>
							Could not sign out: { signOut.error.message }
						</ErrorAlert>
					</div>
				)
			}
		>
			{ user && (
				<nav className="app-nav" aria-label="Sections">
					<Link to={ paths.home }>Organizations</Link>
					{ can( 'platform.audit.read' ) && (
						<Link to={ paths.auditLog }>Audit log</Link>
					) }
					{ can( 'platform.admins.read' ) && (
						<Link to={ paths.settings }>Settings</Link>
					) }
					{ can( 'platform.telemetry.read' ) && (
						<Link to={ paths.telemetry }>Telemetry</Link>
					) }
					{ can( 'platform.telemetry.read' ) && (
						<Link to={ paths.widgetHealth }>Widget health</Link>
					) }
					{ can( 'platform.alerts.read' ) && (
						<Link to={ paths.alerts }>Alerts</Link>
					) }
					{ can( 'platform.reports.read' ) && (
						<Link to={ paths.reports }>Reports</Link>
					) }
					<Link to={ paths.account }>Account</Link>
					<Link to={ paths.app }>My organizations</Link>
				</nav>
			) }
			{ user && (
				<div className="app-header-user">
					<span className="user-email" title={ user.name }>
						{ user.email }
					</span>
					<PendingButton
						onClick={ handleSignOut }
						pending={ signOut.pending }
						variant="secondary"
						size="small"
						pendingLabel="Signing out…"
					>
						Sign out
					</PendingButton>
				</div>
			) }
		</AppBar>
	);
}
