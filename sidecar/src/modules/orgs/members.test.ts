/**
 * The organization area end to end over HTTP on real databases: invitations by e-mail (a
 * real SMTP server in the test process), accepting with a new or an existing account, role
 * changes taking effect on the next request, the owner rules, per-organization MFA
 * enforcement, the read-only conversation inbox, and time-boxed, audited impersonation.
 */
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startMailSidecar,
	type Mailbox,
	type TestSidecar,
} from '../../../../tests/support/mail-sidecar';
import {
	OWNER,
	connectSite,
	createUser,
	login,
	ownerSession,
	passMfa,
	sessionFrom,
	staffSession,
	startConversation,
	type OwnerSession,
} from '../../../../tests/support/flows';
import { addMember, type OrgMember } from '../../../../tests/support/org-flows';
import {
	sessionApi,
	type SignedInSession,
} from '../../../../tests/support/session-api';

const tokenOf = ( link: string ) =>
	new URL( link ).searchParams.get( 'token' )!;

describe.each( testDialects() )( 'organization area on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let mailbox: Mailbox;
	let platformOwner: OwnerSession;
	let orgId: string;
	let owner: OrgMember;
	// Moved forward by the impersonation expiry test.
	let offsetMs = 0;

	const api = sessionApi( () => sidecar );
	/** Member changes as `by`: a new role for `member`, or its removal (answering the status). */
	const setRole = (
		by: SignedInSession,
		member: { userId: string },
		role: string
	) =>
		api.status(
			'PATCH',
			`/api/org/${ orgId }/members/${ member.userId }`,
			by,
			{ role }
		);
	const removeMember = ( by: SignedInSession, member: { userId: string } ) =>
		api.status(
			'DELETE',
			`/api/org/${ orgId }/members/${ member.userId }`,
			by
		);
	const invite = ( by: SignedInSession, email: string, role: string ) =>
		api( 'POST', `/api/org/${ orgId }/invitations`, by, { email, role } );
	const impersonation = () =>
		`/api/owner/organizations/${ orgId }/impersonation`;

	beforeAll( async () => {
		( { sidecar, mailbox } = await startMailSidecar( dialect, {
			clock: () => new Date( Date.now() + offsetMs ),
		} ) );
		platformOwner = await ownerSession( sidecar );
		const org = await api(
			'POST',
			'/api/owner/organizations',
			platformOwner,
			{ name: 'Fjord Bikes' }
		);
		orgId = org.body.organization.id;
		const invited = await api(
			'POST',
			`/api/owner/organizations/${ orgId }/invitations`,
			platformOwner,
			{ email: 'Ola@fjord.test', role: 'owner' }
		);
		expect( invited.status ).toBe( 201 );
		expect( invited.body.emailed ).toBe( true );
		const link = mailbox.linkTo(
			'ola@fjord.test',
			'/app/accept-invitation'
		)!;
		expect( link ).toMatch(
			new RegExp(
				`^${ sidecar.baseUrl }/app/accept-invitation\\?token=oinv_`
			)
		);
		const accepted = await api(
			'POST',
			'/api/org-invitations/accept',
			null,
			{
				token: tokenOf( link ),
				name: 'Ola Nordmann',
				password: OWNER.password,
			}
		);
		expect( accepted.status ).toBe( 201 );
		owner = {
			...sessionFrom( accepted.headers, accepted.body ),
			userId: accepted.body.user.id,
			email: 'ola@fjord.test',
		};
	} );
	afterAll( async () => {
		await sidecar.close();
		await mailbox.close();
	} );

	it( 'invites by e-mail; the link describes the invitation and creates the account and membership once', async () => {
		const invited = await invite( owner, 'kari@fjord.test', 'agent' );
		expect( invited.status ).toBe( 201 );
		expect( invited.body ).toMatchObject( {
			emailed: true,
			invitation: { email: 'kari@fjord.test', role: 'agent' },
		} );
		const pending = await api(
			'GET',
			`/api/org/${ orgId }/invitations`,
			owner
		);
		expect( pending.body.invitations.map( ( i: any ) => i.email ) ).toEqual(
			[ 'kari@fjord.test' ]
		);
		const token = tokenOf(
			mailbox.linkTo( 'kari@fjord.test', '/app/accept-invitation' )!
		);
		expect(
			(
				await api( 'POST', '/api/org-invitations/describe', null, {
					token,
				} )
			).body
		).toEqual( {
			organizationName: 'Fjord Bikes',
			email: 'kari@fjord.test',
			role: 'agent',
			accountExists: false,
		} );
		const accepted = await api(
			'POST',
			'/api/org-invitations/accept',
			null,
			{
				token,
				name: 'Kari',
				password: OWNER.password,
			}
		);
		expect( accepted.status ).toBe( 201 );
		expect( accepted.body.organizationId ).toBe( orgId );
		const again = await api( 'POST', '/api/org-invitations/accept', null, {
			token,
			name: 'Mallory',
			password: OWNER.password,
		} );
		expect( again.status ).toBe( 401 );

		const kari = await login( sidecar, 'kari@fjord.test', OWNER.password );
		const mine = await api( 'GET', '/api/org', kari );
		expect( mine.body.organizations ).toEqual( [
			{ id: orgId, name: 'Fjord Bikes', role: 'agent' },
		] );
		const overview = await api( 'GET', `/api/org/${ orgId }`, kari );
		expect( overview.status ).toBe( 200 );
		expect( overview.body.role ).toBe( 'agent' );
		expect( overview.body.permissions ).toContain(
			'org.conversations.read'
		);
		expect( overview.body.permissions ).not.toContain(
			'org.members.manage'
		);
		const audit = await sidecar.omniops.services.audit.exportAll( {
			action: 'org.invitation.accept',
		} );
		expect( audit.map( ( e ) => e.details.role ) ).toEqual(
			expect.arrayContaining( [ 'owner', 'agent' ] )
		);
	} );

	it( 'attaches an existing account only when the signed-in e-mail matches', async () => {
		await createUser( sidecar, 'existing@fjord.test' );
		await createUser( sidecar, 'someone-else@fjord.test' );
		await invite( owner, 'existing@fjord.test', 'viewer' );
		const token = tokenOf(
			mailbox.linkTo( 'existing@fjord.test', '/app/accept-invitation' )!
		);
		expect(
			(
				await api( 'POST', '/api/org-invitations/describe', null, {
					token,
				} )
			).body.accountExists
		).toBe( true );
		expect(
			await api.status( 'POST', '/api/org-invitations/accept', null, {
				token,
				name: 'New',
				password: OWNER.password,
			} )
		).toBe( 409 );
		const other = await login(
			sidecar,
			'someone-else@fjord.test',
			OWNER.password
		);
		expect(
			await api.status( 'POST', '/api/org-invitations/join', other, {
				token,
			} )
		).toBe( 403 );
		expect( await api.status( 'GET', `/api/org/${ orgId }`, other ) ).toBe(
			404
		);
		const existing = await login(
			sidecar,
			'existing@fjord.test',
			OWNER.password
		);
		const joined = await api(
			'POST',
			'/api/org-invitations/join',
			existing,
			{
				token,
			}
		);
		expect( joined.status ).toBe( 200 );
		const overview = await api( 'GET', `/api/org/${ orgId }`, existing );
		expect( overview.body.role ).toBe( 'viewer' );
	} );

	it( 'applies a role change on the next request, and keeps owners to owners and the last owner in place', async () => {
		const admin = await addMember(
			sidecar,
			owner,
			orgId,
			'adm@fjord.test',
			'admin',
			mailbox
		);
		const viewer = await addMember(
			sidecar,
			owner,
			orgId,
			'view@fjord.test',
			'viewer',
			mailbox
		);
		expect(
			await api.status( 'GET', `/api/org/${ orgId }/settings`, viewer )
		).toBe( 403 );
		expect( await setRole( admin, viewer, 'admin' ) ).toBe( 204 );
		expect(
			await api.status( 'GET', `/api/org/${ orgId }/settings`, viewer )
		).toBe( 200 );
		// An admin may not make owners, demote or remove one.
		expect( await setRole( admin, viewer, 'owner' ) ).toBe( 403 );
		expect( await removeMember( admin, owner ) ).toBe( 403 );
		expect(
			( await invite( admin, 'boss@fjord.test', 'owner' ) ).status
		).toBe( 403 );
		// The last owner can neither leave the role nor be removed.
		expect( await setRole( owner, owner, 'admin' ) ).toBe( 409 );
		expect( await removeMember( owner, owner ) ).toBe( 409 );
		// With a second owner, the first may step down.
		expect( await setRole( owner, admin, 'owner' ) ).toBe( 204 );
		expect( await setRole( admin, owner, 'admin' ) ).toBe( 204 );
		expect( await setRole( admin, owner, 'owner' ) ).toBe( 204 );
		// Removal ends access on the next request.
		expect( await removeMember( owner, viewer ) ).toBe( 204 );
		expect( await api.status( 'GET', `/api/org/${ orgId }`, viewer ) ).toBe(
			404
		);
		const roles = await sidecar.omniops.services.audit.exportAll( {
			action: 'org.member.role',
		} );
		expect( roles.length ).toBeGreaterThanOrEqual( 4 );
	} );

	it( 'revokes and resends invitations: only the newest link works', async () => {
		const first = await invite( owner, 'late@fjord.test', 'agent' );
		const id = first.body.invitation.id;
		const revoke = () =>
			api.status(
				'DELETE',
				`/api/org/${ orgId }/invitations/${ id }`,
				owner
			);
		const describeStatus = ( token: string ) =>
			api.status( 'POST', '/api/org-invitations/describe', null, {
				token,
			} );
		const oldToken = tokenOf(
			mailbox.linkTo( 'late@fjord.test', '/app/accept-invitation' )!
		);
		const resent = await api(
			'POST',
			`/api/org/${ orgId }/invitations/${ id }/resend`,
			owner
		);
		expect( resent.status ).toBe( 200 );
		const newToken = tokenOf(
			mailbox.linkTo( 'late@fjord.test', '/app/accept-invitation' )!
		);
		expect( newToken ).not.toBe( oldToken );
		expect( await describeStatus( oldToken ) ).toBe( 401 );
		expect( await revoke() ).toBe( 204 );
		expect( await describeStatus( newToken ) ).toBe( 401 );
		expect( await revoke() ).toBe( 404 );
	} );

	it( 'sends members without a second factor to enrolment once the organization requires MFA', async () => {
		const agent = await addMember(
			sidecar,
			owner,
			orgId,
			'mfa-agent@fjord.test',
			'agent',
			mailbox
		);
		expect(
			await api.status( 'PATCH', `/api/org/${ orgId }/settings`, agent, {
				requireMfa: true,
			} )
		).toBe( 403 );
		const set = await api( 'PATCH', `/api/org/${ orgId }/settings`, owner, {
			requireMfa: true,
		} );
		// The owner's own session has no second factor either: the change applies to them too,
		// but only from the next request on.
		expect( set.status ).toBe( 200 );
		expect( set.body ).toEqual( { name: 'Fjord Bikes', requireMfa: true } );
		const refused = await api( 'GET', `/api/org/${ orgId }`, agent );
		expect( refused.status ).toBe( 403 );
		expect( refused.body.error.code ).toBe( 'org_mfa_required' );
		// The list of organizations still answers, so the dashboard can route to enrolment.
		expect( await api.status( 'GET', '/api/org', agent ) ).toBe( 200 );
		const enrolled = await passMfa(
			sidecar,
			'mfa-agent@fjord.test',
			agent
		);
		expect(
			await api.status( 'GET', `/api/org/${ orgId }`, enrolled )
		).toBe( 200 );
		const ownerEnrolled = await passMfa( sidecar, owner.email, owner );
		owner = { ...owner, ...ownerEnrolled };
		expect(
			await api.status( 'PATCH', `/api/org/${ orgId }/settings`, owner, {
				requireMfa: false,
			} )
		).toBe( 200 );
		expect(
			(
				await sidecar.omniops.services.audit.exportAll( {
					action: 'org.settings.update',
				} )
			).length
		).toBe( 2 );
	} );

	it( "lists the organization's conversations with their messages, read-only, for agents and up", async () => {
		const site = await connectSite(
			sidecar,
			platformOwner,
			'Other shop',
			'https://other.example'
		);
		// Connect a site of this organization through its own connect token.
		const token = await api(
			'POST',
			`/api/org/${ orgId }/connect-tokens`,
			owner,
			{}
		);
		expect( token.status ).toBe( 201 );
		const connected = await api( 'POST', '/api/site/connect', null, {
			token: token.body.token,
			siteUrl: 'https://fjord.example',
			siteName: 'Fjord',
			restUrl: 'https://fjord.example/wp-json/',
		} );
		expect( connected.status ).toBe( 201 );
		const ours = await startConversation(
			sidecar,
			connected.body.site.publicKey
		);
		await startConversation( sidecar, site.publicKey );
		const sent = await call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ ours.id }/messages`,
			{
				body: {
					text: 'Do you have gravel bikes?',
					clientMessageId: 'fjord-message-0001',
				},
				headers: ours.auth,
			}
		);
		expect( sent.status ).toBeLessThan( 300 );
		const list = await api(
			'GET',
			`/api/org/${ orgId }/conversations`,
			owner
		);
		expect( list.status ).toBe( 200 );
		expect( list.body.conversations.map( ( c: any ) => c.id ) ).toEqual( [
			ours.id,
		] );
		expect( list.body.conversations[ 0 ].messageCount ).toBe( 2 );
		const transcript = await api(
			'GET',
			`/api/org/${ orgId }/conversations/${ ours.id }`,
			owner
		);
		expect( transcript.body.messages[ 0 ] ).toMatchObject( {
			role: 'shopper',
			text: 'Do you have gravel bikes?',
		} );
		const overview = await api( 'GET', `/api/org/${ orgId }`, owner );
		expect( overview.body.sites.map( ( s: any ) => s.id ) ).toEqual( [
			connected.body.site.id,
		] );
	} );

	it( 'lets support staff view the organization as admin for a limited, audited time, without member changes', async () => {
		const support = await staffSession( sidecar, 'support_admin' );
		const billing = await staffSession( sidecar, 'billing_admin' );
		expect(
			await api.status( 'GET', `/api/org/${ orgId }`, support )
		).toBe( 404 );
		expect(
			await api.status( 'POST', impersonation(), billing, {
				reason: 'Looking around',
			} )
		).toBe( 403 );
		expect(
			await api.status( 'POST', impersonation(), support, {
				reason: 'x',
			} )
		).toBe( 400 );
		expect(
			await api.status( 'POST', impersonation(), support, {
				reason: 'Ticket 4711: widget missing',
				minutes: 61,
			} )
		).toBe( 400 );
		const started = await api( 'POST', impersonation(), support, {
			reason: 'Ticket 4711: widget missing',
		} );
		expect( started.status ).toBe( 201 );
		const minutes =
			( Date.parse( started.body.impersonation.expiresAt ) -
				Date.parse( started.body.impersonation.startedAt ) ) /
			60_000;
		expect( minutes ).toBe( 30 );

		const mine = await api( 'GET', '/api/org', support );
		expect( mine.body.impersonation ).toMatchObject( {
			organizationId: orgId,
			organizationName: 'Fjord Bikes',
		} );
		const overview = await api( 'GET', `/api/org/${ orgId }`, support );
		expect( overview.status ).toBe( 200 );
		expect( overview.body.role ).toBe( 'admin' );
		expect( overview.body.impersonation.grantId ).toBe(
			started.body.impersonation.grantId
		);
		expect( overview.body.permissions ).not.toContain(
			'org.members.manage'
		);
		expect( overview.body.permissions ).not.toContain(
			'org.billing.manage'
		);
		expect(
			await api.status( 'GET', `/api/org/${ orgId }/members`, support )
		).toBe( 200 );
		const members = await api(
			'GET',
			`/api/org/${ orgId }/members`,
			owner
		);
		const someone = members.body.members.find(
			( m: any ) => m.role === 'agent'
		);
		expect( await setRole( support, someone, 'viewer' ) ).toBe( 403 );
		expect( await removeMember( support, someone ) ).toBe( 403 );
		expect(
			( await invite( support, 'sneaky@fjord.test', 'admin' ) ).status
		).toBe( 403 );
		// Another session of the same person has no grant: it is tied to the session.
		const otherSession = await login(
			sidecar,
			'support-admin@omniops.test',
			OWNER.password
		);
		expect(
			await api.status( 'GET', `/api/org/${ orgId }`, otherSession )
		).toBe( 404 );
		// Every impersonated request is in the audit log.
		const calls = await sidecar.omniops.services.audit.exportAll( {
			action: 'GET /api/org/:orgId/members',
		} );
		expect( calls.map( ( e ) => e.userId ) ).toContain( support.userId );

		expect( await api.status( 'DELETE', impersonation(), support ) ).toBe(
			204
		);
		expect(
			await api.status( 'GET', `/api/org/${ orgId }`, support )
		).toBe( 404 );
		expect(
			( await api( 'GET', '/api/org', support ) ).body.impersonation
		).toBeNull();
		const actions = (
			await sidecar.omniops.services.audit.exportAll( {
				userId: support.userId,
			} )
		).map( ( e ) => e.action );
		expect( actions ).toEqual(
			expect.arrayContaining( [
				'impersonation.start',
				'impersonation.stop',
			] )
		);
	} );

	it( 'ends an impersonation by itself when its time is up, and audits the expiry', async () => {
		const support = await login(
			sidecar,
			'support-admin@omniops.test',
			OWNER.password
		);
		const started = await api( 'POST', impersonation(), support, {
			reason: 'Ticket 4712: short look',
			minutes: 1,
		} );
		expect( started.status ).toBe( 201 );
		expect(
			await api.status( 'GET', `/api/org/${ orgId }`, support )
		).toBe( 200 );
		offsetMs += 61_000;
		try {
			expect( await sidecar.omniops.services.orgAccess.expireDue() ).toBe(
				1
			);
			expect(
				await api.status( 'GET', `/api/org/${ orgId }`, support )
			).toBe( 404 );
		} finally {
			offsetMs -= 61_000;
		}
		const expired = await sidecar.omniops.services.audit.exportAll( {
			action: 'impersonation.expire',
		} );
		expect( expired.map( ( e ) => e.details.grantId ) ).toEqual( [
			started.body.impersonation.grantId,
		] );
		expect( await sidecar.omniops.services.orgAccess.expireDue() ).toBe(
			0
		);
	} );
} );
