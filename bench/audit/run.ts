/**
 * What the audit anchor (ADR 0021) costs: `verify` with checkpoints against the chain-only
 * walk it replaced, and the time to take one checkpoint, on a log of N rows with a
 * checkpoint every N/100 rows.
 *
 *   npx tsx bench/audit/run.ts [--rows 20000] [--dialect sqlite|postgres]
 *
 * PostgreSQL uses a fresh database created under BENCH_DATABASE_URL (default
 * postgres://postgres@127.0.0.1:5432/postgres) and dropped afterwards.
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import pg from 'pg';
import pino from 'pino';
import { loadConfig } from '../../sidecar/src/config';
import { migrateToLatest, openDatabase } from '../../sidecar/src/db';
import { anchorFromConfig } from '../../sidecar/src/modules/audit/checkpoints';
import { createAuditService } from '../../sidecar/src/modules/audit/service';

const { values } = parseArgs( {
	options: {
		rows: { type: 'string', default: '20000' },
		dialect: { type: 'string', default: 'sqlite' },
	},
} );

async function withDatabase< T >(
	work: ( databaseUrl: string | null ) => Promise< T >
): Promise< T > {
	if ( values.dialect !== 'postgres' ) {
		return work( null );
	}
	const adminUrl =
		process.env.BENCH_DATABASE_URL ??
		'postgres://postgres@127.0.0.1:5432/postgres';
	const name = `omniops_audit_bench_${ process.pid }`;
	const admin = new pg.Client( { connectionString: adminUrl } );
	await admin.connect();
	await admin.query( `create database ${ name }` );
	try {
		const url = new URL( adminUrl );
		url.pathname = `/${ name }`;
		return await work( url.toString() );
	} finally {
		await admin.query( `drop database if exists ${ name } with (force)` );
		await admin.end();
	}
}

async function timed( runs: number, work: () => Promise< unknown > ) {
	const ms: number[] = [];
	for ( let i = 0; i < runs; i++ ) {
		const started = process.hrtime.bigint();
		await work();
		ms.push( Number( process.hrtime.bigint() - started ) / 1e6 );
	}
	return ms.sort( ( a, b ) => a - b )[ Math.floor( runs / 2 ) ]!;
}

async function main(): Promise< void > {
	const rows = Number( values.rows );
	const dir = fs.mkdtempSync(
		path.join( os.tmpdir(), 'omniops-audit-bench-' )
	);
	try {
		await withDatabase( async ( databaseUrl ) => {
			const config = loadConfig( {
				NODE_ENV: 'test',
				OMNIOPS_SQLITE_PATH: path.join( dir, 'omniops.sqlite' ),
				...( databaseUrl ? { DATABASE_URL: databaseUrl } : {} ),
			} );
			const db = openDatabase( config.database );
			await migrateToLatest( db );
			const clock = () => new Date();
			const anchored = createAuditService( {
				db,
				clock,
				anchor: anchorFromConfig( config, pino( { level: 'silent' } ) ),
			} );
			const chainOnly = createAuditService( { db, clock } );
			const actor = { userId: null, ip: '127.0.0.1', userAgent: 'bench' };
			const every = Math.max( 1, Math.floor( rows / 100 ) );
			for ( let i = 1; i <= rows; i++ ) {
				await anchored.record( actor, {
					action: 'bench.event',
					resourceType: 'bench',
					resourceId: String( i ),
					details: { i },
				} );
				if ( i % every === 0 ) {
					await anchored.checkpoint();
				}
			}
			const checkpointMs = await timed( 5, () => anchored.checkpoint() );
			const verdict = await anchored.verify();
			const anchoredMs = await timed( 3, () => anchored.verify() );
			const chainMs = await timed( 3, () => chainOnly.verify() );
			process.stdout.write(
				`${ JSON.stringify( {
					dialect: db.dialect,
					rows,
					checkpoints: verdict.anchor.checkpoints,
					intact: verdict.ok,
					checkpointMedianMs: Math.round( checkpointMs * 10 ) / 10,
					verifyMedianMs: Math.round( anchoredMs ),
					chainOnlyVerifyMedianMs: Math.round( chainMs ),
					ratio: Math.round( ( anchoredMs / chainMs ) * 100 ) / 100,
					checkpointFileBytes: fs.statSync(
						config.auditCheckpoints.file
					).size,
					loadAverage: os.loadavg().map( ( x ) => x.toFixed( 2 ) ),
				} ) }\n`
			);
			await db.close();
		} );
	} finally {
		fs.rmSync( dir, { recursive: true, force: true } );
	}
}

void main();
