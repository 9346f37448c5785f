/**
 * Telemetry at scale: stores N widget events (default 10 million, over the last 30 days,
 * 100 sites in 20 organizations) and prints
 * - ingest rates: through HTTP (POST /api/widget/telemetry, 50-event beacons, 8 in flight),
 *   through the service (telemetry.ingest), and raw batched inserts (SQLite: 1,000-row
 *   INSERTs in transactions; PostgreSQL: INSERT … SELECT FROM unnest(arrays), 10,000 rows
 *   per statement — COPY-like batches without an extra driver);
 * - the hourly rollup time for the whole range;
 * - the dashboard's query times at that size (median of 5 runs).
 *
 *   npm run bench:telemetry -- [--events 10000000] [--dialect sqlite|postgres]
 *
 * PostgreSQL needs TEST_DATABASE_URL (tests/env/services.sh); a scratch database is made
 * and dropped.
 */
import BetterSqlite from 'better-sqlite3';
import { sql } from 'kysely';
import { randomUUID } from 'node:crypto';
import {
	call,
	postBeacon,
	startTestSidecar,
	type TestSidecar,
} from '../../tests/support/sidecar-harness';
import {
	connectShopTo,
	connectTestShop,
} from '../../tests/support/connect-shop';
import type { ConnectedSite } from '../../tests/support/flows';
import { facetOf } from '../../sidecar/src/modules/widget-events/facets';
import { argument } from '../support/command-line';

const HOUR_MS = 3_600_000;
const DAY_MS = 24 * HOUR_MS;

const TOTAL = Number( argument( 'events', '10000000' ) );
const DIALECT = argument( 'dialect', 'sqlite' ) as 'sqlite' | 'postgres';
const ORGANIZATIONS = 20;
const SITES_PER_ORGANIZATION = 5;
const HTTP_EVENTS = Math.min( 100_000, Math.floor( TOTAL / 20 ) );
const SERVICE_EVENTS = Math.min( 200_000, Math.floor( TOTAL / 10 ) );

/** The event mix of a busy widget fleet (shares of all events). */
const MIX: Array< [ number, () => { type: string; data: object } ] > = [
	[ 0.3, () => ( { type: 'widget_loaded', data: { ms: latency( 350 ) } } ) ],
	[
		0.22,
		() => ( { type: 'message_sent', data: { ok: Math.random() > 0.02 } } ),
	],
	[
		0.22,
		() => ( {
			type: 'message_received',
			data: { types: Math.random() > 0.7 ? 'product,text' : 'text' },
		} ),
	],
	[
		0.08,
		() => ( { type: 'first_message', data: { ms: latency( 9000 ) } } ),
	],
	[
		0.08,
		() => ( {
			type: 'retry',
			data: { kind: 'send', ok: Math.random() > 0.3 },
		} ),
	],
	[
		0.06,
		() => ( {
			type: [
				'config_error',
				'messages_load_error',
				'parent_comm_error',
				'privacy_error',
			][ Math.floor( Math.random() * 4 ) ]!,
			data: { code: Math.random() > 0.5 ? 'network_error' : 'http_503' },
		} ),
	],
	[ 0.04, () => ( { type: 'origin_rejected', data: { reason: 'origin' } } ) ],
];

function latency( typicalMs: number ): number {
	// Log-normal-ish: most near the typical value, a long tail.
	return Math.round( typicalMs * Math.exp( ( Math.random() - 0.5 ) * 1.6 ) );
}

function randomEvent(): { type: string; data: object } {
	let pick = Math.random();
	for ( const [ share, make ] of MIX ) {
		if ( ( pick -= share ) <= 0 ) {
			return make();
		}
	}
	return MIX[ 0 ]![ 1 ]();
}

const seconds = ( ms: number ) => ( ms / 1000 ).toFixed( 1 );
const rate = ( count: number, ms: number ) =>
	Math.round( count / ( ms / 1000 ) ).toLocaleString( 'en-US' );

async function ingestOverHttp( sidecar: TestSidecar, sites: ConnectedSite[] ) {
	const batches = Math.ceil( HTTP_EVENTS / 50 );
	let next = 0;
	const started = Date.now();
	const worker = async () => {
		while ( next < batches ) {
			const index = next++;
			const site = sites[ index % sites.length ]!;
			const response = await postBeacon( sidecar.baseUrl, {
				siteKey: site.publicKey,
				events: Array.from( { length: 50 }, () => ( {
					...randomEvent(),
					at: new Date().toISOString(),
				} ) ),
			} );
			if ( response.status !== 202 ) {
				throw new Error( `beacon answered ${ response.status }` );
			}
		}
	};
	await Promise.all( Array.from( { length: 8 }, worker ) );
	return Date.now() - started;
}

async function ingestThroughService(
	sidecar: TestSidecar,
	sites: ConnectedSite[]
) {
	const { telemetry } = sidecar.omniops.services;
	const started = Date.now();
	for ( let index = 0; index < SERVICE_EVENTS / 50; index++ ) {
		const site = sites[ index % sites.length ]!;
		await telemetry.ingest(
			{ id: site.siteId, organizationId: site.organizationId },
			Array.from( { length: 50 }, () => ( {
				...( randomEvent() as { type: 'retry'; data: {} } ),
				at: new Date().toISOString(),
			} ) )
		);
	}
	return Date.now() - started;
}

/**
 * Rows for the raw phase: the `index`-th slice of the last 30 days, so events arrive in
 * time order as they do in production (ids stay random UUIDs, as the service makes them).
 *
 * @param count  Rows in this slice.
 * @param sites  Sites to spread them over.
 * @param start  Start of the slice (ms).
 * @param spanMs Length of the slice.
 */
function rawRows(
	count: number,
	sites: ConnectedSite[],
	start: number,
	spanMs: number
) {
	return Array.from( { length: count }, ( _, index ) => {
		const site = sites[ Math.floor( Math.random() * sites.length ) ]!;
		const event = randomEvent();
		const at = new Date(
			start + Math.floor( ( index / count ) * spanMs )
		).toISOString();
		return {
			id: randomUUID(),
			organization_id: site.organizationId,
			site_id: site.siteId,
			type: event.type,
			occurred_at: at,
			received_at: at,
			data: JSON.stringify( event.data ),
			facet: facetOf(
				event.type,
				event.data as Record< string, unknown >
			),
		};
	} );
}

async function insertRaw(
	sidecar: TestSidecar,
	sites: ConnectedSite[],
	count: number
) {
	const db = sidecar.db.kysely;
	const now = Date.now();
	const oldest = now - 30 * DAY_MS;
	/** The next slice of time, proportional to the rows it holds. */
	const slice = ( done: number, rows: number ) => ( {
		start: oldest + ( done / count ) * 30 * DAY_MS,
		span: ( rows / count ) * 30 * DAY_MS,
	} );
	// SQLite: one prepared statement run in large transactions on a second connection to
	// the same file (WAL lets the sidecar keep reading meanwhile).
	const file =
		sidecar.config.database.kind === 'sqlite'
			? sidecar.config.database.file
			: null;
	const direct = file ? new BetterSqlite( file ) : null;
	direct?.pragma( 'journal_mode = WAL' );
	direct?.pragma( 'synchronous = NORMAL' );
	direct?.pragma( 'cache_size = -262144' );
	const insert = direct?.prepare(
		'insert into telemetry_events (id, organization_id, site_id, type, occurred_at, received_at, data, facet) values (?, ?, ?, ?, ?, ?, ?, ?)'
	);
	const insertMany = direct?.transaction(
		( rows: ReturnType< typeof rawRows > ) => {
			for ( const row of rows ) {
				insert!.run(
					row.id,
					row.organization_id,
					row.site_id,
					row.type,
					row.occurred_at,
					row.received_at,
					row.data,
					row.facet
				);
			}
		}
	);
	const chunk = DIALECT === 'postgres' ? 10_000 : 1_000;
	const perTransaction = DIALECT === 'postgres' ? 5 : 50;
	const started = Date.now();
	let done = 0;
	let lastReport = started;
	/** Every 30 s, how many raw events are in (a large run takes minutes). */
	const reportProgress = () => {
		if ( Date.now() - lastReport > 30_000 ) {
			lastReport = Date.now();
			process.stderr.write(
				`  … ${ done.toLocaleString( 'en-US' ) } raw events (${ rate(
					done,
					Date.now() - started
				) }/s)\n`
			);
		}
	};
	while ( done < count && insertMany ) {
		const size = Math.min( 50_000, count - done );
		const { start, span } = slice( done, size );
		const rows = rawRows( size, sites, start, span );
		insertMany( rows );
		done += rows.length;
		reportProgress();
	}
	direct?.close();
	while ( done < count ) {
		await db.transaction().execute( async ( trx ) => {
			for (
				let step = 0;
				step < perTransaction && done < count;
				step++
			) {
				const size = Math.min( chunk, count - done );
				const { start, span } = slice( done, size );
				const rows = rawRows( size, sites, start, span );
				if ( DIALECT === 'postgres' ) {
					const column = ( key: keyof ( typeof rows )[ 0 ] ) =>
						rows.map( ( row ) => row[ key ] );
					await sql`insert into telemetry_events (id, organization_id, site_id, type, occurred_at, received_at, data, facet)
						select * from unnest(${ column( 'id' ) }::text[], ${ column(
							'organization_id'
						) }::text[], ${ column( 'site_id' ) }::text[], ${ column(
							'type'
						) }::text[], ${ column(
							'occurred_at'
						) }::timestamptz[], ${ column(
							'received_at'
						) }::timestamptz[], ${ column( 'data' ) }::text[], ${ column(
							'facet'
						) }::text[])`.execute( trx );
				} else {
					await trx
						.insertInto( 'telemetry_events' )
						.values( rows )
						.execute();
				}
				done += rows.length;
			}
		} );
		reportProgress();
	}
	return Date.now() - started;
}

async function median( run: () => Promise< unknown >, times = 5 ) {
	const durations: number[] = [];
	for ( let index = 0; index < times; index++ ) {
		const started = process.hrtime.bigint();
		await run();
		durations.push( Number( process.hrtime.bigint() - started ) / 1e6 );
	}
	durations.sort( ( a, b ) => a - b );
	return durations[ Math.floor( times / 2 ) ]!;
}

async function main() {
	if ( DIALECT === 'postgres' && ! process.env.TEST_DATABASE_URL ) {
		process.env.TEST_DATABASE_URL =
			'postgres://postgres@127.0.0.1:5432/postgres';
	}
	console.log(
		`bench/telemetry: ${ TOTAL.toLocaleString( 'en-US' ) } events on ${ DIALECT }`
	);
	const sidecar = await startTestSidecar( DIALECT, {
		env: { OMNIOPS_TELEMETRY_RETENTION_DAYS: '31' },
	} );
	try {
		const sites: ConnectedSite[] = [];
		for ( let org = 0; org < ORGANIZATIONS; org++ ) {
			const first = await connectTestShop(
				sidecar,
				`https://shop-${ org }-0.example`
			);
			sites.push( first );
			for ( let site = 1; site < SITES_PER_ORGANIZATION; site++ ) {
				const url = `https://shop-${ org }-${ site }.example`;
				sites.push(
					await connectShopTo(
						sidecar,
						first.organizationId,
						url,
						url
					)
				);
			}
		}

		const httpMs = await ingestOverHttp( sidecar, sites );
		console.log(
			`ingest over HTTP     ${ HTTP_EVENTS.toLocaleString( 'en-US' ) } events in ${ seconds(
				httpMs
			) } s: ${ rate( HTTP_EVENTS, httpMs ) } events/s (50-event beacons, 8 in flight)`
		);
		const serviceMs = await ingestThroughService( sidecar, sites );
		console.log(
			`ingest via service   ${ SERVICE_EVENTS.toLocaleString( 'en-US' ) } events in ${ seconds(
				serviceMs
			) } s: ${ rate( SERVICE_EVENTS, serviceMs ) } events/s (50-event batches)`
		);
		const raw = TOTAL - HTTP_EVENTS - SERVICE_EVENTS;
		const rawMs = await insertRaw( sidecar, sites, raw );
		console.log(
			`raw batched insert   ${ raw.toLocaleString( 'en-US' ) } events in ${ seconds(
				rawMs
			) } s: ${ rate( raw, rawMs ) } events/s`
		);
		if ( DIALECT === 'postgres' ) {
			await sql`analyze`.execute( sidecar.db.kysely );
		} else {
			await sql`analyze`.execute( sidecar.db.kysely );
		}

		const { telemetry, telemetryHealth } = sidecar.omniops.services;
		const rollupStarted = Date.now();
		await telemetry.rollUp( 31 * 24 );
		const rollupMs = Date.now() - rollupStarted;
		console.log(
			`rollup of 744 hours  ${ seconds( rollupMs ) } s (${ (
				rollupMs / 744
			).toFixed(
				0
			) } ms per hour; the job recomputes 4 hours every 5 minutes)`
		);
		const stored = await sidecar.db.kysely
			.selectFrom( 'telemetry_events' )
			.select( ( eb ) => eb.fn.countAll< number >().as( 'n' ) )
			.executeTakeFirstOrThrow();
		console.log(
			`stored raw events    ${ Number( stored.n ).toLocaleString( 'en-US' ) }`
		);

		const owner = await (
			await import( '../../tests/support/flows' )
		).ownerSession( sidecar );
		const get = async ( path: string ) => {
			const request = () =>
				call( sidecar.baseUrl, 'GET', path, {
					headers: owner.headers,
				} );
			// A kept-alive socket the server closed while service-only queries ran: once more.
			const response = await request().catch( request );
			if ( response.status !== 200 ) {
				throw new Error( `${ path } answered ${ response.status }` );
			}
		};
		const site = sites[ 0 ]!;
		const now = Date.now();
		const queries: Array< [ string, () => Promise< unknown > ] > = [
			[
				'cards, platform (HTTP)',
				() => get( '/api/owner/widget-health' ),
			],
			[
				'cards, one site (HTTP)',
				() => get( `/api/owner/widget-health?siteId=${ site.siteId }` ),
			],
			[
				'charts 7 days, platform',
				() => get( '/api/owner/widget-health/charts?days=7' ),
			],
			[
				'charts 30 days, platform',
				() => get( '/api/owner/widget-health/charts?days=30' ),
			],
			[
				'recent errors 24 h, 200 rows',
				() => get( '/api/owner/widget-health/errors?limit=200' ),
			],
			[
				'sites list, 24 h',
				() => get( '/api/owner/widget-health/sites' ),
			],
			[
				'healthFigures 24 h, platform (service)',
				() =>
					telemetryHealth.healthFigures( {
						from: new Date( now - DAY_MS ).toISOString(),
						to: new Date( now ).toISOString(),
					} ),
			],
			[
				'healthFigures 30 days, platform (service)',
				() =>
					telemetryHealth.healthFigures( {
						from: new Date( now - 30 * DAY_MS ).toISOString(),
						to: new Date( now ).toISOString(),
					} ),
			],
			[
				'usage report 30 days by site (HTTP)',
				() =>
					get(
						`/api/owner/telemetry/usage?groupBy=site&from=${ encodeURIComponent(
							new Date( now - 30 * DAY_MS ).toISOString()
						) }&to=${ encodeURIComponent( new Date( now ).toISOString() ) }`
					),
			],
		];
		console.log( 'dashboard queries (median of 5):' );
		for ( const [ name, run ] of queries ) {
			console.log(
				`  ${ name.padEnd( 42 ) } ${ ( await median( run ) ).toFixed( 1 ) } ms`
			);
		}
	} finally {
		await sidecar.close();
	}
}

main().catch( ( error ) => {
	console.error( error );
	process.exitCode = 1;
} );
