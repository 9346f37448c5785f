#!/usr/bin/env node
/**
 * SQLite backup and restore drill (docs/operations.md, "Backups and restore"), run by
 * tests/cluster/run.sh: the compiled sidecar on SQLite takes chat messages; an online backup
 * with `sqlite3 .backup` while it runs; one more message after the backup; then a sidecar
 * started on the restored copy answers the conversation as it was at the backup.
 */
import { execFileSync, spawn } from 'node:child_process';
import { mkdirSync, openSync } from 'node:fs';
import path from 'node:path';

const BASE = process.env.CLUSTER_BASE;
const PORT = Number( process.env.CLUSTER_SQLITE_PORT ?? 3214 );
const ROOT = path.resolve(
	path.dirname( new URL( import.meta.url ).pathname ),
	'../..'
);
const dir = `${ BASE }/sqlite`;
mkdirSync( `${ dir }/restored`, { recursive: true } );
const env = {
	PATH: process.env.PATH,
	NODE_ENV: 'production',
	HOST: '127.0.0.1',
	PORT: String( PORT ),
	OMNIOPS_PUBLIC_URL: `https://localhost:${ PORT }`,
	OMNIOPS_MASTER_KEY: Buffer.alloc( 32, 9 ).toString( 'base64' ),
	OMNIOPS_DEMO: 'true',
	LOG_LEVEL: 'warn',
};
const sleep = ( ms ) => new Promise( ( resolve ) => setTimeout( resolve, ms ) );
let failed = false;
const check = ( ok, what ) => {
	console.log( `${ ok ? 'ok  ' : 'FAIL' } ${ what }` );
	failed ||= ! ok;
};

const children = new Set();
// Never leave a sidecar behind, whatever ends this script.
process.on( 'exit', () =>
	children.forEach( ( child ) => child.kill( 'SIGKILL' ) )
);

async function start( file ) {
	const taken = await fetch( `http://127.0.0.1:${ PORT }/readyz` )
		.then( () => true )
		.catch( () => false );
	if ( taken ) {
		throw new Error( `port ${ PORT } is already in use` );
	}
	const out = openSync( `${ dir }/sidecar.log`, 'a' );
	const child = spawn(
		process.execPath,
		[ `${ ROOT }/dist/sidecar/main.js` ],
		{
			env: {
				...env,
				OMNIOPS_SQLITE_PATH: file,
				OMNIOPS_AUDIT_CHECKPOINT_FILE: `${ file }.checkpoints.jsonl`,
			},
			stdio: [ 'ignore', out, out ],
		}
	);
	children.add( child );
	child.once( 'exit', () => children.delete( child ) );
	const deadline = Date.now() + 60_000;
	while ( Date.now() < deadline ) {
		const ready = await fetch( `http://127.0.0.1:${ PORT }/readyz` )
			.then( ( r ) => r.ok )
			.catch( () => false );
		if ( ready ) {
			return child;
		}
		await sleep( 200 );
	}
	child.kill( 'SIGKILL' );
	throw new Error( 'the sidecar on SQLite did not become ready' );
}
const stop = ( child ) =>
	new Promise( ( resolve ) => {
		child.once( 'exit', resolve );
		child.kill( 'SIGTERM' );
	} );
const call = async ( method, url, body, token ) => {
	const response = await fetch( `http://127.0.0.1:${ PORT }${ url }`, {
		method,
		headers: {
			'content-type': 'application/json',
			...( token ? { authorization: `Bearer ${ token }` } : {} ),
		},
		body: body ? JSON.stringify( body ) : undefined,
	} );
	return { status: response.status, body: await response.json() };
};

console.log( '\n5. Restore drill (SQLite)' );
const live = `${ dir }/omniops.sqlite`;
let sidecar = await start( live );
const html = await ( await fetch( `http://127.0.0.1:${ PORT }/demo` ) ).text();
const siteKey = /"siteKey":"([^"]+)"/.exec( html )?.[ 1 ];
const started = await call( 'POST', '/api/widget/conversations', { siteKey } );
const { conversationId, token } = started.body;
const send = ( n ) =>
	call(
		'POST',
		`/api/widget/conversations/${ conversationId }/messages`,
		{
			text: `Do you ship to Austria? (${ n })`,
			clientMessageId: `restore-drill-${ n }`,
		},
		token
	);
for ( let n = 1; n <= 5; n++ ) {
	check( ( await send( n ) ).status === 201, `message ${ n } stored` );
}
const t0 = Date.now();
execFileSync( 'sqlite3', [ live, `.backup '${ dir }/backup.sqlite'` ] );
console.log(
	`     online backup (sqlite3 .backup) in ${ Date.now() - t0 } ms`
);
check(
	( await send( 6 ) ).status === 201,
	'message 6 stored after the backup'
);
const history = async () =>
	(
		await call(
			'GET',
			`/api/widget/conversations/${ conversationId }/messages?limit=200`,
			null,
			token
		)
	).body.messages
		.filter( ( m ) => m.role === 'shopper' )
		.map( ( m ) => m.text );
check(
	( await history() ).length === 6,
	'the live database holds 6 questions'
);
await stop( sidecar );

// Restore: the copy in place of a lost database, with no -wal/-shm files beside it.
execFileSync( 'cp', [
	`${ dir }/backup.sqlite`,
	`${ dir }/restored/omniops.sqlite`,
] );
sidecar = await start( `${ dir }/restored/omniops.sqlite` );
const restored = await history();
check(
	restored.length === 5 && restored.every( ( t ) => ! t.includes( '(6)' ) ),
	`the restored database answers the conversation as at the backup (${ restored.length } questions, the later one absent)`
);
await stop( sidecar );
process.exit( failed ? 1 : 0 );
