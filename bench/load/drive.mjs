#!/usr/bin/env node
/**
 * Chat load through the TLS proxy at 1 and at 2 sidecar instances (issue 13 item 4), run by
 * bench/load/run.sh on the topology it set up (tests/cluster/topology.sh). Nginx is switched
 * between two configurations by a reload: "1 instance" (both upstream entries are instance A)
 * and "2 instances" (A and B, round robin); both instances keep running throughout, so the idle
 * one's CPU is counted too. Rounds are interleaved (1, 2, then 2, 1, …) and medians reported.
 *
 * Per configuration and round, two phases, the same offered load for both configurations:
 * - saturated: LOAD_SHOPPERS shoppers in parallel, each starting a conversation and sending
 *   LOAD_MESSAGES messages in it one after the other (the widget's round trip: POST
 *   /api/widget/conversations, then POST …/messages, whose answer carries the reply), again and
 *   again for LOAD_SECONDS: throughput, latency, errors, and the CPU time every part of the
 *   topology used (from /proc/<pid>/stat before and after): each sidecar, PostgreSQL (the
 *   postmaster, its live children and the children it reaped), redis-server, nginx (master,
 *   workers, reaped workers) and this driver;
 * - paced: shoppers arrive at LOAD_RATE/LOAD_MESSAGES per second (open loop), each doing the same
 *   conversation of LOAD_MESSAGES messages: latency and errors at a load below capacity, against
 *   the seed's targets (API p95 < 200 ms, error rate < 0.1%).
 * An error is any answer other than 201 or a request that failed or took over 15 s; nothing is
 * retried. nginx's access log shows which instance served each request (printed per phase).
 */
import { execFileSync } from 'node:child_process';
import { copyFileSync, readFileSync, readdirSync, statSync } from 'node:fs';
import os from 'node:os';
import { demoSiteKey } from '../../tests/cluster/demo-site.mjs';

const BASE = process.env.LOAD_BASE;
const URL_BASE = process.env.LOAD_URL;
const PORT_A = process.env.LOAD_PORT_A;
const PORT_B = process.env.LOAD_PORT_B;
const SHOPPERS = Number( process.env.LOAD_SHOPPERS ?? 16 );
const SECONDS = Number( process.env.LOAD_SECONDS ?? 10 );
const ROUNDS = Number( process.env.LOAD_ROUNDS ?? 3 );
const RATE = Number( process.env.LOAD_RATE ?? 5 );
const MESSAGES = Number( process.env.LOAD_MESSAGES ?? 4 );
const TICKS = Number( execFileSync( 'getconf', [ 'CLK_TCK' ] ).toString() );
const QUESTIONS = [
	'What is your return policy?',
	'How long does delivery take?',
	'Do you have a hoodie in blue?',
	'How much is shipping to Germany?',
	'Wie kann ich Sie erreichen?',
	'Is the merino sweater in stock?',
	'Can I pay by invoice?',
	'Was kostet der Versand?',
];
const PARTS = [
	'sidecar A',
	'sidecar B',
	'PostgreSQL',
	'Redis',
	'nginx',
	'load driver',
];

const sleep = ( ms ) => new Promise( ( resolve ) => setTimeout( resolve, ms ) );
const pidIn = ( file ) =>
	Number( readFileSync( `${ BASE }/${ file }`, 'utf8' ).split( '\n' )[ 0 ] );

/** Every process's parent, user+system and reaped children's ticks, from /proc. */
function processTable() {
	const table = new Map();
	for ( const entry of readdirSync( '/proc' ) ) {
		if ( ! /^\d+$/.test( entry ) ) {
			continue;
		}
		try {
			const stat = readFileSync( `/proc/${ entry }/stat`, 'utf8' );
			const fields = stat
				.slice( stat.lastIndexOf( ')' ) + 2 )
				.split( ' ' );
			table.set( Number( entry ), {
				ppid: Number( fields[ 1 ] ),
				own: Number( fields[ 11 ] ) + Number( fields[ 12 ] ),
				reaped: Number( fields[ 13 ] ) + Number( fields[ 14 ] ),
			} );
		} catch {
			// The process ended meanwhile.
		}
	}
	return table;
}

/**
 * CPU seconds so far of a process and of its children: its own time, the time of the children
 * it has reaped, and that of the live ones (a PostgreSQL backend or an nginx worker that ends
 * moves from the last into the second).
 *
 * @param {Map}    table processTable().
 * @param {number} pid   The parent.
 */
function treeSeconds( table, pid ) {
	const root = table.get( pid );
	if ( ! root ) {
		return NaN;
	}
	let ticks = root.own + root.reaped;
	for ( const child of table.values() ) {
		if ( child.ppid === pid ) {
			ticks += child.own;
		}
	}
	return ticks / TICKS;
}

function cpuSnapshot() {
	const table = processTable();
	return {
		'sidecar A': treeSeconds( table, pidIn( 'sidecar-a.pid' ) ),
		'sidecar B': treeSeconds( table, pidIn( 'sidecar-b.pid' ) ),
		PostgreSQL: treeSeconds( table, pidIn( 'pg/postmaster.pid' ) ),
		Redis: treeSeconds( table, pidIn( 'redis.pid' ) ),
		nginx: treeSeconds( table, pidIn( 'nginx.pid' ) ),
		'load driver': treeSeconds( table, process.pid ),
	};
}

async function post( url, body, token ) {
	const t0 = performance.now();
	try {
		const response = await fetch( url, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				...( token ? { authorization: `Bearer ${ token }` } : {} ),
			},
			body: JSON.stringify( body ),
			signal: AbortSignal.timeout( 15_000 ),
		} );
		const text = await response.text();
		return {
			status: response.status,
			body: response.status === 201 ? JSON.parse( text ) : null,
			ms: performance.now() - t0,
		};
	} catch {
		return { status: 0, body: null, ms: performance.now() - t0 };
	}
}

const siteKey = await demoSiteKey( URL_BASE );

/**
 * One shopper's conversation: start it, then LOAD_MESSAGES messages one after the other.
 *
 * @param {Object}   stats   Counters of the phase.
 * @param {string}   label   Names the phase in client message ids.
 * @param {Function} running Whether to go on sending.
 */
async function conversation( stats, label, running = () => true ) {
	const started = await post( `${ URL_BASE }/api/widget/conversations`, {
		siteKey,
	} );
	stats.requests++;
	if ( started.status !== 201 ) {
		stats.errors[ started.status ] =
			( stats.errors[ started.status ] ?? 0 ) + 1;
		return;
	}
	const { conversationId, token } = started.body;
	for ( let m = 0; m < MESSAGES && running(); m++ ) {
		const n = stats.requests++;
		const sent = await post(
			`${ URL_BASE }/api/widget/conversations/${ conversationId }/messages`,
			{
				text: QUESTIONS[ n % QUESTIONS.length ],
				clientMessageId: `${ label }-${ n }`,
			},
			token
		);
		if ( sent.status === 201 && sent.body?.reply ) {
			stats.latencies.push( sent.ms );
		} else {
			stats.errors[ sent.status ] =
				( stats.errors[ sent.status ] ?? 0 ) + 1;
		}
	}
}

const newStats = () => ( { requests: 0, latencies: [], errors: {} } );

async function saturated( label, seconds ) {
	const stats = newStats();
	const end = Date.now() + seconds * 1000;
	const running = () => Date.now() < end;
	const t0 = performance.now();
	await Promise.all(
		Array.from( { length: SHOPPERS }, async ( _, s ) => {
			while ( running() ) {
				await conversation( stats, `${ label }-${ s }`, running );
			}
		} )
	);
	stats.seconds = ( performance.now() - t0 ) / 1000;
	return stats;
}

async function paced( label, seconds ) {
	const stats = newStats();
	const every = ( 1000 * MESSAGES ) / RATE;
	const t0 = performance.now();
	const shoppers = [];
	for ( let s = 0; performance.now() - t0 < seconds * 1000; s++ ) {
		shoppers.push( conversation( stats, `${ label }-${ s }` ) );
		await sleep( t0 + ( s + 1 ) * every - performance.now() );
	}
	await Promise.all( shoppers );
	stats.seconds = ( performance.now() - t0 ) / 1000;
	return stats;
}

/**
 * nginx's upstream for each request logged since the given offset (access log).
 *
 * @param {number} offset Bytes of the log before the phase.
 */
function upstreamsSince( offset ) {
	const log = readFileSync( `${ BASE }/nginx-access.log`, 'utf8' ).slice(
		offset
	);
	const counts = { A: 0, B: 0 };
	for ( const match of log.matchAll( /upstream=127\.0\.0\.1:(\d+)/g ) ) {
		if ( match[ 1 ] === PORT_A ) {
			counts.A++;
		} else if ( match[ 1 ] === PORT_B ) {
			counts.B++;
		}
	}
	return counts;
}
const accessLogSize = () => statSync( `${ BASE }/nginx-access.log` ).size;

/**
 * Reloads nginx with the configuration for n instances and waits until the old worker is gone.
 *
 * @param {number} n 1 or 2.
 */
async function switchInstances( n ) {
	copyFileSync( `${ BASE }/nginx-${ n }.conf`, `${ BASE }/nginx.conf` );
	execFileSync(
		'nginx',
		[ '-s', 'reload', '-c', `${ BASE }/nginx.conf`, '-p', BASE ],
		{ stdio: [ 'ignore', 'ignore', 'pipe' ] }
	);
	const master = pidIn( 'nginx.pid' );
	const deadline = Date.now() + 10_000;
	await sleep( 300 );
	while ( Date.now() < deadline ) {
		const workers = [ ...processTable().values() ].filter(
			( p ) => p.ppid === master
		).length;
		if ( workers <= 1 ) {
			return;
		}
		await sleep( 100 );
	}
}

const quantile = ( values, q ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted.length
		? sorted[
				Math.min( sorted.length - 1, Math.floor( sorted.length * q ) )
			]
		: NaN;
};
const median = ( values ) => quantile( values, 0.5 );
const errorCount = ( stats ) =>
	Object.values( stats.errors ).reduce( ( a, b ) => a + b, 0 );
const loadAverage = () =>
	os
		.loadavg()
		.map( ( v ) => v.toFixed( 1 ) )
		.join( ' ' );

const samples = { 1: [], 2: [] };
// Idle: both instances up, no load, to tell each part's background (timers, BullMQ's polling,
// Redis's cron and AOF, PostgreSQL's background workers) from its cost per message.
await switchInstances( 2 );
await sleep( 2000 );
const IDLE_SECONDS = Number( process.env.LOAD_IDLE_SECONDS ?? 10 );
const idleBefore = cpuSnapshot();
await sleep( IDLE_SECONDS * 1000 );
const idleAfter = cpuSnapshot();
const idle = Object.fromEntries(
	PARTS.map( ( part ) => [
		part,
		( idleAfter[ part ] - idleBefore[ part ] ) / IDLE_SECONDS,
	] )
);
console.log(
	`idle for ${ IDLE_SECONDS } s, CPU ms per second: ${ PARTS.map(
		( part ) => `${ part } ${ ( 1000 * idle[ part ] ).toFixed( 1 ) }`
	).join( ', ' ) }`
);
console.log(
	`bench/load: ${ SHOPPERS } shoppers × ${ SECONDS } s saturated, then ${ RATE } msg/s paced for ${ SECONDS } s; ` +
		`${ MESSAGES } messages per conversation; ${ ROUNDS } rounds; ${
			os.cpus().length
		} CPUs; load average ${ loadAverage() }`
);
for ( let round = 1; round <= ROUNDS; round++ ) {
	for ( const n of round % 2 ? [ 1, 2 ] : [ 2, 1 ] ) {
		await switchInstances( n );
		await saturated( `warm-${ round }-${ n }`, 2 );
		const loadBefore = os.loadavg()[ 0 ];
		const offset = accessLogSize();
		const cpuBefore = cpuSnapshot();
		const sat = await saturated( `sat-${ round }-${ n }`, SECONDS );
		const cpuAfter = cpuSnapshot();
		const served = upstreamsSince( offset );
		const pacedOffset = accessLogSize();
		const slow = await paced( `paced-${ round }-${ n }`, SECONDS );
		const pacedServed = upstreamsSince( pacedOffset );
		const messages = sat.latencies.length;
		const cpu = Object.fromEntries(
			PARTS.map( ( part ) => [
				part,
				cpuAfter[ part ] - cpuBefore[ part ],
			] )
		);
		const cpuTotal = PARTS.reduce( ( sum, part ) => sum + cpu[ part ], 0 );
		const sample = {
			msgPerSecond: messages / sat.seconds,
			p50: quantile( sat.latencies, 0.5 ),
			p95: quantile( sat.latencies, 0.95 ),
			p99: quantile( sat.latencies, 0.99 ),
			errorRate: errorCount( sat ) / Math.max( 1, sat.requests ),
			pacedMsgPerSecond: slow.latencies.length / slow.seconds,
			pacedP50: quantile( slow.latencies, 0.5 ),
			pacedP95: quantile( slow.latencies, 0.95 ),
			pacedP99: quantile( slow.latencies, 0.99 ),
			pacedErrorRate: errorCount( slow ) / Math.max( 1, slow.requests ),
			cores: cpuTotal / sat.seconds,
			cpuMsPerMessage: Object.fromEntries(
				PARTS.map( ( part ) => [
					part,
					( 1000 * cpu[ part ] ) / Math.max( 1, messages ),
				] )
			),
			totalMsPerMessage: ( 1000 * cpuTotal ) / Math.max( 1, messages ),
			// Less what the part spends idle over the same time.
			netMsPerMessage: Object.fromEntries(
				PARTS.map( ( part ) => [
					part,
					( 1000 * ( cpu[ part ] - idle[ part ] * sat.seconds ) ) /
						Math.max( 1, messages ),
				] )
			),
			load: ( loadBefore + os.loadavg()[ 0 ] ) / 2,
		};
		samples[ n ].push( sample );
		console.log(
			`round ${ round }, ${ n } instance${ n > 1 ? 's' : '' }: saturated ${ messages } messages in ${ sat.seconds.toFixed(
				1
			) } s = ${ sample.msgPerSecond.toFixed(
				1
			) } msg/s, p50/p95/p99 ${ sample.p50.toFixed(
				0
			) }/${ sample.p95.toFixed( 0 ) }/${ sample.p99.toFixed(
				0
			) } ms, errors ${ JSON.stringify( sat.errors ) } of ${
				sat.requests
			} requests, served by A ${ served.A } / B ${ served.B }; ` +
				`CPU ${ cpuTotal.toFixed( 1 ) } s = ${ sample.cores.toFixed(
					2
				) } cores (${ PARTS.map(
					( part ) => `${ part } ${ cpu[ part ].toFixed( 2 ) }`
				).join( ', ' ) }); ` +
				`paced ${ slow.latencies.length } messages, ${ sample.pacedMsgPerSecond.toFixed(
					1
				) } msg/s, p50/p95/p99 ${ sample.pacedP50.toFixed(
					0
				) }/${ sample.pacedP95.toFixed( 0 ) }/${ sample.pacedP99.toFixed(
					0
				) } ms, errors ${ JSON.stringify( slow.errors ) } of ${
					slow.requests
				}, served by A ${ pacedServed.A } / B ${ pacedServed.B }; load average ${ loadAverage() }`
		);
	}
}

const row = ( label, pick, digits = 1 ) => {
	const [ one, two ] = [ 1, 2 ].map( ( n ) =>
		median( samples[ n ].map( pick ) )
	);
	const ratio = one > 0 ? ( two / one ).toFixed( 2 ) : '–';
	return `| ${ label } | ${ one.toFixed( digits ) } | ${ two.toFixed(
		digits
	) } | ${ ratio } |`;
};
console.log(
	`\nMedians of ${ ROUNDS } rounds (2 instances ÷ 1 in the last column)\n`
);
console.log( '| | 1 instance | 2 instances | 2 ÷ 1 |' );
console.log( '| --- | ---: | ---: | ---: |' );
console.log( row( 'saturated: msg/s', ( s ) => s.msgPerSecond ) );
console.log( row( 'saturated: p50 ms', ( s ) => s.p50, 0 ) );
console.log( row( 'saturated: p95 ms', ( s ) => s.p95, 0 ) );
console.log( row( 'saturated: p99 ms', ( s ) => s.p99, 0 ) );
console.log( row( 'saturated: error rate %', ( s ) => 100 * s.errorRate, 2 ) );
console.log( row( 'saturated: cores busy (all parts)', ( s ) => s.cores, 2 ) );
for ( const part of PARTS ) {
	console.log(
		row(
			`CPU ms/message: ${ part }`,
			( s ) => s.cpuMsPerMessage[ part ],
			2
		)
	);
}
console.log(
	row(
		'CPU ms/message: sidecars (A + B)',
		( s ) =>
			s.cpuMsPerMessage[ 'sidecar A' ] + s.cpuMsPerMessage[ 'sidecar B' ],
		2
	)
);
console.log(
	row( 'CPU ms/message: all parts', ( s ) => s.totalMsPerMessage, 2 )
);
const net = ( s, part ) => s.netMsPerMessage[ part ];
console.log(
	row(
		'CPU ms/message net of idle: sidecars (A + B)',
		( s ) => net( s, 'sidecar A' ) + net( s, 'sidecar B' ),
		2
	)
);
for ( const part of [ 'PostgreSQL', 'Redis', 'nginx' ] ) {
	console.log(
		row(
			`CPU ms/message net of idle: ${ part }`,
			( s ) => net( s, part ),
			2
		)
	);
}
console.log(
	row( `paced ${ RATE } msg/s: msg/s`, ( s ) => s.pacedMsgPerSecond )
);
console.log( row( `paced: p50 ms`, ( s ) => s.pacedP50, 0 ) );
console.log( row( `paced: p95 ms (target < 200)`, ( s ) => s.pacedP95, 0 ) );
console.log( row( `paced: p99 ms`, ( s ) => s.pacedP99, 0 ) );
console.log(
	row(
		`paced: error rate % (target < 0.1)`,
		( s ) => 100 * s.pacedErrorRate,
		2
	)
);
console.log( row( 'load average (1 min)', ( s ) => s.load, 1 ) );
