/**
 * The e2e owner's second factor. The first journey that signs the owner in enrols an
 * authenticator (in the browser or over HTTP) and keeps the secret in the e2e data folder,
 * which playwright.config.ts wipes at every run; later sign-ins compute codes from it. Each
 * 30-second code works once, so the last step used is kept too, and a sign-in that would
 * need an already-used step waits for the next one.
 */
import fs from 'node:fs';
import path from 'node:path';
import { expect, type Page } from '@playwright/test';
import { generate } from 'otplib';
import { E2E } from './env';
import { saveBackupCodes, submitEnrolmentCode } from './mfa-page';

const STATE_FILE = path.join( E2E.dataDir, 'e2e-owner-mfa.json' );

interface OwnerMfaState {
	secret: string;
	lastStep: number;
	/** A verified API session for helpers, reused while it lives. */
	api?: { cookie: string; csrfToken: string };
}

export function readOwnerMfa(): OwnerMfaState | null {
	try {
		return JSON.parse(
			fs.readFileSync( STATE_FILE, 'utf8' )
		) as OwnerMfaState;
	} catch {
		return null;
	}
}

function writeOwnerMfa( state: OwnerMfaState ): void {
	fs.writeFileSync( STATE_FILE, JSON.stringify( state ), { mode: 0o600 } );
}

/** A code for a step not used before (waiting for the next step when needed). */
export async function nextOwnerCode( secret?: string ): Promise< string > {
	const state = readOwnerMfa() ?? { secret: secret!, lastStep: 0 };
	if ( secret && state.secret !== secret ) {
		Object.assign( state, { secret, lastStep: 0, api: undefined } );
	}
	const current = Math.floor( Date.now() / 30_000 );
	const step = Math.max( current, state.lastStep + 1 );
	if ( step > current + 1 ) {
		await new Promise( ( resolve ) =>
			setTimeout( resolve, ( step - 1 ) * 30_000 - Date.now() + 100 )
		);
	}
	writeOwnerMfa( { ...state, lastStep: step } );
	return generate( { secret: state.secret, epoch: step * 30 } );
}

export function rememberOwnerApiSession( api: {
	cookie: string;
	csrfToken: string;
} ): void {
	const state = readOwnerMfa();
	if ( state ) {
		writeOwnerMfa( { ...state, api } );
	}
}

/**
 * Signs the owner in through the dashboard, passing MFA: enrols (reading the secret from
 * the page, as a person would type it into an app) the first time, answers the challenge
 * with a computed code afterwards. Ends on the organizations list.
 * @param page
 */
export async function signInOwner( page: Page ): Promise< void > {
	await page.goto( '/owner/login' );
	await page.getByLabel( 'Email' ).fill( E2E.owner.email );
	await signInWithOwnerPassword( page );
}

/**
 * On the sign-in form with the owner's email typed: the right password, then the second
 * factor (platform staff pass it before any owner page answers). Ends on the organizations
 * list.
 * @param page
 */
export async function signInWithOwnerPassword( page: Page ): Promise< void > {
	await page.getByLabel( 'Password' ).fill( E2E.owner.password );
	await page.getByRole( 'button', { name: /sign in/i } ).click();
	await passOwnerMfa( page );
	await expect(
		page.getByRole( 'heading', { name: 'Organizations', exact: true } )
	).toBeVisible();
}

/** The MFA step after the password: enrolment or challenge, whichever the page shows. */
export async function passOwnerMfa( page: Page ): Promise< void > {
	const heading = page.getByRole( 'heading', {
		name: /Set up two-step verification|Two-step verification/,
	} );
	await expect( heading ).toBeVisible();
	if ( ( await heading.textContent() )?.startsWith( 'Set up' ) ) {
		const secret = await page
			.getByRole( 'textbox', { name: 'Secret key' } )
			.inputValue();
		expect( secret ).toMatch( /^[A-Z2-7]{16,}$/ );
		await submitEnrolmentCode( page, await nextOwnerCode( secret ) );
		await saveBackupCodes( page );
		return;
	}
	await page
		.getByRole( 'textbox', { name: 'Authentication code' } )
		.fill( await nextOwnerCode() );
	await page.getByRole( 'button', { name: 'Verify' } ).click();
}

/** A verified owner session over HTTP (enrolling the authenticator if no journey has yet). */
export async function ownerApiSession(): Promise< {
	cookie: string;
	csrfToken: string;
} > {
	const cached = readOwnerMfa()?.api;
	if ( cached ) {
		const me = await fetch( `${ E2E.sidecarUrl }/api/auth/me`, {
			headers: { cookie: cached.cookie },
		} );
		if ( me.ok && ( await me.json() ).mfa.state === 'verified' ) {
			return cached;
		}
	}
	const post = async (
		urlPath: string,
		body: unknown,
		session?: { cookie: string; csrfToken: string }
	) => {
		const response = await fetch( `${ E2E.sidecarUrl }${ urlPath }`, {
			method: 'POST',
			headers: {
				'content-type': 'application/json',
				...( session
					? {
							cookie: session.cookie,
							'x-csrf-token': session.csrfToken,
						}
					: {} ),
			},
			body: JSON.stringify( body ),
		} );
		const json = ( await response.json() ) as any;
		return {
			status: response.status,
			body: json,
			session: response.headers.get( 'set-cookie' )
				? {
						cookie: response.headers
							.get( 'set-cookie' )!
							.split( ';' )[ 0 ]!,
						csrfToken: json.csrfToken as string,
					}
				: session,
		};
	};
	const login = await post( '/api/auth/login', E2E.owner );
	expect( login.status ).toBe( 200 );
	let verified;
	if ( login.body.mfa.enrolled ) {
		verified = await post(
			'/api/auth/mfa/challenge',
			{ code: await nextOwnerCode() },
			login.session
		);
	} else {
		const enrolment = await post(
			'/api/auth/mfa/totp/enrolment',
			{},
			login.session
		);
		verified = await post(
			'/api/auth/mfa/totp/activation',
			{ code: await nextOwnerCode( enrolment.body.secret ) },
			login.session
		);
	}
	expect( verified.status ).toBe( 200 );
	rememberOwnerApiSession( verified.session! );
	return verified.session!;
}
