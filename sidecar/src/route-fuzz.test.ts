/**
 * Route-table fuzz, on SQLite and PostgreSQL: every route of the table (the same table the
 * OpenAPI document is generated from) gets malformed input with the credentials its auth mode
 * needs, so the request reaches validation: path parameters that are not ids, bad query
 * values, and per body field wrong types, missing values, huge strings, NUL characters,
 * unpaired surrogates and deep nesting; whole bodies that are not JSON or come with the wrong
 * content type. No answer may be a 5xx, every error is the JSON envelope, and the data read
 * back afterwards is what it was before. Values are sampled per field with a fixed seed, so
 * a failure reproduces.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import querystring from 'node:querystring';
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../tests/support/sidecar-harness';
import {
	connectSite,
	ownerSession,
	startConversation,
	type ConnectedSite,
	type OwnerSession,
} from '../../tests/support/flows';
import { organizationWithOwner } from '../../tests/support/org-flows';
import type { AnyRoute } from './platform/http';

jest.setTimeout( 300_000 );

/** JSON schema as the OpenAPI document holds it (only what the generator reads). */
interface Schema {
	type?: string | string[];
	properties?: Record< string, Schema >;
	required?: string[];
	items?: Schema;
	enum?: unknown[];
	const?: unknown;
	anyOf?: Schema[];
	oneOf?: Schema[];
	format?: string;
	minimum?: number;
	minLength?: number;
	minItems?: number;
}

interface Operation {
	parameters?: Array< { name: string; in: string; schema: Schema } >;
	requestBody?: { content: { 'application/json': { schema: Schema } } };
}

/**
 * A deterministic random source seeded per route and field: the n-th draw is the SHA-256
 * of the seed and n, read as a fraction. The same seed gives the same sample every run.
 *
 * @param seed Text naming what is sampled.
 */
function seeded( seed: string ): () => number {
	let draw = 0;
	return () =>
		createHash( 'sha256' )
			.update( `${ seed }#${ draw++ }` )
			.digest()
			.readUInt32LE() / 4294967296;
}

/** `count` distinct items of `items`, chosen by `random`, always including `keep`. */
function sample< T >(
	items: readonly T[],
	count: number,
	random: () => number,
	keep: readonly T[] = []
): T[] {
	const pool = items.filter( ( item ) => ! keep.includes( item ) );
	const chosen = [ ...keep ];
	while ( chosen.length < count && pool.length > 0 ) {
		chosen.push(
			pool.splice( Math.floor( random() * pool.length ), 1 )[ 0 ]!
		);
	}
	return chosen;
}

const deepArray = ( depth: number ): unknown =>
	JSON.parse( `${ '['.repeat( depth ) }${ ']'.repeat( depth ) }` );

/** Values that are wrong for a body field, whatever its type. */
const BAD_FIELD_VALUES: ReadonlyArray< { label: string; value: unknown } > = [
	{ label: 'number', value: 12345 },
	{ label: 'negative', value: -1 },
	{ label: 'huge number', value: 1e308 },
	{ label: 'boolean', value: true },
	{ label: 'null', value: null },
	{ label: 'array', value: [ 'a', 1 ] },
	{ label: 'object', value: { nested: { deeper: 'x' } } },
	{ label: 'empty string', value: '' },
	{ label: 'huge string', value: 'x'.repeat( 100_000 ) },
	{ label: 'NUL', value: 'a\u0000b' },
	{ label: 'lone surrogate', value: 'a\ud800b' },
	{ label: 'deep nesting', value: deepArray( 2_000 ) },
	{ label: 'missing', value: undefined },
];
const FIELD_VALUES_PER_FIELD = 5;

/** Raw path segments that are not ids (already percent-encoded where needed). */
const BAD_PARAMS = [
	'not-an-id',
	'%00',
	'%ED%A0%80',
	'%FF',
	'x'.repeat( 3_000 ),
	'..%2F..%2Fetc',
	'-1',
	'%27%20OR%201%3D1--',
];
const PARAMS_PER_PARAM = 4;

/** Raw query values (percent-encoded where needed). */
const BAD_QUERY_VALUES = [
	'',
	'x'.repeat( 5_000 ),
	'%00',
	'%ED%A0%80',
	'%FF',
	'-1',
	'99999999999999999999999',
	'true',
];
const QUERY_VALUES_PER_PARAM = 4;

/** Whole bodies: not JSON, the wrong shape or the wrong content type. */
const BAD_BODIES: ReadonlyArray< {
	label: string;
	body: string | Buffer;
	type: string;
} > = [
	{ label: 'truncated JSON', body: '{"a":', type: 'application/json' },
	{ label: 'not JSON', body: 'not json', type: 'application/json' },
	{ label: 'JSON array', body: '[1,2]', type: 'application/json' },
	{ label: 'JSON string', body: '"text"', type: 'application/json' },
	{ label: 'JSON null', body: 'null', type: 'application/json' },
	{
		label: 'escaped lone surrogate',
		body: '{"a":"\\udc00"}',
		type: 'application/json',
	},
	{
		label: 'invalid UTF-8',
		body: Buffer.from( [
			0x7b, 0x22, 0x61, 0x22, 0x3a, 0x22, 0xff, 0xfe, 0x22, 0x7d,
		] ),
		type: 'application/json; charset=utf-8',
	},
	{
		label: 'deep nesting',
		body: `{"a":${ '['.repeat( 50_000 ) }${ ']'.repeat( 50_000 ) }}`,
		type: 'application/json',
	},
	{
		label: 'too large',
		body: `{"a":"${ 'x'.repeat( 300_000 ) }"}`,
		type: 'application/json',
	},
	{ label: 'text/plain', body: 'hello\u0000', type: 'text/plain' },
	{
		label: 'form',
		body: 'a=1&b=2',
		type: 'application/x-www-form-urlencoded',
	},
	{ label: 'xml', body: '<a>1</a>', type: 'application/xml' },
	{
		label: 'unknown charset',
		body: '{}',
		type: 'application/json; charset=ebcdic',
	},
];

/** A value the schema most likely accepts, so one mutated field is the only fault. */
function plausible( schema: Schema | undefined, depth = 0 ): unknown {
	if ( ! schema || depth > 6 ) {
		return 'x';
	}
	if ( schema.const !== undefined ) {
		return schema.const;
	}
	if ( schema.enum?.length ) {
		return schema.enum[ 0 ];
	}
	const options = schema.anyOf ?? schema.oneOf;
	if ( options?.length ) {
		return plausible(
			options.find( ( option ) => option.type !== 'null' ) ??
				options[ 0 ],
			depth + 1
		);
	}
	const type = Array.isArray( schema.type )
		? schema.type.find( ( t ) => t !== 'null' )
		: schema.type;
	switch ( type ) {
		case 'object': {
			const value: Record< string, unknown > = {};
			for ( const name of schema.required ?? [] ) {
				value[ name ] = plausible(
					schema.properties?.[ name ],
					depth + 1
				);
			}
			return value;
		}
		case 'array':
			return Array.from( { length: schema.minItems ?? 0 }, () =>
				plausible( schema.items, depth + 1 )
			);
		case 'integer':
		case 'number':
			return schema.minimum ?? 1;
		case 'boolean':
			return true;
		case 'string':
			switch ( schema.format ) {
				case 'uuid':
					return '00000000-0000-4000-8000-000000000000';
				case 'email':
					return 'fuzz@example.com';
				case 'uri':
					return 'https://fuzz.example/';
				case 'date-time':
					return new Date().toISOString();
				default:
					return 'x'.repeat( Math.max( 1, schema.minLength ?? 1 ) );
			}
		default:
			return 'x';
	}
}

/** Paths of the body's fields, nested objects included (to depth 3). */
function fieldPaths(
	schema: Schema | undefined,
	prefix: string[] = []
): string[][] {
	const options = schema?.anyOf ?? schema?.oneOf;
	const objectSchema =
		options?.find( ( option ) => option.properties ) ?? schema;
	if ( ! objectSchema?.properties || prefix.length >= 3 ) {
		return [];
	}
	return Object.entries( objectSchema.properties ).flatMap(
		( [ name, child ] ) => [
			[ ...prefix, name ],
			...fieldPaths( child, [ ...prefix, name ] ),
		]
	);
}

function withField( base: unknown, path: string[], value: unknown ): unknown {
	const copy: Record< string, unknown > =
		base && typeof base === 'object' && ! Array.isArray( base )
			? structuredClone( base as Record< string, unknown > )
			: {};
	let node = copy;
	for ( const key of path.slice( 0, -1 ) ) {
		const next = node[ key ];
		node[ key ] =
			next && typeof next === 'object' && ! Array.isArray( next )
				? next
				: {};
		node = node[ key ] as Record< string, unknown >;
	}
	const last = path[ path.length - 1 ]!;
	if ( value === undefined ) {
		delete node[ last ];
	} else {
		node[ last ] = value;
	}
	return copy;
}

interface Principals {
	owner: OwnerSession;
	member: OwnerSession;
	memberOrgId: string;
	site: ConnectedSite;
	conversation: { id: string; auth: Record< string, string > };
}

/** Headers for the route's auth mode, so the request gets past authentication. */
function credentials(
	auth: string,
	principals: Principals,
	method: string,
	target: string,
	body: Buffer
): Record< string, string > {
	switch ( auth ) {
		case 'session':
		case 'user':
		case 'platform':
			return principals.owner.headers;
		case 'org':
			return principals.member.headers;
		case 'site': {
			const timestamp = String( Math.floor( Date.now() / 1000 ) );
			const nonce = randomBytes( 16 ).toString( 'hex' );
			const canonical = [
				method.toUpperCase(),
				target,
				timestamp,
				nonce,
				createHash( 'sha256' ).update( body ).digest( 'hex' ),
			].join( '\n' );
			return {
				'x-omniops-key': principals.site.publicKey,
				'x-omniops-timestamp': timestamp,
				'x-omniops-nonce': nonce,
				'x-omniops-signature': createHmac(
					'sha256',
					principals.site.secret
				)
					.update( canonical )
					.digest( 'hex' ),
			};
		}
		case 'conversation':
			return principals.conversation.auth;
		default:
			return {};
	}
}

/**
 * A value for each path parameter that passes the route's schema (so other faults are the
 * ones tested): the member's organization for `:orgId` (its auth needs it), otherwise ids
 * that exist nowhere, so a request that turns out valid changes nothing.
 */
function validParams(
	route: AnyRoute,
	principals: Principals
): Record< string, string > {
	const names = [ ...route.path.matchAll( /:([A-Za-z_]+)/g ) ].map(
		( m ) => m[ 1 ]!
	);
	const candidates = [
		'00000000-0000-4000-8000-0000000000aa',
		'pk_fuzzfuzzfuzzfuzzfuzz',
		'1',
		'owner',
		'fuzz',
	];
	const params: Record< string, string > = {};
	for ( const name of names ) {
		const options =
			name === 'orgId'
				? [ principals.memberOrgId, ...candidates ]
				: candidates;
		params[ name ] =
			options.find( ( option ) => {
				const result = route.schema.params?.safeParse( {
					...Object.fromEntries(
						names.map( ( n ) => [ n, option ] )
					),
				} );
				return (
					! result ||
					result.success ||
					! result.error.issues.some(
						( issue ) => issue.path[ 0 ] === name
					)
				);
			} ) ?? candidates[ 0 ]!;
	}
	return params;
}

const fillPath = ( path: string, params: Record< string, string > ) =>
	path.replace( /:([A-Za-z_]+)/g, ( _m, name: string ) => params[ name ]! );

/** True when a value holds text the validation layer refuses by policy (NUL, lone surrogates, deep nesting). */
function breaksTextPolicy( value: unknown, depth = 0 ): boolean {
	if ( typeof value === 'string' ) {
		return /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/.test(
			value
		);
	}
	if ( ! value || typeof value !== 'object' ) {
		return false;
	}
	return (
		depth >= 32 ||
		Object.entries( value ).some(
			( [ key, child ] ) =>
				breaksTextPolicy( key, depth ) ||
				breaksTextPolicy( child, depth + 1 )
		)
	);
}

/**
 * True when the route's own schemas would accept the request (a mutation that happens to be
 * valid, e.g. `true` for a boolean or leaving out an optional field): such a request is not
 * malformed, and sending it would change data, so it is left out.
 */
function acceptedBySchemas(
	route: AnyRoute,
	target: string,
	body: unknown
): boolean {
	const url = new URL( target, 'http://fuzz.invalid' );
	const pattern = new RegExp(
		`^${ route.path.replace( /:([A-Za-z_]+)/g, '(?<$1>[^/]+)' ) }$`
	);
	const match = pattern.exec( url.pathname );
	if ( ! match ) {
		return false;
	}
	let params: Record< string, string >;
	let query: Record< string, unknown >;
	try {
		params = Object.fromEntries(
			Object.entries( match.groups ?? {} ).map( ( [ k, v ] ) => [
				k,
				decodeURIComponent( v ),
			] )
		);
		query = { ...querystring.parse( url.search.slice( 1 ) ) };
	} catch {
		return false;
	}
	// The server reads a query only where the route declares one; it ignores the rest.
	const readQuery = route.schema.query ? query : {};
	if (
		[ params, readQuery, body ].some( ( part ) => breaksTextPolicy( part ) )
	) {
		return false;
	}
	const accepts = (
		schema: AnyRoute[ 'schema' ][ 'body' ],
		value: unknown,
		absent: unknown
	) =>
		schema
			? schema.safeParse( value ?? absent ).success
			: value === undefined ||
				( typeof value === 'object' &&
					value !== null &&
					Object.keys( value ).length === 0 );
	return (
		accepts( route.schema.params, params, {} ) &&
		accepts( route.schema.query, readQuery, {} ) &&
		accepts( route.schema.body, body, undefined )
	);
}

interface FuzzCase {
	label: string;
	target: string;
	body?: Buffer;
	type?: string;
	/** A whole body that is not JSON or has the wrong type: always sent. */
	wholeBody?: boolean;
}

function casesFor(
	route: AnyRoute,
	operation: Operation,
	principals: Principals
): FuzzCase[] {
	const cases: FuzzCase[] = [];
	const params = validParams( route, principals );
	const path = fillPath( route.path, params );
	const bodySchema =
		operation.requestBody?.content[ 'application/json' ].schema;
	const base = bodySchema ? plausible( bodySchema ) : undefined;
	const baseBody =
		base === undefined || route.method === 'get'
			? undefined
			: Buffer.from( JSON.stringify( base ) );
	const json = 'application/json';

	for ( const name of Object.keys( params ) ) {
		const random = seeded(
			`${ route.method } ${ route.path } param ${ name }`
		);
		for ( const bad of sample( BAD_PARAMS, PARAMS_PER_PARAM, random, [
			'%00',
		] ) ) {
			cases.push( {
				label: `param ${ name }=${ bad.slice( 0, 20 ) }`,
				target: fillPath( route.path, { ...params, [ name ]: bad } ),
				body: baseBody,
				type: json,
			} );
		}
	}

	const queryNames = ( operation.parameters ?? [] )
		.filter( ( parameter ) => parameter.in === 'query' )
		.map( ( parameter ) => parameter.name );
	for ( const name of queryNames ) {
		const random = seeded(
			`${ route.method } ${ route.path } query ${ name }`
		);
		for ( const bad of sample(
			BAD_QUERY_VALUES,
			QUERY_VALUES_PER_PARAM,
			random,
			[ '%00' ]
		) ) {
			cases.push( {
				label: `query ${ name }=${ bad.slice( 0, 20 ) }`,
				target: `${ path }?${ name }=${ bad }`,
				body: baseBody,
				type: json,
			} );
		}
		cases.push( {
			label: `query ${ name } twice`,
			target: `${ path }?${ name }=1&${ name }=2`,
			body: baseBody,
			type: json,
		} );
	}
	// Every route is called at least once: a read that takes no input gets stray parameters
	// (writes always get the whole-body cases below).
	if ( route.method === 'get' ) {
		cases.push( {
			label: 'stray query parameters',
			target: `${ path }?zz=%00&zz=1`,
			body: baseBody,
			type: json,
		} );
	}
	if ( route.schema.query ) {
		cases.push( {
			label: 'unknown query parameter',
			target: `${ path }?zz%00=1`,
			body: baseBody,
			type: json,
		} );
	}

	if ( route.method !== 'get' ) {
		for ( const field of fieldPaths( bodySchema ) ) {
			const random = seeded(
				`${ route.method } ${ route.path } body ${ field.join( '.' ) }`
			);
			const values = sample(
				BAD_FIELD_VALUES,
				FIELD_VALUES_PER_FIELD,
				random,
				BAD_FIELD_VALUES.filter( ( v ) => v.label === 'NUL' )
			);
			for ( const { label, value } of values ) {
				cases.push( {
					label: `body ${ field.join( '.' ) } ${ label }`,
					target: path,
					body: Buffer.from(
						JSON.stringify( withField( base, field, value ) )
					),
					type: json,
				} );
			}
		}
		for ( const bad of BAD_BODIES ) {
			cases.push( {
				label: `body ${ bad.label }`,
				target: path,
				body: Buffer.isBuffer( bad.body )
					? bad.body
					: Buffer.from( bad.body ),
				type: bad.type,
				wholeBody: true,
			} );
		}
	}
	// Only malformed requests: anything the route's schemas accept is left out (GETs change nothing).
	return cases.filter(
		( fuzz ) =>
			route.method === 'get' ||
			fuzz.wholeBody === true ||
			! acceptedBySchemas(
				route,
				fuzz.target,
				fuzz.body
					? JSON.parse( fuzz.body.toString( 'utf8' ) )
					: undefined
			)
	);
}

/**
 * Sends one fuzz case over real HTTP with the credentials the route's auth mode needs.
 *
 * @param baseUrl    The sidecar.
 * @param principals Who may call what.
 * @param route      The route under test.
 * @param fuzz       The malformed request.
 */
function sendCase(
	baseUrl: string,
	principals: Principals,
	route: AnyRoute,
	fuzz: FuzzCase
): Promise< Response > {
	const body = fuzz.body ?? Buffer.alloc( 0 );
	return fetch( `${ baseUrl }${ fuzz.target }`, {
		method: route.method.toUpperCase(),
		headers: {
			...( fuzz.body
				? { 'content-type': fuzz.type ?? 'application/json' }
				: {} ),
			...credentials(
				route.auth,
				principals,
				route.method,
				fuzz.target,
				body
			),
		},
		body:
			route.method === 'get' || ! fuzz.body
				? undefined
				: new Uint8Array( fuzz.body ),
		redirect: 'manual',
	} );
}

/** Reads that show the data the fuzz must not change (and that the sessions still work). */
async function snapshot( sidecar: TestSidecar, principals: Principals ) {
	const { owner, member, memberOrgId, site, conversation } = principals;
	const read = async (
		target: string,
		headers: Record< string, string >
	) => {
		const response = await call( sidecar.baseUrl, 'GET', target, {
			headers,
		} );
		return { status: response.status, body: response.body };
	};
	const signedTarget = '/api/site/widget-settings';
	return {
		me: await read( '/api/auth/me', owner.headers ),
		organizations: await read( '/api/owner/organizations', owner.headers ),
		organization: await read(
			`/api/owner/organizations/${ site.organizationId }`,
			owner.headers
		),
		memberView: await read( `/api/org/${ memberOrgId }`, member.headers ),
		widgetSettings: await read(
			signedTarget,
			credentials(
				'site',
				principals,
				'GET',
				signedTarget,
				Buffer.alloc( 0 )
			)
		),
		messages: await read(
			`/api/widget/conversations/${ conversation.id }/messages`,
			conversation.auth
		),
	};
}

describe.each( testDialects() )( 'route-table fuzz on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let principals: Principals;

	beforeAll( async () => {
		sidecar = await startTestSidecar( dialect, { initialize: true } );
		const owner = await ownerSession( sidecar );
		const site = await connectSite( sidecar, owner );
		const { organizationId, owner: member } = await organizationWithOwner(
			sidecar,
			owner,
			'Fuzzed organization',
			'org-owner@fuzz.example'
		);
		principals = {
			owner,
			member,
			memberOrgId: organizationId,
			site,
			conversation: await startConversation( sidecar, site.publicKey ),
		};
		await call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ principals.conversation.id }/messages`,
			{
				body: { text: 'hello', clientMessageId: 'fuzz-seed-message' },
				headers: principals.conversation.auth,
			}
		);
		await sidecar.omniops.queue.drain();
	} );
	afterAll( () => sidecar.close() );

	it( 'documents the history paging parameters and the input errors every route shares', async () => {
		const document = (
			await call( sidecar.baseUrl, 'GET', '/api/openapi.json' )
		).body;
		const history =
			document.paths[ '/api/widget/conversations/{id}/messages' ].get;
		expect(
			history.parameters.map(
				( p: { name: string; in: string } ) => `${ p.in }:${ p.name }`
			)
		).toEqual( [ 'path:id', 'query:limit', 'query:before' ] );
		expect(
			history.responses[ '200' ].content[ 'application/json' ].schema
				.properties.olderCursor
		).toBeDefined();
		expect( history.responses[ '400' ] ).toBeDefined();
		const send =
			document.paths[ '/api/widget/conversations/{id}/messages' ].post;
		expect( send.responses[ '415' ].description ).toContain(
			'unsupported_media_type'
		);
		expect( send.responses[ '400' ].description ).toContain(
			'invalid_text'
		);
	} );

	it( 'answers malformed input on every route without a 5xx, with the error envelope, and changes nothing', async () => {
		const document = (
			await call( sidecar.baseUrl, 'GET', '/api/openapi.json' )
		).body as { paths: Record< string, Record< string, Operation > > };
		const before = await snapshot( sidecar, principals );
		expect( before.me.status ).toBe( 200 );
		expect( before.memberView.status ).toBe( 200 );
		expect( before.widgetSettings.status ).toBe( 200 );
		expect( before.messages.status ).toBe( 200 );

		const failures: string[] = [];
		let sent = 0;
		for ( const route of sidecar.omniops.routes ) {
			const operation =
				document.paths[
					route.path.replace( /:([A-Za-z_]+)/g, '{$1}' )
				]?.[ route.method ] ?? {};
			const cases = casesFor( route, operation, principals );
			if ( cases.length === 0 ) {
				failures.push(
					`${ route.method.toUpperCase() } ${ route.path }: no request`
				);
			}
			for ( const fuzz of cases ) {
				const response = await sendCase(
					sidecar.baseUrl,
					principals,
					route,
					fuzz
				);
				sent++;
				const text = await response.text();
				let envelope = false;
				try {
					envelope =
						typeof JSON.parse( text )?.error?.code === 'string';
				} catch {
					envelope = false;
				}
				if (
					response.status >= 500 ||
					( response.status >= 400 && ! envelope )
				) {
					failures.push(
						`${ route.method.toUpperCase() } ${ route.path } [${ fuzz.label }] -> ${ response.status } ${ text.slice( 0, 120 ) }`
					);
				}
			}
		}

		console.log(
			`route fuzz on ${ dialect }: ${ sent } requests over ${ sidecar.omniops.routes.length } routes`
		);
		expect( failures ).toEqual( [] );
		expect( sent ).toBeGreaterThan( sidecar.omniops.routes.length * 3 );
		expect( await snapshot( sidecar, principals ) ).toEqual( before );
	} );
} );
