/**
 * Organization set-ups through the product's own paths: the platform creates an organization
 * and invites its owner; the owner invites members; each invitee accepts the link with a new
 * account and is signed in. Without a mail server the invitation link comes back in the answer.
 */
import { OWNER, sessionFrom, type OwnerSession } from './flows';
import { call, type TestSidecar } from './sidecar-harness';

export interface OrgMember extends OwnerSession {
	userId: string;
	email: string;
}

const tokenOf = ( link: string ) =>
	new URL( link ).searchParams.get( 'token' )!;

/**
 * Accepts an invitation link with a new account (password OWNER.password).
 * @param sidecar
 * @param link
 * @param email
 */
export async function acceptInvitationLink(
	sidecar: TestSidecar,
	link: string,
	email: string
): Promise< OrgMember > {
	const accepted = await call(
		sidecar.baseUrl,
		'POST',
		'/api/org-invitations/accept',
		{
			body: {
				token: tokenOf( link ),
				name: email.split( '@' )[ 0 ],
				password: OWNER.password,
			},
		}
	);
	if ( accepted.status !== 201 ) {
		throw new Error(
			`accept failed: ${ accepted.status } ${ JSON.stringify( accepted.body ) }`
		);
	}
	return {
		...sessionFrom( accepted.headers, accepted.body ),
		userId: accepted.body.user.id,
		email,
	};
}

/** A new organization and its owner, signed in. */
export async function organizationWithOwner(
	sidecar: TestSidecar,
	platformOwner: OwnerSession,
	name: string,
	ownerEmail: string
): Promise< { organizationId: string; owner: OrgMember } > {
	const org = await call(
		sidecar.baseUrl,
		'POST',
		'/api/owner/organizations',
		{ body: { name }, headers: platformOwner.headers }
	);
	const organizationId = org.body.organization.id as string;
	const invited = await call(
		sidecar.baseUrl,
		'POST',
		`/api/owner/organizations/${ organizationId }/invitations`,
		{
			body: { email: ownerEmail, role: 'owner' },
			headers: platformOwner.headers,
		}
	);
	if ( invited.status !== 201 || ! invited.body.link ) {
		throw new Error(
			`owner invitation failed: ${ invited.status } ${ JSON.stringify( invited.body ) }`
		);
	}
	return {
		organizationId,
		owner: await acceptInvitationLink(
			sidecar,
			invited.body.link,
			ownerEmail
		),
	};
}

/** Invites `email` with `role` as `inviter` and accepts the link: the new member, signed in. */
export async function addMember(
	sidecar: TestSidecar,
	inviter: OwnerSession,
	organizationId: string,
	email: string,
	role: 'owner' | 'admin' | 'agent' | 'viewer',
	/** With a mail server configured the link is only in the mail. */
	mailbox?: { linkTo: ( to: string, path: string ) => string | undefined }
): Promise< OrgMember > {
	const invited = await call(
		sidecar.baseUrl,
		'POST',
		`/api/org/${ organizationId }/invitations`,
		{ body: { email, role }, headers: inviter.headers }
	);
	const link: string | undefined =
		invited.body.link ?? mailbox?.linkTo( email, '/app/accept-invitation' );
	if ( invited.status !== 201 || ! link ) {
		throw new Error(
			`invitation failed: ${ invited.status } ${ JSON.stringify( invited.body ) }`
		);
	}
	return acceptInvitationLink( sidecar, link, email );
}
