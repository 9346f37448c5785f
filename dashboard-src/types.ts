/**
 * Shapes of the dashboard API (docs/contracts.md, section "Dashboard"). Times are UTC
 * ISO-8601 strings exactly as the sidecar sends them; formatting happens at display time.
 */

/** A signed-in person, as `/api/auth/me`, login and setup return them. */
export interface User {
	id: string;
	email: string;
	name: string;
	/** Platform role ids (platform_owner, platform_admin, …); empty for other users. */
	roles: string[];
	/** What the roles allow; the dashboard shows only what these permit. */
	permissions: string[];
}

/** Where the session stands with its second factor. */
export interface MfaStatus {
	/** 'pending': password given, the second step is still due. */
	state: 'none' | 'pending' | 'verified';
	required: boolean;
	/** Some second factor is confirmed. */
	enrolled: boolean;
	backupCodesLeft: number;
	/** The confirmed factors: authenticator app, text message. */
	methods: Array< 'totp' | 'sms' >;
	/** Last four digits of the SMS number, when SMS is set up. */
	smsPhoneEnding: string | null;
	/** The server can send text messages. */
	smsAvailable: boolean;
}

/** A text message with a code was sent. */
export interface SmsSent {
	phoneEnding: string;
	expiresAt: string;
}

/** A session: the user plus the CSRF token every state-changing request must carry. */
export interface Session {
	user: User;
	csrfToken: string;
	mfa: MfaStatus;
}

/** A new authenticator secret to scan or type in. */
export interface TotpEnrolment {
	secret: string;
	otpauthUrl: string;
	qrSvg: string;
}

export type { AuditEvent, AuditPage } from '../contracts/audit-log';

export interface StaffMember {
	userId: string;
	email: string;
	name: string;
	roles: string[];
}

export interface Role {
	id: string;
	name: string;
	description: string;
	permissions: string[];
}

export interface SetupStatus {
	needsSetup: boolean;
}

export interface SetupInput {
	token: string;
	email: string;
	name: string;
	password: string;
}

export interface LoginInput {
	email: string;
	password: string;
	/** The token of an e-mailed unlock link: skips the account's locks once (ADR 0020). */
	unlockToken?: string;
}

export interface Organization {
	id: string;
	name: string;
	createdAt: string;
}

/** A row of the owner's organization list. */
export interface OrganizationSummary extends Organization {
	siteCount: number;
}

/** A shop connected to an organization. */
export interface Site {
	id: string;
	organizationId: string;
	name: string;
	url: string;
	publicKey: string;
	allowedOrigins: string[];
	/** When the shop connected; the contract leaves it optional, so the UI copes without it. */
	createdAt?: string;
	/** Set once the shop disconnected (its key no longer works). */
	disconnectedAt?: string | null;
}

/** A connect token as listed: the secret itself is never shown again after creation. */
export interface ConnectTokenRecord {
	id: string;
	createdAt: string;
	expiresAt: string;
	usedAt: string | null;
}

export interface OrganizationDetail {
	organization: Organization;
	sites: Site[];
	connectTokens: ConnectTokenRecord[];
}

/** A freshly created connect token: the only moment its value is visible. */
export interface IssuedConnectToken {
	token: string;
	expiresAt: string;
}
