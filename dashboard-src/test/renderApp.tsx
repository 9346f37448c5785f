import { render } from '@testing-library/react';
import { App } from '../App';
import { apiWrapper, type fakeFetch } from './http';

/**
 * Renders the whole dashboard at `url` against a fake fetch.
 *
 * @param url       Path (with query) under /owner.
 * @param fetchMock A fake fetch from `fakeFetch`.
 */
export function renderApp(
	url: string,
	fetchMock: ReturnType< typeof fakeFetch >
) {
	window.history.replaceState( null, '', url );
	const { client, wrapper } = apiWrapper( fetchMock );
	return { client, ...render( <App />, { wrapper } ) };
}

export const owner = {
	id: 'u1',
	email: 'owner@example.com',
	name: 'Olivia Owner',
	roles: [ 'platform_owner' ],
	permissions: [
		'platform.organizations.read',
		'platform.organizations.manage',
		'platform.audit.read',
		'platform.admins.read',
		'platform.admins.manage',
	],
};

/** The second factor of an account that has enrolled TOTP and passed it this session. */
export const verifiedMfa = {
	state: 'verified' as const,
	required: true,
	enrolled: true,
	backupCodesLeft: 10,
	methods: [ 'totp' as const ],
	smsPhoneEnding: null,
	smsAvailable: false,
};

export const ownerSession = {
	user: owner,
	csrfToken: 'csrf-owner',
	mfa: verifiedMfa,
};

/**
 * The session of someone who is only a member of organizations (no platform role) and has
 * no second factor yet, as /api/auth/me answers it.
 *
 * @param user       Who is signed in.
 * @param user.id
 * @param user.email
 * @param user.name
 */
export const memberSession = ( user: {
	id: string;
	email: string;
	name: string;
} ) => ( {
	...ownerSession,
	user: { ...user, roles: [], permissions: [] },
	mfa: {
		...ownerSession.mfa,
		state: 'none' as const,
		required: false,
		enrolled: false,
	},
} );
