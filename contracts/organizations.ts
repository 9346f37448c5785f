/**
 * Organizations, their members, invitations, settings and impersonation
 * (`/api/owner/organizations*`, `/api/org/*`): the schemas the route table declares
 * (sidecar/src/modules/orgs) and the dashboard reads as types (ADR 0032).
 */
import { z } from 'zod';
import { connectTokenRecordSchema, siteSchema } from './sites';

export const organizationSchema = z.object( {
	id: z.string(),
	name: z.string(),
	createdAt: z.string(),
} );

/** A row of the owner's organization list. */
export const organizationSummarySchema = organizationSchema.extend( {
	siteCount: z.number(),
} );

/** `GET /api/owner/organizations/:id`: the organization, its sites and connect tokens. */
export const organizationDetailSchema = z.object( {
	organization: organizationSchema,
	sites: z.array( siteSchema ),
	connectTokens: z.array( connectTokenRecordSchema ),
} );

export const createOrganizationBody = z.strictObject( {
	name: z
		.string()
		.trim()
		.min( 1, 'Give the organization a name.' )
		.max( 120 ),
} );

export const organizationIdParams = z.object( {
	id: z.uuid( 'Not a valid organization id.' ),
} );

// --- organization area (/api/org/*) ---
export const orgRoleSchema = z.enum( [ 'owner', 'admin', 'agent', 'viewer' ], {
	error: 'Choose owner, admin, agent or viewer.',
} );

const uuid = ( what: string ) => z.uuid( `Not a valid ${ what } id.` );

export const orgParams = z.object( { orgId: uuid( 'organization' ) } );
export const orgMemberParams = orgParams.extend( { userId: uuid( 'user' ) } );
export const orgInvitationParams = orgParams.extend( {
	invitationId: uuid( 'invitation' ),
} );
export const orgConversationParams = orgParams.extend( {
	conversationId: uuid( 'conversation' ),
} );

const email = z.email( 'Enter a valid email address.' ).max( 254 );

export const orgInviteBody = z.strictObject( {
	email,
	role: orgRoleSchema,
} );

export const changeRoleBody = z.strictObject( { role: orgRoleSchema } );

export const orgSettingsBody = z
	.strictObject( {
		name: z
			.string()
			.trim()
			.min( 1, 'Give the organization a name.' )
			.max( 120 )
			.optional(),
		requireMfa: z.boolean().optional(),
	} )
	.refine(
		( body ) => body.name !== undefined || body.requireMfa !== undefined,
		'Change the name or the MFA requirement.'
	);

export const invitationTokenBody = z.strictObject( {
	token: z.string().min( 10 ).max( 200 ),
} );

export const acceptOrgInvitationBody = z.strictObject( {
	token: z.string().min( 10 ).max( 200 ),
	name: z.string().trim().min( 1, 'Enter your name.' ).max( 120 ),
	password: z.string().min( 12, 'Use at least 12 characters.' ).max( 200 ),
} );

export const impersonationBody = z.strictObject( {
	reason: z
		.string()
		.trim()
		.min( 5, 'Say why you need to view this organization.' )
		.max( 500 ),
	minutes: z.number().int().min( 1 ).max( 60 ).default( 30 ),
} );

export const memberSchema = z.object( {
	userId: z.string(),
	email: z.string(),
	name: z.string(),
	role: orgRoleSchema,
	createdAt: z.string(),
} );

export const orgInvitationSchema = z.object( {
	id: z.string(),
	email: z.string(),
	role: orgRoleSchema,
	createdAt: z.string(),
	expiresAt: z.string(),
} );

export const impersonationSchema = z.object( {
	grantId: z.string(),
	organizationId: z.string(),
	organizationName: z.string(),
	reason: z.string(),
	startedAt: z.string(),
	expiresAt: z.string(),
} );

export const invitationReply = z.object( {
	invitation: orgInvitationSchema,
	emailed: z.boolean(),
	/** Only when the mail could not be sent: pass it on yourself. */
	link: z.string().optional(),
} );

/** An invitation as the API shows it (never its token hash). */
export const publicInvitation = ( invitation: {
	id: string;
	email: string;
	role: 'owner' | 'admin' | 'agent' | 'viewer';
	createdAt: string;
	expiresAt: string;
} ) => ( {
	id: invitation.id,
	email: invitation.email,
	role: invitation.role,
	createdAt: invitation.createdAt,
	expiresAt: invitation.expiresAt,
} );

export type Organization = z.infer< typeof organizationSchema >;
export type OrganizationSummary = z.infer< typeof organizationSummarySchema >;
export type OrganizationDetail = z.infer< typeof organizationDetailSchema >;
