/**
 * The sidecar side of bench/chat, run in its own process so the load generator does not share
 * its event loop: a real sidecar on a fresh database (SQLite file, or a PostgreSQL database of
 * its own), connected to the WooCommerce double serving the demo catalog and synced the way the
 * plugin hands a shop over, the eval's policy pages indexed, and a pool of open widget
 * conversations. Prints one JSON line on stdout ({ baseUrl, conversations }) when ready and
 * serves until stdin closes.
 *
 *   tsx bench/chat/sidecar-process.ts --dialect sqlite|postgres [--products 520] [--conversations 500]
 *
 * With BENCH_CPU_PROFILE=<file> the process profiles its CPU from the end of set-up (catalog
 * sync, conversations) until stdin closes and writes a .cpuprofile there (`node
 * bench/chat/profile-top.mjs <file>` lists the top functions).
 */
import fs from 'node:fs';
import { Session } from 'node:inspector/promises';
import { startConversation } from '../../tests/support/flows';
import {
	startTestSidecar,
	type TestDialect,
} from '../../tests/support/sidecar-harness';
import { connectBenchShop } from '../support/bench-shop';
import { argument, LIMITS_OFF } from '../support/command-line';

const DIALECT = argument( 'dialect', 'sqlite' ) as TestDialect;
const PRODUCTS = Number( argument( 'products', '520' ) );
const CONVERSATIONS = Number( argument( 'conversations', '500' ) );

/** Starts the CPU profiler when BENCH_CPU_PROFILE names a file; the returned function writes it. */
async function startProfiler(): Promise< ( () => Promise< void > ) | null > {
	const file = process.env.BENCH_CPU_PROFILE;
	if ( ! file ) {
		return null;
	}
	const session = new Session();
	session.connect();
	await session.post( 'Profiler.enable' );
	await session.post( 'Profiler.start' );
	return async () => {
		const { profile } = await session.post( 'Profiler.stop' );
		fs.writeFileSync( file, JSON.stringify( profile ) );
		session.disconnect();
	};
}

async function main(): Promise< void > {
	const sidecar = await startTestSidecar( DIALECT, { env: LIMITS_OFF } );
	const { catalog, site, double } = await connectBenchShop( sidecar, {
		name: 'Bench chat',
		storeUrl: 'https://bench-chat.example',
		products: PRODUCTS,
	} );
	const conversations = [];
	for ( let i = 0; i < CONVERSATIONS; i++ ) {
		conversations.push(
			await startConversation( sidecar, site.publicKey )
		);
	}
	const productNames = catalog.products
		.slice( 0, 40 )
		.map( ( product ) => String( product.name ) );
	const profiler = await startProfiler();
	process.stdout.write(
		JSON.stringify( {
			baseUrl: sidecar.baseUrl,
			conversations,
			productNames,
		} ) + '\n'
	);
	// Serve until the parent closes our stdin (or dies), then clean up the database.
	process.stdin.resume();
	await new Promise< void >( ( resolve ) =>
		process.stdin.on( 'close', () => resolve() )
	);
	await profiler?.();
	await sidecar.close();
	await double.close();
	process.exit( 0 );
}

main().catch( ( error ) => {
	process.stderr.write( `${ error?.stack ?? error }\n` );
	process.exit( 1 );
} );
