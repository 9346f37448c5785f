/**
 * Public chat limits (ADR 0019), measured over real HTTP on one sidecar instance (SQLite by
 * default, embedded responder, limits in memory; `--redis` counts them in Redis instead):
 *
 * 1. one address floods: how many messages per second one IP gets stored before and after
 *    the first 429 (fresh conversations, so only the per-address limit can stop it; and one
 *    conversation, where the per-conversation limit stops it first);
 * 2. what one instance sustains: many shoppers at once, spread over sites and conversations
 *    so that no limit binds, with the limits on and with them effectively off (the ratio is
 *    the limiter's own cost). The app does not trust X-Forwarded-For here (OMNIOPS_TRUST_PROXY
 *    is off), so "many shoppers" are many sites and conversations from one address.
 *
 *   npm run bench:limits -- [--seconds 8] [--concurrency 16] [--dialect sqlite|postgres] [--redis]
 */
import os from 'node:os';
import { randomBytes } from 'node:crypto';
import {
	call,
	startTestSidecar,
	type TestSidecar,
} from '../../tests/support/sidecar-harness';
import { connectTestShop } from '../../tests/support/connect-shop';
import { startConversation } from '../../tests/support/flows';
import { sendMessage } from '../../tests/support/widget-chat';
import { loadConfig } from '../../sidecar/src/config';
import type { LimitRuleInput } from '../../sidecar/src/platform/limit-rule';
import {
	argument,
	LIMIT_OFF,
	LIMITS_OFF,
	percentile,
} from '../support/command-line';

const SECONDS = Number( argument( 'seconds', '8' ) );
const CONCURRENCY = Number( argument( 'concurrency', '16' ) );
const DIALECT = argument( 'dialect', 'sqlite' ) as 'sqlite' | 'postgres';
const REDIS = process.argv.includes( '--redis' );

const ruleText = ( rule: LimitRuleInput ) =>
	`${ rule.points }/${ rule.durationSeconds }${
		rule.burst
			? `+${ rule.burst.points }/${ rule.burst.durationSeconds }`
			: ''
	}`;

/** The shipped defaults, written back as env text (the harness opens per-IP limits up). */
function defaultLimitsEnv(): Record< string, string > {
	const { limits } = loadConfig( { NODE_ENV: 'test' } );
	return {
		OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION: ruleText(
			limits.messagesPerConversation
		),
		OMNIOPS_LIMIT_MESSAGES_PER_IP: ruleText( limits.messagesPerIp ),
		OMNIOPS_LIMIT_MESSAGES_PER_SITE: ruleText( limits.messagesPerSite ),
		OMNIOPS_LIMIT_CONVERSATIONS_PER_IP: ruleText(
			limits.conversationsPerIp
		),
		OMNIOPS_LIMIT_CONVERSATIONS_PER_SITE: ruleText(
			limits.conversationsPerSite
		),
	};
}

type Conversation = { id: string; auth: Record< string, string > };

async function sendOne( sidecar: TestSidecar, conversation: Conversation ) {
	const started = performance.now();
	const response = await sendMessage(
		sidecar,
		conversation,
		'Do you ship to Norway?',
		{ clientMessageId: `b-${ randomBytes( 6 ).toString( 'hex' ) }` }
	);
	return { status: response.status, ms: performance.now() - started };
}

const load = () =>
	os
		.loadavg()
		.map( ( value ) => value.toFixed( 2 ) )
		.join( ' ' );

async function start( env: Record< string, string > ) {
	return startTestSidecar( DIALECT, {
		env: {
			...env,
			...( REDIS ? { REDIS_URL: 'redis://127.0.0.1:6379' } : {} ),
		},
	} );
}

/**
 * Sends `attempt` from CONCURRENCY workers until SECONDS have passed: a 201 is stored (with
 * how long it took), a 429 refused (the first refusal's time kept), anything else an error.
 *
 * @param attempt one request; its status, and its duration where it is measured
 */
async function hammer(
	attempt: () => Promise< { status: number; ms?: number } >
) {
	const started = performance.now();
	const stopAt = started + SECONDS * 1000;
	const storedMs: number[] = [];
	let refused = 0;
	let storedBeforeRefusal = 0;
	let firstRefusalAt: number | null = null;
	const worker = async () => {
		while ( performance.now() < stopAt ) {
			const { status, ms = 0 } = await attempt();
			if ( status === 201 ) {
				storedMs.push( ms );
				storedBeforeRefusal += refused === 0 ? 1 : 0;
			} else if ( status === 429 ) {
				refused++;
				firstRefusalAt ??= performance.now() - started;
			} else {
				throw new Error( `unexpected ${ status }` );
			}
		}
	};
	await Promise.all( Array.from( { length: CONCURRENCY }, worker ) );
	return {
		elapsed: ( performance.now() - started ) / 1000,
		storedMs,
		stored: storedMs.length,
		refused,
		storedBeforeRefusal,
		firstRefusalAt,
	};
}

/**
 * Phase 1: one address sends as fast as it can for SECONDS, `CONCURRENCY` requests in
 * flight. `fresh`: a new conversation per message (only the per-address limit applies).
 *
 * @param sidecar
 * @param fresh
 */
async function floodFromOneAddress( sidecar: TestSidecar, fresh: boolean ) {
	const site = await connectTestShop(
		sidecar,
		`https://flood-${ fresh ? 'fresh' : 'one' }.example`
	);
	// Conversations are made up front (their own limit is not what this measures).
	const pool: Conversation[] = [];
	const needed = fresh ? 400 : 1;
	for ( let i = 0; i < needed; i++ ) {
		pool.push( await startConversation( sidecar, site.publicKey ) );
	}
	let next = 0;
	const { elapsed, stored, refused, storedBeforeRefusal, firstRefusalAt } =
		await hammer( () =>
			sendOne( sidecar, pool[ fresh ? next++ % pool.length : 0 ]! )
		);
	return {
		attempted: stored + refused,
		attemptsPerSecond: ( stored + refused ) / elapsed,
		stored,
		storedBeforeRefusal,
		firstRefusalSeconds:
			firstRefusalAt === null ? null : firstRefusalAt / 1000,
		storedPerSecondAfterRefusal:
			firstRefusalAt === null
				? null
				: ( stored - storedBeforeRefusal ) /
					( elapsed - firstRefusalAt / 1000 ),
		refused,
	};
}

/**
 * Phase 1b: one address starts conversations as fast as it can.
 *
 * @param sidecar
 */
async function startsFromOneAddress( sidecar: TestSidecar ) {
	const site = await connectTestShop( sidecar, 'https://starts.example' );
	const { elapsed, stored, refused, storedBeforeRefusal } = await hammer(
		async () =>
			call( sidecar.baseUrl, 'POST', '/api/widget/conversations', {
				body: { siteKey: site.publicKey },
			} )
	);
	return {
		attempted: stored + refused,
		attemptsPerSecond: ( stored + refused ) / elapsed,
		stored,
		storedBeforeRefusal,
		refused,
	};
}

/**
 * Phase 2: CONCURRENCY shoppers spread over 40 sites, each message in a conversation that
 * has sent fewer than its per-minute allowance (rotating over many conversations).
 *
 * @param sidecar
 */
async function sustained( sidecar: TestSidecar ) {
	const conversations: Conversation[] = [];
	for ( let s = 0; s < 40; s++ ) {
		const site = await connectTestShop(
			sidecar,
			`https://busy-${ s }.example`
		);
		for ( let c = 0; c < 25; c++ ) {
			conversations.push(
				await startConversation( sidecar, site.publicKey )
			);
		}
	}
	let next = 0;
	const { elapsed, storedMs, refused } = await hammer( () =>
		sendOne( sidecar, conversations[ next++ % conversations.length ]! )
	);
	return {
		perSecond: storedMs.length / elapsed,
		p50: percentile( storedMs, 50 ),
		p95: percentile( storedMs, 95 ),
		refused,
	};
}

async function main() {
	const defaults = defaultLimitsEnv();
	console.log(
		`bench:limits  ${ DIALECT }, limits in ${ REDIS ? 'Redis' : 'memory' }, ${ SECONDS } s per phase, ${ CONCURRENCY } in flight, ${ os.cpus().length } cores`
	);
	console.log( `defaults      ${ JSON.stringify( defaults ) }` );
	console.log( `load before   ${ load() }` );

	// The conversations of the message floods are made up front: their own limit is
	// measured separately below.
	let sidecar = await start( {
		...defaults,
		OMNIOPS_LIMIT_CONVERSATIONS_PER_IP: LIMIT_OFF,
		OMNIOPS_LIMIT_CONVERSATIONS_PER_SITE: LIMIT_OFF,
	} );
	try {
		for ( const fresh of [ true, false ] ) {
			const flood = await floodFromOneAddress( sidecar, fresh );
			console.log(
				`one address, ${ fresh ? 'fresh conversations' : 'one conversation ' }: ${ flood.attemptsPerSecond.toFixed(
					0
				) } attempts/s; ${ flood.stored } stored in all, ${ flood.storedBeforeRefusal } of them answered before the first 429 (at ${
					flood.firstRefusalSeconds?.toFixed( 2 ) ?? '-'
				} s), then ${
					flood.storedPerSecondAfterRefusal?.toFixed( 2 ) ?? '-'
				} stored/s; ${ flood.refused } refused of ${ flood.attempted }   (load ${ load() })`
			);
		}
	} finally {
		await sidecar.close();
	}
	sidecar = await start( defaults );
	try {
		const starts = await startsFromOneAddress( sidecar );
		console.log(
			`one address, new conversations: ${ starts.attemptsPerSecond.toFixed(
				0
			) } attempts/s; ${ starts.stored } started in all, ${ starts.storedBeforeRefusal } answered before the first 429, ${
				starts.refused
			} refused of ${ starts.attempted }   (load ${ load() })`
		);
	} finally {
		await sidecar.close();
	}

	const results: Record<
		string,
		Awaited< ReturnType< typeof sustained > >
	> = {};
	for ( const [ name, env ] of [
		[ 'limits off', LIMITS_OFF ],
		[ 'limits on ', defaults ],
	] as const ) {
		sidecar = await start( env );
		try {
			const run = await sustained( sidecar );
			results[ name ] = run;
			console.log(
				`sustained, ${ name }: ${ run.perSecond.toFixed( 0 ) } messages/s stored, p50 ${ run.p50.toFixed(
					1
				) } ms, p95 ${ run.p95.toFixed( 1 ) } ms, ${ run.refused } refused   (load ${ load() })`
			);
		} finally {
			await sidecar.close();
		}
	}
	const ratio =
		results[ 'limits on ' ]!.perSecond / results[ 'limits off' ]!.perSecond;
	console.log( `ratio         limits on / off = ${ ratio.toFixed( 3 ) }` );
	console.log( `load after    ${ load() }` );
}

main().catch( ( error ) => {
	console.error( error );
	process.exitCode = 1;
} );
