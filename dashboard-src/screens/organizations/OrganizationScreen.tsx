import { Section } from '../../components/Section';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useOrganization } from '../../hooks/useOrganization';
import { Link, paths } from '../../router';
import { AiProviderPanel } from './AiProviderPanel';
import { ConnectTokenList } from './ConnectTokenList';
import { NewConnectToken } from './NewConnectToken';
import { SiteList } from './SiteList';
import { ViewAsAdmin } from './ViewAsAdmin';
import { InviteFirstOwner } from './InviteFirstOwner';
import { useCurrentSession } from '../../SessionProvider';

export interface OrganizationScreenProps {
	/** Organization id from the path. */
	id: string;
}

/**
 * `/owner/organizations/:id`: the organization's shops and connect tokens.
 *
 * @param props Screen props.
 */
export function OrganizationScreen( props: OrganizationScreenProps ) {
	const { id } = props;
	const { data, error, retry } = useOrganization( id );
	const user = useCurrentSession().data?.user;
	const mayInvite = Boolean(
		user?.roles.includes( 'platform_owner' ) ||
		user?.permissions.includes( 'platform.organizations.manage' )
	);
	const mayImpersonate = Boolean(
		user?.roles.includes( 'platform_owner' ) ||
		user?.permissions.includes( 'platform.organizations.impersonate' )
	);
	// The id is the request's only input, so a malformed one (400) is also "no such
	// organization" from the reader's point of view.
	const notFound =
		error?.status === 404 || error?.code === 'validation_failed';

	let title = 'Organization';
	if ( data ) {
		title = data.organization.name;
	} else if ( notFound ) {
		title = 'Organization not found';
	}

	const breadcrumb = (
		<nav aria-label="Breadcrumb" className="breadcrumb">
			<Link to={ paths.home }>Organizations</Link>
		</nav>
	);

	let body;
	if ( data ) {
		body = (
			<>
				<Section id="sites-heading" title="Sites">
					<SiteList sites={ data.sites } />
				</Section>
				<Section id="tokens-heading" title="Connect tokens">
					<p className="section-description">
						A connect token links one WordPress shop to this
						organization.
					</p>
					<NewConnectToken
						organizationId={ id }
						onCreated={ retry }
					/>
					<ConnectTokenList tokens={ data.connectTokens } />
				</Section>
				<AiProviderPanel organizationId={ id } />
				{ mayInvite && <InviteFirstOwner organizationId={ id } /> }
				{ mayImpersonate && <ViewAsAdmin organizationId={ id } /> }
			</>
		);
	} else if ( notFound ) {
		body = (
			<p className="empty">
				There is no organization with this address.{ ' ' }
				<Link to={ paths.home }>Back to all organizations</Link>
			</p>
		);
	} else if ( ! error ) {
		body = <LoadingState label="Loading organization…" />;
	}

	return (
		<Page
			title={ title }
			before={ breadcrumb }
			description={
				data && (
					<>
						Created{ ' ' }
						<FormattedDate value={ data.organization.createdAt } />
					</>
				)
			}
		>
			{ error && ! notFound && (
				<ErrorAlert onRetry={ retry }>
					Could not load the organization: { error.message }
				</ErrorAlert>
			) }
			{ body }
		</Page>
	);
}
