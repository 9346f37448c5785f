/**
 * Production entry (dist/sidecar/main.js, ADR 0028): runs the compiled server bundle
 * (dist/sidecar/server.js) through a V8 code cache. Compiling the ~7 MB bundle is most of a
 * cold start on Node 20 (which has no module.enableCompileCache); with the cache, V8 reuses the
 * machine code of every function the last start ran. The cache is written once, when the first
 * process exits (or a few seconds after it started, whichever is first), next to the bundle
 * (a directory the process may not write to just means no cache), and ignored when V8
 * rejects it (another Node version or other flags).
 *
 * Plain Node APIs only: this file is bundled on its own and reads no configuration.
 */
import fs from 'node:fs';
import Module, { createRequire } from 'node:module';
import path from 'node:path';
import vm from 'node:vm';

const CACHE_WRITE_DELAY_MS = 5_000;

function run(): void {
	const file = path.join( __dirname, 'server.js' );
	const cacheFile = path.join(
		__dirname,
		`server.js.${ process.version }.v8cache`
	);
	const source = fs.readFileSync( file, 'utf8' );
	let cachedData: Buffer | undefined;
	try {
		cachedData = fs.readFileSync( cacheFile );
	} catch {
		cachedData = undefined;
	}
	const script = new vm.Script( Module.wrap( source ), {
		filename: file,
		cachedData,
	} );
	const wrapper = script.runInThisContext() as (
		exports: unknown,
		require: NodeRequire,
		module: unknown,
		filename: string,
		dirname: string
	) => void;
	const serverModule = { exports: {}, filename: file, id: file };
	wrapper.call(
		serverModule.exports,
		serverModule.exports,
		createRequire( file ),
		serverModule,
		file,
		path.dirname( file )
	);
	if ( ! cachedData || script.cachedDataRejected ) {
		// Once start-up has run (and so compiled) the code a start needs.
		let written = false;
		const write = () => {
			if ( written ) {
				return;
			}
			written = true;
			try {
				fs.writeFileSync( cacheFile, script.createCachedData() );
			} catch {
				// Read-only install: run without a cache.
			}
		};
		setTimeout( write, CACHE_WRITE_DELAY_MS ).unref();
		process.once( 'exit', write );
	}
}

run();
