/**
 * What the AI provider doubles (tests/doubles/openai, tests/doubles/anthropic) share: a
 * server on a free port of 127.0.0.1 that hands each request over with its whole body, the
 * queue of scripted turns a request takes from, a stalled turn, and the pieces a streamed
 * answer is cut into. Each double keeps its own protocol: paths, headers, envelopes, events.
 */
import http from 'node:http';
import type { AddressInfo } from 'node:net';

/** A scripted turn, or what makes one from the request it answers. */
export type Scripted< Request, Turn > = Turn | ( ( request: Request ) => Turn );

/** The scripted turns of a double, in order; each request takes the next one. */
function turnQueue< Request, Turn extends object >() {
	const turns: Array< Scripted< Request, Turn > > = [];
	return {
		script: ( ...next: Array< Scripted< Request, Turn > > ) => {
			turns.push( ...next );
		},
		pending: () => turns.length,
		/** The next turn for `request`; undefined when the script has run out. */
		take: ( request: Request ): Turn | undefined => {
			const next = turns.shift();
			return typeof next === 'function'
				? ( next as ( request: Request ) => Turn )( request )
				: next;
		},
	};
}

/**
 * Starts a double on a free port of 127.0.0.1; `handle` gets each request once its body is
 * in. Its URL is the base URL a provider's SDK is given (ending in /v1).
 * @param handle answers one request
 */
async function listenDouble(
	handle: (
		req: http.IncomingMessage,
		res: http.ServerResponse,
		raw: string
	) => void
): Promise< { url: string; close: () => Promise< void > } > {
	const server = http.createServer( ( req, res ) => {
		let raw = '';
		req.on( 'data', ( chunk: Buffer ) => ( raw += chunk.toString() ) );
		req.on( 'end', () => handle( req, res, raw ) );
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	return {
		url: `http://127.0.0.1:${ ( server.address() as AddressInfo ).port }/v1`,
		close: () =>
			new Promise< void >( ( resolve ) => {
				server.closeAllConnections();
				server.close( () => resolve() );
			} ),
	};
}

/** A provider double as a test drives it. */
export interface ProviderDouble< Request, Turn, Recorded = Request > {
	/** The base URL the provider's SDK is given. */
	url: string;
	/** The requests it was sent, in order. */
	requests: Recorded[];
	/** Queues the turns the next requests take. */
	script: ( ...turns: Array< Scripted< Request, Turn > > ) => void;
	/** How many scripted turns are left. */
	pending: () => number;
	close: () => Promise< void >;
}

/**
 * Starts a provider double: `serve` answers each request, recording it in `requests` and
 * taking its scripted turn with `take`.
 * @param serve answers one request
 */
export async function startProviderDouble<
	Request,
	Turn extends object,
	Recorded = Request,
>(
	serve: (
		req: http.IncomingMessage,
		res: http.ServerResponse,
		raw: string,
		double: {
			requests: Recorded[];
			take: ( request: Request ) => Turn | undefined;
		}
	) => void
): Promise< ProviderDouble< Request, Turn, Recorded > > {
	const turns = turnQueue< Request, Turn >();
	const requests: Recorded[] = [];
	const server = await listenDouble( ( req, res, raw ) =>
		serve( req, res, raw, { requests, take: turns.take } )
	);
	return {
		url: server.url,
		requests,
		script: turns.script,
		pending: turns.pending,
		close: server.close,
	};
}

/** A stalled turn: no answer for `ms`, then `fail` (unless the client gave up first). */
export function stall(
	res: http.ServerResponse,
	ms: number,
	fail: () => void
): void {
	const timer = setTimeout( fail, ms );
	res.on( 'close', () => clearTimeout( timer ) );
}

/**
 * A request's JSON body, or undefined once `refuse` has answered that it is not JSON (each
 * double refuses in its provider's words).
 * @param raw    the body as sent
 * @param refuse answers a body that does not parse
 */
export function parsedBody< Request >(
	raw: string,
	refuse: () => void
): Request | undefined {
	try {
		return JSON.parse( raw ) as Request;
	} catch {
		refuse();
		return undefined;
	}
}

/** What a double can be scripted with besides answers: an HTTP error, or a stall. */
export type FailingTurn< ScriptedError > =
	{ error: ScriptedError } | { stallMs: number };

/** How a double's protocol answers a request it has no answer for. */
export interface TurnRefusals< ScriptedError > {
	/** The script has run out. */
	noTurnLeft: () => void;
	/** The turn is a scripted HTTP error. */
	scriptedError: ( error: ScriptedError ) => void;
	/** What a stalled turn sends once it gives up. */
	stalled: () => void;
}

/**
 * The turn to answer with, or undefined once the request has been answered another way:
 * the script ran out, the turn is a scripted error, or it stalls.
 * @param res    the response, for a stall
 * @param turn   the request's scripted turn, if any was left
 * @param refuse how the double's protocol says each of those
 */
export function answerableTurn< Answer extends object, ScriptedError >(
	res: http.ServerResponse,
	turn: Answer | FailingTurn< ScriptedError > | undefined,
	refuse: TurnRefusals< ScriptedError >
): Answer | undefined {
	if ( ! turn ) {
		refuse.noTurnLeft();
		return undefined;
	}
	if ( 'error' in turn ) {
		refuse.scriptedError( turn.error as ScriptedError );
		return undefined;
	}
	if ( 'stallMs' in turn ) {
		stall( res, turn.stallMs as number, refuse.stalled );
		return undefined;
	}
	return turn;
}

/** Answers with a JSON body (an answer, or an error in the provider's envelope). */
export function sendJson(
	res: http.ServerResponse,
	status: number,
	body: unknown,
	headers: http.OutgoingHttpHeaders = {}
): void {
	res.writeHead( status, { 'Content-Type': 'application/json', ...headers } );
	res.end( JSON.stringify( body ) );
}

/** Starts a server-sent event stream. */
export const eventStream = ( res: http.ServerResponse ) =>
	res.writeHead( 200, {
		'Content-Type': 'text/event-stream',
		'Cache-Control': 'no-cache',
		Connection: 'keep-alive',
	} );

/** A text as providers stream it: word by word. */
export const words = ( text: string ) => text.match( /\S+\s*|\s+/g ) ?? [];

/** A tool call's JSON arguments streamed in two halves. */
export function halves( json: string ): [ string, string ] {
	const half = Math.ceil( json.length / 2 );
	return [ json.slice( 0, half ), json.slice( half ) ];
}
