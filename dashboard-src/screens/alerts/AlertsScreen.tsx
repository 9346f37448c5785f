import { Section } from '../../components/Section';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { ResourceStatus } from '../../components/ResourceStatus';
import { Page } from '../../components/Page';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useCurrentSession } from '../../SessionProvider';
import { IncidentTable, DeliveryLog } from './ActivityTables';
import { evaluateNow, loadOverview } from './alertsApi';
import { ChannelsPanel } from './ChannelsPanel';
import { RulesEditor } from './RulesEditor';
import { PendingButton } from '../../components/PendingButton';

/**
 * `/owner/alerts`: rules with editable thresholds, channels with test buttons, incidents
 * and the delivery log. Editing needs `platform.alerts.manage`; reading `…alerts.read`.
 */
export function AlertsScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const user = session.data?.user;
	const canManage = Boolean(
		user?.roles.includes( 'platform_owner' ) ||
		user?.permissions.includes( 'platform.alerts.manage' )
	);
	const { data, error, retry } = useApiResource( 'alerts', loadOverview );
	const evaluate = useAsyncAction( () => evaluateNow( api ) );
	const [ evaluated, setEvaluated ] = useState( '' );

	const handleEvaluate = async () => {
		if ( evaluate.pending ) {
			return;
		}
		const result = await evaluate.run();
		if ( result.ok ) {
			const { opened, resolved } = result.value;
			setEvaluated(
				`Evaluated: ${ opened.length } opened, ${ resolved.length } resolved.`
			);
			retry();
		}
	};

	return (
		<Page
			title="Alerts"
			description="Widget health rules, where alerts go, and what was sent."
		>
			<ResourceStatus
				resource={ { data, error, retry } }
				failure="Could not load alerts"
				loading="Loading alerts…"
			/>
			{ data && (
				<>
					{ canManage && (
						<div className="toolbar">
							<PendingButton
								onClick={ handleEvaluate }
								pending={ evaluate.pending }
								variant="secondary"
								pendingLabel="Evaluating…"
							>
								Evaluate now
							</PendingButton>
							<button
								type="button"
								className="button button-link"
								onClick={ retry }
							>
								Refresh
							</button>
							<span className="status-message" role="status">
								{ evaluated }
							</span>
						</div>
					) }
					{ evaluate.error && (
						<ErrorAlert>
							Could not evaluate: { evaluate.error.message }
						</ErrorAlert>
					) }
					<Section id="alert-incidents" title="Incidents">
						<IncidentTable incidents={ data.incidents } />
					</Section>
					<Section id="alert-rules" title="Rules">
						<RulesEditor
							rules={ data.rules }
							canManage={ canManage }
							onChanged={ retry }
						/>
					</Section>
					<Section id="alert-channels" title="Channels">
						<ChannelsPanel
							channels={ data.channels }
							canManage={ canManage }
							onChanged={ retry }
						/>
					</Section>
					<Section id="alert-deliveries" title="Delivery log">
						<DeliveryLog
							deliveries={ data.deliveries }
							canManage={ canManage }
							onChanged={ retry }
						/>
					</Section>
				</>
			) }
		</Page>
	);
}
