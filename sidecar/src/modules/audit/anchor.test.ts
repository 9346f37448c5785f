/**
 * The audit chain anchored outside the database (ADR 0021, issue 11 item 7). An attacker
 * with write access to the database drops the append-only triggers and either deletes the
 * newest rows and rewrites the stored head, or edits a row and recomputes every later hash.
 * The chain alone still verifies (asserted below with an unanchored service, which is what
 * `npm run audit:verify` did before); the signed checkpoints kept in a file name the attack.
 */
import { execFile } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { Writable } from 'node:stream';
import { promisify } from 'node:util';
import { sql } from 'kysely';
import pino from 'pino';
import {
	startTestSidecar,
	testDialects,
	type TestDialect,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import { ownerSession } from '../../../../tests/support/flows';
import { sessionApi } from '../../../../tests/support/session-api';
import { REPO_ROOT } from '../../config';
import { chainHash } from './chain';
import {
	AUDIT_CHECKPOINT_JOB,
	anchorFromConfig,
	createCheckpointAnchor,
	parseCheckpointLines,
} from './checkpoints';
import { createAuditService } from './service';
import type { AdminAuditLogTable } from './tables';

const run = promisify( execFile );
const actor = { userId: null, ip: '127.0.0.1', userAgent: 'anchor-test' };

async function writeRows( sidecar: TestSidecar, count: number ) {
	for ( let i = 0; i < count; i++ ) {
		await sidecar.omniops.services.audit.record( actor, {
			action: 'test.event',
			resourceType: 'test',
			resourceId: String( i ),
		} );
	}
}

/** What an attacker with database access does first: remove the append-only guard. */
async function dropGuards( sidecar: TestSidecar, dialect: TestDialect ) {
	const db = sidecar.db.kysely;
	if ( dialect === 'sqlite' ) {
		await sql`drop trigger admin_audit_log_no_update`.execute( db );
		await sql`drop trigger admin_audit_log_no_delete`.execute( db );
	} else {
		await sql`drop trigger admin_audit_log_append_only on admin_audit_log`.execute(
			db
		);
	}
}

/** A row of the audit log as the database stores it. */
type RawRow = AdminAuditLogTable;

async function allRows( sidecar: TestSidecar ): Promise< RawRow[] > {
	const result =
		await sql< RawRow >`select * from admin_audit_log order by seq`.execute(
			sidecar.db.kysely
		);
	return result.rows.map( ( row ) => ( { ...row, seq: Number( row.seq ) } ) );
}

async function setHead( sidecar: TestSidecar, seq: number, hash: string ) {
	await sql`update admin_audit_head set last_seq = ${ seq }, last_hash = ${ hash } where id = 1`.execute(
		sidecar.db.kysely
	);
}

/** Deletes the newest `count` rows and points the stored head at the new last row. */
async function truncateTail( sidecar: TestSidecar, count: number ) {
	const rows = await allRows( sidecar );
	const keep = rows.slice( 0, rows.length - count );
	await sql`delete from admin_audit_log where seq > ${
		keep[ keep.length - 1 ]!.seq
	}`.execute( sidecar.db.kysely );
	await setHead(
		sidecar,
		keep[ keep.length - 1 ]!.seq,
		keep[ keep.length - 1 ]!.hash
	);
}

/** Edits row `seq` and recomputes its hash and every later one, then the head. */
async function rewriteFrom( sidecar: TestSidecar, seq: number ) {
	const rows = await allRows( sidecar );
	let prevHash = rows.find( ( row ) => row.seq === seq - 1 )!.hash;
	for ( const row of rows.filter( ( r ) => r.seq >= seq ) ) {
		const details =
			row.seq === seq ? '{"forged":"nobody did this"}' : row.details;
		const hash = chainHash( prevHash, {
			seq: row.seq,
			id: row.id,
			userId: row.user_id,
			action: row.action,
			resourceType: row.resource_type,
			resourceId: row.resource_id,
			details,
			ip: row.ip,
			userAgent: row.user_agent,
			createdAt: row.created_at,
		} );
		await sql`update admin_audit_log set details = ${ details }, prev_hash = ${ prevHash }, hash = ${ hash } where seq = ${ row.seq }`.execute(
			sidecar.db.kysely
		);
		prevHash = hash;
	}
	await setHead( sidecar, rows[ rows.length - 1 ]!.seq, prevHash );
}

/** The chain alone, as `audit:verify` checked it before checkpoints existed. */
function chainOnly( sidecar: TestSidecar ) {
	return createAuditService( { db: sidecar.db, clock: () => new Date() } );
}

function cliEnv( sidecar: TestSidecar ): NodeJS.ProcessEnv {
	const { DATABASE_URL: _ignored, ...rest } = process.env;
	return {
		...rest,
		NODE_ENV: 'test',
		// The test's data directory: the SQLite file (or none), master key and checkpoints.
		OMNIOPS_SQLITE_PATH: path.join(
			path.dirname( sidecar.config.auditCheckpoints.file ),
			'omniops.sqlite'
		),
		...( sidecar.config.database.kind === 'postgres'
			? { DATABASE_URL: sidecar.config.database.url }
			: {} ),
		LOG_LEVEL: 'silent',
	};
}

async function verifyCli(
	sidecar: TestSidecar,
	args: string[] = []
): Promise< { code: number; stdout: string; stderr: string } > {
	return run(
		path.join( REPO_ROOT, 'node_modules/.bin/tsx' ),
		[
			path.join( REPO_ROOT, 'sidecar/src/modules/audit/verify-cli.ts' ),
			...args,
		],
		{ env: cliEnv( sidecar ) }
	).then(
		( done ) => ( { code: 0, stdout: done.stdout, stderr: done.stderr } ),
		( error: { code: number; stdout: string; stderr: string } ) => ( {
			code: error.code,
			stdout: error.stdout,
			stderr: error.stderr,
		} )
	);
}

describe.each( testDialects() )( 'audit chain anchor on %s', ( dialect ) => {
	let sidecar: TestSidecar;

	beforeEach( async () => {
		sidecar = await startTestSidecar( dialect );
		await writeRows( sidecar, 6 );
	} );
	afterEach( () => sidecar.close() );

	const audit = () => sidecar.omniops.services.audit;
	const api = sessionApi( () => sidecar );

	it( 'writes signed checkpoints to an append-only 0600 file, on demand and from the scheduled job', async () => {
		const owner = await ownerSession( sidecar );
		const taken = await api(
			'POST',
			'/api/owner/audit-log/checkpoints',
			owner
		);
		expect( taken.status ).toBe( 201 );
		expect( taken.body.checkpoint ).toMatchObject( {
			v: 1,
			kid: expect.stringMatching( /^[0-9a-f]{16}$/ ),
			mac: expect.stringMatching( /^[0-9a-f]{64}$/ ),
		} );
		expect( taken.body.checkpoint.seq ).toBe( taken.body.checkpoint.rows );
		sidecar.omniops.queue.enqueue( AUDIT_CHECKPOINT_JOB, {} );
		await sidecar.omniops.queue.drain();

		const file = sidecar.config.auditCheckpoints.file;
		// Beside the database file, in the data directory: never inside the database.
		expect( file ).toMatch(
			/omniops-test-[^/]+\/audit-checkpoints\.jsonl$/
		);
		// eslint-disable-next-line no-bitwise -- permission bits
		expect( fs.statSync( file ).mode & 0o777 ).toBe( 0o600 );
		const lines = parseCheckpointLines( fs.readFileSync( file, 'utf8' ) );
		expect( lines ).toHaveLength( 2 );
		expect( lines[ 0 ] ).toEqual( taken.body.checkpoint );
		// The job's checkpoint also covers the audit row of the route call itself.
		expect( lines[ 1 ]!.seq ).toBeGreaterThan( lines[ 0 ]!.seq );

		const verdict = await audit().verify();
		expect( verdict ).toMatchObject( {
			ok: true,
			anchor: {
				file,
				checkpoints: 2,
				newest: { seq: lines[ 1 ]!.seq, at: lines[ 1 ]!.at },
				otherKey: 0,
			},
			integrity: dialect === 'sqlite' ? 'ok' : 'not applicable',
		} );
	} );

	it( 'reports deleted newest rows with a rewritten head as TAMPERED, naming the checkpoint', async () => {
		const checkpoint = await audit().checkpoint();
		expect( checkpoint.seq ).toBe( 6 );
		await writeRows( sidecar, 2 );
		await dropGuards( sidecar, dialect );
		await truncateTail( sidecar, 4 ); // rows 5..8 gone, head says row 4

		// Before the anchor: the chain alone says intact.
		expect( await chainOnly( sidecar ).verify() ).toMatchObject( {
			ok: true,
			rows: 4,
		} );
		const verdict = await audit().verify();
		expect( verdict.ok ).toBe( false );
		expect( verdict.anchor.disagreeing ).toEqual( {
			seq: 6,
			rows: 6,
			at: checkpoint.at,
			head: checkpoint.head,
		} );
		expect( verdict.firstBroken?.reason ).toBe(
			`the checkpoint of ${ checkpoint.at } (row 6, 6 rows) saw more rows than the log now holds (4): rows were removed`
		);

		const cli = await verifyCli( sidecar );
		expect( cli.stderr ).toBe( '' );
		expect( cli.code ).toBe( 1 );
		expect( cli.stdout ).toContain( 'audit log TAMPERED at row 6' );
		expect( cli.stdout ).toContain(
			`the checkpoint of ${ checkpoint.at }`
		);
	}, 30_000 );

	it( 'reports an edited row with every later hash recomputed as TAMPERED', async () => {
		await audit().checkpoint(); // row 6
		await writeRows( sidecar, 3 );
		const second = await audit().checkpoint(); // row 9
		await dropGuards( sidecar, dialect );
		await rewriteFrom( sidecar, 8 );

		expect( await chainOnly( sidecar ).verify() ).toMatchObject( {
			ok: true,
			rows: 9,
		} );
		const verdict = await audit().verify();
		expect( verdict.ok ).toBe( false );
		// The older checkpoint (row 6) still matches: the edit is after it.
		expect( verdict.anchor.disagreeing?.seq ).toBe( 9 );
		expect( verdict.firstBroken?.reason ).toBe(
			`row 9's hash differs from the checkpoint of ${ second.at } (row 9, 9 rows): history up to that row was rewritten`
		);
		const cli = await verifyCli( sidecar );
		expect( cli.code ).toBe( 1 );
		expect( cli.stdout ).toContain( 'audit log TAMPERED at row 9' );
	}, 30_000 );

	it( 'a checkpoint of the empty log (a fresh install) agrees with any later log', async () => {
		const empty = await startTestSidecar( dialect );
		try {
			const first = await empty.omniops.services.audit.checkpoint();
			expect( first ).toMatchObject( { seq: 0, rows: 0 } );
			await writeRows( empty, 2 );
			expect( await empty.omniops.services.audit.verify() ).toMatchObject(
				{ ok: true, rows: 2, anchor: { checkpoints: 1 } }
			);
		} finally {
			await empty.close();
		}
	} );

	it( 'refuses a forged checkpoint line and does not compare checkpoints signed with another key', async () => {
		const real = await audit().checkpoint();
		const file = sidecar.config.auditCheckpoints.file;
		fs.appendFileSync(
			file,
			`${ JSON.stringify( { ...real, seq: 3, rows: 3 } ) }\n`
		);
		const forged = await audit().verify();
		expect( forged.ok ).toBe( false );
		expect( forged.firstBroken?.reason ).toMatch(
			/does not carry a valid signature/
		);

		// A checkpoint from an earlier key (rotation) is reported, not treated as evidence.
		const other = createCheckpointAnchor( {
			key: Buffer.alloc( 32, 7 ),
			file: path.join( path.dirname( file ), 'other.jsonl' ),
			logger: pino( { level: 'silent' } ),
		} );
		const foreign = await other.write( {
			seq: 99,
			head: 'f'.repeat( 64 ),
			rows: 99,
			at: new Date().toISOString(),
		} );
		fs.writeFileSync(
			file,
			`${ JSON.stringify( real ) }\n${ JSON.stringify( foreign ) }\n`
		);
		const rotated = await audit().verify();
		expect( rotated.ok ).toBe( true );
		expect( rotated.anchor.otherKey ).toBe( 1 );
		expect( rotated.warnings ).toContain(
			'1 checkpoint(s) signed with another key were not compared'
		);
	} );

	it( 'logs every checkpoint as a structured line, and verifies against a log export', async () => {
		const logLines: string[] = [];
		const logger = pino(
			{ level: 'info' },
			new Writable( {
				write( chunk, _encoding, done ) {
					logLines.push( String( chunk ) );
					done();
				},
			} )
		);
		// The same anchor the app builds, with a log we can read.
		const service = createAuditService( {
			db: sidecar.db,
			clock: () => new Date(),
			anchor: anchorFromConfig( sidecar.config, logger ),
		} );
		const taken = await service.checkpoint();
		expect( logLines ).toHaveLength( 1 );
		expect( JSON.parse( logLines[ 0 ]! ) ).toMatchObject( {
			msg: 'audit checkpoint',
			auditCheckpoint: taken,
		} );
		const logFile = path.join(
			path.dirname( sidecar.config.auditCheckpoints.file ),
			'sidecar.log'
		);
		fs.writeFileSync( logFile, logLines.join( '' ) );
		// The attacker also removes the checkpoint file; the log export still anchors.
		fs.rmSync( sidecar.config.auditCheckpoints.file );
		await dropGuards( sidecar, dialect );
		await truncateTail( sidecar, 2 );

		const without = await verifyCli( sidecar );
		expect( without.code ).toBe( 0 );
		expect( without.stdout ).toContain( 'warning: no checkpoints in' );
		const withLog = await verifyCli( sidecar, [
			'--checkpoints',
			logFile,
		] );
		expect( withLog.code ).toBe( 1 );
		expect( withLog.stdout ).toContain( 'rows were removed' );
	}, 30_000 );
} );
