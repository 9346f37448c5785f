#!/usr/bin/env node
/**
 * Faults against the cluster tests/cluster/run.sh set up (issue 13 item 3), through the TLS proxy:
 * 1. kill -9 of one instance under chat load: every message the sidecar acknowledged (201) is in
 *    its conversation's history afterwards, once; clients retry failed sends with the same
 *    clientMessageId (as the widget does) and carry on through the other instance.
 * 2. Redis restart under chat load: /readyz of both instances reports Redis down, then ready
 *    again; chat goes on (rate limits fall back to memory) and nothing acknowledged is lost.
 * 3. PostgreSQL restart under chat load: readiness drops (database down) and comes back; sends
 *    that failed meanwhile are retried; no acknowledged write is lost; no instance exits.
 * 2+3. Scheduled jobs across both restarts: the alert evaluation (every 10 s here) runs once per
 *    interval for the whole cluster, never once per instance, and keeps running afterwards
 *    (omniops_jobs_total in /metrics, summed over both instances).
 * 4. Restore drill: pg_dump of the cluster's database, pg_restore into a new database, a third
 *    instance started on the copy answers a conversation's history as the original does.
 * Prints the figures; exits 1 when a check fails.
 */
import { execFileSync, spawn } from 'node:child_process';
import { readFileSync, writeFileSync, openSync } from 'node:fs';
import path from 'node:path';
import { demoSiteKey } from './demo-site.mjs';

const BASE = process.env.CLUSTER_BASE;
const URL_BASE = process.env.CLUSTER_URL;
const PORT_A = process.env.CLUSTER_PORT_A;
const PORT_B = process.env.CLUSTER_PORT_B;
const REDIS_PORT = process.env.CLUSTER_REDIS_PORT;
const PG_PORT = process.env.CLUSTER_PG_PORT;
const PG_BIN = process.env.PG_BIN;
const SHOPPERS = Number( process.env.CLUSTER_SHOPPERS ?? 8 );
const ROOT = path.resolve(
	path.dirname( new URL( import.meta.url ).pathname ),
	'../..'
);

const failures = [];
const check = ( ok, what ) => {
	console.log( `${ ok ? 'ok  ' : 'FAIL' } ${ what }` );
	if ( ! ok ) {
		failures.push( what );
	}
};
const sleep = ( ms ) => new Promise( ( resolve ) => setTimeout( resolve, ms ) );

async function json( method, url, body, token ) {
	const response = await fetch( url, {
		method,
		headers: {
			'content-type': 'application/json',
			...( token ? { authorization: `Bearer ${ token }` } : {} ),
		},
		body: body ? JSON.stringify( body ) : undefined,
		signal: AbortSignal.timeout( 15_000 ),
	} );
	const text = await response.text();
	let parsed = null;
	try {
		parsed = JSON.parse( text );
	} catch {}
	return { status: response.status, body: parsed };
}

/**
 * Retries what a widget retries: network errors and 5xx answers (sends are idempotent by
 * clientMessageId).
 *
 * @param {Object}   stats   Counters of the load run.
 * @param {Function} attempt Sends the request once.
 */
async function withRetry( stats, attempt ) {
	const deadline = Date.now() + 30_000;
	for (;;) {
		try {
			const answer = await attempt();
			if ( answer.status < 500 ) {
				return answer;
			}
			stats.retriedStatus[ answer.status ] =
				( stats.retriedStatus[ answer.status ] ?? 0 ) + 1;
		} catch {
			stats.retriedErrors++;
		}
		if ( Date.now() > deadline ) {
			throw new Error( 'no answer within 30 s of retries' );
		}
		await sleep( 200 );
	}
}

const siteKey = await demoSiteKey( URL_BASE );

/**
 * Chat load until stop(): SHOPPERS shoppers, each sending in its own conversation.
 *
 * @param {string} label Names the run in client message ids.
 */
function chatLoad( label ) {
	const stats = {
		label,
		acknowledged: [],
		latencies: [],
		retriedErrors: 0,
		retriedStatus: {},
		otherStatus: {},
	};
	let running = true;
	const shoppers = Array.from( { length: SHOPPERS }, async ( _, s ) => {
		const started = await withRetry( stats, () =>
			json( 'POST', `${ URL_BASE }/api/widget/conversations`, {
				siteKey,
			} )
		);
		if ( started.status !== 201 ) {
			stats.otherStatus[ started.status ] =
				( stats.otherStatus[ started.status ] ?? 0 ) + 1;
			return;
		}
		const { conversationId, token } = started.body;
		for ( let m = 0; running; m++ ) {
			const clientMessageId = `${ label }-${ s }-${ m }-${ Date.now() }`;
			const text = `What is your return policy? (${ clientMessageId })`;
			const t0 = performance.now();
			const sent = await withRetry( stats, () =>
				json(
					'POST',
					`${ URL_BASE }/api/widget/conversations/${ conversationId }/messages`,
					{ text, clientMessageId },
					token
				)
			);
			if ( sent.status === 201 ) {
				stats.latencies.push( performance.now() - t0 );
				stats.acknowledged.push( { conversationId, token, text } );
			} else {
				stats.otherStatus[ sent.status ] =
					( stats.otherStatus[ sent.status ] ?? 0 ) + 1;
			}
		}
	} );
	return {
		stats,
		async stop() {
			running = false;
			await Promise.all( shoppers );
			return stats;
		},
	};
}

/**
 * Every acknowledged message is in its conversation's history, exactly once.
 *
 * @param {Object} stats The load run's acknowledged messages.
 */
async function verify( stats ) {
	const byConversation = new Map();
	for ( const sent of stats.acknowledged ) {
		const list = byConversation.get( sent.conversationId ) ?? [];
		list.push( sent );
		byConversation.set( sent.conversationId, list );
	}
	let lost = 0;
	let duplicated = 0;
	for ( const [ conversationId, sent ] of byConversation ) {
		const texts = [];
		let before = null;
		do {
			const page = await json(
				'GET',
				`${ URL_BASE }/api/widget/conversations/${ conversationId }/messages?limit=200${
					before ? `&before=${ encodeURIComponent( before ) }` : ''
				}`,
				null,
				sent[ 0 ].token
			);
			for ( const message of page.body.messages ) {
				if ( message.role === 'shopper' ) {
					texts.push( message.text );
				}
			}
			before = page.body.olderCursor;
		} while ( before );
		for ( const { text } of sent ) {
			const count = texts.filter( ( t ) => t === text ).length;
			lost += count === 0 ? 1 : 0;
			duplicated += count > 1 ? 1 : 0;
		}
	}
	return { lost, duplicated };
}

const p95 = ( values ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted.length
		? sorted[
				Math.min(
					sorted.length - 1,
					Math.floor( sorted.length * 0.95 )
				)
			]
		: NaN;
};
const summary = ( stats, seconds ) =>
	`${ stats.acknowledged.length } acknowledged in ${ seconds.toFixed(
		1
	) } s (${ ( stats.acknowledged.length / seconds ).toFixed(
		1
	) } msg/s), p95 ${ p95( stats.latencies ).toFixed( 0 ) } ms, retries: ${
		stats.retriedErrors
	} network errors, ${ JSON.stringify( stats.retriedStatus ) } statuses; other answers ${ JSON.stringify(
		stats.otherStatus
	) }`;

/**
 * After a restart of `what` under chat load: nothing acknowledged is lost or stored twice,
 * and more was acknowledged than `before` (chat went on once it came back).
 * @param {Object} stats  what the chat load acknowledged (chatLoad's stop())
 * @param {string} what   what was restarted
 * @param {number} before how many were acknowledged before it came back
 */
async function checkAfterRestart( stats, what, before ) {
	const { lost, duplicated } = await verify( stats );
	check(
		lost === 0 && duplicated === 0,
		`${ what } restart: 0 lost, 0 duplicated of ${ stats.acknowledged.length }`
	);
	check(
		stats.acknowledged.length > before,
		`chat went on after ${ what } came back`
	);
}

function readyz( port ) {
	return fetch( `http://127.0.0.1:${ port }/readyz`, {
		signal: AbortSignal.timeout( 5_000 ),
	} )
		.then( async ( r ) => ( { status: r.status, body: await r.json() } ) )
		.catch( () => ( { status: 0, body: null } ) );
}

async function waitFor( what, test, ms ) {
	const deadline = Date.now() + ms;
	while ( Date.now() < deadline ) {
		if ( await test() ) {
			return true;
		}
		await sleep( 200 );
	}
	console.log( `     (${ what }: not within ${ ms } ms)` );
	return false;
}

/**
 * Whether the instance started under this name is still running.
 *
 * @param {string} name a, b or c.
 */
function isAlive( name ) {
	const pid = Number(
		readFileSync( `${ BASE }/sidecar-${ name }.pid`, 'utf8' )
	);
	try {
		process.kill( pid, 0 );
		return true;
	} catch {
		return false;
	}
}

function startInstance( name, port, envFile = `${ BASE }/sidecar.env` ) {
	const env = { ...process.env };
	for ( const line of readFileSync( envFile, 'utf8' ).split( '\n' ) ) {
		const at = line.indexOf( '=' );
		if ( at > 0 ) {
			env[ line.slice( 0, at ) ] = line.slice( at + 1 );
		}
	}
	env.PORT = String( port );
	delete env.NODE_EXTRA_CA_CERTS;
	const out = openSync( `${ BASE }/sidecar-${ name }.log`, 'a' );
	const child = spawn(
		process.execPath,
		[ `${ ROOT }/dist/sidecar/main.js` ],
		{
			env,
			stdio: [ 'ignore', out, out ],
			detached: true,
		}
	);
	child.unref();
	writeFileSync( `${ BASE }/sidecar-${ name }.pid`, String( child.pid ) );
}

// --- 1. kill -9 of instance A under chat load ---------------------------------------------
{
	console.log(
		`\n1. kill -9 of instance A under chat load (${ SHOPPERS } shoppers)`
	);
	const load = chatLoad( 'kill' );
	const t0 = Date.now();
	await sleep( 4_000 );
	const pidA = Number( readFileSync( `${ BASE }/sidecar-a.pid`, 'utf8' ) );
	process.kill( pidA, 'SIGKILL' );
	const killedAt = Date.now();
	const beforeKill = load.stats.acknowledged.length;
	await sleep( 6_000 );
	const stats = await load.stop();
	const seconds = ( Date.now() - t0 ) / 1000;
	console.log( `     ${ summary( stats, seconds ) }` );
	console.log(
		`     ${ beforeKill } before the kill, ${
			stats.acknowledged.length - beforeKill
		} in the ${ ( ( Date.now() - killedAt ) / 1000 ).toFixed( 1 ) } s after`
	);
	const { lost, duplicated } = await verify( stats );
	check(
		lost === 0,
		`kill -9: 0 acknowledged messages lost (lost ${ lost } of ${ stats.acknowledged.length })`
	);
	check(
		duplicated === 0,
		`kill -9: no message stored twice after retries (${ duplicated })`
	);
	check(
		stats.acknowledged.length - beforeKill > 0,
		'kill -9: chat carried on through instance B'
	);
	startInstance( 'a', PORT_A );
	check(
		await waitFor(
			'instance A back',
			async () => ( await readyz( PORT_A ) ).status === 200,
			60_000
		),
		'instance A restarted and ready'
	);
}

// --- Scheduled jobs: counted over steps 2 and 3 -------------------------------------------
const SCHEDULED_JOB = 'alerts.evaluate';
const SCHEDULE_SECONDS = Number(
	process.env.CLUSTER_ALERT_INTERVAL_SECONDS ?? 10
);
/**
 * Runs of the scheduled job on one instance so far, any outcome (its /metrics).
 *
 * @param {string} port The instance's port.
 */
async function scheduledRuns( port ) {
	const response = await fetch( `http://127.0.0.1:${ port }/metrics`, {
		headers: {
			authorization: `Bearer ${ process.env.CLUSTER_METRICS_TOKEN }`,
		},
		signal: AbortSignal.timeout( 5_000 ),
	} );
	const text = await response.text();
	let runs = 0;
	for ( const line of text.split( '\n' ) ) {
		if (
			line.startsWith( `omniops_jobs_total{job="${ SCHEDULED_JOB }"` )
		) {
			runs += Number( line.split( ' ' ).pop() );
		}
	}
	return runs;
}
const clusterRuns = async () =>
	( await scheduledRuns( PORT_A ) ) + ( await scheduledRuns( PORT_B ) );
const jobsFrom = { at: Date.now(), runs: await clusterRuns() };

// --- 2. Redis restart under chat load -----------------------------------------------------
{
	console.log( '\n2. Redis restart under chat load' );
	const load = chatLoad( 'redis' );
	const t0 = Date.now();
	await sleep( 2_000 );
	execFileSync( 'redis-cli', [ '-p', REDIS_PORT, 'shutdown' ] );
	const downAt = Date.now();
	const sawDown = await waitFor(
		'readyz reports Redis down',
		async () => {
			const [ a, b ] = await Promise.all( [
				readyz( PORT_A ),
				readyz( PORT_B ),
			] );
			return (
				a.status === 503 &&
				a.body?.error?.details?.redis === 'down' &&
				b.status === 503
			);
		},
		10_000
	);
	check(
		sawDown,
		'/readyz of both instances: 503 redis_unavailable while Redis is down'
	);
	await sleep( 2_000 );
	const duringDown = load.stats.acknowledged.length;
	execFileSync( 'redis-server', [
		'--port',
		REDIS_PORT,
		'--bind',
		'127.0.0.1',
		'--daemonize',
		'yes',
		'--save',
		'',
		'--appendonly',
		'yes',
		'--dir',
		BASE,
		'--pidfile',
		`${ BASE }/redis.pid`,
		'--logfile',
		`${ BASE }/redis.log`,
	] );
	const upAt = Date.now();
	const back = await waitFor(
		'readyz back',
		async () => {
			const [ a, b ] = await Promise.all( [
				readyz( PORT_A ),
				readyz( PORT_B ),
			] );
			return a.status === 200 && b.status === 200;
		},
		30_000
	);
	const recovered = ( Date.now() - upAt ) / 1000;
	check(
		back,
		`both instances ready again ${ recovered.toFixed( 1 ) } s after Redis came back (down ${ ( ( upAt - downAt ) / 1000 ).toFixed( 1 ) } s)`
	);
	await sleep( 2_000 );
	const stats = await load.stop();
	console.log( `     ${ summary( stats, ( Date.now() - t0 ) / 1000 ) }` );
	console.log(
		`     ${ duringDown } acknowledged by the time Redis restarted`
	);
	await checkAfterRestart( stats, 'Redis', duringDown );
}

// --- 3. PostgreSQL restart under chat load ------------------------------------------------
const runAsPostgres = ( tool, args ) =>
	execFileSync( 'runuser', [
		'-u',
		'postgres',
		'--',
		`${ PG_BIN }/${ tool }`,
		...args,
	] );
const pgCtl = ( ...args ) =>
	runAsPostgres( 'pg_ctl', [ '-D', `${ BASE }/pg`, ...args ] );
const bothReady = async ( status ) => {
	const [ a, b ] = await Promise.all( [
		readyz( PORT_A ),
		readyz( PORT_B ),
	] );
	return [ a, b ].every( ( r ) => r.status === status ) ? [ a, b ] : null;
};
{
	console.log( '\n3. PostgreSQL restart under chat load' );
	const load = chatLoad( 'pg' );
	const t0 = Date.now();
	await sleep( 2_000 );
	pgCtl( '-m', 'fast', '-w', '-t', '30', 'stop' );
	const downAt = Date.now();
	const sawDown = await waitFor(
		'readyz reports the database down',
		async () =>
			( await bothReady( 503 ) )?.every(
				( r ) => r.body?.error?.details?.database === 'down'
			),
		10_000
	);
	check(
		sawDown,
		'/readyz of both instances: 503 database_unavailable while PostgreSQL is down'
	);
	const beforeRestart = load.stats.acknowledged.length;
	pgCtl(
		'-l',
		`${ BASE }/pgsock/postgres.log`,
		'-w',
		'-t',
		'60',
		'-o',
		`-p ${ PG_PORT } -k ${ BASE }/pgsock -c listen_addresses=127.0.0.1`,
		'start'
	);
	const upAt = Date.now();
	const back = await waitFor(
		'readyz back',
		async () => Boolean( await bothReady( 200 ) ),
		30_000
	);
	check(
		back,
		`both instances ready again ${ ( ( Date.now() - upAt ) / 1000 ).toFixed( 1 ) } s after PostgreSQL came back (down ${ ( ( upAt - downAt ) / 1000 ).toFixed( 1 ) } s)`
	);
	await sleep( 3_000 );
	const stats = await load.stop();
	console.log( `     ${ summary( stats, ( Date.now() - t0 ) / 1000 ) }` );
	await checkAfterRestart( stats, 'PostgreSQL', beforeRestart );
	// A dropped connection is an outage to ride out: no instance may exit over it (one did, on an
	// unheard 'error' event of a checked-out pg client), and sends meanwhile get 503 + Retry-After.
	check(
		[ 'a', 'b' ].every( isAlive ),
		'both instances kept running through the PostgreSQL restart'
	);
	check(
		! stats.retriedStatus[ 500 ],
		`sends while PostgreSQL was down answered 503, never 500 (${ JSON.stringify( stats.retriedStatus ) })`
	);
}

// --- Scheduled jobs ran once per interval across both restarts ----------------------------
{
	console.log(
		'\n2+3. Scheduled jobs across the Redis and PostgreSQL restarts'
	);
	// A window of at least four intervals, so "once per instance" (twice the runs) stands out.
	const window = 4 * SCHEDULE_SECONDS * 1000;
	await sleep( Math.max( 0, jobsFrom.at + window - Date.now() ) );
	const seconds = ( Date.now() - jobsFrom.at ) / 1000;
	const runs = ( await clusterRuns() ) - jobsFrom.runs;
	const intervals = Math.floor( seconds / SCHEDULE_SECONDS );
	console.log(
		`     ${ SCHEDULED_JOB } ran ${ runs } times on the two instances in ${ seconds.toFixed( 1 ) } s (every ${ SCHEDULE_SECONDS } s: ${ intervals } intervals)`
	);
	check(
		runs <= intervals + 1,
		`the scheduled job ran at most once per interval for the cluster (${ runs } runs, ${ intervals } intervals)`
	);
	check(
		runs >= intervals - 2,
		`the scheduled job kept running through both restarts (${ runs } runs, ${ intervals } intervals)`
	);
}

// --- 4. Restore drill: pg_dump -> pg_restore -> an instance on the copy --------------------
{
	console.log( '\n4. Restore drill (PostgreSQL)' );
	const connection = [ '-h', '127.0.0.1', '-p', PG_PORT, '-U', 'postgres' ];
	const psql = ( db, sql ) =>
		runAsPostgres( 'psql', [ ...connection, '-d', db, '-tAc', sql ] )
			.toString()
			.trim();
	const load = chatLoad( 'backup' );
	await sleep( 2_000 );
	const stats = await load.stop();
	const dump = `${ BASE }/pgsock/omniops.dump`;
	const t0 = Date.now();
	runAsPostgres( 'pg_dump', [ ...connection, '-Fc', '-f', dump, 'omniops' ] );
	const dumped = Date.now();
	psql( 'postgres', 'create database omniops_restored' );
	runAsPostgres( 'pg_restore', [
		...connection,
		'-d',
		'omniops_restored',
		dump,
	] );
	const restored = Date.now();
	const count = ( db ) =>
		`${ psql( db, 'select count(*) from messages' ) } messages, ${ psql( db, 'select count(*) from conversations' ) } conversations`;
	const original = count( 'omniops' );
	const copy = count( 'omniops_restored' );
	console.log(
		`     pg_dump ${ dumped - t0 } ms, pg_restore ${ restored - dumped } ms; original ${ original }, restored ${ copy }`
	);
	check( original === copy, 'the restored database holds the same rows' );
	// A third instance on the copy (not behind the proxy): the same history for a conversation.
	const portC = Number( PORT_B ) + 1;
	writeFileSync(
		`${ BASE }/sidecar-c.env`,
		readFileSync( `${ BASE }/sidecar.env`, 'utf8' ).replace(
			/\/omniops$/m,
			'/omniops_restored'
		)
	);
	startInstance( 'c', portC, `${ BASE }/sidecar-c.env` );
	const ready = await waitFor(
		'instance on the restored copy',
		async () => ( await readyz( portC ) ).status === 200,
		60_000
	);
	check( ready, 'an instance on the restored database is ready' );
	const last = stats.acknowledged.at( -1 );
	const history = async ( base ) =>
		(
			await json(
				'GET',
				`${ base }/api/widget/conversations/${ last.conversationId }/messages?limit=200`,
				null,
				last.token
			)
		).body?.messages?.map( ( m ) => m.id );
	const fromOriginal = await history( URL_BASE );
	const fromCopy = await history( `http://127.0.0.1:${ portC }` );
	check(
		Array.isArray( fromCopy ) &&
			fromCopy.length > 0 &&
			JSON.stringify( fromCopy ) === JSON.stringify( fromOriginal ),
		`the restored copy answers the same history (${ fromCopy?.length ?? 0 } messages)`
	);
}

console.log(
	failures.length === 0
		? '\ncluster faults: all checks passed'
		: `\ncluster faults: ${ failures.length } check(s) failed`
);
process.exit( failures.length === 0 ? 0 : 1 );
