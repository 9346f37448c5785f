import { Section } from '../../components/Section';
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
			<Section
				id="new-organization-heading"
				title="New organization"
				variant="card"
			>
				<NewOrganizationForm onCreated={ organizations.retry } />
			</Section>
			<Section id="organization-list-heading" title="All organizations">
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
			</Section>
		</Page>
	);
}
