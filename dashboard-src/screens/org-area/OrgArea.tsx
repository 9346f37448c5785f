import { useCallback, type ReactNode } from 'react';
import { AppBar } from '../../components/AppHeader';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { Link, Redirect, navigate, paths, type Route } from '../../router';
import { useCurrentSession } from '../../SessionProvider';
import { TotpEnrolmentForm } from '../mfa/MfaScreen';
import { ImpersonationBanner } from './ImpersonationBanner';
import { SelectField } from '../../components/SelectField';
import { ORG_NAV } from './nav';
import { ORG_ROLE_LABELS, orgApi, type MyOrganizations } from './orgApi';

type AppRoute = Extract< Route, { name: 'app' } >;

/** Header of the organization area: organization switcher, link to /owner for staff, sign-out. */
function OrgHeader( props: { mine: MyOrganizations; current: string | null } ) {
	const { mine, current } = props;
	const api = useApi();
	const session = useCurrentSession();
	const user = session.data?.user;
	const choices = [
		...mine.organizations.map( ( org ) => ( {
			id: org.id,
			label: `${ org.name } (${ ORG_ROLE_LABELS[ org.role ] })`,
		} ) ),
		...( mine.impersonation &&
		! mine.organizations.some(
			( org ) => org.id === mine.impersonation?.organizationId
		)
			? [
					{
						id: mine.impersonation.organizationId,
						label: `${ mine.impersonation.organizationName } (viewing as staff)`,
					},
				]
			: [] ),
	];
	const signOut = async () => {
		await api.logout().catch( () => undefined );
		navigate( paths.login(), { replace: true } );
		session.signedOut();
	};
	return (
		<AppBar home={ paths.app } area="Organization">
			{ choices.length > 0 && (
				<SelectField
					label="Organization"
					wrapperClassName="org-switcher"
					value={ current ?? '' }
					onChange={ ( event ) =>
						navigate( paths.appOrg( event.target.value ) )
					}
				>
					{ current === null && <option value="">Choose…</option> }
					{ choices.map( ( choice ) => (
						<option key={ choice.id } value={ choice.id }>
							{ choice.label }
						</option>
					) ) }
				</SelectField>
			) }
			{ user && (
				<div className="app-header-user">
					{ user.roles.length > 0 && (
						<Link to={ paths.home }>Platform dashboard</Link>
					) }
					<span className="user-email" title={ user.name }>
						{ user.email }
					</span>
					<button
						type="button"
						className="button button-secondary button-small"
						onClick={ signOut }
					>
						Sign out
					</button>
				</div>
			) }
		</AppBar>
	);
}

/**
 * One organization: its section nav (only what the role may see) and the section's page.
 * An organization that requires MFA sends a member without it to enrolment first.
 *
 * @param props       Section props.
 * @param props.route The matched /app route.
 */
function OrgSection( props: { route: AppRoute & { orgId: string } } ) {
	const { route } = props;
	const session = useCurrentSession();
	const overview = useApiResource( `org:${ route.orgId }`, ( api, signal ) =>
		orgApi.overview( api, route.orgId, signal )
	);
	const { data, error, retry } = overview;

	if ( error?.code === 'org_mfa_required' ) {
		return (
			<TotpEnrolmentForm
				title="This organization requires two-step verification"
				onDone={ ( verified ) => {
					session.signedIn( verified );
					retry();
				} }
			/>
		);
	}
	if ( error?.status === 404 || error?.code === 'validation_failed' ) {
		return (
			<Page title="Organization not found">
				<p className="empty">
					There is no organization at this address that you can see.{ ' ' }
					<Link to={ paths.app }>Back</Link>
				</p>
			</Page>
		);
	}
	if ( error ) {
		return (
			<Page title="Organization">
				<ErrorAlert onRetry={ retry }>
					Could not load the organization: { error.message }
				</ErrorAlert>
			</Page>
		);
	}
	if ( ! data ) {
		return <LoadingState label="Loading organization…" />;
	}
	const allowed = ORG_NAV.filter( ( entry ) =>
		data.permissions.includes( entry.permission )
	);
	const entry = allowed.find(
		( candidate ) => candidate.section === route.section
	);
	return (
		<>
			<nav className="app-nav org-nav" aria-label="Organization sections">
				{ allowed.map( ( candidate ) => (
					<Link
						key={ candidate.section }
						to={ paths.appOrg( route.orgId, candidate.section ) }
						aria-current={
							candidate.section === route.section
								? 'page'
								: undefined
						}
					>
						{ candidate.label }
					</Link>
				) ) }
			</nav>
			{ entry ? (
				<entry.Screen
					key={ `${ route.section }/${ route.item ?? '' }` }
					organizationId={ route.orgId }
					overview={ data }
					item={ route.item }
					reload={ retry }
				/>
			) : (
				<Page title="Page not found">
					<p className="empty">
						This page does not exist, or your role does not include
						it.{ ' ' }
						<Link to={ paths.appOrg( route.orgId ) }>
							Back to the overview
						</Link>
					</p>
				</Page>
			) }
		</>
	);
}

function Frame( props: {
	mine: MyOrganizations;
	current: string | null;
	onChange: () => void;
	children: ReactNode;
} ) {
	const { mine, current, onChange, children } = props;
	return (
		<div className="app">
			<a className="skip-link" href="#main-content">
				Skip to content
			</a>
			{ mine.impersonation && (
				<ImpersonationBanner
					impersonation={ mine.impersonation }
					onEnded={ onChange }
				/>
			) }
			<OrgHeader mine={ mine } current={ current } />
			<main id="main-content" className="app-main">
				{ children }
			</main>
		</div>
	);
}

/**
 * `/app/*`: the organization area. `/app` opens the organization being viewed as staff, or
 * the first one the user belongs to.
 *
 * @param props       Area props.
 * @param props.route The matched /app route.
 */
export function OrgArea( props: { route: AppRoute } ) {
	const { route } = props;
	const mine = useApiResource( 'org:mine', ( api, signal ) =>
		orgApi.mine( api, signal )
	);
	const reload = mine.retry;
	const onChange = useCallback( () => reload(), [ reload ] );
	if ( ! mine.data ) {
		return mine.error ? (
			<ErrorAlert onRetry={ mine.retry }>
				Could not load your organizations: { mine.error.message }
			</ErrorAlert>
		) : (
			<LoadingState label="Loading…" />
		);
	}
	const { orgId } = route;
	if ( orgId === null ) {
		const first =
			mine.data.impersonation?.organizationId ??
			mine.data.organizations[ 0 ]?.id;
		if ( first ) {
			return <Redirect to={ paths.appOrg( first ) } />;
		}
		return (
			<Frame mine={ mine.data } current={ null } onChange={ onChange }>
				<Page title="No organization yet">
					<p className="empty">
						You are not a member of any organization. Ask an owner
						of your organization to invite you.
					</p>
				</Page>
			</Frame>
		);
	}
	return (
		<Frame mine={ mine.data } current={ orgId } onChange={ onChange }>
			<OrgSection
				key={ `${ orgId }:${ mine.data.impersonation?.grantId ?? '' }` }
				route={ { ...route, orgId } }
			/>
		</Frame>
	);
}
