import { AppLayout } from './components/AppLayout';
import { AuthLayout } from './components/AuthLayout';
import { ErrorAlert } from './components/ErrorAlert';
import { LoadingState } from './components/LoadingState';
import { useSetupStatus } from './hooks/useSetupStatus';
import {
	Redirect,
	homeFor,
	matchRoute,
	paths,
	safeNextPath,
	useLocation,
	type Route,
} from './router';
import { AccountScreen } from './screens/account/AccountScreen';
import {
	AcceptInvitationScreen,
	ForgotPasswordScreen,
	ResetPasswordScreen,
} from './screens/account/PublicAccountScreens';
import { LoginScreen } from './screens/login/LoginScreen';
import { MfaScreen } from './screens/mfa/MfaScreen';
import { NotFoundScreen } from './screens/not-found/NotFoundScreen';
import { OrganizationScreen } from './screens/organizations/OrganizationScreen';
import { OrganizationsScreen } from './screens/organizations/OrganizationsScreen';
import { SettingsScreen } from './screens/settings/SettingsScreen';
import { AlertsScreen } from './screens/alerts/AlertsScreen';
import { ReportDetailScreen } from './screens/reports/ReportDetailScreen';
import { ReportsScreen } from './screens/reports/ReportsScreen';
import { TelemetryScreen } from './screens/telemetry/TelemetryScreen';
import { WidgetHealthScreen } from './screens/widget-health/WidgetHealthScreen';
import { SetupScreen } from './screens/setup/SetupScreen';
import { AuditLogScreen } from './screens/audit-log/AuditLogScreen';
import { AcceptOrgInvitation } from './screens/org-area/AcceptOrgInvitation';
import { OrgArea } from './screens/org-area/OrgArea';
import { SessionProvider, useCurrentSession } from './SessionProvider';

export interface SignedOutRedirectProps {
	/** The path (with query) the visitor asked for. */
	requested: string;
	/** A setup token from the requested URL, if any. */
	setupToken: string | null;
}

/**
 * Sends a signed-out visitor to sign in, or to first-owner setup when the URL carries a
 * setup token and the installation still needs its owner.
 *
 * @param props Redirect props.
 */
function SignedOutRedirect( props: SignedOutRedirectProps ) {
	const { requested, setupToken } = props;
	const setupStatus = useSetupStatus();
	if ( setupToken && ! setupStatus.data && ! setupStatus.error ) {
		return <LoadingState label="Loading…" />;
	}
	if ( setupToken && setupStatus.data?.needsSetup ) {
		return <Redirect to={ paths.setup( setupToken ) } />;
	}
	return <Redirect to={ paths.login( requested ) } />;
}

/**
 * Renders a signed-in screen. The key makes every path a fresh screen, so its heading
 * takes focus and no state leaks from the previous page.
 *
 * @param props          Route props.
 * @param props.route    The matched route.
 * @param props.pathname The current pathname.
 */
function SignedInScreen( props: { route: Route; pathname: string } ) {
	const { route, pathname } = props;
	switch ( route.name ) {
		case 'organizations':
			return <OrganizationsScreen key={ pathname } />;
		case 'organization':
			return <OrganizationScreen key={ pathname } id={ route.id } />;
		case 'audit-log':
			return <AuditLogScreen key={ pathname } />;
		case 'telemetry':
			return <TelemetryScreen key={ pathname } />;
		case 'widget-health':
			return <WidgetHealthScreen key={ pathname } />;
		case 'settings':
			return <SettingsScreen key={ pathname } />;
		case 'alerts':
			return <AlertsScreen key={ pathname } />;
		case 'reports':
			return <ReportsScreen key={ pathname } />;
		case 'report':
			return <ReportDetailScreen key={ pathname } id={ route.id } />;
		case 'account':
			return <AccountScreen key={ pathname } />;
		default:
			return <NotFoundScreen key={ pathname } />;
	}
}

function Routes() {
	const session = useCurrentSession();
	const { pathname, search, query } = useLocation();
	const route = matchRoute( pathname );

	if ( session.data === undefined ) {
		return session.error ? (
			<AuthLayout>
				<ErrorAlert onRetry={ session.retry }>
					Could not reach OmniOps: { session.error.message }
				</ErrorAlert>
			</AuthLayout>
		) : (
			<AuthLayout>
				<LoadingState label="Loading…" />
			</AuthLayout>
		);
	}

	// Password given, second factor still due: nothing else is shown (nor would answer).
	if ( session.data?.mfa.state === 'pending' ) {
		return <MfaScreen />;
	}

	// Links from e-mails work whether or not someone is signed in on this browser.
	if ( route.name === 'accept-invitation' ) {
		return <AcceptInvitationScreen key={ pathname } />;
	}
	if ( route.name === 'app-accept-invitation' ) {
		return <AcceptOrgInvitation key={ pathname } />;
	}
	if ( route.name === 'reset-password' ) {
		return <ResetPasswordScreen key={ pathname } />;
	}
	if ( route.name === 'forgot-password' && ! session.data ) {
		return <ForgotPasswordScreen key={ pathname } />;
	}
	// The one-time unlock link e-mailed when an account is locked (ADR 0020): sign in through it.
	if ( route.name === 'unlock' ) {
		return session.data ? (
			<Redirect to={ homeFor( session.data.user ) } />
		) : (
			<LoginScreen
				key={ pathname + search }
				unlockToken={ query.get( 'token' ) ?? undefined }
			/>
		);
	}

	if ( route.name === 'login' || route.name === 'setup' ) {
		if ( session.data ) {
			return (
				<Redirect
					to={ safeNextPath(
						query.get( 'next' ),
						homeFor( session.data.user )
					) }
				/>
			);
		}
		return route.name === 'login' ? (
			<LoginScreen key={ pathname } />
		) : (
			<SetupScreen key={ pathname } />
		);
	}

	if ( ! session.data ) {
		return (
			<SignedOutRedirect
				requested={ pathname + search }
				setupToken={ query.get( 'token' ) }
			/>
		);
	}

	// The organization area has its own frame (organization switcher, impersonation banner).
	if ( route.name === 'app' ) {
		return <OrgArea route={ route } />;
	}
	// The platform area is for platform staff; organization users start in /app.
	if (
		session.data.user.roles.length === 0 &&
		[ 'organizations', 'organization', 'audit-log', 'settings' ].includes(
			route.name
		)
	) {
		return <Redirect to={ homeFor( session.data.user ) } />;
	}

	return (
		<AppLayout>
			<SignedInScreen route={ route } pathname={ pathname } />
		</AppLayout>
	);
}

/**
 * The dashboard: session first, then the screen for the current path.
 */
export function App() {
	return (
		<SessionProvider>
			<Routes />
		</SessionProvider>
	);
}
