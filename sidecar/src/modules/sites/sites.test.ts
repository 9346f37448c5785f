import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import { sessionApi } from '../../../../tests/support/session-api';
import { connectSite, signedHeaders } from '../../../../tests/support/flows';
import {
	startSiteSidecar,
	type ConnectedSite,
	type OwnerSession,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { sql } from 'kysely';
import { canonicalString, signRequest } from './signature';

describe( 'signature', () => {
	it( 'builds the canonical string of docs/contracts.md', () => {
		expect(
			canonicalString( {
				method: 'post',
				requestTarget: '/api/site/sync',
				timestamp: '1700000000',
				nonce: 'abcdefghijklmnop',
				body: '{}',
			} )
		).toBe(
			'POST\n/api/site/sync\n1700000000\nabcdefghijklmnop\n44136fa355b3678a1146ad16f7e8649e94fb4fc21fe77e8310c060f61caaff8a'
		);
		// Known vector, computed with openssl: printf '%s' "$canonical" | openssl dgst -sha256 -hmac sk_test
		expect(
			signRequest( 'sk_test', {
				method: 'GET',
				requestTarget: '/api/site/status',
				timestamp: '1700000000',
				nonce: 'abcdefghijklmnop',
				body: '',
			} )
		).toBe(
			'57098097c268179c9d59252af647ddfc11080ffc7945f8f3da8feb5abd9e60ce'
		);
	} );
} );

describe.each( testDialects() )( 'sites on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	const api = sessionApi( () => sidecar );
	let owner: OwnerSession;
	let site: ConnectedSite;

	beforeAll( async () => {
		( { sidecar, owner, site } = await startSiteSidecar( dialect ) );
	} );
	afterAll( () => sidecar.close() );

	/** How many sites are stored (a refused connect stores none). */
	const countSites = async () =>
		Number(
			(
				await sidecar.db.kysely
					.selectFrom( 'sites' )
					.select( sidecar.db.kysely.fn.countAll().as( 'n' ) )
					.executeTakeFirstOrThrow()
			).n
		);

	/** A connect call that must be refused as invalid (400) and store no site; its answer. */
	const refusedConnect = async ( body: unknown ) => {
		const sitesBefore = await countSites();
		const response = await api( 'POST', '/api/site/connect', null, body );
		expect( response.status ).toBe( 400 );
		expect( response.body.error.code ).toBe( 'validation_failed' );
		expect( await countSites() ).toBe( sitesBefore );
		return response;
	};

	const signedCall = (
		method: string,
		target: string,
		body = '',
		overrides = {}
	) =>
		call( sidecar.baseUrl, method, target, {
			rawBody: method === 'GET' ? undefined : body,
			headers: signedHeaders( site, method, target, body, overrides ),
		} );

	it( 'answers the connect call with a public key, a secret and the allowed origins', async () => {
		expect( site.publicKey ).toMatch( /^pk_/ );
		expect( site.secret ).toMatch( /^sk_/ );
		const status = await signedCall( 'GET', '/api/site/status' );
		expect( status.status ).toBe( 200 );
		expect( status.body.site ).toMatchObject( {
			id: site.siteId,
			publicKey: site.publicKey,
			allowedOrigins: [ 'https://shop.example' ],
		} );
		expect( status.body.site.signingSecret ).toBeUndefined();
		expect( status.body.knowledge ).toHaveProperty( 'state' );
	} );

	const storedSecret = async () =>
		(
			await sidecar.db.kysely
				.selectFrom( 'sites' )
				.select( 'signing_secret' )
				.where( 'id', '=', site.siteId )
				.executeTakeFirstOrThrow()
		).signing_secret;

	it( 'stores the signing secret sealed with the master key, never as the secret itself', async () => {
		const stored = await storedSecret();
		expect( stored ).toMatch( /^v1\./ );
		expect( stored ).not.toContain( site.secret );
		expect( stored ).not.toContain( site.secret.slice( 3 ) );
	} );

	it( 'seals a secret an earlier version stored in clear, and signed requests keep verifying', async () => {
		await sidecar.db.kysely
			.updateTable( 'sites' )
			.set( { signing_secret: site.secret } )
			.where( 'id', '=', site.siteId )
			.execute();
		// A plaintext secret is still usable before the upgrade runs.
		expect( ( await signedCall( 'GET', '/api/site/status' ) ).status ).toBe(
			200
		);
		const services = sidecar.omniops.services;
		expect( await services.sites.sealStoredSigningSecrets() ).toBe( 1 );
		expect( await services.sites.sealStoredSigningSecrets() ).toBe( 0 );
		expect( await storedSecret() ).toMatch( /^v1\./ );
		expect( ( await signedCall( 'GET', '/api/site/status' ) ).status ).toBe(
			200
		);
		// A request signed with a different secret is still refused.
		const forged = await call( sidecar.baseUrl, 'GET', '/api/site/status', {
			headers: signedHeaders(
				{ ...site, secret: 'sk_forged' },
				'GET',
				'/api/site/status',
				''
			),
		} );
		expect( forged.status ).toBe( 401 );
	} );

	it( 'refuses a connect token the second time', async () => {
		const org = await api( 'POST', '/api/owner/organizations', owner, {
			name: 'Twice',
		} );
		const token = await api(
			'POST',
			`/api/owner/organizations/${ org.body.organization.id }/connect-tokens`,
			owner,
			{}
		);
		const body = {
			token: token.body.token,
			siteUrl: 'https://twice.example',
			siteName: 'Twice',
			restUrl: 'https://twice.example/wp-json/',
		};
		expect(
			await api.status( 'POST', '/api/site/connect', null, body )
		).toBe( 201 );
		const again = await api( 'POST', '/api/site/connect', null, body );
		expect( again.status ).toBe( 401 );
		expect( again.body.error.code ).toBe( 'unauthorized' );
	} );

	it( 'refuses an expired connect token', async () => {
		const org = await api( 'POST', '/api/owner/organizations', owner, {
			name: 'Late',
		} );
		const { token } =
			await sidecar.omniops.services.sites.createConnectToken(
				org.body.organization.id
			);
		await sidecar.db.kysely
			.updateTable( 'connect_tokens' )
			.set( { expires_at: '2000-01-01T00:00:00.000Z' } )
			.execute();
		const late = await api( 'POST', '/api/site/connect', null, {
			token,
			siteUrl: 'https://late.example',
			siteName: 'Late',
			restUrl: 'https://late.example/wp-json/',
		} );
		expect( late.status ).toBe( 401 );
	} );

	it.each( [
		[
			'a tampered body',
			( h: Record< string, string > ) => ( {
				headers: h,
				body: '{"x":1}',
			} ),
		],
		[
			'a wrong signature',
			( h: Record< string, string > ) => ( {
				headers: { ...h, 'x-omniops-signature': 'f'.repeat( 64 ) },
				body: '{}',
			} ),
		],
		[
			'an unknown key',
			( h: Record< string, string > ) => ( {
				headers: { ...h, 'x-omniops-key': 'pk_unknownunknown' },
				body: '{}',
			} ),
		],
		[
			'a missing nonce',
			( h: Record< string, string > ) => ( {
				headers: { ...h, 'x-omniops-nonce': '' },
				body: '{}',
			} ),
		],
	] )( 'refuses %s with 401 invalid_signature', async ( _label, tamper ) => {
		const { headers, body } = tamper(
			signedHeaders( site, 'POST', '/api/site/sync', '{}' )
		);
		const response = await call(
			sidecar.baseUrl,
			'POST',
			'/api/site/sync',
			{ rawBody: body, headers }
		);
		expect( response.status ).toBe( 401 );
		expect( response.body.error.code ).toBe( 'invalid_signature' );
	} );

	it( 'refuses a timestamp outside the 5-minute window', async () => {
		const stale = await signedCall( 'GET', '/api/site/status', '', {
			timestamp: Math.floor( Date.now() / 1000 ) - 301,
		} );
		expect( stale.status ).toBe( 401 );
		const future = await signedCall( 'GET', '/api/site/status', '', {
			timestamp: Math.floor( Date.now() / 1000 ) + 301,
		} );
		expect( future.status ).toBe( 401 );
	} );

	it( 'refuses a replayed nonce', async () => {
		const headers = signedHeaders( site, 'GET', '/api/site/status', '' );
		expect(
			(
				await call( sidecar.baseUrl, 'GET', '/api/site/status', {
					headers,
				} )
			).status
		).toBe( 200 );
		const replay = await call( sidecar.baseUrl, 'GET', '/api/site/status', {
			headers,
		} );
		expect( replay.status ).toBe( 401 );
	} );

	it( 'signs the query string as part of the request target', async () => {
		const headers = signedHeaders( site, 'GET', '/api/site/status', '' );
		const response = await call(
			sidecar.baseUrl,
			'GET',
			'/api/site/status?extra=1',
			{ headers }
		);
		expect( response.status ).toBe( 401 );
	} );

	it( 'queues a sync and, after disconnect, stops accepting the key', async () => {
		const other = await connectSite(
			sidecar,
			owner,
			'Leaving',
			'https://leaving.example'
		);
		const sync = await call( sidecar.baseUrl, 'POST', '/api/site/sync', {
			rawBody: '{}',
			headers: signedHeaders( other, 'POST', '/api/site/sync', '{}' ),
		} );
		expect( sync.status ).toBe( 202 );
		const bye = await call(
			sidecar.baseUrl,
			'POST',
			'/api/site/disconnect',
			{
				rawBody: '{}',
				headers: signedHeaders(
					other,
					'POST',
					'/api/site/disconnect',
					'{}'
				),
			}
		);
		expect( bye.status ).toBe( 200 );
		const after = await call( sidecar.baseUrl, 'GET', '/api/site/status', {
			headers: signedHeaders( other, 'GET', '/api/site/status', '' ),
		} );
		expect( after.status ).toBe( 401 );
		const widget = await api(
			'GET',
			`/api/widget/config?site=${ other.publicKey }`,
			null
		);
		expect( widget.status ).toBe( 404 );
	} );

	it.each( [
		[
			'no token',
			{
				siteUrl: 'https://a.example',
				siteName: 'A',
				restUrl: 'https://a.example/wp-json/',
			},
		],
		[
			'a malformed token',
			{
				token: 'nope',
				siteUrl: 'https://a.example',
				siteName: 'A',
				restUrl: 'https://a.example/wp-json/',
			},
		],
		[
			'a non-http site URL',
			{
				token: 'oct_aaaaaaaaaaaaaaaaaaaa',
				siteUrl: 'javascript:alert(1)',
				siteName: 'A',
				restUrl: 'https://a.example/wp-json/',
			},
		],
		[
			'credentials in the URL',
			{
				token: 'oct_aaaaaaaaaaaaaaaaaaaa',
				siteUrl: 'https://u:p@a.example',
				siteName: 'A',
				restUrl: 'https://a.example/wp-json/',
			},
		],
		[
			'an unknown field',
			{
				token: 'oct_aaaaaaaaaaaaaaaaaaaa',
				siteUrl: 'https://a.example',
				siteName: 'A',
				restUrl: 'https://a.example/wp-json/',
				admin: true,
			},
		],
		[
			'bad allowed origins',
			{
				token: 'oct_aaaaaaaaaaaaaaaaaaaa',
				siteUrl: 'https://a.example',
				siteName: 'A',
				restUrl: 'https://a.example/wp-json/',
				allowedOrigins: [ 'ftp://x' ],
			},
		],
	] )(
		'answers connect with %s with 400 and stores nothing',
		async ( _label, body ) => {
			await refusedConnect( body );
		}
	);
	/** A fresh organization and one-time connect token through the owner API. */
	const freshToken = async ( name: string ) => {
		const org = await api( 'POST', '/api/owner/organizations', owner, {
			name,
		} );
		const token = await api(
			'POST',
			`/api/owner/organizations/${ org.body.organization.id }/connect-tokens`,
			owner,
			{}
		);
		return {
			organizationId: org.body.organization.id as string,
			token: token.body.token as string,
		};
	};

	it.each( [
		[ 'siteUrl', { siteUrl: 'not a url' } ],
		[ 'restUrl', { restUrl: 'http://' } ],
		[ 'allowedOrigins', { allowedOrigins: [ 'no origin here' ] } ],
	] )(
		'answers connect with a %s that is not a URL with 400, and the token still connects',
		async ( _field, broken ) => {
			const { token } = await freshToken( 'Not a URL' );
			const good = {
				token,
				siteUrl: 'https://not-a-url.example',
				siteName: 'Not a URL',
				restUrl: 'https://not-a-url.example/wp-json/',
			};
			const refused = await refusedConnect( { ...good, ...broken } );
			expect( typeof refused.body.error.message ).toBe( 'string' );
			const connected = await api(
				'POST',
				'/api/site/connect',
				null,
				good
			);
			expect( connected.status ).toBe( 201 );
		}
	);

	it( 'leaves the connect token usable when creating the site fails in the database', async () => {
		const { organizationId, token } = await freshToken( 'Refused' );
		// A real database refusal after the token check: a trigger rejecting this one site name.
		if ( dialect === 'postgres' ) {
			await sql`create function omniops_test_refuse_site() returns trigger as $$
				begin
					if new.name = 'Refused by the database' then
						raise exception 'refused';
					end if;
					return new;
				end $$ language plpgsql`.execute( sidecar.db.kysely );
			await sql`create trigger omniops_test_refuse_site before insert on sites
				for each row execute function omniops_test_refuse_site()`.execute(
				sidecar.db.kysely
			);
		} else {
			await sql`create trigger omniops_test_refuse_site before insert on sites
				when new.name = 'Refused by the database'
				begin select raise(abort, 'refused'); end`.execute( sidecar.db.kysely );
		}
		const body = {
			token,
			siteUrl: 'https://refused.example',
			siteName: 'Refused by the database',
			restUrl: 'https://refused.example/wp-json/',
		};
		const sitesBefore = await countSites();
		const failed = await api( 'POST', '/api/site/connect', null, body );
		expect( failed.status ).toBe( 500 );
		expect( await countSites() ).toBe( sitesBefore );
		const [ stored ] =
			await sidecar.omniops.services.sites.listConnectTokens(
				organizationId
			);
		expect( stored ).toMatchObject( { usedAt: null, siteId: null } );

		const retried = await api( 'POST', '/api/site/connect', null, {
			...body,
			siteName: 'Accepted the second time',
		} );
		expect( retried.status ).toBe( 201 );
		const [ spent ] =
			await sidecar.omniops.services.sites.listConnectTokens(
				organizationId
			);
		expect( spent!.usedAt ).not.toBeNull();
		expect( spent!.siteId ).toBe( retried.body.site.id );
	} );
} );
