/**
 * The members service's invitations: inviting by e-mail (by a member or by platform staff),
 * revoking and resending, and accepting a link with a new or an existing account. Part of
 * the members service (`createMembersService` spreads it in); split from members.ts along
 * that seam (issue 14 item 4).
 */
import { newId, randomToken, sha256Hex } from '../../platform/crypto';
import {
	ConflictError,
	ForbiddenError,
	NotFoundError,
	UnauthorizedError,
} from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { AuditActor, AuditedTransaction } from '../audit/service';
import type { OrgRole } from '../rbac/catalog';
import {
	actorOf,
	detailsOf,
	type Member,
	type MembersCore,
	type MembersServiceDeps,
} from './members-core';

export const ORG_INVITATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;

export function createInvitations(
	deps: MembersServiceDeps,
	core: MembersCore
) {
	const { repo, audit, clock, logger } = deps;
	const { now, inTrx, changeAudited, assertMayTouch } = core;

	async function sendInvitation(
		email: string,
		organizationName: string,
		token: string
	) {
		const link = `${ deps.publicUrl }/app/accept-invitation?token=${ token }`;
		if ( ! deps.mailer ) {
			return { emailed: false, link };
		}
		try {
			await deps.mailer.send( {
				to: email,
				subject: `You are invited to ${ organizationName } on OmniOps`,
				text: `You have been invited to join ${ organizationName } on OmniOps.\n\nAccept the invitation (the link works once, for 7 days):\n${ link }\n`,
			} );
			return { emailed: true };
		} catch ( error ) {
			// The invitation stays valid; the inviter can copy the link or resend.
			logger.warn( { err: error }, 'invitation mail could not be sent' );
			return { emailed: false, link };
		}
	}

	/**
	 * Adds the invitee and marks the invitation used, inside the caller's transaction;
	 * answers with the audit entry of the acceptance.
	 */
	async function joinIn(
		trx: AuditedTransaction,
		invitation: { id: string; organizationId: string; role: OrgRole },
		userId: string,
		newAccount: boolean
	) {
		const trxRepo = inTrx( trx );
		if ( ! ( await trxRepo.acceptInvitation( invitation.id, now() ) ) ) {
			throw new UnauthorizedError(
				'This invitation has just been used.'
			);
		}
		if (
			! ( await trxRepo.addMember(
				invitation.organizationId,
				userId,
				invitation.role,
				now()
			) )
		) {
			throw new ConflictError(
				'You are a member of this organization already.'
			);
		}
		return {
			result: undefined,
			entry: {
				action: 'org.invitation.accept',
				resourceType: 'organization',
				resourceId: invitation.organizationId,
				details: {
					invitationId: invitation.id,
					userId,
					role: invitation.role,
					newAccount,
				},
			},
		};
	}

	async function liveInvitation( token: string ) {
		const invitation = await repo.findLiveInvitationByToken(
			sha256Hex( token ),
			now()
		);
		if ( ! invitation ) {
			throw new UnauthorizedError(
				'This invitation is not valid any more. Ask for a new one.'
			);
		}
		return invitation;
	}

	/**
	 * Records an invitation (audited) and e-mails its link; without a mail server (or when
	 * sending fails) the link comes back to the inviter to pass on.
	 * @param actor
	 * @param organizationId
	 * @param input
	 * @param input.email
	 * @param input.role
	 * @param details
	 */
	async function createInvitation(
		actor: AuditActor,
		organizationId: string,
		input: { email: string; role: OrgRole },
		details: Record< string, unknown >
	) {
		const email = input.email.toLowerCase();
		const organization = await deps.orgs.get( organizationId );
		const existing = await deps.accounts.findUserByEmail( email );
		if (
			existing &&
			( await repo.findMembership( organizationId, existing.id ) )
		) {
			throw new ConflictError(
				'This person is a member of the organization already.'
			);
		}
		if (
			await repo.findOpenInvitationByEmail( organizationId, email, now() )
		) {
			throw new ConflictError(
				'This person has an open invitation already: resend or revoke it.'
			);
		}
		const token = randomToken( 'oinv_', 24 );
		const created = clock();
		const invitation = {
			id: newId(),
			organizationId,
			email,
			role: input.role,
			invitedBy: actor.userId,
			createdAt: created.toISOString(),
			expiresAt: new Date(
				created.getTime() + ORG_INVITATION_TTL_MS
			).toISOString(),
		};
		await audit.audited( actor, async ( trx ) => {
			await inTrx( trx ).insertInvitation( {
				...invitation,
				tokenHash: sha256Hex( token ),
			} );
			return {
				result: undefined,
				entry: {
					action: 'org.invitation.create',
					resourceType: 'organization',
					resourceId: organizationId,
					details: {
						...details,
						invitationId: invitation.id,
						email,
						role: input.role,
					},
				},
			};
		} );
		return {
			invitation,
			...( await sendInvitation( email, organization.name, token ) ),
		};
	}

	return {
		listInvitations: ( principal: Member ) =>
			repo.listOpenInvitations( principal.organizationId, now() ),

		/**
		 * Invites a person by e-mail; without a mail server (or when sending fails) the link
		 * comes back to the inviter to pass on.
		 * @param principal
		 * @param input
		 * @param input.email
		 * @param input.role
		 * @param context
		 */
		async invite(
			principal: Member,
			input: { email: string; role: OrgRole },
			context: RequestContext
		) {
			assertMayTouch( principal, input.role );
			return createInvitation(
				actorOf( principal, context ),
				principal.organizationId,
				input,
				detailsOf( principal, {} )
			);
		},

		/** Platform staff invite an organization's first people (its owner, typically). */
		inviteAsPlatform: (
			actor: AuditActor,
			organizationId: string,
			input: { email: string; role: OrgRole }
		) =>
			createInvitation( actor, organizationId, input, {
				byPlatform: true,
			} ),

		async revokeInvitation(
			principal: Member,
			invitationId: string,
			context: RequestContext
		): Promise< void > {
			await changeAudited( principal, context, async ( trx ) => {
				if (
					! ( await inTrx( trx ).revokeInvitation(
						principal.organizationId,
						invitationId,
						now()
					) )
				) {
					throw new NotFoundError( 'No such open invitation.' );
				}
				return {
					result: undefined,
					entry: {
						action: 'org.invitation.revoke',
						resourceType: 'organization',
						resourceId: principal.organizationId,
						details: detailsOf( principal, { invitationId } ),
					},
				};
			} );
		},

		/** A new link (the old one stops working) with a fresh 7 days, e-mailed again. */
		async resendInvitation(
			principal: Member,
			invitationId: string,
			context: RequestContext
		) {
			const invitation = await repo.findOpenInvitation(
				principal.organizationId,
				invitationId,
				now()
			);
			if ( ! invitation ) {
				throw new NotFoundError( 'No such open invitation.' );
			}
			assertMayTouch( principal, invitation.role );
			const token = randomToken( 'oinv_', 24 );
			const expiresAt = new Date(
				clock().getTime() + ORG_INVITATION_TTL_MS
			).toISOString();
			await changeAudited( principal, context, async ( trx ) => {
				if (
					! ( await inTrx( trx ).renewInvitation(
						principal.organizationId,
						invitationId,
						sha256Hex( token ),
						expiresAt
					) )
				) {
					throw new NotFoundError( 'No such open invitation.' );
				}
				return {
					result: undefined,
					entry: {
						action: 'org.invitation.resend',
						resourceType: 'organization',
						resourceId: principal.organizationId,
						details: detailsOf( principal, { invitationId } ),
					},
				};
			} );
			const organization = await deps.orgs.get(
				principal.organizationId
			);
			return {
				invitation: { ...invitation, expiresAt },
				...( await sendInvitation(
					invitation.email,
					organization.name,
					token
				) ),
			};
		},
		/** What an invitation link is for (the accept page shows it before anything is created). */
		async describeInvitation( token: string ) {
			const invitation = await liveInvitation( token );
			const organization = await deps.orgs.get(
				invitation.organizationId
			);
			return {
				organizationName: organization.name,
				email: invitation.email,
				role: invitation.role,
				accountExists: Boolean(
					await deps.accounts.findUserByEmail( invitation.email )
				),
			};
		},

		/** A new person: creates the account and the membership in one transaction. */
		async acceptWithNewAccount(
			input: { token: string; name: string; password: string },
			context: RequestContext
		) {
			const invitation = await liveInvitation( input.token );
			const userIdHolder: {
				user?: { id: string; email: string; name: string };
			} = {};
			await audit.audited(
				{ userId: null, ip: context.ip, userAgent: context.userAgent },
				async ( trx ) => {
					const user = await deps.accounts.createAccountIn( trx, {
						email: invitation.email,
						name: input.name,
						password: input.password,
					} );
					userIdHolder.user = user;
					return joinIn( trx, invitation, user.id, true );
				}
			);
			return {
				user: userIdHolder.user!,
				organizationId: invitation.organizationId,
			};
		},

		/** A signed-in person whose e-mail the invitation names joins with their account. */
		async acceptAsUser(
			principal: { userId: string; email: string },
			token: string,
			context: RequestContext
		) {
			const invitation = await liveInvitation( token );
			if ( invitation.email !== principal.email.toLowerCase() ) {
				throw new ForbiddenError(
					`This invitation is for ${ invitation.email }. Sign in with that account.`
				);
			}
			await audit.audited( actorOf( principal, context ), ( trx ) =>
				joinIn( trx, invitation, principal.userId, false )
			);
			return { organizationId: invitation.organizationId };
		},
	};
}
