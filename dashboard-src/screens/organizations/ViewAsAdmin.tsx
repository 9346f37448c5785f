import { Section } from '../../components/Section';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { navigate, paths } from '../../router';
import { orgApi } from '../org-area/orgApi';
import { SelectField } from '../../components/SelectField';
import { PendingButton } from '../../components/PendingButton';

const DURATIONS = [ 15, 30, 45, 60 ];

/**
 * "View as admin" on the platform's organization page: a reason and a duration (≤ 60 min)
 * start an audited, time-boxed view of the organization's dashboard (no billing or member
 * changes), then open it.
 *
 * @param props                Panel props.
 * @param props.organizationId The organization to view.
 */
export function ViewAsAdmin( props: { organizationId: string } ) {
	const { organizationId } = props;
	const api = useApi();
	const [ reason, setReason ] = useState( '' );
	const [ minutes, setMinutes ] = useState( 30 );
	const start = useAsyncAction( () =>
		orgApi.startImpersonation( api, organizationId, { reason, minutes } )
	);
	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( start.pending ) {
			return;
		}
		const result = await start.run();
		if ( result.ok ) {
			navigate( paths.appOrg( organizationId ) );
		}
	};
	return (
		<Section id="view-as-admin-heading" title="View as admin">
			<p className="section-description">
				Open this organization&apos;s dashboard with an admin&apos;s
				view for a limited time. Billing and member changes stay closed.
				The start, the end and every request are written to the audit
				log.
			</p>
			<form className="form" onSubmit={ handleSubmit } noValidate>
				<TextField
					label="Reason"
					hint="For example a support ticket number."
					value={ reason }
					error={ start.error?.fieldErrors.reason }
					onChange={ ( event ) => setReason( event.target.value ) }
				/>
				<SelectField
					label="Duration"
					value={ minutes }
					onChange={ ( event ) =>
						setMinutes( Number( event.target.value ) )
					}
				>
					{ DURATIONS.map( ( value ) => (
						<option key={ value } value={ value }>
							{ value } minutes
						</option>
					) ) }
				</SelectField>
				<FormError
					error={ start.error }
					fields={ [ 'reason' ] }
					lead="Could not start"
				/>
				<PendingButton
					pending={ start.pending }
					pendingLabel="Starting…"
				>
					View as admin
				</PendingButton>
			</form>
		</Section>
	);
}
