/**
 * The top functions of a .cpuprofile by self time, and the share of time spent under
 * (inclusive) and in the own code (self) of a few named packages:
 * `node bench/chat/profile-top.mjs <file> [count]`.
 */
import fs from 'node:fs';

const [ file, count = '25' ] = process.argv.slice( 2 );
const profile = JSON.parse( fs.readFileSync( file, 'utf8' ) );
const nodes = new Map( profile.nodes.map( ( node ) => [ node.id, node ] ) );
const selfMicros = new Map();
// Sample i lasted timeDeltas[i + 1] (the next sample's delta).
profile.samples.forEach( ( id, i ) => {
	const delta = profile.timeDeltas[ i + 1 ] ?? 0;
	selfMicros.set( id, ( selfMicros.get( id ) ?? 0 ) + delta );
} );
const total = [ ...selfMicros.values() ].reduce( ( a, b ) => a + b, 0 );
const place = ( frame ) => {
	const url = frame.url
		.replace( /^file:\/\//, '' )
		.replace( process.cwd() + '/', '' );
	return `${ frame.functionName || '(anonymous)' } ${ url }`.trim();
};
const byFunction = new Map();
for ( const [ id, micros ] of selfMicros ) {
	const key = place( nodes.get( id ).callFrame );
	byFunction.set( key, ( byFunction.get( key ) ?? 0 ) + micros );
}
// Inclusive time per package or area: a sample counts once if any frame on its stack matches.
const parents = new Map();
for ( const node of profile.nodes ) {
	for ( const child of node.children ?? [] ) {
		parents.set( child, node.id );
	}
}
const AREAS = {
	kysely: /node_modules\/kysely\//,
	'better-sqlite3': /node_modules\/better-sqlite3\//,
	pg: /node_modules\/(pg|pg-protocol|pg-pool)\//,
	express: /node_modules\/(express|router|body-parser)\//,
	'sidecar/src/modules/assistant': /sidecar\/src\/modules\/assistant\//,
	'sidecar/src/modules/chat': /sidecar\/src\/modules\/chat\//,
	'garbage collector': /^$/,
};
const inclusive = Object.fromEntries(
	Object.keys( AREAS ).map( ( k ) => [ k, 0 ] )
);
// Self time per area: samples whose own (top) frame is in it — an area's own code, without
// what it calls (Kysely's inclusive share holds the drivers' native calls and socket writes).
const own = Object.fromEntries( Object.keys( AREAS ).map( ( k ) => [ k, 0 ] ) );
for ( const [ id, micros ] of selfMicros ) {
	const top = nodes.get( id ).callFrame;
	for ( const [ name, pattern ] of Object.entries( AREAS ) ) {
		if (
			name === 'garbage collector'
				? top.functionName === '(garbage collector)'
				: pattern.test( top.url )
		) {
			own[ name ] += micros;
		}
	}
	const seen = new Set();
	for ( let at = id; at !== undefined; at = parents.get( at ) ) {
		const frame = nodes.get( at ).callFrame;
		for ( const [ name, pattern ] of Object.entries( AREAS ) ) {
			const hit =
				name === 'garbage collector'
					? frame.functionName === '(garbage collector)'
					: pattern.test( frame.url );
			if ( hit ) {
				seen.add( name );
			}
		}
	}
	for ( const name of seen ) {
		inclusive[ name ] += micros;
	}
}
const idle = byFunction.get( '(idle)' ) ?? 0;
const busy = total - idle;
console.log(
	`${ ( total / 1e6 ).toFixed( 1 ) } s profiled, ${ ( busy / 1e6 ).toFixed( 1 ) } s busy (shares below are of busy time)`
);
for ( const [ name, micros ] of [ ...byFunction ]
	.filter( ( [ key ] ) => key !== '(idle)' )
	.sort( ( a, b ) => b[ 1 ] - a[ 1 ] )
	.slice( 0, Number( count ) ) ) {
	console.log(
		`${ ( ( 100 * micros ) / busy ).toFixed( 1 ).padStart( 5 ) }%  ${ name }`
	);
}
console.log( 'inclusive, self:' );
for ( const [ name, micros ] of Object.entries( inclusive ) ) {
	console.log(
		`${ ( ( 100 * micros ) / busy ).toFixed( 1 ).padStart( 5 ) }%  ${ ( ( 100 * own[ name ] ) / busy ).toFixed( 1 ).padStart( 5 ) }%  ${ name }`
	);
}
