/**
 * The demo storefront's pages: the home page and each bundled page, with the real loader
 * configured for the demo site (served by areas/demo/).
 */
import { NotFoundError } from '../../platform/errors';
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

const HOME = `<h1>Welcome to Demo Shop</h1>
<p>Clothes and bags from natural materials, made in Lisbon.</p>
<div class="hint"><p>Open the chat in the corner and ask, for example:</p>
<ul><li>How long does delivery take?</li><li>Can I return a shirt?</li><li>When are you open?</li><li>How do I wash linen?</li></ul></div>`;

export interface DemoState {
	siteKey: string;
	publicUrl: string;
	pages: DemoPage[];
}

/** The storefront's pages as HTML; both throw NotFoundError while the demo is off. */
export function createDemoStorefront( getDemo: () => DemoState | null ) {
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
	return {
		homePage(): string {
			const demo = current();
			return storefrontPage(
				'Home',
				HOME,
				demo.pages,
				demo.loaderConfig
			);
		},
		/** A bundled page by its slug. */
		page( slug: string ): string {
			const demo = current();
			const page = demo.pages.find(
				( candidate ) => candidate.slug === slug
			);
			if ( ! page ) {
				throw new NotFoundError( 'No such demo page.' );
			}
			return storefrontPage(
				page.title,
				page.html,
				demo.pages,
				demo.loaderConfig
			);
		},
	};
}

export type DemoStorefront = ReturnType< typeof createDemoStorefront >;
