/**
 * Shapes of the dashboard API. The bodies are the route table's own schemas in contracts/
 * (ADR 0032), taken as types only; where the dashboard reads less than a route answers, the
 * alias says so. Times are UTC ISO-8601 strings exactly as the sidecar sends them;
 * formatting happens at display time.
 */
import type { OrganizationDetail as ContractOrganizationDetail } from '../contracts/organizations';
import type { Role as ContractRole } from '../contracts/rbac';
import type {
	ConnectTokenRecord as ContractConnectToken,
	Site as ContractSite,
} from '../contracts/sites';

export type {
	/** A signed-in person, as `/api/auth/me`, login and setup return them. */
	User,
	/** Where the session stands with its second factor. */
	MfaStatus,
	/** A text message with a code was sent. */
	SmsSent,
	/** A new authenticator secret to scan or type in. */
	TotpEnrolment,
	SetupStatus,
	SetupInput,
	/** `unlockToken`: the token of an e-mailed unlock link, skips the account's locks once (ADR 0020). */
	LoginInput,
} from '../contracts/auth';
/** A session: the user plus the CSRF token every state-changing request must carry. */
export type { SessionReply as Session } from '../contracts/auth';

export type { AuditEvent, AuditPage } from '../contracts/audit-log';

export type { StaffMember } from '../contracts/rbac';

export type Role = ContractRole;

export type {
	Organization,
	/** A row of the owner's organization list. */
	OrganizationSummary,
} from '../contracts/organizations';

/**
 * A shop connected to an organization. `createdAt` and `disconnectedAt` are optional
 * here: the UI copes without them.
 */
export type Site = Omit< ContractSite, 'createdAt' | 'disconnectedAt' > &
	Partial< Pick< ContractSite, 'createdAt' | 'disconnectedAt' > >;

/**
 * A connect token as listed: the secret itself is never shown again after creation (the
 * page does not read which site used it).
 */
export type ConnectTokenRecord = Omit< ContractConnectToken, 'siteId' >;

/** `GET /api/owner/organizations/:id`, with the site and token rows as read above. */
export type OrganizationDetail = Omit<
	ContractOrganizationDetail,
	'sites' | 'connectTokens'
> & { sites: Site[]; connectTokens: ConnectTokenRecord[] };

/** A freshly created connect token: the only moment its value is visible. */
export type { IssuedConnectToken } from '../contracts/sites';
