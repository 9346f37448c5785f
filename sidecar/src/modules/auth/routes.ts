import { z } from 'zod';
import { defineRoute, type AnyRoute, type Reply } from '../../platform/http';
import {
	backupCodesSchema,
	challengeBody,
	codeBody,
	enrolmentSchema,
	freshProofBody,
	phoneBody,
	smsCodeBody,
	smsSentSchema,
	loginBody,
	mfaReplySchema,
	passwordChangeBody,
	sessionIdParams,
	sessionListSchema,
	sessionReply,
	sessionsEndedSchema,
	setupBody,
	setupStatusSchema,
	smsActivatedSchema,
	totpActivatedSchema,
} from './schema';
import { SESSION_COOKIE, type AuthService } from './service';
import { sessionAnswer } from './session-reply';

const signedOut: Reply = {
	status: 204,
	cookies: [ { name: SESSION_COOKIE, value: '', clear: true } ],
};

export function authRoutes( auth: AuthService ): AnyRoute[] {
	/** Removing a second factor: the account's MFA status after, or why it has to stay. */
	const removeFactorRoute = (
		factor: 'sms' | 'totp',
		summary: string,
		missing: string
	) =>
		defineRoute( {
			method: 'delete',
			path: `/api/auth/mfa/${ factor }`,
			summary,
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: {},
			responses: {
				200: mfaReplySchema,
				404: missing,
				409: 'It is the last factor of a platform role holder',
			},
			handler: async ( { principal, context } ) => ( {
				body: {
					mfa: await auth.removeFactor( principal, factor, context ),
				},
			} ),
		} );
	return [
		defineRoute( {
			method: 'get',
			path: '/api/auth/setup-status',
			summary: 'Whether the first platform owner still has to be created',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: {},
			responses: { 200: setupStatusSchema },
			handler: async () => ( {
				body: { needsSetup: await auth.needsSetup() },
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/setup',
			summary:
				'Create the first platform owner from the one-time setup link (the session then needs MFA enrolment)',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: { body: setupBody },
			responses: {
				201: sessionReply,
				401: 'Setup token unknown or expired',
				409: 'Owner already exists',
			},
			handler: async ( { body, context } ) =>
				sessionAnswer( await auth.setup( body, context ), 201 ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/login',
			summary:
				'Sign in with email and password (and the token of an e-mailed unlock link, if signing in through one); `mfa.state` "pending" means the second step comes next',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: { body: loginBody },
			responses: {
				200: sessionReply,
				401: 'Invalid email or password (the same for unknown accounts)',
				429: 'Too many wrong passwords for this account from this address (5 per 15 minutes) or from every address (30 per hour); Retry-After says how long',
			},
			handler: async ( { body, context } ) =>
				sessionAnswer(
					await auth.login(
						body.email,
						body.password,
						context,
						body.unlockToken
					),
					200
				),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/logout',
			summary: 'Sign out (ends this session)',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: {},
			responses: { 204: 'Signed out' },
			handler: async ( { principal } ) => {
				await auth.logout( principal.sessionId );
				return signedOut;
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/auth/me',
			summary:
				'The signed-in user, their MFA state and the CSRF token for state-changing requests',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: {},
			responses: {
				200: sessionReply,
			},
			handler: async ( { principal } ) => ( {
				body: await auth.me( principal ),
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/mfa/challenge',
			summary:
				'Second sign-in step: an authenticator code, an SMS code or a backup code; answers with a new, verified session',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: { body: challengeBody },
			responses: {
				200: sessionReply,
				401: 'Wrong or already used code (the session ends after 5)',
				409: 'The session has already passed the second step',
				429: 'Too many wrong codes for this account: `mfa_wait` (after 5, waits of 15 s doubling) or `mfa_locked` (after 10, 24 hours or the e-mailed unlock link); Retry-After says how long',
			},
			handler: async ( { body, principal, context } ) =>
				sessionAnswer(
					await auth.completeChallenge( principal, body, context ),
					200
				),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/mfa/totp/enrolment',
			summary:
				'Start authenticator enrolment: a new secret as text, otpauth URL and QR code (SVG)',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: { body: z.strictObject( {} ).optional() },
			responses: {
				201: enrolmentSchema,
				403: 'An authenticator is enrolled: pass the second step first',
			},
			handler: async ( { principal } ) => ( {
				status: 201,
				body: await auth.startTotpEnrolment( principal ),
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/mfa/totp/activation',
			summary:
				'Finish enrolment with a first code; answers with ten backup codes (shown once) and a verified session',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: { body: codeBody },
			responses: {
				200: totpActivatedSchema,
				401: 'Wrong code',
				409: 'No enrolment started',
			},
			handler: async ( { body, principal, context } ) => {
				const { session, backupCodes } = await auth.activateTotp(
					principal,
					body.code,
					context
				);
				return sessionAnswer( session, 200, { backupCodes } );
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/mfa/sms/enrolment',
			summary:
				'Start SMS enrolment: texts a 6-digit code (valid 5 minutes) to the number given in E.164',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: { body: phoneBody },
			responses: {
				202: smsSentSchema,
				403: 'A second factor is enrolled: pass the second step first',
				429: 'A code was sent moments ago, or too many this hour',
				502: 'The SMS provider refused the message',
				503: 'No SMS provider is configured',
			},
			handler: async ( { body, principal } ) => ( {
				status: 202,
				body: await auth.startSmsEnrolment( principal, body.phone ),
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/mfa/sms/activation',
			summary:
				'Confirm the number with the texted code; answers with a verified session (and ten backup codes when it is the first factor)',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: { body: smsCodeBody },
			responses: {
				200: smsActivatedSchema,
				401: 'Wrong, used or expired code',
			},
			handler: async ( { body, principal, context } ) => {
				const { session, backupCodes } = await auth.activateSms(
					principal,
					body.code,
					context
				);
				return sessionAnswer(
					session,
					200,
					backupCodes ? { backupCodes } : {}
				);
			},
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/mfa/sms/challenge',
			summary:
				'Text a sign-in code to the confirmed number (for the second step, or a step-up action)',
			tag: 'auth',
			auth: 'session',
			permission: null,
			schema: {},
			responses: {
				202: smsSentSchema,
				409: 'No phone number is set up',
				429: 'A code was sent moments ago, or too many this hour',
				502: 'The SMS provider refused the message',
				503: 'No SMS provider is configured',
			},
			handler: async ( { principal } ) => ( {
				status: 202,
				body: await auth.sendSmsChallenge( principal ),
			} ),
		} ),
		removeFactorRoute(
			'sms',
			'Remove the SMS factor (platform staff must keep another factor)',
			'No phone number is set up'
		),
		removeFactorRoute(
			'totp',
			'Remove the authenticator (platform staff must keep another factor)',
			'No authenticator is set up'
		),
		defineRoute( {
			method: 'post',
			path: '/api/auth/mfa/backup-codes',
			summary:
				'Replace the backup codes (needs a current authenticator or SMS code); the old ones stop working',
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: { body: freshProofBody },
			responses: {
				201: backupCodesSchema,
				401: 'Wrong code',
			},
			handler: async ( { body, principal, context } ) => ( {
				status: 201,
				body: {
					backupCodes: await auth.regenerateBackupCodes(
						principal,
						body,
						context
					),
				},
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/password',
			summary:
				'Change the password (proving the current one); every other session of the account ends, this one stays, and outstanding reset links stop working',
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: { body: passwordChangeBody },
			responses: {
				204: 'Password changed',
				400: 'The current password is not right, or the new one is too short',
				429: 'Too many wrong passwords for this account from this address',
			},
			handler: async ( { body, principal, context } ) => {
				await auth.changePassword( principal, body, context );
				return { status: 204 };
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/auth/sessions',
			summary: "The signed-in user's live sessions",
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: {},
			responses: { 200: sessionListSchema },
			handler: async ( { principal } ) => ( {
				body: { sessions: await auth.listSessions( principal ) },
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/sessions/revoke-others',
			summary:
				'Sign out every other session of the signed-in user (audited for platform staff)',
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: {},
			responses: {
				200: sessionsEndedSchema,
			},
			handler: async ( { principal, context } ) => ( {
				body: {
					ended: await auth.revokeOtherSessions( principal, context ),
				},
			} ),
		} ),
		defineRoute( {
			method: 'delete',
			path: '/api/auth/sessions/:id',
			summary: "End one of the signed-in user's sessions",
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: { params: sessionIdParams },
			responses: { 204: 'Ended', 404: 'No such session of yours' },
			handler: async ( { params, principal } ) => {
				await auth.revokeSession( principal, params.id );
				return params.id === principal.sessionId
					? signedOut
					: { status: 204 };
			},
		} ),
	];
}
