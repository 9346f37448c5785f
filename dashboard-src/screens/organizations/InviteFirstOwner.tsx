import { Section } from '../../components/Section';
import { useState, type FormEvent } from 'react';
import { FormError } from '../../components/FormError';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import type { InvitationResult } from '../org-area/orgApi';
import { PendingButton } from '../../components/PendingButton';

/**
 * On the platform's organization page: invite a person into the organization as its owner
 * (they then invite their team under /app). Without a mail server the link is shown here.
 *
 * @param props                Panel props.
 * @param props.organizationId The organization.
 */
export function InviteFirstOwner( props: { organizationId: string } ) {
	const { organizationId } = props;
	const api = useApi();
	const [ email, setEmail ] = useState( '' );
	const [ result, setResult ] = useState< InvitationResult >();
	const invite = useAsyncAction( () =>
		api.request< InvitationResult >(
			'POST',
			`/api/owner/organizations/${ encodeURIComponent(
				organizationId
			) }/invitations`,
			{ body: { email: email.trim(), role: 'owner' } }
		)
	);
	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( invite.pending ) {
			return;
		}
		setResult( undefined );
		const outcome = await invite.run();
		if ( outcome.ok ) {
			setResult( outcome.value );
			setEmail( '' );
		}
	};
	return (
		<Section
			id="invite-owner-heading"
			title="Invite the organization's owner"
		>
			<form className="form" onSubmit={ handleSubmit } noValidate>
				<TextField
					label="Owner's e-mail address"
					type="email"
					value={ email }
					error={ invite.error?.fieldErrors.email }
					onChange={ ( event ) => setEmail( event.target.value ) }
				/>
				<FormError
					error={ invite.error }
					fields={ [ 'email' ] }
					lead="Could not invite"
				/>
				<PendingButton
					pending={ invite.pending }
					pendingLabel="Inviting…"
				>
					Invite as owner
				</PendingButton>
			</form>
			<p className="status-message" role="status">
				{ result &&
					( result.emailed
						? `Invitation sent to ${ result.invitation.email }.`
						: `Invitation created for ${ result.invitation.email }; pass on the link below.` ) }
			</p>
			{ result?.link && (
				<TextField
					label="Owner invitation link"
					className="monospace"
					readOnly
					value={ result.link }
				/>
			) }
		</Section>
	);
}
