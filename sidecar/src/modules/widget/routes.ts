import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { siteKey } from '../chat/schema';
import type { Site, SitesService } from '../sites/service';
import { escapeHtml, jsonForScript } from './html';

export interface WidgetConfig {
	siteKey: string;
	brandName: string;
	welcomeMessage: string;
	primaryColor: string;
	position: 'right' | 'left';
	locale: string;
	allowedOrigins: string[];
}

/** The widget's appearance; defaults until the widget issue makes it editable per site. */
export function widgetConfigFor( site: Site ): WidgetConfig {
	return {
		siteKey: site.publicKey,
		brandName: site.name,
		welcomeMessage: `Hi! I'm the ${ site.name } assistant. Ask me about shipping, returns or anything on our pages.`,
		primaryColor: '#2563eb',
		position: 'right',
		locale: 'en',
		allowedOrigins: site.allowedOrigins,
	};
}

/**
 * The iframe page may only be framed by the site's own origins; it runs only our script.
 * @param site
 */
function frameSecurityHeaders( site: Site ): Record< string, string > {
	const ancestors = site.allowedOrigins.join( ' ' );
	return {
		'Content-Security-Policy': [
			"default-src 'self'",
			"script-src 'self'",
			"style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: https:",
			"connect-src 'self'",
			"base-uri 'none'",
			"form-action 'none'",
			`frame-ancestors ${ ancestors }`,
		].join( '; ' ),
		'Cache-Control': 'no-store',
		'Referrer-Policy': 'strict-origin-when-cross-origin',
	};
}

function frameHtml( config: WidgetConfig ): string {
	const frameConfig = {
		siteKey: config.siteKey,
		apiBase: '/api/widget',
		allowedOrigins: config.allowedOrigins,
		locale: config.locale,
	};
	return `<!doctype html>
<html lang="${ escapeHtml( config.locale ) }">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ escapeHtml( config.brandName ) } chat</title>
<script id="omniops-frame-config" type="application/json">${ jsonForScript( frameConfig ) }</script>
<script src="/widget/assets/app.js" defer></script>
</head>
<body>
<div id="omniops-root"></div>
</body>
</html>`;
}

export const widgetConfigSchema = z.object( {
	siteKey: z.string(),
	brandName: z.string(),
	welcomeMessage: z.string(),
	primaryColor: z.string(),
	position: z.enum( [ 'right', 'left' ] ),
	locale: z.string(),
	allowedOrigins: z.array( z.string() ),
} );

export function widgetRoutes( sites: SitesService ): AnyRoute[] {
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
				const site = await sites.getByPublicKey( query.site );
				return {
					body: frameHtml( widgetConfigFor( site ) ),
					contentType: 'html',
					headers: frameSecurityHeaders( site ),
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/widget/config',
			summary: "The site's widget configuration",
			tag: 'widget',
			auth: 'public',
			permission: null,
			schema: { query: siteQuery },
			responses: { 200: widgetConfigSchema, 404: 'Unknown site key' },
			handler: async ( { query } ) => ( {
				body: widgetConfigFor(
					await sites.getByPublicKey( query.site )
				),
				headers: { 'Cache-Control': 'no-cache' },
			} ),
		} ),
	];
}
