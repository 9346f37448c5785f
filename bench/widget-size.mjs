#!/usr/bin/env node
/**
 * Prints the raw and gzip sizes of what a shop's page and the chat iframe download:
 * the loader (budget 3 KB gzip) and the iframe app's initial JavaScript (budget 30 KB gzip since it runs on preact/compat, ADR 0025).
 * Run `npm run build` first.
 */
import { readFileSync, existsSync } from 'node:fs';
import path from 'node:path';
import { gzipSync } from 'node:zlib';
import { ROOT } from '../scripts/repo-root.mjs';

const bundles = [
	{ name: 'loader (shop page)', file: 'plugin/build/loader.js', budgetKb: 3 },
	// Added next to the loader on product pages only (the Store API "Add to cart").
	{ name: 'cart (product pages)', file: 'plugin/build/cart.js', budgetKb: 1 },
	// Added next to the loader on WooCommerce shops (the order-attribution cookie).
	{
		name: 'attribution (shop pages)',
		file: 'plugin/build/attribution.js',
		budgetKb: 1,
	},
	{ name: 'widget app (iframe)', file: 'build/widget/app.js', budgetKb: 30 },
	{
		name: 'wp-admin settings page',
		file: 'plugin/build/admin.js',
		budgetKb: null,
	},
	{ name: 'dashboard', file: 'build/dashboard/dashboard.js', budgetKb: null },
];

const kb = ( bytes ) => ( bytes / 1024 ).toFixed( 2 );
let over = false;
console.log( 'bundle                      raw KB   gzip KB   budget' );
for ( const bundle of bundles ) {
	const file = path.join( ROOT, bundle.file );
	if ( ! existsSync( file ) ) {
		console.log(
			`${ bundle.name.padEnd( 26 ) } missing (run npm run build)`
		);
		over = true;
		continue;
	}
	const raw = readFileSync( file );
	const gzip = gzipSync( raw, { level: 9 } ).length;
	const verdict =
		bundle.budgetKb === null
			? '-'
			: `${ bundle.budgetKb } KB ${ gzip / 1024 <= bundle.budgetKb ? 'ok' : 'OVER' }`;
	over ||= bundle.budgetKb !== null && gzip / 1024 > bundle.budgetKb;
	console.log(
		`${ bundle.name.padEnd( 26 ) } ${ kb( raw.length ).padStart( 7 ) } ${ kb( gzip ).padStart( 9 ) }   ${ verdict }`
	);
}
process.exitCode = over ? 1 : 0;
