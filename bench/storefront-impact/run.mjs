#!/usr/bin/env -S npx tsx
/**
 * Storefront impact of the plugin: loads the same storefront page with and without the
 * OmniOps loader in Debian's Chromium and prints the difference in main-thread blocking
 * time (sum of long-task time over 50 ms, Lighthouse's TBT definition, until the page is
 * idle) and in bytes and requests before the shopper first interacts. Nothing is
 * asserted: the figures are printed (issue 3 targets: no blocking time added; nothing but
 * the loader fetched before the shopper opens the widget).
 *
 * It starts its own sidecar (demo storefront, port 3111) and serves the two variants of
 * the demo's home page from port 8097 (the "without" one has the two loader lines removed).
 * Run `npm run build` first.   Usage: npx tsx bench/storefront-impact/run.mjs [runs=7]
 * (tsx: it shares tests/support/chromium.ts with the browser journeys)
 */
import { spawn } from 'node:child_process';
import http from 'node:http';
import os from 'node:os';
import path from 'node:path';
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from '@playwright/test';
import { chromiumLaunchOptions } from '../../tests/support/chromium.ts';

const root = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'../..'
);
const SIDECAR_PORT = 3111;
const PAGE_PORT = 8097;
const sidecarUrl = `http://127.0.0.1:${ SIDECAR_PORT }`;
const runs = Number( process.argv[ 2 ] ?? 7 );

const dataDir = fs.mkdtempSync( path.join( os.tmpdir(), 'omniops-impact-' ) );
const sidecar = spawn( 'node_modules/.bin/tsx', [ 'sidecar/src/main.ts' ], {
	cwd: root,
	env: {
		...process.env,
		PORT: String( SIDECAR_PORT ),
		HOST: '127.0.0.1',
		OMNIOPS_PUBLIC_URL: sidecarUrl,
		OMNIOPS_SQLITE_PATH: path.join( dataDir, 'omniops.sqlite' ),
		OMNIOPS_DEMO: 'true',
		LOG_LEVEL: 'warn',
	},
	stdio: 'ignore',
	detached: true,
} );

async function waitForSidecar() {
	for ( let attempt = 0; attempt < 120; attempt++ ) {
		try {
			if ( ( await fetch( `${ sidecarUrl }/readyz` ) ).ok ) {
				return;
			}
		} catch {}
		await new Promise( ( resolve ) => setTimeout( resolve, 500 ) );
	}
	throw new Error( 'the sidecar did not start' );
}

function median( values ) {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return sorted[ Math.floor( sorted.length / 2 ) ];
}

/**
 * One cold load: bytes and requests until idle, and blocking time of long tasks.
 *
 * @param {import('@playwright/test').Browser} browser The browser.
 * @param {string}                             url     The page.
 */
async function measure( browser, url ) {
	const context = await browser.newContext();
	const page = await context.newPage();
	await page.addInitScript( () => {
		window.__blocking = 0;
		new PerformanceObserver( ( list ) => {
			for ( const entry of list.getEntries() ) {
				window.__blocking += Math.max( 0, entry.duration - 50 );
			}
		} ).observe( { type: 'longtask', buffered: true } );
	} );
	const client = await context.newCDPSession( page );
	await client.send( 'Network.enable' );
	let bytes = 0;
	const urls = [];
	client.on( 'Network.loadingFinished', ( event ) => {
		bytes += event.encodedDataLength;
	} );
	client.on( 'Network.requestWillBeSent', ( event ) =>
		urls.push( event.request.url )
	);
	await page.goto( url, { waitUntil: 'networkidle' } );
	await page.waitForTimeout( 1000 );
	const blocking = await page.evaluate( () => window.__blocking );
	await context.close();
	return { bytes, requests: urls.length, blocking, urls };
}

try {
	await waitForSidecar();
	const demo = await ( await fetch( `${ sidecarUrl }/demo` ) ).text();
	const withPlugin = demo.replace(
		'src="/widget/loader.js"',
		`src="${ sidecarUrl }/widget/loader.js"`
	);
	const withoutPlugin = demo
		.replace( /<script>window\.omniopsConfig[^<]*<\/script>\n?/, '' )
		.replace(
			/<script src="\/widget\/loader\.js" defer><\/script>\n?/,
			''
		);
	if (
		withoutPlugin.includes( 'loader.js' ) ||
		! withPlugin.includes( 'omniopsConfig' )
	) {
		throw new Error( 'could not build the two page variants' );
	}
	const server = http.createServer( ( req, res ) => {
		res.setHeader( 'content-type', 'text/html; charset=utf-8' );
		res.end( req.url === '/with' ? withPlugin : withoutPlugin );
	} );
	await new Promise( ( resolve, reject ) => {
		server.once( 'error', reject );
		server.listen( PAGE_PORT, '127.0.0.1', resolve );
	} );

	// Launched as the browser journeys launch it, so its figures compare with theirs.
	const browser = await chromium.launch( chromiumLaunchOptions() );
	const results = { with: [], without: [] };
	for ( let run = 0; run < runs; run++ ) {
		results.without.push(
			await measure( browser, `http://127.0.0.1:${ PAGE_PORT }/without` )
		);
		results.with.push(
			await measure( browser, `http://127.0.0.1:${ PAGE_PORT }/with` )
		);
	}
	await browser.close();
	server.close();

	const summary = ( list ) => ( {
		bytes: median( list.map( ( r ) => r.bytes ) ),
		requests: median( list.map( ( r ) => r.requests ) ),
		blocking: median( list.map( ( r ) => r.blocking ) ),
	} );
	const a = summary( results.without );
	const b = summary( results.with );
	// Subresources only: the two documents differ by URL by construction.
	const subresources = ( urls ) =>
		urls.filter(
			( url ) => ! url.startsWith( `http://127.0.0.1:${ PAGE_PORT }/` )
		);
	const extra = [
		...new Set( subresources( results.with[ 0 ].urls ) ),
	].filter(
		( url ) => ! subresources( results.without[ 0 ].urls ).includes( url )
	);
	console.log(
		`storefront impact of the OmniOps loader (median of ${ runs } cold loads, Chromium)`
	);
	console.log(
		'variant            bytes before interaction   requests   main-thread blocking (ms)'
	);
	console.log(
		`without plugin     ${ String( a.bytes ).padStart( 24 ) }   ${ String( a.requests ).padStart( 8 ) }   ${ a.blocking.toFixed( 0 ).padStart( 25 ) }`
	);
	console.log(
		`with plugin        ${ String( b.bytes ).padStart( 24 ) }   ${ String( b.requests ).padStart( 8 ) }   ${ b.blocking.toFixed( 0 ).padStart( 25 ) }`
	);
	console.log(
		`difference         ${ String( b.bytes - a.bytes ).padStart( 24 ) }   ${ String( b.requests - a.requests ).padStart( 8 ) }   ${ ( b.blocking - a.blocking ).toFixed( 0 ).padStart( 25 ) }`
	);
	console.log(
		`fetched only with the plugin: ${ extra.join( ', ' ) || '(nothing)' }`
	);
} finally {
	try {
		process.kill( -sidecar.pid );
	} catch {}
	fs.rmSync( dataDir, { recursive: true, force: true } );
}
