/**
 * The storefront's entry to the widget: the iframe page (`/widget/frame`) and its
 * configuration (`/api/widget/config`), over the sites and widget services, with the
 * telemetry token the frame's beacons carry.
 */
import { z } from 'zod';
import { NotFoundError } from '../../platform/errors';
import { assetName } from '../../platform/compressed-bundles';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { siteKey } from '../../modules/chat/schema';
import type { Site, SitesService } from '../../modules/sites/service';
import { escapeHtml, jsonForScript } from '../../modules/widget/html';
import {
	widgetConfigSchema,
	type WidgetSettings,
} from '../../modules/widget/schema';
import type { WidgetService } from '../../modules/widget/service';

/**
 * The iframe page may only be framed by the site's own origins; it runs only our script.
 * Avatars come from the shop's media library, hence https images.
 *
 * @param ancestors Who may frame the page: the site's allowed origins.
 * @return Response headers.
 */
function frameSecurityHeaders( ancestors: string ): Record< string, string > {
	return {
		'Content-Security-Policy': [
			"default-src 'self'",
			"script-src 'self'",
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: https: http:",
			"connect-src 'self'",
			"base-uri 'none'",
			"form-action 'none'",
			`frame-ancestors ${ ancestors }`,
		].join( '; ' ),
		'Cache-Control': 'no-store',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
	};
}

function frameHtml(
	site: Pick< Site, 'publicKey' | 'allowedOrigins' >,
	settings: Pick< WidgetSettings, 'brandName' | 'locale' | 'consentRequired' >
): string {
	const frameConfig = {
		siteKey: site.publicKey,
		apiBase: '/api/widget',
		allowedOrigins: site.allowedOrigins,
		locale: settings.locale,
		consentRequired: settings.consentRequired,
	};
	return `<!doctype html>
<html lang="${ escapeHtml( settings.locale.replace( /_/g, '-' ) ) }">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ escapeHtml( settings.brandName ) } chat</title>
<script id="omniops-frame-config" type="application/json">${ jsonForScript( frameConfig ) }</script>
<script src="/widget/assets/${ assetName( 'widget/app.js' ) }" defer></script>
</head>
<body>
<div id="omniops-root"></div>
</body>
</html>`;
}

export function frameRoutes( {
	sites,
	widget,
	telemetryToken,
}: {
	sites: Pick< SitesService, 'getByPublicKey' >;
	widget: Pick< WidgetService, 'settingsFor' | 'configFor' >;
	/** Signs a short-lived telemetry token for the frame (widget-events/widget-token.ts). */
	telemetryToken: ( siteKey: string ) => {
		token: string;
		expiresAt: string;
	};
} ): AnyRoute[] {
	const siteQuery = z.object( { site: siteKey } );
	return [
		defineRoute( {
			method: 'get',
			path: '/widget/frame',
			summary:
				'The chat iframe page (CSP frame-ancestors = the site allowed origins)',
			tag: 'widget',
			auth: 'public',
			permission: null,
			schema: { query: siteQuery },
			responses: { 200: 'HTML page', 404: 'Unknown site key' },
			handler: async ( { query } ) => {
				const site = await sites
					.getByPublicKey( query.site )
					.catch( ( error: unknown ) => {
						if ( error instanceof NotFoundError ) {
							return null;
						}
						throw error;
					} );
				if ( ! site ) {
					// An unknown or disconnected key still gets the app, which shows the
					// shopper a configuration error instead of a raw JSON page. It talks to
					// no parent and holds no data, so any page may frame it.
					return {
						status: 404,
						body: frameHtml(
							{ publicKey: query.site, allowedOrigins: [] },
							{
								brandName: 'Chat',
								locale: 'en',
								consentRequired: true,
							}
						),
						contentType: 'html',
						headers: frameSecurityHeaders( '*' ),
					};
				}
				return {
					body: frameHtml( site, await widget.settingsFor( site ) ),
					contentType: 'html',
					headers: frameSecurityHeaders(
						site.allowedOrigins.join( ' ' )
					),
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/widget/config',
			summary:
				"The site's widget configuration (appearance, locale, consent, retention range, quick actions)",
			tag: 'widget',
			auth: 'public',
			permission: null,
			schema: { query: siteQuery },
			responses: { 200: widgetConfigSchema, 404: 'Unknown site key' },
			handler: async ( { query } ) => {
				const site = await sites.getByPublicKey( query.site );
				const { token, expiresAt } = telemetryToken( site.publicKey );
				return {
					body: {
						...( await widget.configFor( site ) ),
						telemetryToken: token,
						telemetryTokenExpiresAt: expiresAt,
					},
					headers: { 'Cache-Control': 'no-store' },
				};
			},
		} ),
	];
}
