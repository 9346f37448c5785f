/**
 * Sign-in, sessions, second factors, password resets and staff invitations (`/api/auth/*`,
 * `/api/owner/staff*`): the schemas the route table declares (sidecar/src/modules/auth)
 * and the dashboard reads as types (ADR 0032).
 */
import { z } from 'zod';

export const userSchema = z.object( {
	id: z.string(),
	email: z.string(),
	name: z.string(),
	/** Platform role ids, e.g. platform_owner. */
	roles: z.array( z.string() ),
	/** Everything the roles allow; the dashboard shows only what these permit. */
	permissions: z.array( z.string() ),
} );

export const mfaStatusSchema = z.object( {
	state: z.enum( [ 'none', 'pending', 'verified' ] ),
	/** A second factor is required for this user (platform roles, or enrolled by choice). */
	required: z.boolean(),
	/** Some second factor is confirmed (authenticator or SMS). */
	enrolled: z.boolean(),
	backupCodesLeft: z.number(),
	/** The confirmed factors, for the challenge to offer and the settings page to list. */
	methods: z.array( z.enum( [ 'totp', 'sms' ] ) ),
	/** Last four digits of the SMS number, or null. */
	smsPhoneEnding: z.string().nullable(),
	/** Whether this server can send text messages (a provider is configured). */
	smsAvailable: z.boolean(),
} );

/** `GET /api/auth/setup`: whether the first owner account is still to be made. */
export const setupStatusSchema = z.object( { needsSetup: z.boolean() } );

export const sessionReply = z.object( {
	user: userSchema,
	csrfToken: z.string(),
	mfa: mfaStatusSchema,
} );

const email = z.email( 'Enter a valid email address.' ).max( 254 );
const password = z.string().min( 12, 'Use at least 12 characters.' ).max( 200 );
const totpCode = z
	.string()
	.trim()
	.regex( /^\d{6}$/, 'Enter the 6-digit code from your authenticator app.' );

export const setupBody = z.strictObject( {
	token: z.string().min( 10 ).max( 200 ),
	email,
	name: z.string().trim().min( 1, 'Enter your name.' ).max( 120 ),
	password,
} );

export const loginBody = z.strictObject( {
	email,
	password: z.string().min( 1, 'Enter your password.' ).max( 200 ),
	/** The token of an e-mailed unlock link (ADR 0020): skips the account's locks once. */
	unlockToken: z.string().min( 10 ).max( 200 ).optional(),
} );

export const passwordChangeBody = z.strictObject( {
	currentPassword: z
		.string()
		.min( 1, 'Enter your current password.' )
		.max( 200 ),
	newPassword: password,
} );

export const codeBody = z.strictObject( { code: totpCode } );

const smsCode = z
	.string()
	.trim()
	.regex( /^\d{6}$/, 'Enter the 6-digit code from the text message.' );

export const smsCodeBody = z.strictObject( { code: smsCode } );

/** A current proof for a step-up action: an authenticator code or an SMS code. */
export const freshProofBody = z.union( [
	z.strictObject( { code: totpCode } ),
	z.strictObject( { smsCode } ),
] );

/** A phone number in E.164; spaces, dashes, dots and brackets people type are dropped first. */
export const phoneBody = z.strictObject( {
	phone: z
		.string()
		.max( 40 )
		.transform( ( value ) => value.replace( /[\s().-]/g, '' ) )
		.pipe(
			z
				.string()
				.regex(
					/^\+[1-9]\d{6,14}$/,
					'Enter the number in international format, like +44 7700 900123.'
				)
		),
} );

export const smsSentSchema = z.object( {
	phoneEnding: z.string(),
	expiresAt: z.string(),
} );

/** An authenticator code, an SMS code or a backup code: exactly one. */
export const challengeBody = z.union( [
	z.strictObject( { code: totpCode } ),
	z.strictObject( { smsCode } ),
	z.strictObject( {
		backupCode: z
			.string()
			.trim()
			.regex(
				/^[a-z0-9]{4}(-?[a-z0-9]{4}){3}$/i,
				'Enter a backup code like abcd-efgh-jkmn-pqrs.'
			),
	} ),
] );

export const enrolmentSchema = z.object( {
	secret: z.string(),
	otpauthUrl: z.string(),
	qrSvg: z.string(),
} );

export const sessionListSchema = z.object( {
	sessions: z.array(
		z.object( {
			id: z.string(),
			ip: z.string(),
			userAgent: z.string(),
			createdAt: z.string(),
			expiresAt: z.string(),
			mfaState: z.string(),
			current: z.boolean(),
		} )
	),
} );

export const sessionIdParams = z.object( {
	id: z.uuid( 'Not a valid session id.' ),
} );

export const acceptInvitationBody = z.strictObject( {
	token: z
		.string()
		.regex( /^inv_[A-Za-z0-9_-]{20,60}$/, 'Not a valid invitation.' ),
	name: z.string().trim().min( 1, 'Enter your name.' ).max( 120 ),
	password,
} );

export const invitationQuery = z.strictObject( {
	token: z
		.string()
		.regex( /^inv_[A-Za-z0-9_-]{20,60}$/, 'Not a valid invitation.' ),
} );

export const resetRequestBody = z.strictObject( { email } );

export const resetCompleteBody = z.strictObject( {
	token: z
		.string()
		.regex( /^pwr_[A-Za-z0-9_-]{20,60}$/, 'Not a valid reset link.' ),
	password,
} );

export const inviteBody = z.strictObject( {
	email,
	role: z.string().regex( /^[a-z][a-z_]{1,59}$/, 'Not a valid role id.' ),
} );

export const invitationSchema = z.object( {
	id: z.string(),
	email: z.string(),
	roleId: z.string(),
	expiresAt: z.string(),
} );

/** Removing a second factor: the account's MFA status after. */
export const mfaReplySchema = z.object( { mfa: mfaStatusSchema } );

/** Authenticator activation: a verified session and ten backup codes, shown once. */
export const totpActivatedSchema = sessionReply.extend( {
	backupCodes: z.array( z.string() ),
} );

/** Text-message activation: backup codes only when it is the account's first factor. */
export const smsActivatedSchema = sessionReply.extend( {
	backupCodes: z.array( z.string() ).optional(),
} );

export const backupCodesSchema = z.object( {
	backupCodes: z.array( z.string() ),
} );

/** How many other sessions were signed out. */
export const sessionsEndedSchema = z.object( { ended: z.number() } );

/** Who a staff invitation link is for (to prefill the sign-up form). */
export const invitationInfoSchema = z.object( {
	email: z.string(),
	roleId: z.string(),
} );

/** A staff invitation made: the link is returned only when it could not be e-mailed. */
export const invitationSentSchema = z.object( {
	invitation: invitationSchema,
	emailed: z.boolean(),
	link: z.string().optional(),
} );

export type User = z.infer< typeof userSchema >;
export type MfaStatus = z.infer< typeof mfaStatusSchema >;
export type SessionReply = z.infer< typeof sessionReply >;
export type SetupStatus = z.infer< typeof setupStatusSchema >;
export type SetupInput = z.input< typeof setupBody >;
export type LoginInput = z.input< typeof loginBody >;
export type SmsSent = z.infer< typeof smsSentSchema >;
export type TotpEnrolment = z.infer< typeof enrolmentSchema >;
export type MfaReply = z.infer< typeof mfaReplySchema >;
export type TotpActivated = z.infer< typeof totpActivatedSchema >;
export type SmsActivated = z.infer< typeof smsActivatedSchema >;
export type BackupCodes = z.infer< typeof backupCodesSchema >;
export type SessionList = z.infer< typeof sessionListSchema >;
export type SessionsEnded = z.infer< typeof sessionsEndedSchema >;
export type InvitationInfo = z.infer< typeof invitationInfoSchema >;
export type InvitationSent = z.infer< typeof invitationSentSchema >;
