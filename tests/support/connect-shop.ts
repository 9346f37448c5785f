/**
 * Test set-up shared by the widget, privacy, chat-streaming and rollup tests: an
 * organization made through the service, then a site connected over real HTTP with a
 * one-time token, exactly as the plugin does. (It does not go through the dashboard
 * login, so these tests do not depend on the auth module's flows.)
 */
import { call, type TestSidecar } from './sidecar-harness';
import { signedHeaders, type ConnectedSite } from './flows';

export async function connectTestShop(
	sidecar: TestSidecar,
	siteUrl = 'https://shop.example'
): Promise< ConnectedSite > {
	const { orgs, sites } = sidecar.omniops.services;
	const org = await orgs.create( `Shop ${ Math.random().toString( 36 ) }` );
	const { token } = await sites.createConnectToken( org.id );
	const connected = await call(
		sidecar.baseUrl,
		'POST',
		'/api/site/connect',
		{
			body: {
				token,
				siteUrl,
				siteName: 'Test shop',
				restUrl: `${ siteUrl }/wp-json/`,
			},
		}
	);
	if ( connected.status !== 201 ) {
		throw new Error( `connect failed: ${ connected.status }` );
	}
	return {
		organizationId: org.id,
		siteId: connected.body.site.id,
		publicKey: connected.body.site.publicKey,
		secret: connected.body.secret,
	};
}

/** A signed plugin request (docs/contracts.md) with a JSON body. */
export function signedCall(
	sidecar: TestSidecar,
	site: ConnectedSite,
	method: string,
	target: string,
	body?: unknown
) {
	const raw = body === undefined ? '' : JSON.stringify( body );
	return call( sidecar.baseUrl, method, target, {
		rawBody: body === undefined ? undefined : raw,
		headers: signedHeaders( site, method, target, raw ),
	} );
}

/**
 * The signed telemetry token a widget of the site gets with its config (ADR 0019): beacons
 * carrying it count as attributed (their origin rejections raise the attack flag).
 */
export async function telemetryToken(
	sidecar: TestSidecar,
	siteKey: string
): Promise< string > {
	const config = await call(
		sidecar.baseUrl,
		'GET',
		`/api/widget/config?site=${ siteKey }`
	);
	return String( config.body.telemetryToken );
}
