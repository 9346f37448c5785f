/**
 * The chat hot path beside the framework it runs on (issue 12), measured side by side so the
 * ratios hold on a shared, noisy machine: node:http hello-world, Express hello-world, the
 * sidecar's /healthz and the real chat round trip (`POST /api/widget/conversations/:id/
 * messages/stream`, embedded responder, 520-product catalog, policy pages indexed) on SQLite
 * and PostgreSQL. Every server runs in its own process; autocannon drives it from this one.
 * Rounds are interleaved (each target once per round) and the medians are reported.
 *
 * Per target: requests/s, latency p50/p95/p99, non-2xx and errors, and the server process's
 * CPU time per request (from /proc, user + system). Targets: chat ≥ 30% of Express
 * hello-world on SQLite and ≥ 20% on PostgreSQL, chat p95 ≤ 50 ms at 50 connections.
 *
 *   npm run bench:chat -- [--seconds 10] [--rounds 3] [--connections 50]
 *                         [--dialect both|sqlite|postgres] [--conversations 500] [--only chat]
 * PostgreSQL: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { execFileSync, spawn, type ChildProcess } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import readline from 'node:readline';
import autocannon from 'autocannon';
import {
	argument,
	dialectsArgument,
	percentile,
} from '../support/command-line';

const SECONDS = Number( argument( 'seconds', '10' ) );
const ROUNDS = Number( argument( 'rounds', '3' ) );
const CONNECTIONS = Number( argument( 'connections', '50' ) );
const CONVERSATIONS = argument( 'conversations', '500' );
const DIALECTS = dialectsArgument();
// Comma-separated target names to run (e.g. "chat" or "hello,healthz"); all by default.
const ONLY = argument( 'only', '' ).split( ',' ).filter( Boolean );
const PG_URL =
	process.env.TEST_DATABASE_URL ??
	'postgres://postgres@127.0.0.1:5432/postgres';
const HERE = __dirname;
const ROOT = path.resolve( HERE, '../..' );

interface ServerProcess {
	child: ChildProcess;
	info: {
		baseUrl: string;
		conversations?: Array< { id: string; auth: Record< string, string > } >;
		productNames?: string[];
	};
}

/**
 * Starts a server process and waits for the JSON line it prints when ready.
 *
 * @param args node arguments
 * @param env  extra environment
 */
function startProcess(
	args: string[],
	env: Record< string, string > = {}
): Promise< ServerProcess > {
	const child = spawn( process.execPath, args, {
		cwd: ROOT,
		env: { ...process.env, ...env },
		stdio: [ 'pipe', 'pipe', 'inherit' ],
	} );
	return new Promise( ( resolve, reject ) => {
		const lines = readline.createInterface( { input: child.stdout! } );
		lines.once( 'line', ( line ) =>
			resolve( { child, info: JSON.parse( line ) } )
		);
		child.once( 'exit', ( code ) =>
			reject( new Error( `${ args.join( ' ' ) } exited with ${ code }` ) )
		);
	} );
}

const CLOCK_TICKS_PER_SECOND = Number(
	execFileSync( 'getconf', [ 'CLK_TCK' ] ).toString().trim() || '100'
);

/**
 * CPU milliseconds (user + system) a process has used so far, from /proc/<pid>/stat.
 *
 * @param pid
 */
function cpuMilliseconds( pid: number ): number {
	const stat = fs.readFileSync( `/proc/${ pid }/stat`, 'utf8' );
	// Fields after the command name (which may hold spaces) start at ") ".
	const fields = stat.slice( stat.lastIndexOf( ')' ) + 2 ).split( ' ' );
	const ticks = Number( fields[ 11 ] ) + Number( fields[ 12 ] );
	return ( ticks * 1000 ) / CLOCK_TICKS_PER_SECOND;
}

interface Sample {
	rps: number;
	p50: number;
	p95: number;
	p99: number;
	non2xx: number;
	errors: number;
	cpuMsPerRequest: number;
}

type RequestShape = {
	method: 'GET' | 'POST';
	path: string;
	headers?: Record< string, string >;
	body?: string;
};

/**
 * One autocannon run against a server process.
 *
 * @param server
 * @param nextRequest builds each request (a new conversation and question for chat)
 */
async function load(
	server: ServerProcess,
	nextRequest: () => RequestShape
): Promise< Sample > {
	const pid = server.child.pid!;
	const cpuBefore = cpuMilliseconds( pid );
	const latencies: number[] = [];
	const result = await new Promise< autocannon.Result >(
		( resolve, reject ) => {
			const instance = autocannon(
				{
					url: server.info.baseUrl,
					connections: CONNECTIONS,
					duration: SECONDS,
					requests: [
						{
							setupRequest: ( request ) => ( {
								...request,
								...nextRequest(),
							} ),
						},
					],
				},
				( error, finished ) =>
					error ? reject( error ) : resolve( finished )
			);
			instance.on(
				'response',
				( _client, _status, _bytes, ms: number ) => {
					latencies.push( ms );
				}
			);
		}
	);
	const cpu = cpuMilliseconds( pid ) - cpuBefore;
	latencies.sort( ( a, b ) => a - b );
	return {
		rps: result.requests.total / SECONDS,
		p50: percentile( latencies, 50 ),
		p95: percentile( latencies, 95 ),
		p99: percentile( latencies, 99 ),
		non2xx: result.non2xx,
		errors: result.errors + result.timeouts,
		cpuMsPerRequest: result.requests.total
			? cpu / result.requests.total
			: 0,
	};
}

/**
 * Chat requests: conversations round-robin, a mix of product, policy and search questions
 * in English and German.
 *
 * @param server
 */
function chatRequests( server: ServerProcess ): () => RequestShape {
	const conversations = server.info.conversations!;
	const names = server.info.productNames!;
	const questions = [
		( n: string ) => `How much is the ${ n }?`,
		( n: string ) => `Is the ${ n } in stock?`,
		( n: string ) => `Was kostet der ${ n }?`,
		() => 'How long does shipping take?',
		() => 'Kann ich einen Artikel zurückgeben?',
		() => 'Do you sell backpacks under €60?',
		() => 'What is your phone number?',
	];
	let turn = 0;
	return () => {
		const conversation = conversations[ turn % conversations.length ]!;
		const question = questions[ turn % questions.length ]!;
		const text = question( names[ turn % names.length ]! );
		turn++;
		return {
			method: 'POST',
			path: `/api/widget/conversations/${ conversation.id }/messages/stream`,
			headers: {
				'content-type': 'application/json',
				...conversation.auth,
			},
			body: JSON.stringify( {
				text,
				clientMessageId: `bench-${ randomBytes( 8 ).toString( 'hex' ) }`,
			} ),
		};
	};
}

const loadAverage = () =>
	os
		.loadavg()
		.map( ( value ) => value.toFixed( 2 ) )
		.join( ' ' );

const median = ( values: number[] ) => {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[ Math.floor( sorted.length / 2 ) ] ?? 0;
};

interface Target {
	name: string;
	server: ServerProcess;
	requests: () => RequestShape;
	samples: Sample[];
}

async function main(): Promise< void > {
	const targets: Target[] = [];
	const hello = path.join( HERE, 'hello-process.mjs' );
	const started: ServerProcess[] = [];
	try {
		for ( const kind of [ 'node', 'express' ] ) {
			const server = await startProcess( [ hello, kind ] );
			started.push( server );
			targets.push( {
				name: `${ kind === 'node' ? 'node:http' : 'Express' } hello`,
				server,
				requests: () => ( { method: 'GET', path: '/' } ),
				samples: [],
			} );
		}
		for ( const dialect of DIALECTS ) {
			const server = await startProcess(
				[
					'--import',
					'tsx',
					path.join( HERE, 'sidecar-process.ts' ),
					'--dialect',
					dialect,
					'--conversations',
					CONVERSATIONS,
				],
				dialect === 'postgres' ? { TEST_DATABASE_URL: PG_URL } : {}
			);
			started.push( server );
			targets.push( {
				name: `/healthz ${ dialect }`,
				server,
				requests: () => ( { method: 'GET', path: '/healthz' } ),
				samples: [],
			} );
			targets.push( {
				name: `chat ${ dialect }`,
				server,
				requests: chatRequests( server ),
				samples: [],
			} );
		}
		const chosen = targets.filter(
			( target ) =>
				ONLY.length === 0 ||
				target.name === 'Express hello' ||
				ONLY.some( ( word ) =>
					target.name.toLowerCase().includes( word )
				)
		);
		const loadBefore = loadAverage();
		for ( let round = 1; round <= ROUNDS; round++ ) {
			for ( const target of chosen ) {
				target.samples.push(
					await load( target.server, target.requests )
				);
				process.stderr.write(
					`round ${ round }/${ ROUNDS } ${ target.name }: ${ target.samples
						.at( -1 )!
						.rps.toFixed( 0 ) } req/s\n`
				);
			}
		}
		report( chosen, loadBefore );
	} finally {
		for ( const server of started ) {
			server.child.stdin?.end();
		}
	}
}

function report( targets: Target[], loadBefore: string ): void {
	const express = median(
		targets
			.find( ( t ) => t.name === 'Express hello' )!
			.samples.map( ( s ) => s.rps )
	);
	console.log(
		`\nbench/chat: ${ CONNECTIONS } connections, ${ SECONDS } s × ${ ROUNDS } rounds (medians), ${
			os.cpus().length
		} CPUs, load average ${ loadBefore } (before) / ${ loadAverage() } (after)`
	);
	console.log(
		'target               req/s   p50 ms   p95 ms   p99 ms  CPU ms/req  non-2xx  errors  × Express'
	);
	const figures = new Map< string, { rps: number; p95: number } >();
	for ( const target of targets ) {
		const m = ( pick: ( s: Sample ) => number ) =>
			median( target.samples.map( pick ) );
		const rps = m( ( s ) => s.rps );
		figures.set( target.name, { rps, p95: m( ( s ) => s.p95 ) } );
		console.log(
			[
				target.name.padEnd( 18 ),
				rps.toFixed( 0 ).padStart( 7 ),
				m( ( s ) => s.p50 )
					.toFixed( 1 )
					.padStart( 8 ),
				m( ( s ) => s.p95 )
					.toFixed( 1 )
					.padStart( 8 ),
				m( ( s ) => s.p99 )
					.toFixed( 1 )
					.padStart( 8 ),
				m( ( s ) => s.cpuMsPerRequest )
					.toFixed( 2 )
					.padStart( 11 ),
				String(
					target.samples.reduce( ( n, s ) => n + s.non2xx, 0 )
				).padStart( 8 ),
				String(
					target.samples.reduce( ( n, s ) => n + s.errors, 0 )
				).padStart( 7 ),
				( rps / express ).toFixed( 3 ).padStart( 10 ),
			].join( ' ' )
		);
	}
	const goals: Record< string, number > = { sqlite: 0.3, postgres: 0.2 };
	for ( const dialect of DIALECTS ) {
		const chat = figures.get( `chat ${ dialect }` );
		if ( ! chat ) {
			continue;
		}
		const ratio = chat.rps / express;
		console.log(
			`chat ${ dialect }: ${ ( ratio * 100 ).toFixed( 1 ) }% of Express hello (goal ≥ ${
				goals[ dialect ]! * 100
			}%: ${ ratio >= goals[ dialect ]! ? 'met' : 'NOT met' }), p95 ${ chat.p95.toFixed(
				1
			) } ms (goal ≤ 50 ms: ${ chat.p95 <= 50 ? 'met' : 'NOT met' })`
		);
	}
}

main().catch( ( error ) => {
	console.error( error );
	process.exitCode = 1;
} );
