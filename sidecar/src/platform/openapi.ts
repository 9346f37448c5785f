/**
 * The OpenAPI 3.1 document, generated from the route table's zod schemas, so the
 * reference cannot drift from what the routes accept.
 */
import { z, type ZodType } from 'zod';
import type { AnyRoute } from './http';

const securityByAuth: Record< string, Array< Record< string, string[] > > > = {
	public: [],
	session: [ { session: [] } ],
	user: [ { session: [] } ],
	platform: [ { session: [] } ],
	org: [ { session: [] } ],
	site: [ { siteSignature: [] } ],
	conversation: [ { conversationToken: [] } ],
};

function jsonSchema( schema: ZodType ): unknown {
	return z.toJSONSchema( schema, { io: 'input', unrepresentable: 'any' } );
}

function parametersOf( route: AnyRoute ): unknown[] {
	const parameters: unknown[] = [];
	for ( const where of [ 'params', 'query' ] as const ) {
		const schema = route.schema[ where ];
		if ( ! schema ) {
			continue;
		}
		const shape =
			( jsonSchema( schema ) as {
				properties?: Record< string, unknown >;
				required?: string[];
			} ) ?? {};
		for ( const [ name, property ] of Object.entries(
			shape.properties ?? {}
		) ) {
			parameters.push( {
				name,
				in: where === 'params' ? 'path' : 'query',
				required:
					where === 'params' ||
					( shape.required ?? [] ).includes( name ),
				schema: property,
			} );
		}
	}
	return parameters;
}

const errorContent = {
	'application/json': { schema: { $ref: '#/components/schemas/Error' } },
};

/**
 * A stable operationId from the method and path: `get /api/org/:orgId/sites/:id` is
 * `getOrgByOrgIdSitesById` (segments in order, path parameters as `By<Name>`, the leading
 * `/api` dropped).
 *
 * @param route The route.
 */
export function operationIdOf( route: AnyRoute ): string {
	const words = route.path
		.split( /[/._-]+/ )
		.filter( ( segment ) => segment && segment !== 'api' )
		.map( ( segment ) => {
			const name = segment.replace( /^[:*]/, '' );
			const word = name.charAt( 0 ).toUpperCase() + name.slice( 1 );
			return /^[:*]/.test( segment ) ? `By${ word }` : word;
		} );
	return route.method + words.join( '' );
}

/**
 * One OpenAPI response object: a JSON schema for a 2xx answer with a body, the error envelope
 * (platform/errors.ts) for every 4xx/5xx, a bare description otherwise.
 *
 * @param status   the HTTP status as written in the route table
 * @param response a description, or the zod schema of the body
 */
function responseObject(
	status: string,
	response: string | ZodType
): Record< string, unknown > {
	if ( typeof response !== 'string' ) {
		return {
			description: 'OK',
			content: {
				'application/json': {
					schema: jsonSchema( response ),
				},
			},
		};
	}
	if ( Number( status ) >= 400 ) {
		return { description: response, content: errorContent };
	}
	return { description: response };
}

export function buildOpenApiDocument(
	routes: readonly AnyRoute[],
	serverUrl: string,
	version: string
): unknown {
	const paths: Record< string, Record< string, unknown > > = {};
	const operationIds = new Set< string >();
	for ( const route of routes ) {
		let operationId = operationIdOf( route );
		for ( let n = 2; operationIds.has( operationId ); n++ ) {
			operationId = `${ operationIdOf( route ) }${ n }`;
		}
		operationIds.add( operationId );
		const openApiPath = route.path.replace( /:([A-Za-z_]+)/g, '{$1}' );
		const responses: Record< string, unknown > = {};
		for ( const [ status, response ] of Object.entries(
			route.responses
		) ) {
			responses[ status ] = responseObject( status, response );
		}
		// Every limited route says how long to wait (ADR 0019, docs/contracts.md "Errors").
		if ( typeof responses[ '429' ] === 'object' ) {
			responses[ '429' ] = {
				...( responses[ '429' ] as object ),
				headers: {
					'Retry-After': {
						description: 'Seconds to wait before trying again',
						schema: { type: 'integer', minimum: 1 },
					},
				},
				content: {
					'application/json': {
						schema: { $ref: '#/components/schemas/Error' },
					},
				},
			};
		}
		// Input checks every route shares (platform/http.ts, docs/contracts.md "Errors").
		const takesInput =
			route.schema.params || route.schema.query || route.schema.body;
		if ( takesInput && ! responses[ '400' ] ) {
			responses[ '400' ] = {
				description:
					'Invalid input: `validation_failed`, `invalid_text` (NUL or unpaired surrogate) or `too_deep`; nothing changes',
				content: errorContent,
			};
		}
		if ( route.method !== 'get' && ! route.acceptsUnreadBody ) {
			responses[ '415' ] = {
				description:
					'`unsupported_media_type`: a body the sidecar does not read (not JSON, or text/plain where the route takes it)',
				content: errorContent,
			};
		}
		responses.default = {
			description: 'Error',
			content: {
				'application/json': {
					schema: { $ref: '#/components/schemas/Error' },
				},
			},
		};
		paths[ openApiPath ] ??= {};
		paths[ openApiPath ][ route.method ] = {
			operationId,
			summary: route.summary,
			tags: [ route.tag ],
			security: securityByAuth[ route.auth ],
			'x-permission': route.permission,
			parameters: parametersOf( route ),
			...( route.schema.body
				? {
						requestBody: {
							required: true,
							content: {
								'application/json': {
									schema: jsonSchema(
										route.documentedBody ??
											route.schema.body
									),
								},
							},
						},
					}
				: {} ),
			responses,
		};
	}
	return {
		openapi: '3.1.0',
		info: { title: 'OmniOps sidecar API', version },
		servers: [ { url: serverUrl } ],
		paths,
		components: {
			schemas: {
				Error: {
					type: 'object',
					required: [ 'error' ],
					properties: {
						error: {
							type: 'object',
							required: [ 'code', 'message' ],
							properties: {
								code: { type: 'string' },
								message: { type: 'string' },
								details: {},
							},
						},
					},
				},
			},
			securitySchemes: {
				session: {
					type: 'apiKey',
					in: 'cookie',
					name: 'omniops_session',
					description:
						'Plus X-CSRF-Token on state-changing requests.',
				},
				siteSignature: {
					type: 'apiKey',
					in: 'header',
					name: 'X-OmniOps-Signature',
					description: 'HMAC-SHA256; see docs/contracts.md.',
				},
				conversationToken: { type: 'http', scheme: 'bearer' },
			},
		},
	};
}
