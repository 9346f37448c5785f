/**
 * Generated tenant isolation: every route that names a tenant resource by id is called by a
 * principal of tenant A with tenant B's id. The answer must be 404 and B's data must be
 * unchanged. The same call made by the rightful principal must succeed, so the 404 is the
 * isolation check and not a validation error. Routes are picked up from the route table: a
 * new id-taking route without a valid sample input here fails the suite.
 *
 * Tenants are addressed three ways: widget conversation tokens, dashboard sessions, and
 * signed site requests. Site routes carry no ids at all (the site is the signature), which
 * this test also checks; their answers must describe the signing site only.
 */
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import { readMessages } from '../../../../tests/support/widget-chat';
import {
	startOwnerSidecar,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/owner-sidecar';
import {
	connectSite,
	connectWithToken,
	createUser,
	login,
	signedHeaders,
	staffSession,
	startConversation,
	type ConnectedSite,
} from '../../../../tests/support/flows';
import {
	addMember,
	organizationWithOwner,
} from '../../../../tests/support/org-flows';
import type { AnyRoute } from '../../platform/http';
import { IMPERSONATION_WITHHELD } from '../rbac/catalog';

/** Valid inputs for id-taking routes, so the rightful call succeeds. */
const SAMPLE_BODIES: Record< string, () => unknown > = {
	'post /api/widget/conversations/:id/messages': () => ( {
		text: 'Do you ship to Norway?',
		clientMessageId: `iso-${ Math.random().toString( 36 ).slice( 2, 12 ) }`,
	} ),
	'post /api/widget/conversations/:id/messages/stream': () => ( {
		text: 'And to Iceland?',
		clientMessageId: `iso-${ Math.random().toString( 36 ).slice( 2, 12 ) }`,
	} ),
	'put /api/widget/conversations/:id/privacy': () => ( {
		consent: true,
		retentionDays: 30,
	} ),
	'post /api/widget/conversations/:id/journey': () => ( {
		url: `https://a.example/?utm_source=iso&n=${ Math.random() }`,
	} ),
};

const key = ( route: AnyRoute ) => `${ route.method } ${ route.path }`;
// Deletes go last: the rightful control call removes its conversation.
const byMethod = ( a: AnyRoute, b: AnyRoute ) =>
	Number( a.method === 'delete' ) - Number( b.method === 'delete' );

describe.each( testDialects() )( 'tenant isolation on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let siteA: ConnectedSite;
	let siteB: ConnectedSite;

	beforeAll( async () => {
		let owner: OwnerSession;
		( { sidecar, owner } = await startOwnerSidecar( dialect ) );
		siteA = await connectSite(
			sidecar,
			owner,
			'Tenant A',
			'https://a.example'
		);
		siteB = await connectSite(
			sidecar,
			owner,
			'Tenant B',
			'https://b.example'
		);
	} );
	afterAll( () => sidecar.close() );

	it( 'answers 404 to a conversation token of tenant A naming a conversation of tenant B, and changes nothing', async () => {
		const routes = sidecar.omniops.routes
			.filter(
				( route ) =>
					route.auth === 'conversation' &&
					route.path.includes( ':id' )
			)
			.sort( byMethod );
		expect( routes.length ).toBeGreaterThan( 3 );
		const missing = routes.filter(
			( route ) => route.schema.body && ! SAMPLE_BODIES[ key( route ) ]
		);
		expect( missing.map( key ) ).toEqual( [] );

		const attacker = await startConversation( sidecar, siteA.publicKey );
		const victim = await startConversation( sidecar, siteB.publicKey );
		const control = await startConversation( sidecar, siteA.publicKey );
		await call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ victim.id }/messages`,
			{
				body: {
					text: 'My order number is 1234',
					clientMessageId: 'victim-msg-1',
				},
				headers: victim.auth,
			}
		);
		const snapshot = async () => ( {
			messages: ( await readMessages( sidecar, victim ) ).body,
			privacy: (
				await call(
					sidecar.baseUrl,
					'GET',
					`/api/widget/conversations/${ victim.id }/privacy`,
					{ headers: victim.auth }
				)
			).body,
		} );
		const before = await snapshot();

		const cases: string[] = [];
		for ( const route of routes ) {
			const sample = SAMPLE_BODIES[ key( route ) ];
			const method = route.method.toUpperCase();
			const path = ( id: string ) => route.path.replace( ':id', id );
			const crossTenant = await call(
				sidecar.baseUrl,
				method,
				path( victim.id ),
				{
					headers: attacker.auth,
					...( sample ? { body: sample() } : {} ),
				}
			);
			const rightful = await call(
				sidecar.baseUrl,
				method,
				path( control.id ),
				{
					headers: control.auth,
					...( sample ? { body: sample() } : {} ),
				}
			);
			cases.push(
				`${ method } ${ route.path }: cross-tenant ${ crossTenant.status }, rightful ${ rightful.status }`
			);
			expect( {
				route: key( route ),
				status: crossTenant.status,
			} ).toEqual( { route: key( route ), status: 404 } );
			expect( {
				route: key( route ),
				ok: rightful.status < 300,
			} ).toEqual( { route: key( route ), ok: true } );
		}
		if ( process.env.PRINT_MATRIX ) {
			process.stdout.write( `${ cases.join( '\n' ) }\n` );
		}
		expect( await snapshot() ).toEqual( before );
	} );

	it( "refuses one user's session id to another user (404), and the session keeps working", async () => {
		const routes = sidecar.omniops.routes.filter(
			( route ) =>
				( route.auth === 'user' || route.auth === 'session' ) &&
				route.path.includes( ':' )
		);
		// Only the session list names ids today; a new id-taking user route needs a case here.
		expect( routes.map( key ) ).toEqual( [
			'delete /api/auth/sessions/:id',
		] );
		await createUser( sidecar, 'tenant-a-user@omniops.test' );
		await createUser( sidecar, 'tenant-b-user@omniops.test' );
		const a = await login(
			sidecar,
			'tenant-a-user@omniops.test',
			'correct horse battery staple'
		);
		const b = await login(
			sidecar,
			'tenant-b-user@omniops.test',
			'correct horse battery staple'
		);
		const bSessions = await call(
			sidecar.baseUrl,
			'GET',
			'/api/auth/sessions',
			{ headers: b.headers }
		);
		const bSessionId = bSessions.body.sessions[ 0 ].id;
		const attempt = await call(
			sidecar.baseUrl,
			'DELETE',
			`/api/auth/sessions/${ bSessionId }`,
			{ headers: a.headers }
		);
		expect( attempt.status ).toBe( 404 );
		expect(
			(
				await call( sidecar.baseUrl, 'GET', '/api/auth/me', {
					headers: b.headers,
				} )
			).status
		).toBe( 200 );
	} );

	it( 'gives signed site routes no way to name another site, and answers about the signer only', async () => {
		const siteRoutes = sidecar.omniops.routes.filter(
			( route ) => route.auth === 'site'
		);
		expect(
			siteRoutes
				.filter( ( route ) => route.path.includes( ':' ) )
				.map( key )
		).toEqual( [] );
		for ( const route of siteRoutes.filter(
			( candidate ) => candidate.method === 'get'
		) ) {
			const answer = await call( sidecar.baseUrl, 'GET', route.path, {
				headers: signedHeaders( siteA, 'GET', route.path, '' ),
			} );
			const text = JSON.stringify( answer.body );
			expect( {
				route: key( route ),
				leaks:
					text.includes( siteB.siteId ) ||
					text.includes( siteB.publicKey ),
			} ).toEqual( {
				route: key( route ),
				leaks: false,
			} );
		}
		// A's secret cannot sign as B: the key names B, the signature is A's.
		const forged = signedHeaders(
			{ publicKey: siteB.publicKey, secret: siteA.secret },
			'GET',
			'/api/site/status',
			''
		);
		expect(
			(
				await call( sidecar.baseUrl, 'GET', '/api/site/status', {
					headers: forged,
				} )
			).status
		).toBe( 401 );
	} );
} );

/**
 * The organization area (`/api/org/:orgId/*`, dashboard sessions): every route is called by
 * a principal of organization A (its owner, and platform staff impersonating A) with B's
 * organization id, and — for routes that name a resource inside the organization — with A's
 * organization id but B's member, invitation or conversation id. Every such call must be 404
 * (or 403 for impersonating staff on A's member-change routes, which they never hold) and B
 * must look the same afterwards; the same call on A's own resources succeeds.
 */
describe.each( testDialects() )(
	'organization area isolation on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		let platformOwner: OwnerSession;

		beforeAll( async () => {
			( { sidecar, owner: platformOwner } =
				await startOwnerSidecar( dialect ) );
		} );
		afterAll( () => sidecar.close() );

		/** An organization with an owner, an agent, an open invitation, a site and a conversation. */
		async function tenant( name: string ) {
			const { organizationId, owner } = await organizationWithOwner(
				sidecar,
				platformOwner,
				name,
				`owner@${ name.toLowerCase() }.test`
			);
			const agent = await addMember(
				sidecar,
				owner,
				organizationId,
				`agent@${ name.toLowerCase() }.test`,
				'agent'
			);
			const invitation = await call(
				sidecar.baseUrl,
				'POST',
				`/api/org/${ organizationId }/invitations`,
				{
					body: {
						email: `pending@${ name.toLowerCase() }.test`,
						role: 'viewer',
					},
					headers: owner.headers,
				}
			);
			const token = await call(
				sidecar.baseUrl,
				'POST',
				`/api/org/${ organizationId }/connect-tokens`,
				{ body: {}, headers: owner.headers }
			);
			const site = await connectWithToken(
				sidecar,
				token.body.token,
				`https://${ name.toLowerCase() }.example`,
				name
			);
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);

			return {
				organizationId,
				owner,
				ids: {
					userId: agent.userId,
					invitationId: invitation.body.invitation.id as string,
					conversationId: conversation.id,
				} as Record< string, string >,
			};
		}

		const SAMPLE_ORG_BODIES: Record< string, () => unknown > = {
			'post /api/org/:orgId/connect-tokens': () => ( {} ),
			'patch /api/org/:orgId/members/:userId': () => ( {
				role: 'viewer',
			} ),
			'post /api/org/:orgId/invitations': () => ( {
				email: `iso-${ Math.random().toString( 36 ).slice( 2, 10 ) }@a.test`,
				role: 'viewer',
			} ),
			'post /api/org/:orgId/invitations/:invitationId/resend':
				() => ( {} ),
			'patch /api/org/:orgId/settings': () => ( { requireMfa: false } ),
		};

		it( 'answers 404 to organization A naming organization B or its resources, and changes nothing', async () => {
			const a = await tenant( 'Alpha' );
			const b = await tenant( 'Bravo' );
			const support = await staffSession( sidecar, 'support_admin' );
			const grant = await call(
				sidecar.baseUrl,
				'POST',
				`/api/owner/organizations/${ a.organizationId }/impersonation`,
				{
					body: { reason: 'Isolation test: viewing Alpha' },
					headers: support.headers,
				}
			);
			expect( grant.status ).toBe( 201 );

			const routes = sidecar.omniops.routes
				.filter( ( route ) => route.auth === 'org' )
				.sort( byMethod );
			expect( routes.length ).toBeGreaterThanOrEqual( 13 );
			const missing = routes.filter(
				( route ) =>
					route.schema.body && ! SAMPLE_ORG_BODIES[ key( route ) ]
			);
			expect( missing.map( key ) ).toEqual( [] );

			const snapshot = async () => {
				const read = async ( path: string ) =>
					(
						await call( sidecar.baseUrl, 'GET', path, {
							headers: b.owner.headers,
						} )
					).body;
				const base = `/api/org/${ b.organizationId }`;
				return {
					overview: await read( base ),
					members: await read( `${ base }/members` ),
					invitations: await read( `${ base }/invitations` ),
					settings: await read( `${ base }/settings` ),
					conversations: await read( `${ base }/conversations` ),
					conversation: await read(
						`${ base }/conversations/${ b.ids.conversationId }`
					),
				};
			};
			const before = await snapshot();

			const fill = (
				path: string,
				orgId: string,
				ids: Record< string, string >
			) =>
				path.replace( /:([A-Za-z]+)/g, ( _m, name: string ) =>
					name === 'orgId' ? orgId : ids[ name ]!
				);
			const attackers = [
				{ who: 'owner of A', session: a.owner },
				{ who: 'staff impersonating A', session: support },
			];
			const cases: string[] = [];
			for ( const route of routes ) {
				const method = route.method.toUpperCase();
				const sample = SAMPLE_ORG_BODIES[ key( route ) ];
				const namesResource = /:(?!orgId)[A-Za-z]+/.test( route.path );
				for ( const { who, session } of attackers ) {
					const targets = [
						fill( route.path, b.organizationId, b.ids ),
						...( namesResource
							? [ fill( route.path, a.organizationId, b.ids ) ]
							: [] ),
					];
					for ( const target of targets ) {
						// Staff impersonating A never hold member changes: refused before any lookup.
						const expected =
							who === 'staff impersonating A' &&
							target.startsWith(
								`/api/org/${ a.organizationId }`
							) &&
							IMPERSONATION_WITHHELD.includes( route.permission! )
								? 403
								: 404;
						const answer = await call(
							sidecar.baseUrl,
							method,
							target,
							{
								headers: session.headers,
								...( sample ? { body: sample() } : {} ),
							}
						);
						cases.push(
							`${ method } ${ target } as ${ who }: ${ answer.status }`
						);
						expect( {
							route: key( route ),
							who,
							target,
							status: answer.status,
						} ).toEqual( {
							route: key( route ),
							who,
							target,
							status: expected,
						} );
					}
				}
				// The rightful call on A's own resources works, so the 404s above are isolation.
				const rightful = await call(
					sidecar.baseUrl,
					method,
					fill( route.path, a.organizationId, a.ids ),
					{
						headers: a.owner.headers,
						...( sample ? { body: sample() } : {} ),
					}
				);
				expect( {
					route: key( route ),
					ok: rightful.status < 300,
				} ).toEqual( { route: key( route ), ok: true } );
			}
			if ( process.env.PRINT_MATRIX ) {
				process.stdout.write(
					`${ cases.join( '\n' ) }\n${ cases.length } organization isolation cases\n`
				);
			}
			expect( cases.length ).toBeGreaterThanOrEqual( 36 );
			expect( await snapshot() ).toEqual( before );
		} );
	}
);
