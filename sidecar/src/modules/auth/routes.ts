import { z } from 'zod';
import { defineRoute, type AnyRoute, type Reply } from '../../platform/http';
import { loginBody, sessionReply, setupBody, userSchema } from './schema';
import { SESSION_COOKIE, type AuthService, type NewSession } from './service';

function sessionAnswer( session: NewSession, status: number ): Reply {
	return {
		status,
		body: { user: session.user, csrfToken: session.csrfToken },
		cookies: [
			{
				name: SESSION_COOKIE,
				value: session.token,
				maxAgeMs: session.maxAgeMs,
			},
		],
	};
}

export function authRoutes( auth: AuthService ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/auth/setup-status',
			summary: 'Whether the first platform owner still has to be created',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: {},
			responses: { 200: z.object( { needsSetup: z.boolean() } ) },
			handler: async () => ( {
				body: { needsSetup: await auth.needsSetup() },
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/setup',
			summary:
				'Create the first platform owner from the one-time setup link',
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
			summary: 'Sign in with email and password',
			tag: 'auth',
			auth: 'public',
			permission: null,
			schema: { body: loginBody },
			responses: {
				200: sessionReply,
				401: 'Invalid email or password',
				429: 'Too many attempts',
			},
			handler: async ( { body, context } ) =>
				sessionAnswer(
					await auth.login( body.email, body.password, context ),
					200
				),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/auth/logout',
			summary: 'Sign out (ends this session)',
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: {},
			responses: { 204: 'Signed out' },
			handler: async ( { principal } ) => {
				await auth.logout( principal.sessionId );
				return {
					status: 204,
					cookies: [
						{ name: SESSION_COOKIE, value: '', clear: true },
					],
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/auth/me',
			summary:
				'The signed-in user and the CSRF token for state-changing requests',
			tag: 'auth',
			auth: 'user',
			permission: null,
			schema: {},
			responses: {
				200: z.object( { user: userSchema, csrfToken: z.string() } ),
			},
			handler: ( { principal } ) => ( {
				body: {
					user: {
						id: principal.userId,
						email: principal.email,
						name: principal.name,
						platformRole: principal.platformRole,
					},
					csrfToken: principal.csrfToken,
				},
			} ),
		} ),
	];
}
