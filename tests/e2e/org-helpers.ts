/**
 * Organization set-ups for the org-area journeys, made the product's way over HTTP: the
 * platform owner creates an organization and invites people (no SMTP in e2e, so the API hands
 * back the link), invitees accept the link, staff enrol an authenticator with a secret kept
 * here. A session made over HTTP can be handed to a browser context as its cookie.
 */
import { expect, type BrowserContext } from '@playwright/test';
import { generate } from 'otplib';
import { E2E } from './env';
import { ownerApi } from './helpers';

export const MEMBER_PASSWORD = 'org member password 1';

export interface HttpSession {
	cookie: string;
	csrfToken: string;
}

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

/** A new organization; returns its id and the owner's invitation link. */
export async function organizationWithOwnerInvitation(
	name: string,
	ownerEmail: string
): Promise< { organizationId: string; link: string } > {
	const owner = await ownerApi();
	const org = await owner.request( 'POST', '/api/owner/organizations', {
		name,
	} );
	expect( org.status ).toBe( 201 );
	const invited = await owner.request(
		'POST',
		`/api/owner/organizations/${ org.body.organization.id }/invitations`,
		{ email: ownerEmail, role: 'owner' }
	);
	expect( invited.status ).toBe( 201 );
	return {
		organizationId: org.body.organization.id,
		link: invited.body.link,
	};
}

/** Accepts an organization invitation link with a new account over HTTP. */
export async function acceptOverHttp(
	link: string,
	name: string
): Promise< HttpSession & { userId: string } > {
	const accepted = await http( 'POST', '/api/org-invitations/accept', {
		token: new URL( link ).searchParams.get( 'token' ),
		name,
		password: MEMBER_PASSWORD,
	} );
	expect( accepted.status ).toBe( 201 );
	return { ...accepted.session!, userId: accepted.body.user.id };
}

/** A code for a time step not used before with this secret (each code works once). */
export function authenticator( secret: string ) {
	let lastStep = 0;
	return async (): Promise< string > => {
		const current = Math.floor( Date.now() / 30_000 );
		const step = Math.max( current, lastStep + 1 );
		if ( step > current + 1 ) {
			await new Promise( ( resolve ) =>
				setTimeout( resolve, ( step - 1 ) * 30_000 - Date.now() + 100 )
			);
		}
		lastStep = step;
		return generate( { secret, epoch: step * 30 } );
	};
}

/** Platform staff holding `role`, invited by the owner, enrolled: a verified session. */
export async function staffMember(
	email: string,
	role: string
): Promise< HttpSession > {
	const owner = await ownerApi();
	const invited = await owner.request( 'POST', '/api/owner/invitations', {
		email,
		role,
	} );
	expect( invited.status ).toBe( 201 );
	const accepted = await http( 'POST', '/api/auth/invitations/accept', {
		token: new URL( invited.body.link ).searchParams.get( 'token' ),
		name: email.split( '@' )[ 0 ],
		password: MEMBER_PASSWORD,
	} );
	expect( accepted.status ).toBe( 201 );
	const pending = accepted.session!;
	const enrolment = await http(
		'POST',
		'/api/auth/mfa/totp/enrolment',
		{},
		pending
	);
	expect( enrolment.status ).toBe( 201 );
	const nextCode = authenticator( enrolment.body.secret );
	const activated = await http(
		'POST',
		'/api/auth/mfa/totp/activation',
		{ code: await nextCode() },
		pending
	);
	expect( activated.status ).toBe( 200 );
	return activated.session!;
}

/** Signs a browser context in with a session made over HTTP. */
export async function useSession(
	context: BrowserContext,
	session: HttpSession
): Promise< void > {
	const [ name, value ] = session.cookie.split( '=' );
	await context.addCookies( [
		{ name: name!, value: value!, url: E2E.sidecarUrl },
	] );
}
