/**
 * Invitations and password reset by e-mail, through a real SMTP server in the test process:
 * the mail is read and its link followed, as a person would.
 */
import { createHash } from 'node:crypto';
import {
	call,
	startTestSidecar,
	testDialects,
} from '../../../../tests/support/sidecar-harness';
import {
	startMailSidecar,
	type Mailbox,
	type TestSidecar,
} from '../../../../tests/support/mail-sidecar';
import { sessionApi } from '../../../../tests/support/session-api';
import {
	OWNER,
	createUser,
	ownerSession,
	passMfa,
	passwordOnly,
	sessionFrom,
	type OwnerSession,
} from '../../../../tests/support/flows';

const tokenOf = ( link: string ) =>
	new URL( link ).searchParams.get( 'token' )!;

describe.each( testDialects() )(
	'invitations and password reset on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		const api = sessionApi( () => sidecar );
		let mailbox: Mailbox;
		let owner: OwnerSession;

		beforeAll( async () => {
			( { sidecar, mailbox } = await startMailSidecar( dialect ) );
			owner = await ownerSession( sidecar );
		} );
		afterAll( async () => {
			await sidecar.close();
			await mailbox.close();
		} );

		it( 'invites by e-mail; the link creates the account with its role once, and MFA enrolment follows', async () => {
			const invited = await api(
				'POST',
				'/api/owner/invitations',
				owner,
				{
					email: 'New.Admin@omniops.test',
					role: 'support_admin',
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

			const described = await api(
				'GET',
				`/api/auth/invitation?token=${ token }`,
				null
			);
			expect( described.body ).toEqual( {
				email: 'new.admin@omniops.test',
				roleId: 'support_admin',
			} );
			const listed = await api( 'GET', '/api/owner/invitations', owner );
			expect(
				listed.body.invitations.map(
					( i: { email: string } ) => i.email
				)
			).toContain( 'new.admin@omniops.test' );

			const accepted = await api(
				'POST',
				'/api/auth/invitations/accept',
				null,
				{
					token,
					name: 'Nina Admin',
					password: 'a long new password',
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
				await api.status( 'GET', '/api/owner/organizations', pending )
			).toBe( 403 );
			const verified = await passMfa(
				sidecar,
				'new.admin@omniops.test',
				pending
			);
			expect(
				await api.status( 'GET', '/api/owner/organizations', verified )
			).toBe( 200 );

			const again = await api(
				'POST',
				'/api/auth/invitations/accept',
				null,
				{
					token,
					name: 'Mallory',
					password: 'another long password',
				}
			);
			expect( again.status ).toBe( 401 );

			const log = await api(
				'GET',
				'/api/owner/audit-log?resourceType=invitation',
				owner
			);
			expect(
				log.body.events.map( ( e: { action: string } ) => e.action )
			).toEqual( [ 'invitation.accept', 'invitation.create' ] );
		} );

		it( 'refuses invitations for existing accounts and unknown roles, and unknown invitation tokens', async () => {
			expect(
				await api.status( 'POST', '/api/owner/invitations', owner, {
					email: OWNER.email,
					role: 'platform_admin',
				} )
			).toBe( 409 );
			expect(
				await api.status( 'POST', '/api/owner/invitations', owner, {
					email: 'x@omniops.test',
					role: 'no_such_role',
				} )
			).toBe( 409 );
			expect(
				await api.status(
					'GET',
					'/api/auth/invitation?token=inv_unknownunknownunknown1',
					null
				)
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
			const unknown = await api(
				'POST',
				'/api/auth/password-reset',
				null,
				{ email: 'nobody@omniops.test' }
			);
			const known = await api( 'POST', '/api/auth/password-reset', null, {
				email: 'Forgetful@omniops.test',
			} );
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

			const weak = await api(
				'POST',
				'/api/auth/password-reset/complete',
				null,
				{ token, password: 'short' }
			);
			expect( weak.status ).toBe( 400 );
			const done = await api(
				'POST',
				'/api/auth/password-reset/complete',
				null,
				{ token, password: 'a brand new password' }
			);
			expect( done.status ).toBe( 204 );
			expect(
				await api.status( 'GET', '/api/auth/me', oldSession )
			).toBe( 401 );
			const reused = await api(
				'POST',
				'/api/auth/password-reset/complete',
				null,
				{ token, password: 'yet another password' }
			);
			expect( reused.status ).toBe( 401 );
			expect(
				await api.status( 'POST', '/api/auth/login', null, {
					email: 'forgetful@omniops.test',
					password: 'the old password!!',
				} )
			).toBe( 401 );
			expect(
				await api.status( 'POST', '/api/auth/login', null, {
					email: 'forgetful@omniops.test',
					password: 'a brand new password',
				} )
			).toBe( 200 );
		} );

		/** Asks for a reset link by e-mail and returns its token. */
		async function resetToken( email: string ): Promise< string > {
			const before = mailbox.received.length;
			const asked = await api( 'POST', '/api/auth/password-reset', null, {
				email,
			} );
			expect( asked.status ).toBe( 202 );
			expect( mailbox.received.length ).toBe( before + 1 );
			return tokenOf( mailbox.linkTo( email, '/owner/reset-password' )! );
		}
		const completeReset = ( token: string, password: string ) =>
			api( 'POST', '/api/auth/password-reset/complete', null, {
				token,
				password,
			} );

		it( 'voids an older reset link when a newer one is issued; it answers like an unknown link', async () => {
			await createUser(
				sidecar,
				'twice@omniops.test',
				'the old password!!'
			);
			const older = await resetToken( 'twice@omniops.test' );
			const newer = await resetToken( 'twice@omniops.test' );
			const unknown = await completeReset(
				'pwr_unknownunknownunknownunknown00',
				'a brand new password'
			);
			const stale = await completeReset( older, 'a brand new password' );
			expect( unknown.status ).toBe( 401 );
			expect( stale.status ).toBe( 401 );
			expect( stale.body ).toEqual( unknown.body );
			expect(
				( await completeReset( newer, 'the newest password' ) ).status
			).toBe( 204 );
			expect(
				await api.status( 'POST', '/api/auth/login', null, {
					email: 'twice@omniops.test',
					password: 'the newest password',
				} )
			).toBe( 200 );
		} );

		it( 'voids every other outstanding reset link of the account when a reset completes', async () => {
			const userId = await createUser(
				sidecar,
				'racing@omniops.test',
				'the old password!!'
			);
			const mailed = await resetToken( 'racing@omniops.test' );
			// Another live link of the account: one issued by an earlier version, or by a
			// request that raced the one above.
			const otherToken = 'pwr_otherotherotherotherotherother00';
			const issued = new Date();
			await sidecar.db.kysely
				.insertInto( 'password_resets' )
				.values( {
					token_hash: createHash( 'sha256' )
						.update( otherToken )
						.digest( 'hex' ),
					user_id: userId,
					created_at: issued.toISOString(),
					expires_at: new Date(
						issued.getTime() + 30 * 60 * 1000
					).toISOString(),
					used_at: null,
				} )
				.execute();
			expect(
				( await completeReset( mailed, 'a brand new password' ) ).status
			).toBe( 204 );
			const other = await completeReset(
				otherToken,
				'the attacker password'
			);
			expect( other.status ).toBe( 401 );
			expect( other.body.error.message ).toBe(
				'This reset link is not valid any more. Ask for a new one.'
			);
		} );

		it( 'changes the password while signed in: the other sessions end, this one stays, reset links die', async () => {
			await createUser(
				sidecar,
				'changer@omniops.test',
				'the old password!!'
			);
			const sessions = [];
			for ( let i = 0; i < 3; i++ ) {
				sessions.push(
					await passwordOnly(
						sidecar,
						'changer@omniops.test',
						'the old password!!'
					)
				);
			}
			const [ current, ...others ] = sessions;
			const pendingReset = await resetToken( 'changer@omniops.test' );
			const change = ( body: object, headers = current!.headers ) =>
				call( sidecar.baseUrl, 'POST', '/api/auth/password', {
					body,
					headers,
				} );

			const wrong = await change( {
				currentPassword: 'not the password',
				newPassword: 'a brand new password',
			} );
			expect( wrong.status ).toBe( 400 );
			expect( wrong.body.error.code ).toBe( 'validation_failed' );
			expect( JSON.stringify( wrong.body.error.details ) ).toContain(
				'currentPassword'
			);
			const me = ( session: { headers: Record< string, string > } ) =>
				api( 'GET', '/api/auth/me', session ).then(
					( response ) => response.status
				);
			// A refused change changes nothing.
			expect( await me( others[ 0 ]! ) ).toBe( 200 );

			const changed = await change( {
				currentPassword: 'the old password!!',
				newPassword: 'a brand new password',
			} );
			expect( changed.status ).toBe( 204 );
			expect( await me( current! ) ).toBe( 200 );
			for ( const other of others ) {
				expect( await me( other ) ).toBe( 401 );
			}
			expect(
				( await completeReset( pendingReset, 'the attacker password' ) )
					.status
			).toBe( 401 );
			const signIn = ( password: string ) =>
				api( 'POST', '/api/auth/login', null, {
					email: 'changer@omniops.test',
					password,
				} ).then( ( response ) => response.status );
			expect( await signIn( 'the old password!!' ) ).toBe( 401 );
			expect( await signIn( 'a brand new password' ) ).toBe( 200 );
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
