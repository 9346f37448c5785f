/**
 * A real HTTP server in the test process that receives webhooks: it keeps each request's
 * headers and exact body, and answers with the statuses it is told to (then 200), so tests
 * can verify signatures and make deliveries fail on purpose.
 */
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedWebhook {
	path: string;
	headers: Record< string, string | string[] | undefined >;
	body: string;
}

export async function startWebhookReceiver() {
	const received: ReceivedWebhook[] = [];
	/** Statuses to answer with next, per path (consumed in order); afterwards 200. */
	const planned = new Map< string, number[] >();
	const server = createServer( ( req, res ) => {
		let body = '';
		req.on( 'data', ( chunk: Buffer ) => ( body += chunk.toString() ) );
		req.on( 'end', () => {
			const path = req.url ?? '/';
			received.push( { path, headers: req.headers, body } );
			const status = planned.get( path )?.shift() ?? 200;
			res.writeHead( status, { 'content-type': 'text/plain' } );
			res.end( status < 300 ? 'ok' : 'nope' );
		} );
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const port = ( server.address() as AddressInfo ).port;
	return {
		received,
		url: ( path: string ) => `http://127.0.0.1:${ port }${ path }`,
		/**
		 * Answers the next requests to `path` with these statuses.
		 *
		 * @param path     Request path.
		 * @param statuses HTTP statuses, in order.
		 */
		fail( path: string, ...statuses: number[] ) {
			planned.set( path, [
				...( planned.get( path ) ?? [] ),
				...statuses,
			] );
		},
		on: ( path: string ) => received.filter( ( r ) => r.path === path ),
		close: () =>
			new Promise< void >( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}

export type WebhookReceiver = Awaited<
	ReturnType< typeof startWebhookReceiver >
>;
