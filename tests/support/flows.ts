/**
 * Multi-step set-ups the sidecar tests share: a signed-in platform owner, an organization
 * with a connected site, and signed plugin requests built exactly as docs/contracts.md says.
 */
import argon2 from 'argon2';
import { generate } from 'otplib';
import { createAuthRepo } from '../../sidecar/src/modules/auth/repo';
import { call, type JsonResponse, type TestSidecar } from './sidecar-harness';

export const OWNER = {
	email: 'owner@omniops.test',
	password: 'correct horse battery staple',
	name: 'Olga Owner',
};

export interface OwnerSession {
	cookie: string;
	csrfToken: string;
	headers: Record< string, string >;
	/** The body of the answer that created the session (user, mfa state, backup codes …). */
	body?: any;
}

/** Authenticator secrets enrolled by these helpers, per sidecar and email, and the last step used. */
const enrolled = new Map< string, { secret: string; lastStep: number } >();
const ownerSessions = new WeakMap< TestSidecar, OwnerSession >();

export function enrolledSecret(
	sidecar: TestSidecar,
	email: string
): string | undefined {
	return enrolled.get( `${ sidecar.baseUrl }|${ email.toLowerCase() }` )
		?.secret;
}

/**
 * A TOTP code for a time step not used before (the sidecar refuses replays): this step, the
 * next (accepted for clock drift), or — when both are used — the next step after waiting.
 * @param entry
 * @param entry.secret
 * @param entry.lastStep
 */
async function freshCode( entry: {
	secret: string;
	lastStep: number;
} ): Promise< string > {
	let step = Math.floor( Date.now() / 30_000 );
	if ( step <= entry.lastStep ) {
		step = entry.lastStep + 1;
	}
	const current = Math.floor( Date.now() / 30_000 );
	if ( step > current + 1 ) {
		await new Promise( ( resolve ) =>
			setTimeout( resolve, ( step - 1 ) * 30_000 - Date.now() + 50 )
		);
	}
	entry.lastStep = step;
	return generate( { secret: entry.secret, epoch: step * 30 } );
}

/**
 * Finishes sign-in for a session waiting for its second factor: enrols an authenticator
 * (keeping the secret) or answers the challenge with a fresh code.
 * @param sidecar
 * @param email
 * @param pending
 */
export async function passMfa(
	sidecar: TestSidecar,
	email: string,
	pending: OwnerSession
): Promise< OwnerSession > {
	const key = `${ sidecar.baseUrl }|${ email.toLowerCase() }`;
	let entry = enrolled.get( key );
	if ( ! pending.body?.mfa?.enrolled || ! entry ) {
		const enrolment = await call(
			sidecar.baseUrl,
			'POST',
			'/api/auth/mfa/totp/enrolment',
			{ body: {}, headers: pending.headers }
		);
		if ( enrolment.status !== 201 ) {
			throw new Error( `enrolment failed: ${ enrolment.status }` );
		}
		entry = { secret: enrolment.body.secret, lastStep: 0 };
		enrolled.set( key, entry );
		const activated = await call(
			sidecar.baseUrl,
			'POST',
			'/api/auth/mfa/totp/activation',
			{
				body: { code: await freshCode( entry ) },
				headers: pending.headers,
			}
		);
		if ( activated.status !== 200 ) {
			throw new Error(
				`activation failed: ${ activated.status } ${ JSON.stringify( activated.body ) }`
			);
		}
		return sessionFrom( activated.headers, activated.body );
	}
	const challenged = await call(
		sidecar.baseUrl,
		'POST',
		'/api/auth/mfa/challenge',
		{ body: { code: await freshCode( entry ) }, headers: pending.headers }
	);
	if ( challenged.status !== 200 ) {
		throw new Error(
			`challenge failed: ${ challenged.status } ${ JSON.stringify( challenged.body ) }`
		);
	}
	return sessionFrom( challenged.headers, challenged.body );
}

/**
 * A signed-in platform owner, created through the real setup-link flow and MFA enrolment the
 * first time; later calls reuse that session while it lives.
 * @param sidecar
 */
export async function ownerSession(
	sidecar: TestSidecar
): Promise< OwnerSession > {
	const cached = ownerSessions.get( sidecar );
	if ( cached ) {
		const me = await call( sidecar.baseUrl, 'GET', '/api/auth/me', {
			headers: { cookie: cached.cookie },
		} );
		if ( me.status === 200 && me.body.mfa.state === 'verified' ) {
			return cached;
		}
	}
	const token = await sidecar.omniops.services.auth.ensureFirstOwner( null );
	let session: OwnerSession;
	if ( ! token ) {
		session = await login( sidecar, OWNER.email, OWNER.password );
	} else {
		const response = await call(
			sidecar.baseUrl,
			'POST',
			'/api/auth/setup',
			{
				body: { token, ...OWNER },
			}
		);
		if ( response.status !== 201 ) {
			throw new Error(
				`setup failed: ${ response.status } ${ JSON.stringify( response.body ) }`
			);
		}
		session = await passMfa(
			sidecar,
			OWNER.email,
			sessionFrom( response.headers, response.body )
		);
	}
	ownerSessions.set( sidecar, session );
	return session;
}

/** Password sign-in: the session, and the answer's body (its second factor's state). */
async function signIn( sidecar: TestSidecar, email: string, password: string ) {
	const response = await call( sidecar.baseUrl, 'POST', '/api/auth/login', {
		body: { email, password },
	} );
	if ( response.status !== 200 ) {
		throw new Error( `login failed: ${ response.status }` );
	}
	return {
		session: sessionFrom( response.headers, response.body ),
		body: response.body,
	};
}

/** Password sign-in, then the second factor when the account needs one. */
export async function login(
	sidecar: TestSidecar,
	email: string,
	password: string
): Promise< OwnerSession > {
	const { session, body } = await signIn( sidecar, email, password );
	return body.mfa.state === 'pending'
		? passMfa( sidecar, email, session )
		: session;
}

/** Password sign-in only: the session as it stands before any second factor. */
export async function passwordOnly(
	sidecar: TestSidecar,
	email: string,
	password: string
): Promise< OwnerSession > {
	return ( await signIn( sidecar, email, password ) ).session;
}

/**
 * Sends five wrong second-factor codes (`first`, `first + 1`, …) through `challenge` and
 * expects the first four refused as invalid and the fifth to use up the attempts.
 * @param challenge sends one code as the second step of a sign-in
 * @param first     the first wrong code, as a number
 */
export async function expectFiveWrongCodesExhaust(
	challenge: ( code: string ) => Promise< JsonResponse >,
	first: number
) {
	const statuses: string[] = [];
	for ( let i = 0; i < 5; i++ ) {
		const wrong = await challenge( String( first + i ) );
		statuses.push( `${ wrong.status } ${ wrong.body.error.code }` );
	}
	expect( statuses ).toEqual( [
		'401 mfa_invalid',
		'401 mfa_invalid',
		'401 mfa_invalid',
		'401 mfa_invalid',
		'401 mfa_attempts_exhausted',
	] );
}

export function sessionFrom( headers: Headers, body: any ): OwnerSession {
	const cookie = ( headers.get( 'set-cookie' ) ?? '' ).split( ';' )[ 0 ]!;
	return {
		cookie,
		csrfToken: body.csrfToken,
		headers: { cookie, 'x-csrf-token': body.csrfToken },
		body,
	};
}

/**
 * A dashboard user with a password and no roles (invitations are the product's way in; tests
 * that only need an account create it directly).
 * @param sidecar
 * @param email
 * @param password
 */
export async function createUser(
	sidecar: TestSidecar,
	email: string,
	password = OWNER.password
): Promise< string > {
	const id = crypto.randomUUID();
	await createAuthRepo( sidecar.db.kysely ).insertUser( {
		id,
		email,
		name: email.split( '@' )[ 0 ]!,
		passwordHash: await argon2.hash( password, { type: argon2.argon2id } ),
		createdAt: new Date().toISOString(),
	} );
	return id;
}

/** A signed-in user holding `role`, granted by the owner through the staff API, MFA passed. */
export async function staffSession(
	sidecar: TestSidecar,
	role: string,
	email = `${ role.replace( /_/g, '-' ) }@omniops.test`
): Promise< OwnerSession & { userId: string } > {
	const owner = await ownerSession( sidecar );
	const userId = await createUser( sidecar, email );
	const granted = await call( sidecar.baseUrl, 'POST', '/api/owner/staff', {
		body: { email, role },
		headers: owner.headers,
	} );
	if ( granted.status !== 201 ) {
		throw new Error( `grant failed: ${ granted.status }` );
	}
	return { ...( await login( sidecar, email, OWNER.password ) ), userId };
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
	return {
		organizationId: org.body.organization.id,
		...( await connectWithToken(
			sidecar,
			token.body.token,
			siteUrl,
			name
		) ),
	};
}

/**
 * The plugin's connect call, as the plugin makes it, with a one-time connect token however
 * the test got one (owner API, organization area or the sites service). Throws when the
 * sidecar refuses it, so a set-up that went wrong fails where it went wrong.
 */
export async function connectWithToken(
	sidecar: TestSidecar,
	token: string,
	siteUrl: string,
	siteName: string
): Promise< Omit< ConnectedSite, 'organizationId' > > {
	const connected = await call(
		sidecar.baseUrl,
		'POST',
		'/api/site/connect',
		{
			body: {
				token,
				siteUrl,
				siteName,
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
		siteId: connected.body.site.id,
		publicKey: connected.body.site.publicKey,
		secret: connected.body.secret,
	};
}

// The plugin's request signature, shared with the Playwright journeys (which do not load this file).
export { signedHeaders } from './signature';

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
