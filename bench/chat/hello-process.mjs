/**
 * Baselines for bench/chat: the cheapest HTTP answer Node gives (`node`: node:http) and the
 * one Express 5 gives (`express`), each in its own process like the sidecar. Prints its URL on
 * stdout and serves until stdin closes.
 *
 *   node bench/chat/hello-process.mjs node|express
 */
import http from 'node:http';
import express from 'express';

const kind = process.argv[ 2 ] ?? 'node';
const body = JSON.stringify( { hello: 'world' } );

let handler;
if ( kind === 'express' ) {
	const app = express();
	app.get( '/', ( _req, res ) => {
		res.json( { hello: 'world' } );
	} );
	handler = app;
} else {
	handler = ( _req, res ) => {
		res.writeHead( 200, { 'content-type': 'application/json' } );
		res.end( body );
	};
}

const server = http.createServer( handler );
server.listen( 0, '127.0.0.1', () => {
	const { port } = server.address();
	process.stdout.write(
		JSON.stringify( { baseUrl: `http://127.0.0.1:${ port }` } ) + '\n'
	);
} );
process.stdin.resume();
process.stdin.on( 'close', () => process.exit( 0 ) );
