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
	required: z.boolean(),
	enrolled: z.boolean(),
	backupCodesLeft: z.number(),
} );

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
} );

export const codeBody = z.strictObject( { code: totpCode } );

/** Either an authenticator code or a backup code, not both. */
export const challengeBody = z.union( [
	z.strictObject( { code: totpCode } ),
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
