/**
 * Generated from the route table: every route is documented, declares how it is
 * authenticated, and answers malformed input with a 4xx error envelope — never a 5xx.
 */
import { call } from '../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestSidecar,
} from '../../tests/support/site-sidecar';
import { signedHeaders, startConversation } from '../../tests/support/flows';

let sidecar: TestSidecar;
let owner: OwnerSession;
let site: ConnectedSite;
let conversation: { id: string; auth: Record< string, string > };

beforeAll( async () => {
	( { sidecar, owner, site } = await startSiteSidecar( 'sqlite', {
		initialize: true,
		env: { OMNIOPS_DEMO: 'true' },
	} ) );
	conversation = await startConversation( sidecar, site.publicKey );
} );
afterAll( () => sidecar.close() );

/** Fills path parameters with values that fail their schema. */
const withBadParams = ( path: string ) =>
	path.replace( /:[A-Za-z]+/g, '..%2F..%2Fetc' );

/** Credentials matching the route's auth mode, so the request reaches validation. */
function credentials(
	auth: string,
	method: string,
	target: string,
	body: string
): Record< string, string > {
	switch ( auth ) {
		case 'user':
		case 'platform':
			return owner.headers;
		case 'site':
			return signedHeaders( site, method, target, body );
		case 'conversation':
			return conversation.auth;
		default:
			return {};
	}
}

const MALFORMED_BODIES = [
	'{',
	'[]',
	'"text"',
	'null',
	'{"a":{"b":{"c":[1,2,{"d":"\\u0000"}]}}}',
	JSON.stringify( { text: 'x'.repeat( 300_000 ) } ),
];

describe( 'every route', () => {
	it( 'is in the OpenAPI document with its permission', async () => {
		const doc = (
			await call( sidecar.baseUrl, 'GET', '/api/openapi.json' )
		).body;
		for ( const route of sidecar.omniops.routes ) {
			const operation =
				doc.paths[ route.path.replace( /:([A-Za-z_]+)/g, '{$1}' ) ]?.[
					route.method
				];
			expect( {
				route: `${ route.method } ${ route.path }`,
				documented: Boolean( operation ),
			} ).toEqual( {
				route: `${ route.method } ${ route.path }`,
				documented: true,
			} );
			expect( operation[ 'x-permission' ] ).toBe( route.permission );
		}
	} );

	it( 'has a unique operationId and the error envelope on every 4xx/5xx answer', async () => {
		const doc = (
			await call( sidecar.baseUrl, 'GET', '/api/openapi.json' )
		).body;
		const ids = new Set< string >();
		const bare: string[] = [];
		for ( const route of sidecar.omniops.routes ) {
			const operation =
				doc.paths[ route.path.replace( /:([A-Za-z_]+)/g, '{$1}' ) ][
					route.method
				];
			expect( operation.operationId ).toMatch( /^[a-z]+[A-Za-z0-9]*$/ );
			ids.add( operation.operationId );
			for ( const [ status, response ] of Object.entries(
				operation.responses as Record< string, any >
			) ) {
				const schema =
					response.content?.[ 'application/json' ]?.schema?.$ref;
				if (
					( status === 'default' || Number( status ) >= 400 ) &&
					schema !== '#/components/schemas/Error'
				) {
					bare.push(
						`${ route.method } ${ route.path } ${ status }`
					);
				}
			}
		}
		expect( ids.size ).toBe( sidecar.omniops.routes.length );
		expect( bare ).toEqual( [] );
	} );

	it( 'declares a permission when it is a dashboard route', () => {
		for ( const route of sidecar.omniops.routes ) {
			if ( route.auth === 'platform' ) {
				expect(
					`${ route.path }: ${ route.permission ?? 'none' }`
				).toMatch( /: platform\.[a-z]+\.[a-z]+$/ );
			}
		}
	} );

	it( 'answers malformed bodies and parameters with a 4xx envelope', async () => {
		const failures: string[] = [];
		for ( const route of sidecar.omniops.routes ) {
			const hasParams = route.path.includes( ':' );
			const targets = hasParams
				? [ withBadParams( route.path ) ]
				: [ route.path ];
			const bodies =
				route.method === 'get' ? [ undefined ] : MALFORMED_BODIES;
			for ( const target of targets ) {
				for ( const body of bodies ) {
					const query = route.schema.query
						? '?site=%3Cscript%3E&x[y]=1'
						: '';
					const fullTarget = `${ target }${ query }`;
					const response = await call(
						sidecar.baseUrl,
						route.method.toUpperCase(),
						fullTarget,
						{
							rawBody: body,
							headers: credentials(
								route.auth,
								route.method,
								fullTarget,
								body ?? ''
							),
						}
					);
					const expectFailure =
						hasParams || route.schema.query || body !== undefined;
					const ok = expectFailure
						? response.status >= 400 &&
							response.status < 500 &&
							typeof response.body?.error?.code === 'string'
						: response.status < 500;
					if ( ! ok ) {
						failures.push(
							`${ route.method.toUpperCase() } ${ fullTarget } body=${ ( body ?? '' ).slice( 0, 30 ) } -> ${ response.status }`
						);
					}
				}
			}
		}
		expect( failures ).toEqual( [] );
	} );

	it( 'answers unknown paths with a 404 envelope', async () => {
		const response = await call(
			sidecar.baseUrl,
			'GET',
			'/api/nothing-here'
		);
		expect( response.status ).toBe( 404 );
		expect( response.body.error.code ).toBe( 'not_found' );
	} );
} );

describe( 'pages the sidecar renders', () => {
	it( 'serves the frame only to the site allowed origins (CSP frame-ancestors) with its config', async () => {
		const response = await fetch(
			`${ sidecar.baseUrl }/widget/frame?site=${ site.publicKey }`
		);
		expect( response.status ).toBe( 200 );
		expect( response.headers.get( 'content-security-policy' ) ).toContain(
			'frame-ancestors https://shop.example'
		);
		expect( response.headers.get( 'x-frame-options' ) ).toBeNull();
		const html = await response.text();
		expect( html ).toContain( `"siteKey":"${ site.publicKey }"` );
		// The content-hashed name from the build's manifest (ADR 0028), or app.js without one.
		expect( html ).toMatch(
			/<script src="\/widget\/assets\/app(\.[0-9a-f]{12})?\.js" defer><\/script>/
		);
	} );

	it( 'forbids framing of every other page', async () => {
		const response = await fetch( `${ sidecar.baseUrl }/owner` );
		expect( response.headers.get( 'x-frame-options' ) ).toBe( 'DENY' );
	} );

	it( 'serves the demo storefront with the loader and the demo site key', async () => {
		const html = await (
			await fetch( `${ sidecar.baseUrl }/demo` )
		).text();
		expect( html ).toContain(
			'<script src="/widget/loader.js" defer></script>'
		);
		expect( html ).toMatch( /"siteKey":"pk_[A-Za-z0-9_-]+"/ );
		const page = await fetch( `${ sidecar.baseUrl }/demo/pages/shipping` );
		expect( page.status ).toBe( 200 );
		expect(
			( await fetch( `${ sidecar.baseUrl }/demo/pages/nope` ) ).status
		).toBe( 404 );
	} );

	it( 'answers the demo questions from the bundled pages', async () => {
		const demoKey = /"siteKey":"(pk_[A-Za-z0-9_-]+)"/.exec(
			await ( await fetch( `${ sidecar.baseUrl }/demo` ) ).text()
		)![ 1 ]!;
		const demoChat = await startConversation( sidecar, demoKey );
		const reply = await call(
			sidecar.baseUrl,
			'POST',
			`/api/widget/conversations/${ demoChat.id }/messages`,
			{
				body: {
					text: 'When are you open on Saturday?',
					clientMessageId: 'demo-question-1',
				},
				headers: demoChat.auth,
			}
		);
		expect( reply.body.reply.text ).toContain(
			'Saturday from 10:00 to 14:00'
		);
		expect( reply.body.reply.sources[ 0 ].url ).toBe(
			`${ sidecar.baseUrl }/demo/pages/contact`
		);
	} );
} );
