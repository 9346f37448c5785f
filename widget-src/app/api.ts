/**
 * A small typed client for the widget API (`/api/widget/*`, same origin as the frame).
 * Every call goes through `request`, the one place that turns the sidecar's error
 * envelope `{ error: { code, message, details } }` into an `ApiError`.
 */
import type { PageContext } from '../protocol';

/** `GET /api/widget/config` */
export interface WidgetConfig {
	siteKey: string;
	brandName: string;
	welcomeMessage: string;
	/** `#rrggbb` */
	primaryColor: string;
	position: 'right' | 'left';
	locale: string;
	allowedOrigins: string[];
}

export interface MessageSource {
	title: string;
	url: string;
}

export interface Message {
	id: string;
	role: 'shopper' | 'assistant';
	text: string;
	/** UTC ISO-8601. */
	createdAt: string;
	sources: MessageSource[];
}

/** One conversation's credentials; the token is only good for that conversation. */
export interface ConversationSession {
	conversationId: string;
	token: string;
}

export interface SendMessageInput {
	/** 1..2000 characters. */
	text: string;
	/** Sending the same id twice returns the same pair: retries never duplicate. */
	clientMessageId: string;
	pageContext?: PageContext;
}

export interface SendMessageResult {
	message: Message;
	reply: Message;
}

/** A failed API call. `status` 0 means the request never got an answer. */
export class ApiError extends Error {
	override name = 'ApiError';

	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly details?: unknown
	) {
		super( message );
	}
}

// True for the rejection of an aborted fetch, which callers ignore rather than show.
export const isAbortError = ( error: unknown ): boolean =>
	( error as Error | null )?.name === 'AbortError';

export interface WidgetApi {
	getConfig: ( signal?: AbortSignal ) => Promise< WidgetConfig >;
	startConversation: (
		signal?: AbortSignal
	) => Promise< ConversationSession >;
	listMessages: (
		session: ConversationSession,
		signal?: AbortSignal
	) => Promise< Message[] >;
	sendMessage: (
		session: ConversationSession,
		input: SendMessageInput,
		signal?: AbortSignal
	) => Promise< SendMessageResult >;
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

	async function request(
		path: string,
		init: {
			method?: string;
			body?: unknown;
			token?: string;
			signal?: AbortSignal;
		}
	): Promise< Json > {
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
		const data: unknown = await response.json().catch( () => null );
		if ( ! response.ok ) {
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
		if ( ! isJson( data ) ) {
			throw unreadable( response.status );
		}
		return data;
	}

	const conversationPath = ( session: ConversationSession ) =>
		`/conversations/${ encodeURIComponent( session.conversationId ) }/messages`;

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
		async listMessages( session, signal ) {
			const data = await request( conversationPath( session ), {
				token: session.token,
				signal,
			} );
			return Array.isArray( data.messages )
				? data.messages.map( toMessage )
				: [];
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
	};
}
