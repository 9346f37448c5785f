import { useState } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { FormattedDate } from '../../components/FormattedDate';
import { LoadingState } from '../../components/LoadingState';
import { Page } from '../../components/Page';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useCurrentSession } from '../../SessionProvider';
import { TotpEnrolmentForm } from '../mfa/MfaScreen';

interface SessionRow {
	id: string;
	ip: string;
	userAgent: string;
	createdAt: string;
	current: boolean;
}

/**
 * `/owner/account`: the signed-in user's sessions (sign one out) and second factor
 * (replace the authenticator, e.g. after signing in with a backup code; new backup codes).
 */
export function AccountScreen() {
	const api = useApi();
	const session = useCurrentSession();
	const mfa = session.data?.mfa;
	const sessions = useApiResource(
		'sessions',
		async ( client, signal ) =>
			(
				await client.request< { sessions: SessionRow[] } >(
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
	const regenerate = useAsyncAction( ( code: string ) =>
		api.request< { backupCodes: string[] } >(
			'POST',
			'/api/auth/mfa/backup-codes',
			{
				body: { code },
				expectUnauthorized: true,
			}
		)
	);
	const [ reEnrolling, setReEnrolling ] = useState( false );
	const [ code, setCode ] = useState( '' );
	const [ newCodes, setNewCodes ] = useState< string[] >();
	const [ status, setStatus ] = useState< string >();

	if ( reEnrolling ) {
		return (
			<TotpEnrolmentForm
				title="Replace your authenticator"
				onDone={ ( fresh ) => {
					setReEnrolling( false );
					setStatus(
						'Your new authenticator is active; the old one and its backup codes no longer work.'
					);
					session.signedIn( fresh );
				} }
			/>
		);
	}

	return (
		<Page title="Account" description={ session.data?.user.email }>
			<p role="status">{ status }</p>
			<section className="card" aria-labelledby="mfa-heading">
				<h2 id="mfa-heading">Two-step verification</h2>
				<p>
					{ mfa?.enrolled
						? `On. ${ mfa.backupCodesLeft } unused backup codes left.`
						: 'Off.' }
				</p>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => setReEnrolling( true ) }
				>
					{ mfa?.enrolled
						? 'Replace authenticator'
						: 'Set up an authenticator' }
				</button>
				{ mfa?.enrolled && (
					<form
						className="form"
						onSubmit={ async ( event ) => {
							event.preventDefault();
							const result = await regenerate.run( code.trim() );
							if ( result.ok ) {
								setNewCodes( result.value.backupCodes );
								setCode( '' );
							}
						} }
					>
						{ regenerate.error && (
							<ErrorAlert>
								{ regenerate.error.message }
							</ErrorAlert>
						) }
						<TextField
							label="Code from your authenticator"
							inputMode="numeric"
							autoComplete="one-time-code"
							value={ code }
							onChange={ ( event ) =>
								setCode( event.target.value )
							}
						/>
						<button
							type="submit"
							className="button button-secondary"
						>
							Make new backup codes
						</button>
					</form>
				) }
				{ newCodes && (
					<ul className="backup-codes" aria-label="New backup codes">
						{ newCodes.map( ( backupCode ) => (
							<li key={ backupCode }>
								<code>{ backupCode }</code>
							</li>
						) ) }
					</ul>
				) }
			</section>
			<section className="section" aria-labelledby="sessions-heading">
				<h2 id="sessions-heading">Where you are signed in</h2>
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
						rowKey={ ( row ) => row.id }
						rows={ sessions.data }
						columns={ [
							{
								header: 'Signed in',
								render: ( row: SessionRow ) => (
									<FormattedDate value={ row.createdAt } />
								),
							},
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
			</section>
		</Page>
	);
}
