/**
 * A small typed client for the widget API (`/api/widget/*`, same origin as the frame).
 * Every call goes through `request`, the one place that turns the sidecar's error
 * envelope `{ error: { code, message, details } }` into an `ApiError`.
 */
import { EnvelopeError } from '../../contracts/plain/error-envelope';
import type { PageContext } from '../protocol';
import type {
	WidgetConfig,
	PrivacyChoices,
	ReplyChunk,
	Message,
	MessagePage,
	ConversationSession,
	SendMessageInput,
	SendMessageResult,
} from './apiTypes';

// Callers take the API's types from here, with the client that speaks them.
export type * from './apiTypes';

/** A failed API call. `status` 0 means the request never got an answer. */
export class ApiError extends EnvelopeError {
	// Kept by name: the bundle's minifier renames classes.
	override name = 'ApiError';
}

// True for the rejection of an aborted fetch, which callers ignore rather than show.
export const isAbortError = ( error: unknown ): boolean =>
	( error as Error | null )?.name === 'AbortError';

/** A call about the shopper's conversation that needs nothing more than its session. */
type ConversationCall< Result > = (
	session: ConversationSession,
	signal?: AbortSignal
) => Promise< Result >;

export interface WidgetApi {
	getConfig: ( signal?: AbortSignal ) => Promise< WidgetConfig >;
	startConversation: (
		signal?: AbortSignal
	) => Promise< ConversationSession >;
	/**
	 * One page of the conversation, oldest first: the newest page, or with `before` (a
	 * previous page's `olderCursor`) the page just older than it.
	 */
	listMessages: (
		session: ConversationSession,
		signal?: AbortSignal,
		before?: string
	) => Promise< MessagePage >;
	sendMessage: (
		session: ConversationSession,
		input: SendMessageInput,
		signal?: AbortSignal
	) => Promise< SendMessageResult >;
	/** Like `sendMessage`, with the reply's chunks passed to `onChunk` as they arrive. */
	streamMessage: (
		session: ConversationSession,
		input: SendMessageInput,
		onChunk: ( chunk: ReplyChunk ) => void,
		signal?: AbortSignal
	) => Promise< SendMessageResult >;
	getPrivacy: ConversationCall< PrivacyChoices >;
	savePrivacy: (
		session: ConversationSession,
		choices: { retentionDays: number; email?: string },
		signal?: AbortSignal
	) => Promise< PrivacyChoices >;
	deleteConversation: ConversationCall< void >;
	/**
	 * Records a page the shopper loaded with the chat on it (consent given or not
	 * required). Resolves `false` when the server saw it as a reload of the same page.
	 */
	recordPageView: (
		session: ConversationSession,
		page: PageContext,
		signal?: AbortSignal
	) => Promise< boolean >;
}

/** The part of `fetch` the client uses. */
export type FetchLike = (
	url: string,
	init?: RequestInit
) => Promise< Response >;

export interface WidgetApiOptions {
	/** `/api/widget`, from the frame config. */
	apiBase: string;
	siteKey: string;
	/** Injected by tests; the browser's fetch otherwise. */
	fetch?: FetchLike;
}

type Json = Record< string, unknown >;

const isJson = ( value: unknown ): value is Json =>
	typeof value === 'object' && value !== null && ! Array.isArray( value );

// The server owns the shape; this only guards what the UI would crash on.
const toMessage = ( value: unknown ): Message => {
	const message = isJson( value ) ? value : {};
	return {
		...( message as unknown as Message ),
		text: String( message.text ?? '' ),
		sources: Array.isArray( message.sources ) ? message.sources : [],
	};
};

const unreadable = ( status: number ) =>
	new ApiError(
		status,
		'invalid_response',
		'The chat service sent an unreadable answer.'
	);

/**
 * Creates the client.
 *
 * @param options Base URL, site key and (in tests) a fetch implementation.
 * @return The widget API.
 */
export function createWidgetApi( options: WidgetApiOptions ): WidgetApi {
	const { apiBase, siteKey } = options;
	const doFetch =
		options.fetch ?? ( ( input, init ) => fetch( input, init ) );

	async function send(
		path: string,
		init: {
			method?: string;
			body?: unknown;
			token?: string;
			signal?: AbortSignal;
		}
	): Promise< Response > {
		const headers: Record< string, string > = {
			Accept: 'application/json',
		};
		if ( init.body !== undefined ) {
			headers[ 'Content-Type' ] = 'application/json';
		}
		if ( init.token ) {
			headers.Authorization = `Bearer ${ init.token }`;
		}
		let response: Response;
		try {
			response = await doFetch( apiBase + path, {
				method: init.method ?? 'GET',
				headers,
				body:
					init.body === undefined
						? undefined
						: JSON.stringify( init.body ),
				credentials: 'same-origin',
				signal: init.signal,
			} );
		} catch ( error ) {
			if ( isAbortError( error ) ) {
				throw error;
			}
			throw new ApiError(
				0,
				'network_error',
				'The chat service could not be reached.'
			);
		}
		if ( ! response.ok ) {
			const data: unknown = await response.json().catch( () => null );
			const envelope =
				isJson( data ) && isJson( data.error ) ? data.error : {};
			throw new ApiError(
				response.status,
				typeof envelope.code === 'string'
					? envelope.code
					: `http_${ response.status }`,
				typeof envelope.message === 'string'
					? envelope.message
					: `Request failed with status ${ response.status }.`,
				envelope.details
			);
		}
		return response;
	}

	async function request(
		path: string,
		init: Parameters< typeof send >[ 1 ]
	): Promise< Json > {
		const response = await send( path, init );
		if ( response.status === 204 ) {
			return {};
		}
		const data: unknown = await response.json().catch( () => null );
		if ( ! isJson( data ) ) {
			throw unreadable( response.status );
		}
		return data;
	}

	const conversationBase = ( session: ConversationSession ) =>
		`/conversations/${ encodeURIComponent( session.conversationId ) }`;
	const conversationPath = ( session: ConversationSession ) =>
		`${ conversationBase( session ) }/messages`;
	const toChoices = ( data: Json ): PrivacyChoices => ( {
		consentGiven: data.consentGiven === true,
		consentGivenAt:
			typeof data.consentGivenAt === 'string'
				? data.consentGivenAt
				: null,
		retentionDays: Number( data.retentionDays ),
		email: typeof data.email === 'string' ? data.email : null,
	} );

	return {
		async getConfig( signal ) {
			return ( await request(
				`/config?site=${ encodeURIComponent( siteKey ) }`,
				{
					signal,
				}
			) ) as unknown as WidgetConfig;
		},
		async startConversation( signal ) {
			const data = await request( '/conversations', {
				method: 'POST',
				body: { siteKey },
				signal,
			} );
			if (
				typeof data.conversationId !== 'string' ||
				typeof data.token !== 'string'
			) {
				throw unreadable( 201 );
			}
			return { conversationId: data.conversationId, token: data.token };
		},
		async listMessages( session, signal, before ) {
			const query = before
				? `?before=${ encodeURIComponent( before ) }`
				: '';
			const data = await request(
				`${ conversationPath( session ) }${ query }`,
				{ token: session.token, signal }
			);
			return {
				messages: Array.isArray( data.messages )
					? data.messages.map( toMessage )
					: [],
				olderCursor:
					typeof data.olderCursor === 'string' && data.olderCursor
						? data.olderCursor
						: null,
			};
		},
		async sendMessage( session, input, signal ) {
			const data = await request( conversationPath( session ), {
				method: 'POST',
				body: input,
				token: session.token,
				signal,
			} );
			return {
				message: toMessage( data.message ),
				reply: toMessage( data.reply ),
			};
		},
		async streamMessage( session, input, onChunk, signal ) {
			const response = await send(
				`${ conversationPath( session ) }/stream`,
				{
					method: 'POST',
					body: input,
					token: session.token,
					signal,
				}
			);
			const events = await readEventStream( response, ( event, data ) => {
				if ( event === 'chunk' && isJson( data ) ) {
					onChunk( data as ReplyChunk );
				}
			} ).catch( ( error: unknown ) => {
				throw isAbortError( error )
					? error
					: new ApiError(
							0,
							'network_error',
							'The connection to the chat service was lost.'
						);
			} );
			const failure = events.error;
			if ( isJson( failure ) ) {
				throw new ApiError(
					response.status,
					String( failure.code ?? 'stream_error' ),
					String( failure.message ?? 'The reply failed.' )
				);
			}
			if ( ! events.message || ! events.done ) {
				throw unreadable( response.status );
			}
			return {
				message: toMessage( events.message ),
				reply: toMessage( events.done ),
			};
		},
		async getPrivacy( session, signal ) {
			return toChoices(
				await request( `${ conversationBase( session ) }/privacy`, {
					token: session.token,
					signal,
				} )
			);
		},
		async savePrivacy( session, choices, signal ) {
			return toChoices(
				await request( `${ conversationBase( session ) }/privacy`, {
					method: 'PUT',
					body: { consent: true, ...choices },
					token: session.token,
					signal,
				} )
			);
		},
		async deleteConversation( session, signal ) {
			await request( conversationBase( session ), {
				method: 'DELETE',
				token: session.token,
				signal,
			} );
		},
		async recordPageView( session, page, signal ) {
			const data = await request(
				`${ conversationBase( session ) }/journey`,
				{ method: 'POST', body: page, token: session.token, signal }
			);
			return data.recorded === true;
		},
	};
}

/**
 * Reads a `text/event-stream` body to its end, calling `onEvent` for each event with its
 * JSON data, and returns the last data of each event name (`message`, `done`, `error`).
 *
 * @param response The streaming response.
 * @param onEvent  Called for every event as it arrives.
 * @return The last payload of each event name.
 */
export async function readEventStream(
	response: Response,
	onEvent: ( event: string, data: unknown ) => void
): Promise< Record< string, unknown > > {
	const last: Record< string, unknown > = {};
	const handleBlock = ( block: string ) => {
		let event = 'message';
		let data = '';
		for ( const line of block.split( '\n' ) ) {
			if ( line.startsWith( 'event:' ) ) {
				event = line.slice( 6 ).trim();
			} else if ( line.startsWith( 'data:' ) ) {
				data += line.slice( 5 ).trim();
			}
		}
		let parsed: unknown = null;
		try {
			parsed = JSON.parse( data );
		} catch {
			return;
		}
		last[ event ] = parsed;
		onEvent( event, parsed );
	};
	const reader = response.body?.getReader();
	if ( ! reader ) {
		( await response.text() ).split( '\n\n' ).forEach( handleBlock );
		return last;
	}
	const decoder = new TextDecoder();
	let buffer = '';
	for (;;) {
		const { done, value } = await reader.read();
		buffer += decoder.decode( value, { stream: ! done } );
		const blocks = buffer.split( '\n\n' );
		buffer = blocks.pop() ?? '';
		blocks.forEach( handleBlock );
		if ( done ) {
			break;
		}
	}
	if ( buffer.trim() ) {
		handleBlock( buffer );
	}
	return last;
}
