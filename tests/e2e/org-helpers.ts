/**
 * Organization set-ups for the org-area journeys, made the product's way over HTTP: the
 * platform owner creates an organization and invites people (no SMTP in e2e, so the API hands
 * back the link), invitees accept the link, staff are invited and enrol an authenticator
 * through staff.ts. A session made over HTTP can be handed to a browser context as its cookie.
 */
import { expect, type BrowserContext } from '@playwright/test';
import { E2E } from './env';
import { ownerApi } from './helpers';
import { enrolTotp, http, inviteStaff, type HttpSession } from './staff';

export const MEMBER_PASSWORD = 'org member password 1';

// The sidecar over HTTP, as the staff journeys call it too.
export { http, type HttpSession } from './staff';

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

/** Platform staff holding `role`, invited by the owner, enrolled: a verified session. */
export async function staffMember(
	email: string,
	role: string
): Promise< HttpSession > {
	const authenticator = await enrolTotp( await inviteStaff( email, role ) );
	return authenticator.session!;
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
