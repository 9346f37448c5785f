/**
 * Who may act inside an organization, and as what. The `org` auth mode resolves a signed-in
 * user plus the path's organization id into a `member` principal: from the membership (its
 * org role's permissions, read per request), or — for platform staff — from a live,
 * time-boxed impersonation grant tied to their session (an admin's permissions minus member
 * and billing changes). Anyone else gets 404: another organization is not advertised.
 * Organizations that require MFA refuse members whose session has no verified second factor.
 */
import { newId } from '../../platform/crypto';
import { AppError, ConflictError, NotFoundError } from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { PrincipalOf } from '../../platform/principal';
import type { AuditActor, AuditService } from '../audit/service';
import { IMPERSONATION_WITHHELD, type OrgRole } from '../rbac/catalog';
import {
	createOrgAccessRepo,
	type GrantRow,
	type OrgAccessRepo,
} from './access-repo';
import type { OrgsService } from './service';

export const IMPERSONATION_PERMISSION = 'platform.organizations.impersonate';
export const IMPERSONATION_MAX_MINUTES = 60;

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** The organization asks for a second factor this session has not given (enrol or sign in with it). */
export class OrgMfaRequiredError extends AppError {
	constructor() {
		super(
			403,
			'org_mfa_required',
			'This organization requires two-step sign-in. Set up an authenticator app to continue.'
		);
	}
}

type UserPrincipal = PrincipalOf< 'user' >;
type MemberPrincipal = PrincipalOf< 'member' >;

export interface OrgAccessDeps {
	repo: OrgAccessRepo;
	audit: AuditService;
	orgs: OrgsService;
	permissionsOfOrgRole: ( role: OrgRole ) => Promise< string[] >;
	clock: () => Date;
}

export function createOrgAccessService( deps: OrgAccessDeps ) {
	const { repo, audit, orgs, clock } = deps;
	const now = () => clock().toISOString();

	/** Ends an expired grant once (the sweep and a late request may race) and audits it. */
	async function expire( grant: GrantRow ): Promise< void > {
		await audit
			.audited(
				{ userId: grant.userId, ip: '', userAgent: 'omniops (expiry)' },
				async ( trx ) => {
					const ended = await createOrgAccessRepo( trx ).endGrant(
						grant.id,
						now(),
						'expired'
					);
					if ( ! ended ) {
						// Someone else ended it: nothing to record. Rolls back this empty transaction.
						throw new ConflictError( 'already ended' );
					}
					return {
						result: undefined,
						entry: {
							action: 'impersonation.expire',
							resourceType: 'organization',
							resourceId: grant.organizationId,
							details: {
								grantId: grant.id,
								expiresAt: grant.expiresAt,
							},
						},
					};
				}
			)
			.catch( ( error: unknown ) => {
				if ( ! ( error instanceof ConflictError ) ) {
					throw error;
				}
			} );
	}

	/** The session's live grant; an expired one is ended (and audited) on the way. */
	async function liveGrant( sessionId: string ): Promise< GrantRow | null > {
		const grant = await repo.findOpenGrant( sessionId );
		if ( ! grant ) {
			return null;
		}
		if ( grant.expiresAt <= now() ) {
			await expire( grant );
			return null;
		}
		return grant;
	}

	const mayImpersonate = ( user: UserPrincipal ) =>
		user.mfa === 'verified' &&
		( user.roles.includes( 'platform_owner' ) ||
			user.permissions.includes( IMPERSONATION_PERMISSION ) );

	return {
		/**
		 * The `org` auth mode: the member principal for `organizationId`, or 404.
		 * @param user           The session's user (second factor done when their account needs one).
		 * @param organizationId Raw from the path; checked here, not trusted.
		 */
		async principalFor(
			user: UserPrincipal,
			organizationId: string
		): Promise< MemberPrincipal > {
			if ( ! UUID.test( organizationId ) ) {
				throw new NotFoundError( 'Organization not found.' );
			}
			const base = {
				kind: 'member' as const,
				userId: user.userId,
				email: user.email,
				name: user.name,
				sessionId: user.sessionId,
				csrfToken: user.csrfToken,
				mfa: user.mfa,
				organizationId,
			};
			const role = await repo.findMembership(
				organizationId,
				user.userId
			);
			if ( role ) {
				if (
					user.mfa !== 'verified' &&
					( await repo.requireMfa( organizationId ) )
				) {
					throw new OrgMfaRequiredError();
				}
				return {
					...base,
					orgRole: role,
					permissions: await deps.permissionsOfOrgRole( role ),
					impersonation: null,
				};
			}
			const grant = mayImpersonate( user )
				? await liveGrant( user.sessionId )
				: null;
			if ( grant?.organizationId !== organizationId ) {
				throw new NotFoundError( 'Organization not found.' );
			}
			const adminPermissions = await deps.permissionsOfOrgRole( 'admin' );
			return {
				...base,
				orgRole: 'admin',
				permissions: adminPermissions.filter(
					( permission ) =>
						! IMPERSONATION_WITHHELD.includes( permission )
				),
				impersonation: {
					grantId: grant.id,
					expiresAt: grant.expiresAt,
				},
			};
		},

		/** The session's live impersonation, for the banner (null when none). */
		async currentImpersonation( sessionId: string ) {
			const grant = await liveGrant( sessionId );
			if ( ! grant ) {
				return null;
			}
			const organization = await orgs.get( grant.organizationId );
			return {
				grantId: grant.id,
				organizationId: grant.organizationId,
				organizationName: organization.name,
				reason: grant.reason,
				startedAt: grant.startedAt,
				expiresAt: grant.expiresAt,
			};
		},

		/**
		 * Starts viewing an organization as its admin for `minutes` (≤ 60). One grant per
		 * session: a running one for another organization ends ("replaced").
		 * @param user
		 * @param organizationId
		 * @param input
		 * @param input.reason
		 * @param input.minutes
		 * @param context
		 */
		async start(
			user: UserPrincipal,
			organizationId: string,
			input: { reason: string; minutes: number },
			context: RequestContext
		) {
			const organization = await orgs.get( organizationId );
			const startedAt = clock();
			const grant: GrantRow = {
				id: newId(),
				userId: user.userId,
				sessionId: user.sessionId,
				organizationId: organization.id,
				reason: input.reason,
				startedAt: startedAt.toISOString(),
				expiresAt: new Date(
					startedAt.getTime() +
						Math.min( input.minutes, IMPERSONATION_MAX_MINUTES ) *
							60_000
				).toISOString(),
				endedAt: null,
			};
			const actor: AuditActor = {
				userId: user.userId,
				ip: context.ip,
				userAgent: context.userAgent,
			};
			const previous = await repo.findOpenGrant( user.sessionId );
			if ( previous ) {
				await audit.audited( actor, async ( trx ) => {
					await createOrgAccessRepo( trx ).endGrant(
						previous.id,
						now(),
						'replaced'
					);
					return {
						result: undefined,
						entry: {
							action: 'impersonation.stop',
							resourceType: 'organization',
							resourceId: previous.organizationId,
							details: { grantId: previous.id, why: 'replaced' },
						},
					};
				} );
			}
			await audit.audited( actor, async ( trx ) => {
				await createOrgAccessRepo( trx ).insertGrant( grant );
				return {
					result: undefined,
					entry: {
						action: 'impersonation.start',
						resourceType: 'organization',
						resourceId: organization.id,
						details: {
							grantId: grant.id,
							reason: grant.reason,
							expiresAt: grant.expiresAt,
						},
					},
				};
			} );
			return {
				grantId: grant.id,
				organizationId: organization.id,
				organizationName: organization.name,
				reason: grant.reason,
				startedAt: grant.startedAt,
				expiresAt: grant.expiresAt,
			};
		},

		/** Stops the session's impersonation of this organization (404 when none runs). */
		async stop(
			user: UserPrincipal,
			organizationId: string,
			context: RequestContext
		): Promise< void > {
			const grant = await liveGrant( user.sessionId );
			if ( grant?.organizationId !== organizationId ) {
				throw new NotFoundError(
					'No impersonation of this organization is running.'
				);
			}
			await audit.audited(
				{
					userId: user.userId,
					ip: context.ip,
					userAgent: context.userAgent,
				},
				async ( trx ) => {
					if (
						! ( await createOrgAccessRepo( trx ).endGrant(
							grant.id,
							now(),
							'stopped'
						) )
					) {
						throw new NotFoundError(
							'No impersonation of this organization is running.'
						);
					}
					return {
						result: undefined,
						entry: {
							action: 'impersonation.stop',
							resourceType: 'organization',
							resourceId: organizationId,
							details: { grantId: grant.id, why: 'stopped' },
						},
					};
				}
			);
		},

		/** Ends (and audits) every grant past its time; the scheduler runs it every minute. */
		async expireDue(): Promise< number > {
			const due = await repo.listExpiredOpenGrants( now() );
			for ( const grant of due ) {
				await expire( grant );
			}
			return due.length;
		},
	};
}

export type OrgAccessService = ReturnType< typeof createOrgAccessService >;
