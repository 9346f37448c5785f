import { execFile } from 'node:child_process';
import path from 'node:path';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import {
	startOwnerSidecar,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/owner-sidecar';
import { createUser } from '../../../../tests/support/flows';
import { REPO_ROOT } from '../../config';

const run = promisify( execFile );

/** The CLI's environment: this test's SQLite file, nothing inherited that points elsewhere. */
function cliEnv( sqliteFile: string ): NodeJS.ProcessEnv {
	const { DATABASE_URL: _ignored, ...rest } = process.env;
	return {
		...rest,
		NODE_ENV: 'test',
		OMNIOPS_SQLITE_PATH: sqliteFile,
		LOG_LEVEL: 'silent',
	};
}

describe.each( testDialects() )( 'audit log on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let owner: OwnerSession;

	beforeAll( async () => {
		( { sidecar, owner } = await startOwnerSidecar( dialect ) );
	} );
	afterAll( () => sidecar.close() );

	const events = async ( query = '' ) =>
		(
			await call(
				sidecar.baseUrl,
				'GET',
				`/api/owner/audit-log${ query }`,
				{
					headers: owner.headers,
				}
			)
		).body;

	it( 'records every platform route call with who, what, from where', async () => {
		const created = await call(
			sidecar.baseUrl,
			'POST',
			'/api/owner/organizations',
			{
				body: { name: 'Audited Ltd' },
				headers: { ...owner.headers, 'user-agent': 'audit-test/1.0' },
			}
		);
		const id = created.body.organization.id;
		await call(
			sidecar.baseUrl,
			'GET',
			`/api/owner/organizations/${ id }`,
			{
				headers: owner.headers,
			}
		);
		const { events: list } = await events( `?resourceId=${ id }` );
		expect( list.map( ( e: { action: string } ) => e.action ) ).toEqual( [
			'GET /api/owner/organizations/:id',
		] );
		const all = await events(
			'?action=POST%20%2Fapi%2Fowner%2Forganizations'
		);
		expect( all.events[ 0 ] ).toMatchObject( {
			userId: owner.body.user.id,
			resourceType: 'organizations',
			userAgent: 'audit-test/1.0',
			ip: expect.any( String ),
		} );
	} );

	it( 'writes a grant and its audit row together, and neither when the action fails', async () => {
		const before = ( await events() ).total;
		const userId = await createUser(
			sidecar,
			'audited-admin@omniops.test'
		);
		const grant = await call( sidecar.baseUrl, 'POST', '/api/owner/staff', {
			body: {
				email: 'audited-admin@omniops.test',
				role: 'support_admin',
			},
			headers: owner.headers,
		} );
		expect( grant.status ).toBe( 201 );
		const after = await events( '?action=admin.role.grant' );
		expect( after.events[ 0 ] ).toMatchObject( {
			resourceType: 'user',
			resourceId: userId,
			details: { role: 'support_admin', changed: true },
		} );
		// Revoking the last owner fails inside the transaction: no role change, no audit row.
		const countBefore = ( await events() ).total;
		const refused = await call(
			sidecar.baseUrl,
			'DELETE',
			`/api/owner/staff/${ owner.body.user.id }/roles/platform_owner`,
			{ headers: owner.headers }
		);
		expect( refused.status ).toBe( 409 );
		const afterRefusal = await events( '?action=admin.role.revoke' );
		expect( afterRefusal.total ).toBe( 0 );
		// Viewing the log is audited too: the two views above added two rows, the refusal none.
		expect( ( await events() ).total ).toBe( countBefore + 2 );
		expect( before ).toBeGreaterThan( 0 );
		const me = await call( sidecar.baseUrl, 'GET', '/api/auth/me', {
			headers: owner.headers,
		} );
		expect( me.body.user.roles ).toEqual( [ 'platform_owner' ] );
	} );

	it( 'filters, searches, pages and exports', async () => {
		// Organization rows only: the viewer's own calls (audited too) must not shift the pages.
		const page1 = await events(
			'?resourceType=organizations&pageSize=1&page=1'
		);
		const page2 = await events(
			'?resourceType=organizations&pageSize=1&page=2'
		);
		expect( page1.total ).toBe( 2 );
		expect( page1.events ).toHaveLength( 1 );
		expect( page2.events[ 0 ].seq ).toBeLessThan( page1.events[ 0 ].seq );
		expect( page2.events[ 0 ].action ).toBe(
			'POST /api/owner/organizations'
		);
		const searched = await events( '?q=SUPPORT_ADMIN' );
		expect(
			searched.events.map( ( e: { action: string } ) => e.action )
		).toContain( 'admin.role.grant' );
		const future = await events( '?from=2999-01-01' );
		expect( future.total ).toBe( 0 );
		const today = new Date().toISOString().slice( 0, 10 );
		expect(
			( await events( `?to=${ today }&user=${ owner.body.user.id }` ) )
				.total
		).toBeGreaterThan( 0 );
		expect(
			(
				await call(
					sidecar.baseUrl,
					'GET',
					'/api/owner/audit-log?from=yesterday',
					{ headers: owner.headers }
				)
			).status
		).toBe( 400 );

		const csv = await fetch(
			`${ sidecar.baseUrl }/api/owner/audit-log/export?format=csv&action=admin.role.grant`,
			{
				headers: owner.headers,
			}
		);
		expect( csv.headers.get( 'content-type' ) ).toMatch( /^text\/csv/ );
		expect( csv.headers.get( 'content-disposition' ) ).toMatch(
			/attachment; filename="omniops-audit-.*\.csv"/
		);
		const lines = ( await csv.text() ).trim().split( '\r\n' );
		expect( lines[ 0 ] ).toBe(
			'"seq","createdAt","userId","action","resourceType","resourceId","details","ip","userAgent","id","hash"'
		);
		expect( lines ).toHaveLength( 2 );
		expect( lines[ 1 ] ).toContain( '"admin.role.grant"' );
		const json = await call(
			sidecar.baseUrl,
			'GET',
			'/api/owner/audit-log/export?format=json',
			{
				headers: owner.headers,
			}
		);
		expect( json.body.events.length ).toBeGreaterThan( 3 );
	} );

	it( 'refuses updates and deletes at the database, and the chain verifies', async () => {
		const rows = await sql< {
			n: number;
		} >`select count(*) as n from admin_audit_log`.execute(
			sidecar.db.kysely
		);
		expect( Number( rows.rows[ 0 ]!.n ) ).toBeGreaterThan( 0 );
		if ( dialect === 'sqlite' ) {
			const triggers = await sql< {
				name: string;
			} >`select name from sqlite_master where type = 'trigger' and tbl_name = 'admin_audit_log' order by name`.execute(
				sidecar.db.kysely
			);
			expect( triggers.rows.map( ( row ) => row.name ) ).toEqual( [
				'admin_audit_log_no_delete',
				'admin_audit_log_no_update',
			] );
		}
		// Outcomes as text: better-sqlite3's native errors can come from another jest realm,
		// which `rejects.toThrow` does not recognise as errors.
		const outcome = ( statement: Promise< unknown > ) =>
			statement.then(
				() => 'no error',
				( error: { message?: string } ) => String( error?.message )
			);
		expect(
			await outcome(
				sql`update admin_audit_log set action = 'nothing happened'`.execute(
					sidecar.db.kysely
				)
			)
		).toMatch( /append-only/ );
		expect(
			await outcome(
				sql`delete from admin_audit_log`.execute( sidecar.db.kysely )
			)
		).toMatch( /append-only/ );
		const verification = await call(
			sidecar.baseUrl,
			'GET',
			'/api/owner/audit-log/verification',
			{
				headers: owner.headers,
			}
		);
		expect( verification.body ).toMatchObject( {
			ok: true,
			rows: expect.any( Number ),
			integrity: dialect === 'sqlite' ? 'ok' : 'not applicable',
		} );
	} );

	it( 'names the first broken row when someone with database access edits history', async () => {
		const { events: list } = await events( '?pageSize=200' );
		const victim = list[ list.length - 2 ];
		// The attacker has database access: drops the guard and rewrites a row.
		if ( dialect === 'sqlite' ) {
			await sql`drop trigger admin_audit_log_no_update`.execute(
				sidecar.db.kysely
			);
		} else {
			await sql`drop trigger admin_audit_log_append_only on admin_audit_log`.execute(
				sidecar.db.kysely
			);
		}
		await sql`update admin_audit_log set details = '{"forged":true}' where seq = ${ victim.seq }`.execute(
			sidecar.db.kysely
		);
		const verdict = await sidecar.omniops.services.audit.verify();
		expect( verdict ).toMatchObject( {
			ok: false,
			rows: victim.seq - 1,
			firstBroken: {
				seq: victim.seq,
				id: victim.id,
				reason: 'its content does not match its hash',
			},
		} );
		if ( dialect === 'sqlite' ) {
			const cli = await run(
				path.join( REPO_ROOT, 'node_modules/.bin/tsx' ),
				[
					path.join(
						REPO_ROOT,
						'sidecar/src/modules/audit/verify-cli.ts'
					),
				],
				{
					env: cliEnv(
						( sidecar.config.database as { file: string } ).file
					),
				}
			).then(
				() => ( { code: 0, stdout: '' } ),
				( error: { code: number; stdout: string; stderr: string } ) =>
					error
			);
			expect( ( cli as { stderr?: string } ).stderr ?? '' ).toBe( '' );
			expect( cli.code ).toBe( 1 );
			expect( cli.stdout ).toContain(
				`audit log TAMPERED at row ${ victim.seq } (id ${ victim.id })`
			);
		}
	}, 30_000 );
} );
