/**
 * An OpenAI-compatible chat completions server for tests (the protocol OpenAI, Ollama,
 * vLLM and LM Studio speak): POST /v1/chat/completions with `Authorization: Bearer`,
 * JSON answers or `stream: true` server-sent events (`chat.completion.chunk`, tool-call
 * deltas, a usage chunk when `stream_options.include_usage`, then `data: [DONE]`), and
 * OpenAI's error envelope. Each request takes the next scripted turn: text, tool calls,
 * an HTTP error, or a stall (no answer within the client's timeout).
 */
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

export interface ChatRequest {
	model: string;
	messages: Array< {
		role: string;
		content?: unknown;
		tool_calls?: Array< {
			id: string;
			function: { name: string; arguments: string };
		} >;
		tool_call_id?: string;
	} >;
	tools?: Array< {
		type: string;
		function: { name: string; description?: string; parameters: unknown };
	} >;
	stream?: boolean;
	stream_options?: { include_usage?: boolean };
}

export type Turn =
	| { text: string; usage?: { prompt: number; completion: number } }
	| {
			toolCalls: Array< { name: string; args: unknown } >;
			usage?: { prompt: number; completion: number };
	  }
	| { error: { status: number; message: string } }
	| { stallMs: number };

/** The double as a test drives it. */
export type OpenAiDouble = ProviderDouble< ChatRequest, Turn >;

export async function startOpenAiDouble(
	apiKey: string
): Promise< OpenAiDouble > {
	let sequence = 0;

	return startProviderDouble< ChatRequest, Turn >(
		( req, res, raw, { requests, take } ) => {
			const fail = ( status: number, message: string, code: string ) =>
				sendJson( res, status, {
					error: {
						message,
						type: 'invalid_request_error',
						param: null,
						code,
					},
				} );
			if ( req.method !== 'POST' || req.url !== '/v1/chat/completions' ) {
				fail(
					404,
					`Unknown request URL: ${ req.method } ${ req.url }`,
					'unknown_url'
				);
				return;
			}
			if ( req.headers.authorization !== `Bearer ${ apiKey }` ) {
				fail( 401, 'Incorrect API key provided.', 'invalid_api_key' );
				return;
			}
			const request = parsedBody< ChatRequest >( raw, () =>
				fail(
					400,
					'We could not parse the JSON body of your request.',
					'invalid_json'
				)
			);
			if ( ! request ) {
				return;
			}
			requests.push( request );
			const turn = answerableTurn( res, take( request ), {
				noTurnLeft: () =>
					fail(
						500,
						'The test double has no scripted turn left.',
						'no_script'
					),
				scriptedError: ( error ) =>
					fail( error.status, error.message, 'scripted_error' ),
				stalled: () => fail( 504, 'stalled', 'stall' ),
			} );
			if ( ! turn ) {
				return;
			}
			const id = `chatcmpl-${ ++sequence }`;
			const created = Math.floor( Date.now() / 1000 );
			const usage = {
				prompt_tokens: turn.usage?.prompt ?? 100,
				completion_tokens: turn.usage?.completion ?? 20,
				total_tokens:
					( turn.usage?.prompt ?? 100 ) +
					( turn.usage?.completion ?? 20 ),
			};
			const toolCalls =
				'toolCalls' in turn
					? turn.toolCalls.map( ( call, index ) => ( {
							index,
							id: `call_${ sequence }_${ index }`,
							type: 'function',
							function: {
								name: call.name,
								arguments: JSON.stringify( call.args ),
							},
						} ) )
					: [];
			const finish = toolCalls.length ? 'tool_calls' : 'stop';
			if ( ! request.stream ) {
				sendJson( res, 200, {
					id,
					object: 'chat.completion',
					created,
					model: request.model,
					choices: [
						{
							index: 0,
							message: {
								role: 'assistant',
								content: 'text' in turn ? turn.text : null,
								...( toolCalls.length
									? {
											tool_calls: toolCalls.map(
												( { index: _i, ...call } ) =>
													call
											),
										}
									: {} ),
							},
							finish_reason: finish,
						},
					],
					usage,
				} );
				return;
			}
			eventStream( res );
			const send = ( payload: unknown ) =>
				res.write( `data: ${ JSON.stringify( payload ) }\n\n` );
			const chunk = (
				delta: unknown,
				finishReason: string | null = null
			) =>
				send( {
					id,
					object: 'chat.completion.chunk',
					created,
					model: request.model,
					choices: [
						{ index: 0, delta, finish_reason: finishReason },
					],
				} );
			chunk( { role: 'assistant', content: '' } );
			if ( 'text' in turn ) {
				// Word by word, as providers stream.
				for ( const piece of words( turn.text ) ) {
					chunk( { content: piece } );
				}
			}
			for ( const call of toolCalls ) {
				chunk( {
					tool_calls: [
						{
							index: call.index,
							id: call.id,
							type: 'function',
							function: {
								name: call.function.name,
								arguments: '',
							},
						},
					],
				} );
				for ( const part of halves( call.function.arguments ) ) {
					chunk( {
						tool_calls: [
							{
								index: call.index,
								function: { arguments: part },
							},
						],
					} );
				}
			}
			chunk( {}, finish );
			if ( request.stream_options?.include_usage ) {
				send( {
					id,
					object: 'chat.completion.chunk',
					created,
					model: request.model,
					choices: [],
					usage,
				} );
			}
			res.end( 'data: [DONE]\n\n' );
		}
	);
}
