/**
 * An Anthropic Messages API server for tests: POST /v1/messages with the `x-api-key` and
 * `anthropic-version` headers, `model` / `max_tokens` / `messages` required, `tools` with
 * `input_schema`, `tool_use` / `tool_result` content blocks. Answers JSON (`type: message`)
 * or, with `stream: true`, the server-sent events the real API sends: `message_start`,
 * `content_block_start`, `ping`, `content_block_delta` (`text_delta`, `input_json_delta`),
 * `content_block_stop`, `message_delta` (stop reason and usage), `message_stop`. Errors use
 * Anthropic's envelope `{ type: 'error', error: { type, message } }`. Each request takes the
 * next scripted turn: text, tool calls, an HTTP error, or a stall.
 */
import type http from 'node:http';
import {
	answerableTurn,
	eventStream,
	halves,
	parsedBody,
	sendJson,
	startProviderDouble,
	words,
	type ProviderDouble,
} from '../provider-kit';

export const ANTHROPIC_VERSION = '2023-06-01';

export type ContentBlock =
	| { type: 'text'; text: string }
	| { type: 'tool_use'; id: string; name: string; input: unknown }
	| {
			type: 'tool_result';
			tool_use_id: string;
			content: unknown;
			is_error?: boolean;
	  };

export interface MessagesRequest {
	model: string;
	max_tokens: number;
	system?: string | Array< { type: 'text'; text: string } >;
	messages: Array< {
		role: 'user' | 'assistant';
		content: string | ContentBlock[];
	} >;
	tools?: Array< {
		name: string;
		description?: string;
		input_schema: unknown;
	} >;
	stream?: boolean;
}

export interface RecordedRequest {
	body: MessagesRequest;
	headers: http.IncomingHttpHeaders;
}

export type Turn =
	| { text: string; usage?: { input: number; output: number } }
	| {
			toolCalls: Array< { name: string; args: unknown } >;
			usage?: { input: number; output: number };
	  }
	| { error: { status: number; type: string; message: string } }
	| { stallMs: number };

/** The double as a test drives it; its URL is the base URL the SDK is given (it appends /messages). */
export type AnthropicDouble = ProviderDouble<
	MessagesRequest,
	Turn,
	RecordedRequest
>;

/** Why a body is not a valid Messages request, or null when it is. */
function invalidBody( body: Partial< MessagesRequest > ): string | null {
	if ( typeof body.model !== 'string' || ! body.model ) {
		return 'model: Field required';
	}
	if ( typeof body.max_tokens !== 'number' || body.max_tokens < 1 ) {
		return 'max_tokens: Field required';
	}
	if ( ! Array.isArray( body.messages ) || ! body.messages.length ) {
		return 'messages: at least one message is required';
	}
	if ( body.messages[ 0 ]!.role !== 'user' ) {
		return 'messages: first message must use the "user" role';
	}
	// Every tool_result must answer a tool_use of the assistant turn before it.
	for ( let i = 0; i < body.messages.length; i++ ) {
		const content = body.messages[ i ]!.content;
		if ( ! Array.isArray( content ) ) {
			continue;
		}
		for ( const block of content ) {
			if ( block.type !== 'tool_result' ) {
				continue;
			}
			const previous = body.messages[ i - 1 ]?.content;
			const answered =
				Array.isArray( previous ) &&
				previous.some(
					( p ) => p.type === 'tool_use' && p.id === block.tool_use_id
				);
			if ( ! answered ) {
				return `messages.${ i }: unexpected tool_use_id found in tool_result blocks: ${ block.tool_use_id }`;
			}
		}
	}
	for ( const tool of body.tools ?? [] ) {
		if ( ! tool.name || typeof tool.input_schema !== 'object' ) {
			return 'tools: each tool needs a name and an input_schema';
		}
	}
	return null;
}

export async function startAnthropicDouble(
	apiKey: string
): Promise< AnthropicDouble > {
	let sequence = 0;

	return startProviderDouble< MessagesRequest, Turn, RecordedRequest >(
		( req, res, raw, { requests, take } ) => {
			const fail = ( status: number, type: string, message: string ) =>
				sendJson(
					res,
					status,
					{ type: 'error', error: { type, message } },
					{ 'request-id': `req_double_${ sequence }` }
				);
			if ( req.method !== 'POST' || req.url !== '/v1/messages' ) {
				fail( 404, 'not_found_error', 'Not found' );
				return;
			}
			if ( req.headers[ 'x-api-key' ] !== apiKey ) {
				fail( 401, 'authentication_error', 'invalid x-api-key' );
				return;
			}
			if ( req.headers[ 'anthropic-version' ] !== ANTHROPIC_VERSION ) {
				fail(
					400,
					'invalid_request_error',
					'anthropic-version: header is required'
				);
				return;
			}
			const body = parsedBody< MessagesRequest >( raw, () =>
				fail(
					400,
					'invalid_request_error',
					'The request body is not valid JSON.'
				)
			);
			if ( ! body ) {
				return;
			}
			const invalid = invalidBody( body );
			if ( invalid ) {
				fail( 400, 'invalid_request_error', invalid );
				return;
			}
			requests.push( { body, headers: req.headers } );
			const turn = answerableTurn( res, take( body ), {
				noTurnLeft: () =>
					fail(
						500,
						'api_error',
						'The test double has no scripted turn left.'
					),
				scriptedError: ( error ) =>
					fail( error.status, error.type, error.message ),
				stalled: () => fail( 529, 'overloaded_error', 'Overloaded' ),
			} );
			if ( ! turn ) {
				return;
			}
			answer( res, body, turn, `msg_double_${ ++sequence }` );
		}
	);
}

function answer(
	res: http.ServerResponse,
	request: MessagesRequest,
	turn: Extract< Turn, { text: string } | { toolCalls: unknown } >,
	id: string
) {
	const usage = {
		input_tokens: turn.usage?.input ?? 100,
		output_tokens: turn.usage?.output ?? 20,
	};
	const content: ContentBlock[] =
		'text' in turn
			? [ { type: 'text', text: turn.text } ]
			: turn.toolCalls.map( ( call, index ) => ( {
					type: 'tool_use',
					id: `toolu_${ id }_${ index }`,
					name: call.name,
					input: call.args,
				} ) );
	const stopReason = 'text' in turn ? 'end_turn' : 'tool_use';
	if ( ! request.stream ) {
		sendJson( res, 200, {
			id,
			type: 'message',
			role: 'assistant',
			model: request.model,
			content,
			stop_reason: stopReason,
			stop_sequence: null,
			usage,
		} );
		return;
	}
	eventStream( res );
	const send = ( event: string, payload: Record< string, unknown > ) =>
		res.write(
			`event: ${ event }\ndata: ${ JSON.stringify( {
				type: event,
				...payload,
			} ) }\n\n`
		);
	send( 'message_start', {
		message: {
			id,
			type: 'message',
			role: 'assistant',
			model: request.model,
			content: [],
			stop_reason: null,
			stop_sequence: null,
			usage: { input_tokens: usage.input_tokens, output_tokens: 1 },
		},
	} );
	send( 'ping', {} );
	content.forEach( ( block, index ) => {
		if ( block.type === 'text' ) {
			send( 'content_block_start', {
				index,
				content_block: { type: 'text', text: '' },
			} );
			// Word by word, as the API streams.
			for ( const piece of words( block.text ) ) {
				send( 'content_block_delta', {
					index,
					delta: { type: 'text_delta', text: piece },
				} );
			}
		} else if ( block.type === 'tool_use' ) {
			send( 'content_block_start', {
				index,
				content_block: {
					type: 'tool_use',
					id: block.id,
					name: block.name,
					input: {},
				},
			} );
			for ( const part of [
				'',
				...halves( JSON.stringify( block.input ) ),
			] ) {
				send( 'content_block_delta', {
					index,
					delta: { type: 'input_json_delta', partial_json: part },
				} );
			}
		}
		send( 'content_block_stop', { index } );
	} );
	send( 'message_delta', {
		delta: { stop_reason: stopReason, stop_sequence: null },
		usage: { output_tokens: usage.output_tokens },
	} );
	send( 'message_stop', {} );
	res.end();
}
