import { Section } from '../../components/Section';
import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { dateColumn } from '../../components/FormattedDate';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useCurrentSession } from '../../SessionProvider';
import { TotpEnrolmentForm } from '../mfa/MfaScreen';
import { SmsEnrolmentForm } from '../mfa/SmsEnrolmentForm';
import { PasswordChangeForm } from './PasswordChangeForm';
import { SecondFactors } from './SecondFactors';
import { PendingButton } from '../../components/PendingButton';
import type { SessionList, SessionsEnded } from '../../../contracts/auth';

type SessionRow = SessionList[ 'sessions' ][ number ];

type Setup = 'totp' | 'sms' | null;

/**
 * `/owner/account`: the signed-in user's second factors (authenticator app, text messages,
 * backup codes: add, replace, remove, regenerate), password (change; the other sessions end)
 * and sessions (sign one or all others out).
 * The recovery path ends here: after a backup code, replace the lost factor.
 */
export function AccountScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const mfa = session.data?.mfa;
	const sessions = useApiResource(
		'sessions',
		async ( client, signal ) =>
			(
				await client.request< SessionList >(
					'GET',
					'/api/auth/sessions',
					{
						signal,
					}
				)
			).sessions
	);
	const revoke = useAsyncAction( ( id: string ) =>
		api.request(
			'DELETE',
			`/api/auth/sessions/${ encodeURIComponent( id ) }`
		)
	);
	const revokeOthers = useAsyncAction( () =>
		api.request< SessionsEnded >(
			'POST',
			'/api/auth/sessions/revoke-others'
		)
	);
	const [ setup, setSetup ] = useState< Setup >( null );
	const [ status, setStatus ] = useState< string >();

	if ( setup === 'totp' ) {
		return (
			<TotpEnrolmentForm
				title={
					mfa?.methods.includes( 'totp' )
						? 'Replace your authenticator'
						: 'Set up an authenticator app'
				}
				onCancel={ () => setSetup( null ) }
				onDone={ ( fresh ) => {
					setSetup( null );
					setStatus(
						'Your new authenticator is active; the old one and its backup codes no longer work.'
					);
					session.signedIn( fresh );
				} }
			/>
		);
	}
	if ( setup === 'sms' ) {
		return (
			<SmsEnrolmentForm
				title={
					mfa?.methods.includes( 'sms' )
						? 'Change your phone number'
						: 'Set up text messages'
				}
				onCancel={ () => setSetup( null ) }
				onDone={ ( fresh ) => {
					setSetup( null );
					setStatus(
						`Text messages go to the number ending ${ fresh.mfa.smsPhoneEnding } now.`
					);
					session.signedIn( fresh );
				} }
			/>
		);
	}

	return (
		<Page title="Account" description={ session.data?.user.email }>
			<p role="status">{ status }</p>
			{ mfa && (
				<SecondFactors
					mfa={ mfa }
					onSetup={ setSetup }
					onChanged={ ( next, message ) => {
						session.signedIn( { ...session.data!, mfa: next } );
						setStatus( message );
					} }
				/>
			) }
			<PasswordChangeForm
				onChanged={ ( message ) => {
					setStatus( message );
					sessions.retry();
				} }
			/>
			<Section id="sessions-heading" title="Where you are signed in">
				{ revokeOthers.error && (
					<ErrorAlert>{ revokeOthers.error.message }</ErrorAlert>
				) }
				<p>
					<PendingButton
						onClick={ async () => {
							const result = await revokeOthers.run();
							if ( result.ok ) {
								setStatus(
									result.value.ended === 1
										? 'Signed out 1 other session.'
										: `Signed out ${ result.value.ended } other sessions.`
								);
								sessions.retry();
							}
						} }
						pending={ revokeOthers.pending }
						variant="secondary"
					>
						Sign out all other sessions
					</PendingButton>
				</p>
				{ sessions.error && (
					<ErrorAlert onRetry={ sessions.retry }>
						{ sessions.error.message }
					</ErrorAlert>
				) }
				{ revoke.error && (
					<ErrorAlert>{ revoke.error.message }</ErrorAlert>
				) }
				{ sessions.data ? (
					<DataTable
						label="Your sessions"
						rows={ sessions.data }
						columns={ [
							dateColumn(
								'Signed in',
								( row: SessionRow ) => row.createdAt
							),
							{
								header: 'IP',
								render: ( row: SessionRow ) => row.ip,
							},
							{
								header: 'Browser',
								className: 'break',
								render: ( row: SessionRow ) =>
									row.userAgent || '—',
							},
							{
								header: 'Action',
								render: ( row: SessionRow ) =>
									row.current ? (
										'This browser'
									) : (
										<button
											type="button"
											className="button button-secondary button-small"
											aria-label={ `Sign out the session from ${ row.ip } started ${ row.createdAt }` }
											onClick={ async () => {
												if (
													(
														await revoke.run(
															row.id
														)
													).ok
												) {
													setStatus(
														'That session is signed out.'
													);
													sessions.retry();
												}
											} }
										>
											Sign out
										</button>
									),
							},
						] }
					/>
				) : (
					! sessions.error && (
						<LoadingState label="Loading your sessions…" />
					)
				) }
			</Section>
		</Page>
	);
}
