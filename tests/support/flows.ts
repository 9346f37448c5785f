/**
 * Multi-step set-ups the sidecar tests share: a signed-in platform owner, an organization
 * with a connected site, and signed plugin requests built exactly as docs/contracts.md says.
 */
import { createHash, createHmac, randomBytes } from 'node:crypto';
import { call, type TestSidecar } from './sidecar-harness';

export const OWNER = {
	email: 'owner@omniops.test',
	password: 'correct horse battery staple',
	name: 'Olga Owner',
};

export interface OwnerSession {
	cookie: string;
	csrfToken: string;
	headers: Record< string, string >;
}

/** Creates the first owner through the real setup-link flow and returns their session. */
export async function ownerSession(
	sidecar: TestSidecar
): Promise< OwnerSession > {
	const token = await sidecar.omniops.services.auth.ensureFirstOwner( null );
	if ( ! token ) {
		return login( sidecar, OWNER.email, OWNER.password );
	}
	const response = await call( sidecar.baseUrl, 'POST', '/api/auth/setup', {
		body: { token, ...OWNER },
	} );
	if ( response.status !== 201 ) {
		throw new Error(
			`setup failed: ${ response.status } ${ JSON.stringify( response.body ) }`
		);
	}
	return sessionFrom( response.headers, response.body.csrfToken );
}

export async function login(
	sidecar: TestSidecar,
	email: string,
	password: string
): Promise< OwnerSession > {
	const response = await call( sidecar.baseUrl, 'POST', '/api/auth/login', {
		body: { email, password },
	} );
	if ( response.status !== 200 ) {
		throw new Error( `login failed: ${ response.status }` );
	}
	return sessionFrom( response.headers, response.body.csrfToken );
}

function sessionFrom( headers: Headers, csrfToken: string ): OwnerSession {
	const cookie = ( headers.get( 'set-cookie' ) ?? '' ).split( ';' )[ 0 ]!;
	return {
		cookie,
		csrfToken,
		headers: { cookie, 'x-csrf-token': csrfToken },
	};
}

export interface ConnectedSite {
	organizationId: string;
	siteId: string;
	publicKey: string;
	secret: string;
}

/** Organization + connect token through the owner API, then the plugin's connect call. */
export async function connectSite(
	sidecar: TestSidecar,
	owner: OwnerSession,
	name = 'Shop',
	siteUrl = 'https://shop.example'
): Promise< ConnectedSite > {
	const org = await call(
		sidecar.baseUrl,
		'POST',
		'/api/owner/organizations',
		{ body: { name }, headers: owner.headers }
	);
	const token = await call(
		sidecar.baseUrl,
		'POST',
		`/api/owner/organizations/${ org.body.organization.id }/connect-tokens`,
		{ body: {}, headers: owner.headers }
	);
	const connected = await call(
		sidecar.baseUrl,
		'POST',
		'/api/site/connect',
		{
			body: {
				token: token.body.token,
				siteUrl,
				siteName: name,
				restUrl: `${ siteUrl }/wp-json/`,
			},
		}
	);
	if ( connected.status !== 201 ) {
		throw new Error(
			`connect failed: ${ connected.status } ${ JSON.stringify( connected.body ) }`
		);
	}
	return {
		organizationId: org.body.organization.id,
		siteId: connected.body.site.id,
		publicKey: connected.body.site.publicKey,
		secret: connected.body.secret,
	};
}

/** Signature headers computed independently of the sidecar's own code (docs/contracts.md). */
export function signedHeaders(
	site: { publicKey: string; secret: string },
	method: string,
	target: string,
	body: string,
	overrides: { timestamp?: number; nonce?: string } = {}
): Record< string, string > {
	const timestamp = String(
		overrides.timestamp ?? Math.floor( Date.now() / 1000 )
	);
	const nonce = overrides.nonce ?? randomBytes( 16 ).toString( 'hex' );
	const bodyHash = createHash( 'sha256' ).update( body ).digest( 'hex' );
	const canonical = [
		method.toUpperCase(),
		target,
		timestamp,
		nonce,
		bodyHash,
	].join( '\n' );
	return {
		'x-omniops-key': site.publicKey,
		'x-omniops-timestamp': timestamp,
		'x-omniops-nonce': nonce,
		'x-omniops-signature': createHmac( 'sha256', site.secret )
			.update( canonical )
			.digest( 'hex' ),
	};
}

export async function startConversation(
	sidecar: TestSidecar,
	publicKey: string
): Promise< { id: string; auth: Record< string, string > } > {
	const response = await call(
		sidecar.baseUrl,
		'POST',
		'/api/widget/conversations',
		{ body: { siteKey: publicKey } }
	);
	if ( response.status !== 201 ) {
		throw new Error( `conversation failed: ${ response.status }` );
	}
	return {
		id: response.body.conversationId,
		auth: { authorization: `Bearer ${ response.body.token }` },
	};
}
