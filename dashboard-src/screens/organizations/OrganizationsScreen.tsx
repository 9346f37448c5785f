import { Section } from '../../components/Section';
import { Page } from '../../components/Page';
import { ResourceStatus } from '../../components/ResourceStatus';
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
				<ResourceStatus
					resource={ organizations }
					failure="Could not load organizations"
					loading="Loading organizations…"
				/>
				{ organizations.data && (
					<OrganizationList organizations={ organizations.data } />
				) }
			</Section>
		</Page>
	);
}
