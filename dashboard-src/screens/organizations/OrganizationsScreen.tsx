import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useOrganizations } from '../../hooks/useOrganizations';
import { NewOrganizationForm } from './NewOrganizationForm';
import { OrganizationList } from './OrganizationList';

/**
 * `/owner`: every organization on the platform, and the form to add one.
 */
export function OrganizationsScreen() {
	const organizations = useOrganizations();

	return (
		<Page
			title="Organizations"
			description="Each organization is one business; its shops connect to it with a connect token."
		>
			<section
				className="card"
				aria-labelledby="new-organization-heading"
			>
				<h2 id="new-organization-heading">New organization</h2>
				<NewOrganizationForm onCreated={ organizations.retry } />
			</section>
			<section
				className="section"
				aria-labelledby="organization-list-heading"
			>
				<h2 id="organization-list-heading">All organizations</h2>
				{ organizations.error && (
					<ErrorAlert onRetry={ organizations.retry }>
						Could not load organizations:{ ' ' }
						{ organizations.error.message }
					</ErrorAlert>
				) }
				{ organizations.data ? (
					<OrganizationList organizations={ organizations.data } />
				) : (
					! organizations.error && (
						<LoadingState label="Loading organizations…" />
					)
				) }
			</section>
		</Page>
	);
}
