/**
 * An organization's team: members with org roles, e-mailed invitations (accepting one creates
 * the account or attaches an existing one), and organization settings (MFA enforcement).
 * Every change runs through `audit.audited`, so the audit row commits with it. Owners are
 * changed only by owners, and an organization always keeps at least one owner.
 * Invitations are a part of their own (invitations.ts) spread into this service; what both
 * share is in members-core.ts. The names this file exported before that split are
 * re-exported here.
 */
import { ConflictError, NotFoundError } from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { OrgRole } from '../rbac/catalog';
import type { OrgAccessRepo } from './access-repo';
import { createInvitations } from './invitations';
import {
	createMembersCore,
	detailsOf,
	type Member,
	type MembersServiceDeps,
} from './members-core';

export { ORG_INVITATION_TTL_MS } from './invitations';
export { actorOf, type MembersServiceDeps } from './members-core';

/** Inside a role change or removal: the organization must still have an owner after it. */
async function assertAnOwnerLeft(
	trxRepo: OrgAccessRepo,
	organizationId: string
): Promise< void > {
	if ( ( await trxRepo.countOwners( organizationId ) ) === 0 ) {
		throw new ConflictError(
			'This is the last owner; make someone else an owner first.'
		);
	}
}

export function createMembersService( deps: MembersServiceDeps ) {
	const { repo } = deps;
	const core = createMembersCore( deps );
	const { now, inTrx, changeAudited, assertMayTouch } = core;
	const invitations = createInvitations( deps, core );

	/** The member's role in the principal's organization; NotFoundError when not a member. */
	async function roleOf( principal: Member, userId: string ) {
		const role = await repo.findMembership(
			principal.organizationId,
			userId
		);
		if ( ! role ) {
			throw new NotFoundError( 'No such member.' );
		}
		return role;
	}

	/**
	 * Changes the membership and records it in one transaction, refused (rolled back) when
	 * the organization would be left without an owner.
	 * @param principal Who changes it.
	 * @param context   The request (for the audit row).
	 * @param change    The change, on the transaction's repo.
	 * @param action    The audit action.
	 * @param details   The audit details.
	 */
	function changeKeepingAnOwner(
		principal: Member,
		context: RequestContext,
		change: ( trxRepo: OrgAccessRepo ) => Promise< unknown >,
		action: string,
		details: Record< string, unknown >
	): Promise< void > {
		return changeAudited( principal, context, async ( trx ) => {
			const trxRepo = inTrx( trx );
			await change( trxRepo );
			await assertAnOwnerLeft( trxRepo, principal.organizationId );
			return {
				result: undefined,
				entry: {
					action,
					resourceType: 'organization',
					resourceId: principal.organizationId,
					details: detailsOf( principal, details ),
				},
			};
		} );
	}

	return {
		listMembers: ( principal: Member ) =>
			repo.listMembers( principal.organizationId ),
		...invitations,

		/**
		 * Changes a member's role. Only owners touch owners; the last owner cannot be demoted
		 * (checked inside the transaction, so two demotions cannot both pass).
		 * @param principal
		 * @param userId
		 * @param role
		 * @param context
		 */
		async changeRole(
			principal: Member,
			userId: string,
			role: OrgRole,
			context: RequestContext
		): Promise< void > {
			const current = await roleOf( principal, userId );
			assertMayTouch( principal, current, role );
			await changeKeepingAnOwner(
				principal,
				context,
				( trxRepo ) =>
					trxRepo.setRole( principal.organizationId, userId, role ),
				'org.member.role',
				{ userId, from: current, to: role }
			);
		},

		async removeMember(
			principal: Member,
			userId: string,
			context: RequestContext
		): Promise< void > {
			const current = await roleOf( principal, userId );
			assertMayTouch( principal, current );
			await changeKeepingAnOwner(
				principal,
				context,
				( trxRepo ) =>
					trxRepo.removeMember( principal.organizationId, userId ),
				'org.member.remove',
				{ userId, role: current }
			);
		},

		async settings( principal: Member ) {
			const organization = await deps.orgs.get(
				principal.organizationId
			);
			return {
				name: organization.name,
				requireMfa: await repo.requireMfa( principal.organizationId ),
			};
		},

		async updateSettings(
			principal: Member,
			input: { name?: string; requireMfa?: boolean },
			context: RequestContext
		) {
			await changeAudited( principal, context, async ( trx ) => {
				const trxRepo = inTrx( trx );
				if ( input.name !== undefined ) {
					await trxRepo.rename(
						principal.organizationId,
						input.name
					);
				}
				if ( input.requireMfa !== undefined ) {
					await trxRepo.setRequireMfa(
						principal.organizationId,
						input.requireMfa,
						now()
					);
				}
				return {
					result: undefined,
					entry: {
						action: 'org.settings.update',
						resourceType: 'organization',
						resourceId: principal.organizationId,
						details: detailsOf( principal, { ...input } ),
					},
				};
			} );
			return this.settings( principal );
		},

		/** The organizations a user belongs to (the organization switcher). */
		organizationsOf: ( userId: string ) => repo.organizationsOf( userId ),
	};
}

export type MembersService = ReturnType< typeof createMembersService >;
