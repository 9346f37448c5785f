import { z } from 'zod';
import { NotFoundError } from '../../platform/errors';
import { defineRoute, type AnyRoute } from '../../platform/http';
import { escapeHtml, jsonForScript } from '../widget/html';
import type { DemoPage } from './service';

function storefrontPage(
	title: string,
	body: string,
	pages: DemoPage[],
	loaderConfig: unknown
): string {
	const nav = pages
		.map(
			( page ) =>
				`<a href="/demo/pages/${ escapeHtml( page.slug ) }">${ escapeHtml( page.title ) }</a>`
		)
		.join( ' · ' );
	return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${ escapeHtml( title ) } — Demo Shop</title>
<style>
body{font:16px/1.6 system-ui,-apple-system,"Segoe UI",sans-serif;margin:0;color:#1f2937;background:#faf7f2}
header{background:#1f2937;color:#fff;padding:1rem 2rem}header a{color:#fde68a;margin-right:.5rem}
main{max-width:46rem;margin:2rem auto;padding:0 1.5rem}.hint{background:#fff;border:1px solid #e5e7eb;border-radius:8px;padding:1rem}
</style>
<script>window.omniopsConfig = ${ jsonForScript( loaderConfig ) };</script>
<script src="/widget/loader.js" defer></script>
</head>
<body>
<header><strong><a href="/demo" style="color:#fff;text-decoration:none">Demo Shop</a></strong> — ${ nav }</header>
<main>${ body }</main>
</body>
</html>`;
}

/** `/demo`: a storefront page served by the sidecar with the real loader and widget. */
export function demoRoutes(
	getDemo: () => {
		siteKey: string;
		publicUrl: string;
		pages: DemoPage[];
	} | null
): AnyRoute[] {
	const current = () => {
		const demo = getDemo();
		if ( ! demo ) {
			throw new NotFoundError(
				'The demo is turned off (OMNIOPS_DEMO=false).'
			);
		}
		return {
			...demo,
			loaderConfig: {
				sidecarUrl: demo.publicUrl,
				siteKey: demo.siteKey,
				locale: 'en_US',
			},
		};
	};
	return [
		defineRoute( {
			method: 'get',
			path: '/demo',
			summary: 'Demo storefront page with the chat widget',
			tag: 'demo',
			auth: 'public',
			permission: null,
			schema: {},
			responses: { 200: 'HTML page' },
			handler: () => {
				const demo = current();
				const body = `<h1>Welcome to Demo Shop</h1>
<p>Clothes and bags from natural materials, made in Lisbon.</p>
<div class="hint"><p>Open the chat in the corner and ask, for example:</p>
<ul><li>How long does delivery take?</li><li>Can I return a shirt?</li><li>When are you open?</li><li>How do I wash linen?</li></ul></div>`;
				return {
					body: storefrontPage(
						'Home',
						body,
						demo.pages,
						demo.loaderConfig
					),
					contentType: 'html',
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/demo/pages/:slug',
			summary: 'A bundled demo page (the demo knowledge)',
			tag: 'demo',
			auth: 'public',
			permission: null,
			schema: {
				params: z.object( {
					slug: z.string().regex( /^[a-z0-9-]{1,64}$/ ),
				} ),
			},
			responses: { 200: 'HTML page', 404: 'No such page' },
			handler: ( { params } ) => {
				const demo = current();
				const page = demo.pages.find(
					( candidate ) => candidate.slug === params.slug
				);
				if ( ! page ) {
					throw new NotFoundError( 'No such demo page.' );
				}
				return {
					body: storefrontPage(
						page.title,
						page.html,
						demo.pages,
						demo.loaderConfig
					),
					contentType: 'html',
				};
			},
		} ),
	];
}
