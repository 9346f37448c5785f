/**
 * The route × role matrix, generated from the route table: every platform route is called
 * as every platform role, as a signed-in user without a role, and anonymously, and the
 * answer must match the permission catalogue (rbac/catalog.ts); every organization route
 * likewise as every org role, a non-member and platform staff without a grant. A route added anywhere is
 * in the matrix the moment it is in the table; one whose permission is not catalogued fails.
 */
import {
	call,
	startTestSidecar,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import {
	createUser,
	login,
	ownerSession,
	staffSession,
	type OwnerSession,
} from '../../../../tests/support/flows';
import {
	addMember,
	organizationWithOwner,
} from '../../../../tests/support/org-flows';
import type { AnyRoute } from '../../platform/http';
import {
	IMPERSONATION_WITHHELD,
	ORG_PERMISSION_CATALOG,
	PERMISSION_CATALOG,
	isCataloguedPermission,
} from './catalog';

const ROLES = [
	'platform_owner',
	'platform_admin',
	'support_admin',
	'billing_admin',
] as const;

function roleHolds( role: string, permission: string ): boolean {
	return (
		role === 'platform_owner' ||
		PERMISSION_CATALOG.some(
			( entry ) =>
				entry.id === permission &&
				( entry.defaultRoles as string[] ).includes( role )
		)
	);
}

/** A request that passes authentication and authorization but fails validation or finds nothing, so no call changes anything. */
function harmlessTarget( route: AnyRoute ): string {
	return route.path.replace( /:[A-Za-z]+/g, ( name ) =>
		name === ':role'
			? 'no_such_role'
			: '00000000-0000-4000-8000-000000000000'
	);
}

let sidecar: TestSidecar;
const sessions = new Map< string, OwnerSession | null >();
let platformRoutes: AnyRoute[];

/**
 * What a principal's call must answer: 401 without a session, 404 where the principal may
 * not even learn the resource exists, 403 when its roles lack the permission, and when they
 * hold it, anything that reached validation or the handler (a 404 for the unknown id is fine).
 */
type Outcome = 'unauthenticated' | 'hidden' | 'allowed' | 'forbidden';
const ANSWERS: Record< Outcome, ( status: number ) => boolean > = {
	unauthenticated: ( status ) => status === 401,
	hidden: ( status ) => status === 404,
	allowed: ( status ) => status !== 401 && status !== 403 && status < 500,
	forbidden: ( status ) => status === 403,
};

/**
 * Calls `route` at `target` as every principal of `principals` (a body that fails validation
 * for writes, so nothing changes): the matrix row, with each answer that is not the
 * catalogue's `outcome` added to `wrong`.
 * @param route
 * @param target
 * @param principals
 * @param outcome
 * @param wrong
 */
async function matrixRow(
	route: AnyRoute,
	target: string,
	principals: Map< string, OwnerSession | null >,
	outcome: ( who: string ) => Outcome,
	wrong: string[]
): Promise< string > {
	const cells: string[] = [];
	for ( const [ who, session ] of principals ) {
		const response = await call(
			sidecar.baseUrl,
			route.method.toUpperCase(),
			target,
			{
				headers: session?.headers ?? {},
				...( route.method === 'get'
					? {}
					: { body: { unexpected: true } } ),
			}
		);
		cells.push( `${ who }:${ response.status }` );
		if ( ! ANSWERS[ outcome( who ) ]( response.status ) ) {
			wrong.push(
				`${ route.method.toUpperCase() } ${ route.path } as ${ who } -> ${ response.status }`
			);
		}
	}
	return `${ route.method.toUpperCase() } ${ route.path } [${ route.permission }] ${ cells.join( ' ' ) }`;
}

beforeAll( async () => {
	sidecar = await startTestSidecar( 'sqlite' );
	sessions.set( 'platform_owner', await ownerSession( sidecar ) );
	for ( const role of ROLES.slice( 1 ) ) {
		sessions.set( role, await staffSession( sidecar, role ) );
	}
	await createUser( sidecar, 'no-role@omniops.test' );
	sessions.set(
		'no role',
		await login(
			sidecar,
			'no-role@omniops.test',
			'correct horse battery staple'
		)
	);
	sessions.set( 'anonymous', null );
	platformRoutes = sidecar.omniops.routes.filter(
		( route ) => route.auth === 'platform'
	);
} );
afterAll( () => sidecar.close() );

it( 'has a catalogued permission on every platform route', () => {
	const missing = platformRoutes
		.filter(
			( route ) => ! isCataloguedPermission( route.permission ?? '' )
		)
		.map(
			( route ) =>
				`${ route.method } ${ route.path } (${ route.permission })`
		);
	expect( missing ).toEqual( [] );
} );

it( 'answers every platform route as the catalogue says, for every role', async () => {
	const matrix: string[] = [];
	const wrong: string[] = [];
	for ( const route of platformRoutes ) {
		matrix.push(
			await matrixRow(
				route,
				harmlessTarget( route ),
				sessions,
				( who ) => {
					if ( who === 'anonymous' ) {
						return 'unauthenticated';
					}
					if ( who === 'no role' ) {
						return 'hidden';
					}
					return roleHolds( who, route.permission! )
						? 'allowed'
						: 'forbidden';
				},
				wrong
			)
		);
	}
	// The matrix as run, for the record (jest prints it with --verbose or on failure).
	if ( process.env.PRINT_MATRIX ) {
		process.stdout.write( `${ matrix.join( '\n' ) }\n` );
	}
	expect( wrong ).toEqual( [] );
	expect( platformRoutes.length ).toBeGreaterThan( 10 );
} );

it( 'applies a revoke on the very next request, without a restart', async () => {
	const admin = sessions.get( 'platform_admin' )!;
	const owner = sessions.get( 'platform_owner' )!;
	expect(
		(
			await call( sidecar.baseUrl, 'GET', '/api/owner/organizations', {
				headers: admin.headers,
			} )
		).status
	).toBe( 200 );
	const staff = await call( sidecar.baseUrl, 'GET', '/api/owner/staff', {
		headers: owner.headers,
	} );
	const adminId = staff.body.staff.find( ( entry: { roles: string[] } ) =>
		entry.roles.includes( 'platform_admin' )
	).userId;
	expect(
		(
			await call(
				sidecar.baseUrl,
				'DELETE',
				`/api/owner/staff/${ adminId }/roles/platform_admin`,
				{ headers: owner.headers }
			)
		).status
	).toBe( 204 );
	expect(
		(
			await call( sidecar.baseUrl, 'GET', '/api/owner/organizations', {
				headers: admin.headers,
			} )
		).status
	).toBe( 404 );
} );

/**
 * The organization area's matrix: every `/api/org/:orgId/*` route is called as each org role
 * (owner, admin, agent, viewer) of a real organization, as a signed-in non-member, as the
 * Platform Owner without an impersonation grant (platform roles give nothing here), and
 * anonymously. Allowed calls reach validation (their body is `{ unexpected: true }`) or the
 * handler (unknown ids), so nothing changes.
 */
describe( 'organization area', () => {
	const orgSessions = new Map< string, OwnerSession | null >();
	let orgId: string;
	let orgRoutes: AnyRoute[];

	function orgRoleHolds( role: string, permission: string ): boolean {
		return ORG_PERMISSION_CATALOG.some(
			( entry ) =>
				entry.id === permission &&
				( entry.defaultRoles as string[] ).includes( role )
		);
	}

	beforeAll( async () => {
		const platformOwner = sessions.get( 'platform_owner' )!;
		const { organizationId, owner } = await organizationWithOwner(
			sidecar,
			platformOwner,
			'Matrix Org',
			'matrix-owner@org.test'
		);
		orgId = organizationId;
		orgSessions.set( 'owner', owner );
		for ( const role of [ 'admin', 'agent', 'viewer' ] as const ) {
			orgSessions.set(
				role,
				await addMember(
					sidecar,
					owner,
					orgId,
					`matrix-${ role }@org.test`,
					role
				)
			);
		}
		orgSessions.set( 'non-member', sessions.get( 'no role' )! );
		orgSessions.set( 'platform owner without grant', platformOwner );
		const support = sessions.get( 'support_admin' )!;
		const grant = await call(
			sidecar.baseUrl,
			'POST',
			`/api/owner/organizations/${ orgId }/impersonation`,
			{
				body: { reason: 'Matrix: impersonated column' },
				headers: support.headers,
			}
		);
		expect( grant.status ).toBe( 201 );
		orgSessions.set( 'support admin impersonating', support );
		orgSessions.set( 'anonymous', null );
		orgRoutes = sidecar.omniops.routes.filter(
			( route ) => route.auth === 'org'
		);
	} );

	it( 'has the org auth mode and a catalogued org permission on every /api/org/:orgId route', () => {
		const wrong = sidecar.omniops.routes
			.filter( ( route ) => route.path.startsWith( '/api/org/' ) )
			.filter(
				( route ) =>
					route.auth !== 'org' ||
					! route.path.startsWith( '/api/org/:orgId' ) ||
					! ORG_PERMISSION_CATALOG.some(
						( entry ) => entry.id === route.permission
					)
			)
			.map( ( route ) => `${ route.method } ${ route.path }` );
		expect( wrong ).toEqual( [] );
	} );

	it( 'answers every org route as the catalogue says, for every org role', async () => {
		const matrix: string[] = [];
		const wrong: string[] = [];
		for ( const route of orgRoutes ) {
			const target = route.path.replace(
				/:[A-Za-z]+/g,
				( name: string ) =>
					name === ':orgId'
						? orgId
						: '00000000-0000-4000-8000-000000000000'
			);
			matrix.push(
				await matrixRow(
					route,
					target,
					orgSessions,
					( who ) => {
						if ( who === 'anonymous' ) {
							return 'unauthenticated';
						}
						if (
							who === 'non-member' ||
							who === 'platform owner without grant'
						) {
							return 'hidden';
						}
						const holds =
							who === 'support admin impersonating'
								? orgRoleHolds( 'admin', route.permission! ) &&
									! IMPERSONATION_WITHHELD.includes(
										route.permission!
									)
								: orgRoleHolds( who, route.permission! );
						return holds ? 'allowed' : 'forbidden';
					},
					wrong
				)
			);
		}
		if ( process.env.PRINT_MATRIX ) {
			process.stdout.write(
				`${ matrix.join( '\n' ) }\n${ orgRoutes.length } org routes x ${ orgSessions.size } principals = ${ orgRoutes.length * orgSessions.size } calls\n`
			);
		}
		expect( wrong ).toEqual( [] );
		expect( orgRoutes.length ).toBeGreaterThanOrEqual( 13 );
	} );
} );
