/**
 * Invitations and password reset by e-mail, through a real SMTP server in the test process:
 * the mail is read and its link followed, as a person would.
 */
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	OWNER,
	createUser,
	ownerSession,
	passMfa,
	passwordOnly,
	sessionFrom,
	type OwnerSession,
} from '../../../../tests/support/flows';
import { startMailbox, type Mailbox } from '../../../../tests/support/mailbox';

const tokenOf = ( link: string ) =>
	new URL( link ).searchParams.get( 'token' )!;

describe.each( testDialects() )(
	'invitations and password reset on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		let mailbox: Mailbox;
		let owner: OwnerSession;

		beforeAll( async () => {
			mailbox = await startMailbox();
			sidecar = await startTestSidecar( dialect, {
				env: {
					OMNIOPS_SMTP_URL: mailbox.url,
					OMNIOPS_MAIL_FROM: 'OmniOps <no-reply@omniops.test>',
				},
			} );
			owner = await ownerSession( sidecar );
		} );
		afterAll( async () => {
			await sidecar.close();
			await mailbox.close();
		} );

		it( 'invites by e-mail; the link creates the account with its role once, and MFA enrolment follows', async () => {
			const invited = await call(
				sidecar.baseUrl,
				'POST',
				'/api/owner/invitations',
				{
					body: {
						email: 'New.Admin@omniops.test',
						role: 'support_admin',
					},
					headers: owner.headers,
				}
			);
			expect( invited.status ).toBe( 201 );
			expect( invited.body ).toMatchObject( {
				emailed: true,
				invitation: {
					email: 'new.admin@omniops.test',
					roleId: 'support_admin',
				},
			} );
			expect( invited.body.link ).toBeUndefined();
			const link = mailbox.linkTo(
				'new.admin@omniops.test',
				'/owner/accept-invitation'
			)!;
			expect(
				link.startsWith(
					`${ sidecar.baseUrl }/owner/accept-invitation?token=inv_`
				)
			).toBe( true );
			const token = tokenOf( link );

			const described = await call(
				sidecar.baseUrl,
				'GET',
				`/api/auth/invitation?token=${ token }`
			);
			expect( described.body ).toEqual( {
				email: 'new.admin@omniops.test',
				roleId: 'support_admin',
			} );
			const listed = await call(
				sidecar.baseUrl,
				'GET',
				'/api/owner/invitations',
				{ headers: owner.headers }
			);
			expect(
				listed.body.invitations.map(
					( i: { email: string } ) => i.email
				)
			).toContain( 'new.admin@omniops.test' );

			const accepted = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/invitations/accept',
				{
					body: {
						token,
						name: 'Nina Admin',
						password: 'a long new password',
					},
				}
			);
			expect( accepted.status ).toBe( 201 );
			expect( accepted.body.user.roles ).toEqual( [ 'support_admin' ] );
			expect( accepted.body.mfa ).toMatchObject( {
				state: 'pending',
				enrolled: false,
			} );
			const pending = sessionFrom( accepted.headers, accepted.body );
			expect(
				(
					await call(
						sidecar.baseUrl,
						'GET',
						'/api/owner/organizations',
						{ headers: pending.headers }
					)
				).status
			).toBe( 403 );
			const verified = await passMfa(
				sidecar,
				'new.admin@omniops.test',
				pending
			);
			expect(
				(
					await call(
						sidecar.baseUrl,
						'GET',
						'/api/owner/organizations',
						{ headers: verified.headers }
					)
				).status
			).toBe( 200 );

			const again = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/invitations/accept',
				{
					body: {
						token,
						name: 'Mallory',
						password: 'another long password',
					},
				}
			);
			expect( again.status ).toBe( 401 );

			const log = await call(
				sidecar.baseUrl,
				'GET',
				'/api/owner/audit-log?resourceType=invitation',
				{
					headers: owner.headers,
				}
			);
			expect(
				log.body.events.map( ( e: { action: string } ) => e.action )
			).toEqual( [ 'invitation.accept', 'invitation.create' ] );
		} );

		it( 'refuses invitations for existing accounts and unknown roles, and unknown invitation tokens', async () => {
			expect(
				(
					await call(
						sidecar.baseUrl,
						'POST',
						'/api/owner/invitations',
						{
							body: {
								email: OWNER.email,
								role: 'platform_admin',
							},
							headers: owner.headers,
						}
					)
				).status
			).toBe( 409 );
			expect(
				(
					await call(
						sidecar.baseUrl,
						'POST',
						'/api/owner/invitations',
						{
							body: {
								email: 'x@omniops.test',
								role: 'no_such_role',
							},
							headers: owner.headers,
						}
					)
				).status
			).toBe( 409 );
			expect(
				(
					await call(
						sidecar.baseUrl,
						'GET',
						'/api/auth/invitation?token=inv_unknownunknownunknown1'
					)
				).status
			).toBe( 401 );
		} );

		it( 'resets a password by e-mail once, ends every session, and says nothing about unknown accounts', async () => {
			await createUser(
				sidecar,
				'forgetful@omniops.test',
				'the old password!!'
			);
			const oldSession = await passwordOnly(
				sidecar,
				'forgetful@omniops.test',
				'the old password!!'
			);
			const before = mailbox.received.length;
			const unknown = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/password-reset',
				{
					body: { email: 'nobody@omniops.test' },
				}
			);
			const known = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/password-reset',
				{
					body: { email: 'Forgetful@omniops.test' },
				}
			);
			expect( unknown.status ).toBe( 202 );
			expect( known.status ).toBe( 202 );
			expect( known.body ).toEqual( unknown.body );
			expect( mailbox.received.length ).toBe( before + 1 );
			const token = tokenOf(
				mailbox.linkTo(
					'forgetful@omniops.test',
					'/owner/reset-password'
				)!
			);

			const weak = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/password-reset/complete',
				{
					body: { token, password: 'short' },
				}
			);
			expect( weak.status ).toBe( 400 );
			const done = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/password-reset/complete',
				{
					body: { token, password: 'a brand new password' },
				}
			);
			expect( done.status ).toBe( 204 );
			expect(
				(
					await call( sidecar.baseUrl, 'GET', '/api/auth/me', {
						headers: oldSession.headers,
					} )
				).status
			).toBe( 401 );
			const reused = await call(
				sidecar.baseUrl,
				'POST',
				'/api/auth/password-reset/complete',
				{
					body: { token, password: 'yet another password' },
				}
			);
			expect( reused.status ).toBe( 401 );
			expect(
				(
					await call( sidecar.baseUrl, 'POST', '/api/auth/login', {
						body: {
							email: 'forgetful@omniops.test',
							password: 'the old password!!',
						},
					} )
				).status
			).toBe( 401 );
			expect(
				(
					await call( sidecar.baseUrl, 'POST', '/api/auth/login', {
						body: {
							email: 'forgetful@omniops.test',
							password: 'a brand new password',
						},
					} )
				).status
			).toBe( 200 );
		} );
	}
);

describe( 'invitations without a mail server', () => {
	it( 'hands the link to the inviter instead', async () => {
		const sidecar = await startTestSidecar( 'sqlite' );
		try {
			const owner = await ownerSession( sidecar );
			const invited = await call(
				sidecar.baseUrl,
				'POST',
				'/api/owner/invitations',
				{
					body: {
						email: 'offline@omniops.test',
						role: 'billing_admin',
					},
					headers: owner.headers,
				}
			);
			expect( invited.body.emailed ).toBe( false );
			expect( invited.body.link ).toMatch(
				/\/owner\/accept-invitation\?token=inv_/
			);
		} finally {
			await sidecar.close();
		}
	} );
} );
