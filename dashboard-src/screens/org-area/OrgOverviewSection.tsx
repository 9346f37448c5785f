import { Section } from '../../components/Section';
import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormattedDate, dateColumn } from '../../components/FormattedDate';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import type { OrgSectionProps } from './nav';
import { ORG_ROLE_LABELS, orgApi, type OrgOverview } from './orgApi';
import { PendingButton } from '../../components/PendingButton';

type TokenRow = OrgOverview[ 'connectTokens' ][ number ];

/**
 * `/app/:orgId`: the organization's sites and connect tokens; owners and admins create a
 * connect token for a new shop (shown once).
 *
 * @param props Section props.
 */
export function OrgOverviewSection( props: OrgSectionProps ) {
	const { organizationId, overview, reload } = props;
	const api = useApi();
	const [ token, setToken ] = useState< string >();
	const create = useAsyncAction( () =>
		orgApi.createConnectToken( api, organizationId )
	);
	const canConnect = overview.permissions.includes( 'org.sites.manage' );

	const handleCreate = async () => {
		if ( create.pending ) {
			return;
		}
		const result = await create.run();
		if ( result.ok ) {
			setToken( result.value.token );
			reload();
		}
	};

	return (
		<Page
			title={ overview.organization.name }
			description={ `Your role: ${ ORG_ROLE_LABELS[ overview.role ] } · ${ overview.memberCount } member${ overview.memberCount === 1 ? '' : 's' }` }
		>
			<Section id="org-sites-heading" title="Sites">
				{ overview.sites.length === 0 ? (
					<p className="empty">No shop is connected yet.</p>
				) : (
					<DataTable
						label="Sites"
						rowKey={ ( site ) => site.id }
						rows={ overview.sites }
						columns={ [
							{ header: 'Name', render: ( site ) => site.name },
							{ header: 'Address', render: ( site ) => site.url },
							{
								header: 'Connected',
								render: ( site ) => (
									<FormattedDate value={ site.createdAt } />
								),
							},
							{
								header: 'Status',
								render: ( site ) =>
									site.disconnectedAt
										? 'Disconnected'
										: 'Active',
							},
						] }
					/>
				) }
			</Section>
			<Section id="org-tokens-heading" title="Connect tokens">
				<p className="section-description">
					A connect token links one WordPress shop to this
					organization. It works once and expires in 24 hours.
				</p>
				{ canConnect && (
					<p>
						<PendingButton
							onClick={ handleCreate }
							pending={ create.pending }
							pendingLabel="Creating…"
						>
							Create connect token
						</PendingButton>
					</p>
				) }
				{ create.error && (
					<ErrorAlert>
						Could not create a token: { create.error.message }
					</ErrorAlert>
				) }
				{ token && (
					<div className="token-panel" role="status">
						<TextField
							label="New connect token (shown once)"
							className="monospace"
							readOnly
							value={ token }
							onFocus={ ( event ) => event.target.select() }
						/>
					</div>
				) }
				{ overview.connectTokens.length > 0 && (
					<DataTable
						label="Connect tokens"
						rows={ overview.connectTokens }
						columns={ [
							dateColumn(
								'Created',
								( row: TokenRow ) => row.createdAt
							),
							dateColumn(
								'Expires',
								( row: TokenRow ) => row.expiresAt
							),
							dateColumn(
								'Used',
								( row: TokenRow ) => row.usedAt,
								'Not yet'
							),
						] }
					/>
				) }
			</Section>
		</Page>
	);
}
