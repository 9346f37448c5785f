/**
 * Routes are declarations: method, path, zod schemas, auth mode, permission and a handler
 * that receives typed, validated input. The table is data, so the OpenAPI document and
 * route-walking tests are generated from it. No Express object reaches a handler.
 */
import express, {
	type NextFunction,
	type Request,
	type Response,
	type Router,
} from 'express';
import { z, type ZodType } from 'zod';
import { AppError, ForbiddenError, ValidationError } from './errors';
import type { Logger } from './logger';
import type { AuthMode, Principal, PrincipalFor } from './principal';
import { assertCleanText } from './text-input';

// The one text policy (ADR 0024) lives in text-input.ts; re-exported for its users here.
export { assertCleanText, MAX_INPUT_DEPTH } from './text-input';

export type HttpMethod = 'get' | 'post' | 'put' | 'patch' | 'delete';

/** What a handler sees of the request, beyond its validated input. */
export interface RequestContext {
	ip: string;
	userAgent: string;
	/** Exact bytes of the body, for signature checks. */
	rawBody: Buffer;
	headers: Readonly< Record< string, string | undefined > >;
	cookies: Readonly< Record< string, string > >;
}

export interface CookieToSet {
	name: string;
	value: string;
	maxAgeMs?: number;
	httpOnly?: boolean;
	clear?: boolean;
}

export interface Reply {
	status?: number;
	body?: unknown;
	headers?: Record< string, string >;
	cookies?: CookieToSet[];
	/** Raw text answers (HTML, JavaScript); JSON is the default. */
	contentType?: string;
	/**
	 * A server-sent events answer (`text/event-stream`): called once the headers are out;
	 * each `emit` writes one event. The signal aborts when the client goes away. Input is
	 * validated before, so bad input still gets the JSON error envelope.
	 */
	stream?: ( emit: SseEmit, signal: AbortSignal ) => Promise< void >;
}

/** Writes one server-sent event with a JSON payload. */
export type SseEmit = ( event: string, data: unknown ) => void;

export interface HandlerInput< P, Q, B, A extends AuthMode > {
	params: P;
	query: Q;
	body: B;
	principal: PrincipalFor< A >;
	context: RequestContext;
}

export interface RouteDefinition<
	P = unknown,
	Q = unknown,
	B = unknown,
	A extends AuthMode = AuthMode,
> {
	method: HttpMethod;
	/** Express-style path, e.g. /api/owner/organizations/:id */
	path: string;
	summary: string;
	tag: string;
	auth: A;
	/** The permission the principal must hold; null only for public, site and conversation routes. */
	permission: string | null;
	schema: {
		params?: ZodType< P >;
		query?: ZodType< Q >;
		body?: ZodType< B >;
	};
	/** The body as documented when the parsing schema can't be shown (it pre-processes its input). */
	documentedBody?: ZodType;
	/**
	 * Bodies the parsers do not read (neither JSON nor text/plain) are refused with 415
	 * before anything runs; `true` lets them through unread (the handler works on the raw
	 * request instead, e.g. a webhook's form-encoded ping).
	 */
	acceptsUnreadBody?: boolean;
	/**
	 * Platform routes are written to the audit log after the handler succeeds and before the
	 * answer leaves (ADR 0010). `'service'` says the handler's service writes its own audit
	 * row inside the action's transaction; an object names the action instead of the default
	 * `METHOD /path`.
	 */
	audit?: 'service' | { action: string; resourceType?: string };
	/** Documented responses (status -> body schema or description). */
	responses: Record< number, ZodType | string >;
	handler: ( input: HandlerInput< P, Q, B, A > ) => Promise< Reply > | Reply;
}

export type AnyRoute = RouteDefinition< any, any, any, any >;

/**
 * Keeps the handler's input types tied to the route's schemas and auth mode, then erases
 * them for the table (the return type is deliberately not generic, so an array's element
 * type cannot leak back into inference).
 * @param route
 */
export function defineRoute<
	P = Record< string, never >,
	Q = Record< string, never >,
	B = undefined,
	A extends AuthMode = AuthMode,
>( route: RouteDefinition< P, Q, B, A > ): AnyRoute {
	return route;
}

export type Authenticator = (
	context: RequestContext,
	/** `params`: the raw path parameters (the `org` mode reads `:orgId`), before validation. */
	req: {
		method: string;
		originalUrl: string;
		params?: Readonly< Record< string, string | string[] | undefined > >;
	}
) => Promise< Principal >;

export interface MountOptions {
	authenticators: Record< Exclude< AuthMode, 'public' >, Authenticator >;
	/** Decides whether a principal holds a permission (platform routes). */
	can: (
		principal: Principal,
		permission: string
	) => Promise< boolean > | boolean;
	secureCookies: boolean;
	/** Records a successful platform route call in the audit log (see `audit` on the route). */
	auditPlatformCall?: ( call: {
		route: AnyRoute;
		params: Record< string, unknown >;
		principal: Principal;
		context: RequestContext;
	} ) => Promise< void >;
	logger: Logger;
}

function requestContext( req: Request ): RequestContext {
	const headers: Record< string, string | undefined > = {};
	for ( const [ name, value ] of Object.entries( req.headers ) ) {
		headers[ name ] = Array.isArray( value ) ? value.join( ', ' ) : value;
	}
	return {
		ip: req.ip ?? '',
		userAgent: req.get( 'user-agent' ) ?? '',
		rawBody:
			( req as Request & { rawBody?: Buffer } ).rawBody ??
			Buffer.alloc( 0 ),
		headers,
		cookies: ( req.cookies as Record< string, string > | undefined ) ?? {},
	};
}

/**
 * Refuses a body sent with a content type the parsers do not read: it would otherwise be
 * dropped silently and the route run as if no body had been sent.
 *
 * @param req   The request, after the body parsers.
 * @param route The route it matched.
 */
function assertReadableBody( req: Request, route: AnyRoute ): void {
	const hasBody =
		req.headers[ 'transfer-encoding' ] !== undefined ||
		Number( req.headers[ 'content-length' ] ?? 0 ) > 0;
	const read =
		( req as Request & { rawBody?: Buffer } ).rawBody !== undefined;
	if ( hasBody && ! read && ! route.acceptsUnreadBody ) {
		throw new AppError(
			415,
			'unsupported_media_type',
			'Send the request body as application/json.'
		);
	}
}

const PART_INVALID: Record< string, string > = {
	params: 'The path parameters are not valid.',
	query: 'The query string is not valid.',
	body: 'The request body is not valid.',
};

function parsePart< T >(
	schema: ZodType< T > | undefined,
	value: unknown,
	where: string
): T {
	if ( ! schema ) {
		// A route without a body schema takes no body: anything sent is a client error.
		const emptyBody =
			value === undefined ||
			( typeof value === 'object' &&
				value !== null &&
				! Array.isArray( value ) &&
				Object.keys( value ).length === 0 );
		if ( where === 'body' && ! emptyBody ) {
			throw new ValidationError( 'This request takes no body.' );
		}
		return ( where === 'body' ? undefined : {} ) as T;
	}
	assertCleanText( value, where );
	const result = schema.safeParse(
		value ?? ( where === 'body' ? undefined : {} )
	);
	if ( ! result.success ) {
		throw new ValidationError( PART_INVALID[ where ], {
			[ where ]: z.flattenError( result.error ),
		} );
	}
	// Again on the result: a schema may parse text itself (a text/plain beacon body is JSON).
	assertCleanText( result.data, where );
	return result.data;
}

/**
 * Streams a server-sent events reply. An error after the headers are out can no longer
 * change the status, so it becomes an `error` event with the usual envelope fields.
 *
 * @param res    The response.
 * @param stream The handler's stream function.
 * @param logger For errors that are ours.
 */
async function streamReply(
	res: Response,
	stream: NonNullable< Reply[ 'stream' ] >,
	logger: Logger
): Promise< void > {
	res.status( 200 );
	res.setHeader( 'Content-Type', 'text/event-stream; charset=utf-8' );
	res.setHeader( 'Cache-Control', 'no-store' );
	// Proxies such as nginx buffer responses unless told not to.
	res.setHeader( 'X-Accel-Buffering', 'no' );
	res.flushHeaders();
	const gone = new AbortController();
	res.on( 'close', () => gone.abort() );
	const emit: SseEmit = ( event, data ) => {
		if ( ! gone.signal.aborted ) {
			res.write(
				`event: ${ event }\ndata: ${ JSON.stringify( data ) }\n\n`
			);
		}
	};
	try {
		await stream( emit, gone.signal );
	} catch ( error ) {
		if ( error instanceof AppError ) {
			emit( 'error', { code: error.code, message: error.message } );
		} else {
			logger.error( { err: error }, 'stream failed' );
			emit( 'error', {
				code: 'internal',
				message: 'Something went wrong on our side.',
			} );
		}
	}
	res.end();
}

function sendReply(
	res: Response,
	reply: Reply,
	secureCookies: boolean
): void {
	for ( const cookie of reply.cookies ?? [] ) {
		const options = {
			httpOnly: cookie.httpOnly ?? true,
			sameSite: 'lax' as const,
			secure: secureCookies,
			path: '/',
		};
		if ( cookie.clear ) {
			res.clearCookie( cookie.name, options );
		} else {
			res.cookie( cookie.name, cookie.value, {
				...options,
				maxAge: cookie.maxAgeMs,
			} );
		}
	}
	for ( const [ name, value ] of Object.entries( reply.headers ?? {} ) ) {
		res.setHeader( name, value );
	}
	res.status( reply.status ?? 200 );
	if ( reply.body === undefined ) {
		res.end();
	} else if ( reply.contentType ) {
		res.type( reply.contentType ).send( reply.body );
	} else {
		res.json( reply.body );
	}
}

/** Registers the declared routes on a router: authenticate -> authorize -> validate -> handle. */
export function mountRoutes(
	router: Router,
	routes: readonly AnyRoute[],
	options: MountOptions
): void {
	for ( const route of routes ) {
		router[ route.method ](
			route.path,
			async ( req: Request, res: Response, next: NextFunction ) => {
				try {
					assertReadableBody( req, route );
					const context = requestContext( req );
					const principal: Principal =
						route.auth === 'public'
							? { kind: 'anonymous' }
							: await options.authenticators[
									route.auth as Exclude< AuthMode, 'public' >
								]( context, req );
					if (
						route.permission &&
						! ( await options.can( principal, route.permission ) )
					) {
						throw new ForbiddenError();
					}
					const input = {
						params: parsePart(
							route.schema.params,
							req.params,
							'params'
						),
						query: parsePart(
							route.schema.query,
							req.query,
							'query'
						),
						body: parsePart( route.schema.body, req.body, 'body' ),
						principal,
						context,
					};
					const reply = await route.handler( input );
					// Platform routes, and every request made while impersonating an organization.
					const impersonating =
						principal.kind === 'member' &&
						principal.impersonation !== null;
					if (
						( route.auth === 'platform' || impersonating ) &&
						route.audit !== 'service' &&
						options.auditPlatformCall
					) {
						await options.auditPlatformCall( {
							route,
							params: input.params as Record< string, unknown >,
							principal,
							context,
						} );
					}
					if ( reply.stream ) {
						await streamReply( res, reply.stream, options.logger );
					} else {
						sendReply( res, reply, options.secureCookies );
					}
				} catch ( error ) {
					next( error );
				}
			}
		);
	}
}

/** Body parsers that keep the raw bytes for signature verification. */
export function bodyParsers(): express.RequestHandler[] {
	const keepRaw = ( req: Request, _res: Response, buf: Buffer ) => {
		( req as Request & { rawBody?: Buffer } ).rawBody = buf;
	};
	return [
		express.json( { limit: '256kb', verify: keepRaw, strict: true } ),
		// navigator.sendBeacon with a string body sends text/plain; such bodies are parsed as JSON by the route.
		express.text( { limit: '64kb', type: 'text/plain', verify: keepRaw } ),
	];
}

/** One year, the value HSTS preload lists and scanners expect as a minimum. */
const HSTS_VALUE = 'max-age=31536000; includeSubDomains';

/**
 * Sends Strict-Transport-Security on every answer when the public URL is https, and never
 * when it is http: a browser that saw HSTS from a host without TLS could not reach it again.
 *
 * @param publicUrl The configured public URL of the sidecar.
 */
export function strictTransportSecurity(
	publicUrl: string
): express.RequestHandler {
	const enabled = publicUrl.startsWith( 'https:' );
	return ( _req, res, next ) => {
		if ( enabled ) {
			res.setHeader( 'Strict-Transport-Security', HSTS_VALUE );
		}
		next();
	};
}
