/**
 * Organizations, their members, invitations, settings and impersonation
 * (`/api/owner/organizations*`, `/api/org/*`): the schemas the route table declares
 * (sidecar/src/modules/orgs) and the dashboard reads as types (ADR 0032).
 */
import { z } from 'zod';
import { sessionReply } from './auth';
import { messageSchema } from './chat';
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

/** `GET /api/org`: the organizations I belong to, with my role, and my running impersonation. */
export const myOrganizationsSchema = z.object( {
	organizations: z.array(
		z.object( {
			id: z.string(),
			name: z.string(),
			role: orgRoleSchema,
		} )
	),
	impersonation: impersonationSchema.nullable(),
} );

/** `GET /api/org/:orgId`: my role and permissions, the sites, connect tokens, member count. */
export const orgOverviewSchema = z.object( {
	organization: z.object( {
		id: z.string(),
		name: z.string(),
	} ),
	role: orgRoleSchema,
	permissions: z.array( z.string() ),
	impersonation: impersonationSchema.nullable(),
	sites: z.array( siteSchema ),
	connectTokens: z.array( connectTokenRecordSchema ),
	memberCount: z.number(),
} );

export const memberListSchema = z.object( {
	members: z.array( memberSchema ),
} );
export const orgInvitationListSchema = z.object( {
	invitations: z.array( orgInvitationSchema ),
} );

/** An organization's settings as the organization area reads and saves them. */
export const orgSettingsSchema = z.object( {
	name: z.string(),
	requireMfa: z.boolean(),
} );

/** `POST /api/org-invitations/describe`: what an invitation link is for. */
export const invitationDescriptionSchema = z.object( {
	organizationName: z.string(),
	email: z.string(),
	role: orgRoleSchema,
	accountExists: z.boolean(),
} );

/** Accepting an invitation with a new account signs in: the session and the organization. */
export const orgSessionReply = sessionReply.extend( {
	organizationId: z.string(),
} );
export const orgJoinedSchema = z.object( { organizationId: z.string() } );

export const impersonationStartedSchema = z.object( {
	impersonation: impersonationSchema,
} );

/** `GET /api/org/:orgId/conversations`: newest activity first. */
export const orgConversationListSchema = z.object( {
	conversations: z.array(
		z.object( {
			id: z.string(),
			siteId: z.string(),
			createdAt: z.string(),
			updatedAt: z.string(),
			messageCount: z.number(),
		} )
	),
} );

/** `GET /api/org/:orgId/conversations/:conversationId`: one conversation, read-only. */
export const orgTranscriptSchema = z.object( {
	conversation: z.object( {
		id: z.string(),
		siteId: z.string(),
		createdAt: z.string(),
		updatedAt: z.string(),
	} ),
	messages: z.array( messageSchema ),
} );

export type Organization = z.infer< typeof organizationSchema >;
export type OrganizationSummary = z.infer< typeof organizationSummarySchema >;
export type OrganizationDetail = z.infer< typeof organizationDetailSchema >;
export type OrgRole = z.infer< typeof orgRoleSchema >;
export type OrgMember = z.infer< typeof memberSchema >;
export type OrgInvitation = z.infer< typeof orgInvitationSchema >;
export type InvitationResult = z.infer< typeof invitationReply >;
export type Impersonation = z.infer< typeof impersonationSchema >;
export type MyOrganizations = z.infer< typeof myOrganizationsSchema >;
export type OrgOverview = z.infer< typeof orgOverviewSchema >;
export type MemberList = z.infer< typeof memberListSchema >;
export type OrgInvitationList = z.infer< typeof orgInvitationListSchema >;
export type OrgSettings = z.infer< typeof orgSettingsSchema >;
export type InvitationDescription = z.infer<
	typeof invitationDescriptionSchema
>;
export type OrgSessionReply = z.infer< typeof orgSessionReply >;
export type OrgJoined = z.infer< typeof orgJoinedSchema >;
export type ImpersonationStarted = z.infer< typeof impersonationStartedSchema >;
export type OrgConversationList = z.infer< typeof orgConversationListSchema >;
export type ConversationSummary =
	OrgConversationList[ 'conversations' ][ number ];
export type OrgTranscript = z.infer< typeof orgTranscriptSchema >;
