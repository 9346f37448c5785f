/**
 * Who is making a request. Every tenant-scoped service call takes its organization id
 * from here, never from the request body or URL alone.
 */
export type Principal =
	| { kind: 'anonymous' }
	| {
			kind: 'user';
			userId: string;
			email: string;
			name: string;
			sessionId: string;
			csrfToken: string;
			/** Role ids (platform_owner, platform_admin, …) and the permissions they bring. */
			roles: readonly string[];
			permissions: readonly string[];
			/** 'pending': password given, second factor not yet; 'verified': both; 'none': no MFA asked. */
			mfa: 'none' | 'pending' | 'verified';
	  }
	| {
			/** A dashboard user acting inside one organization (`/api/org/:orgId/*`). */
			kind: 'member';
			userId: string;
			email: string;
			name: string;
			sessionId: string;
			csrfToken: string;
			mfa: 'none' | 'pending' | 'verified';
			/** Taken from the path and checked against the membership (or an impersonation grant). */
			organizationId: string;
			orgRole: 'owner' | 'admin' | 'agent' | 'viewer';
			/** The org role's permissions (for impersonation: the admin's minus members and billing). */
			permissions: readonly string[];
			/** Set while platform staff view the organization through a time-boxed grant. */
			impersonation: {
				grantId: string;
				expiresAt: string;
			} | null;
	  }
	| { kind: 'site'; siteId: string; organizationId: string }
	| {
			kind: 'conversation';
			conversationId: string;
			siteId: string;
			organizationId: string;
	  };

export type PrincipalOf< K extends Principal[ 'kind' ] > = Extract<
	Principal,
	{ kind: K }
>;

/** How a route is authenticated; each maps to one authenticator (see app.ts). */
export type AuthMode =
	| 'public'
	/** Any live dashboard session, even one still waiting for its second factor (MFA routes). */
	| 'session'
	| 'user'
	| 'platform'
	/** A member of the organization named by the path's `:orgId` (or platform staff with a live impersonation grant for it). */
	| 'org'
	| 'site'
	| 'conversation';

export type PrincipalFor< A extends AuthMode > = A extends 'public'
	? Principal
	: A extends 'org'
		? PrincipalOf< 'member' >
		: A extends 'session' | 'user' | 'platform'
			? PrincipalOf< 'user' >
			: A extends 'site'
				? PrincipalOf< 'site' >
				: PrincipalOf< 'conversation' >;
