/**
 * Platform staff for the access journeys, made the product's way: the owner invites them
 * (no SMTP in e2e, so the API hands back the link) and they accept over HTTP. Their
 * authenticator (when they have one) is enrolled over HTTP with a secret kept here, and
 * codes are computed for steps not used before (each 30-second code works once).
 */
import { expect } from '@playwright/test';
import { generate } from 'otplib';
import { E2E } from './env';
import { ownerApi } from './helpers';

export const STAFF_PASSWORD = 'staff member password 1';

export interface HttpSession {
	cookie: string;
	csrfToken: string;
}

/** A call to the sidecar, as a signed-in person when `session` is given; answers with its session when it sets one. */
export async function http(
	method: string,
	urlPath: string,
	body?: unknown,
	session?: HttpSession
): Promise< { status: number; body: any; session?: HttpSession } > {
	const response = await fetch( `${ E2E.sidecarUrl }${ urlPath }`, {
		method,
		headers: {
			...( body === undefined
				? {}
				: { 'content-type': 'application/json' } ),
			...( session
				? { cookie: session.cookie, 'x-csrf-token': session.csrfToken }
				: {} ),
		},
		body: body === undefined ? undefined : JSON.stringify( body ),
	} );
	const json = ( await response.json().catch( () => null ) ) as any;
	const setCookie = response.headers.get( 'set-cookie' );
	return {
		status: response.status,
		body: json,
		session: setCookie
			? {
					cookie: setCookie.split( ';' )[ 0 ]!,
					csrfToken: json.csrfToken,
				}
			: undefined,
	};
}

export const post = ( urlPath: string, body: unknown, session?: HttpSession ) =>
	http( 'POST', urlPath, body, session );

export async function getMe( cookie: string ): Promise< number > {
	return (
		await fetch( `${ E2E.sidecarUrl }/api/auth/me`, {
			headers: { cookie },
		} )
	).status;
}

/** Invites `email` to `role` and accepts: the account exists, MFA enrolment is due. */
export async function inviteStaff(
	email: string,
	role: string
): Promise< HttpSession > {
	const owner = await ownerApi();
	const invited = await owner.request( 'POST', '/api/owner/invitations', {
		email,
		role,
	} );
	expect( invited.status ).toBe( 201 );
	const token = new URL( invited.body.link ).searchParams.get( 'token' );
	const accepted = await post( '/api/auth/invitations/accept', {
		token,
		name: email.split( '@' )[ 0 ],
		password: STAFF_PASSWORD,
	} );
	expect( accepted.status ).toBe( 201 );
	return accepted.session!;
}

export async function passwordSession( email: string ): Promise< HttpSession > {
	const login = await post( '/api/auth/login', {
		email,
		password: STAFF_PASSWORD,
	} );
	expect( login.status ).toBe( 200 );
	return login.session!;
}

/** An authenticator: its secret and the last step used, so no code is used twice. */
export class Authenticator {
	private lastStep = 0;
	/** The backup codes its activation answered with. */
	backupCodes: string[] = [];
	/** The verified session its activation answered with. */
	session?: HttpSession;
	constructor( readonly secret: string ) {}

	async nextCode(): Promise< string > {
		const current = Math.floor( Date.now() / 30_000 );
		const step = Math.max( current, this.lastStep + 1 );
		if ( step > current + 1 ) {
			await new Promise( ( resolve ) =>
				setTimeout( resolve, ( step - 1 ) * 30_000 - Date.now() + 100 )
			);
		}
		this.lastStep = step;
		return generate( { secret: this.secret, epoch: step * 30 } );
	}
}

/** Enrols an authenticator for a pending session over HTTP. */
export async function enrolTotp(
	session: HttpSession
): Promise< Authenticator > {
	const enrolment = await post( '/api/auth/mfa/totp/enrolment', {}, session );
	expect( enrolment.status ).toBe( 201 );
	const authenticator = new Authenticator( enrolment.body.secret );
	const activated = await post(
		'/api/auth/mfa/totp/activation',
		{ code: await authenticator.nextCode() },
		session
	);
	expect( activated.status ).toBe( 200 );
	authenticator.backupCodes = activated.body.backupCodes;
	authenticator.session = activated.session;
	return authenticator;
}
