/**
 * Accessibility checks the e2e journeys share: axe-core's serious and critical findings on a
 * page (the dashboard, the owner area, the widget and its host page).
 */
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';

/** axe-core's serious and critical findings on the page as it is now (none expected). */
export async function seriousA11yViolations( page: Page ): Promise< string[] > {
	const results = await new AxeBuilder( { page } ).analyze();
	return results.violations
		.filter( ( violation ) =>
			[ 'serious', 'critical' ].includes( violation.impact ?? '' )
		)
		.map(
			( violation ) =>
				`${ violation.id }: ${ violation.nodes
					.map( ( node ) => node.target.join( ' ' ) )
					.join( ', ' ) }`
		);
}
