/**
 * Test set-up shared by the widget, privacy, chat-streaming and rollup tests: an
 * organization made through the service, then a site connected over real HTTP with a
 * one-time token, exactly as the plugin does. (It does not go through the dashboard
 * login, so these tests do not depend on the auth module's flows.)
 */
import { call, type TestSidecar } from './sidecar-harness';
import { connectWithToken, signedHeaders, type ConnectedSite } from './flows';

/** A new organization with one shop connected to it. */
export async function connectTestShop(
	sidecar: TestSidecar,
	siteUrl = 'https://shop.example'
): Promise< ConnectedSite > {
	const org = await sidecar.omniops.services.orgs.create(
		`Shop ${ Math.random().toString( 36 ) }`
	);
	return connectShopTo( sidecar, org.id, siteUrl );
}

/** Connects one more shop to an existing organization through the plugin's connect call. */
export async function connectShopTo(
	sidecar: TestSidecar,
	organizationId: string,
	siteUrl: string,
	siteName = 'Test shop'
): Promise< ConnectedSite > {
	const { token } =
		await sidecar.omniops.services.sites.createConnectToken(
			organizationId
		);
	return {
		organizationId,
		...( await connectWithToken( sidecar, token, siteUrl, siteName ) ),
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
 * What the plugin does when a merchant saves one setting: reads the site's widget settings
 * over the signed route and writes them back with `change` applied (throws unless both
 * answer 200).
 */
export async function changeWidgetSettings(
	sidecar: TestSidecar,
	site: ConnectedSite,
	change: Record< string, unknown >
): Promise< void > {
	const target = '/api/site/widget-settings';
	const current = await signedCall( sidecar, site, 'GET', target );
	if ( current.status !== 200 ) {
		throw new Error( `read widget settings: ${ current.status }` );
	}
	const saved = await signedCall( sidecar, site, 'PUT', target, {
		...current.body.settings,
		...change,
	} );
	if ( saved.status !== 200 ) {
		throw new Error(
			`save widget settings: ${ saved.status } ${ JSON.stringify(
				saved.body
			) }`
		);
	}
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
