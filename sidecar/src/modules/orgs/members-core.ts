/**
 * What the members service and its invitations part (invitations.ts) share: the service's
 * deps, the member principal, the audit actor and details of a member's action, and the
 * helpers built once per service (audited change, the owner rule). A file of its own so
 * members.ts and invitations.ts do not import each other (issue 14 item 4).
 */
import { ForbiddenError } from '../../platform/errors';
import type { RequestContext } from '../../platform/http';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mailer';
import type { PrincipalOf } from '../../platform/principal';
import {
	auditActor,
	type AuditedTransaction,
	type AuditEntry,
	type AuditService,
} from '../audit/service';
import type { OrgRole } from '../rbac/catalog';
import { createOrgAccessRepo, type OrgAccessRepo } from './access-repo';
import type { OrgsService } from './service';

export type Member = PrincipalOf< 'member' >;

export interface MembersServiceDeps {
	repo: OrgAccessRepo;
	audit: AuditService;
	orgs: OrgsService;
	accounts: {
		findUserByEmail: (
			email: string
		) => Promise< { id: string; email: string; name: string } | undefined >;
		createAccountIn: (
			trx: AuditedTransaction,
			input: { email: string; name: string; password: string }
		) => Promise< { id: string; email: string; name: string } >;
	};
	mailer: Mailer | null;
	publicUrl: string;
	clock: () => Date;
	logger: Logger;
}

export { auditActor as actorOf };
export /** Audit details for a member's action; an impersonated one names its grant. */
function detailsOf( principal: Member, details: Record< string, unknown > ) {
	return principal.impersonation
		? { ...details, impersonationGrantId: principal.impersonation.grantId }
		: details;
}
export function createMembersCore( deps: MembersServiceDeps ) {
	const { audit, clock } = deps;
	const now = () => clock().toISOString();
	const inTrx = ( trx: AuditedTransaction ) => createOrgAccessRepo( trx );

	function changeAudited< T >(
		principal: Member,
		context: RequestContext,
		work: (
			trx: AuditedTransaction
		) => Promise< { result: T; entry: AuditEntry } >
	): Promise< T > {
		return audit.audited( auditActor( principal, context ), work );
	}

	/** Owners are made, changed and removed only by owners. */
	function assertMayTouch( principal: Member, ...roles: OrgRole[] ) {
		if ( roles.includes( 'owner' ) && principal.orgRole !== 'owner' ) {
			throw new ForbiddenError( 'Only an owner can change owners.' );
		}
	}
	return { now, inTrx, changeAudited, assertMayTouch };
}

export type MembersCore = ReturnType< typeof createMembersCore >;
