import { useMemo } from 'react';
import { paths } from '../../router';
import {
	PolledCardsPanel,
	POLL_INTERVAL_MS,
	RecentErrors,
	SitesPanel,
	WidgetHealthPage,
} from '../widget-health/WidgetHealthScreen';
import {
	orgWidgetHealthSource,
	type HealthScope,
} from '../widget-health/widgetHealthApi';
import type { OrgSectionProps } from './nav';

/**
 * `/app/:orgId/widget-health[/:siteId]`: the widget-health cards, recent errors and per-site
 * list of the organization's own sites, from the org routes (the server scopes them to the
 * member's organization). No live stream in the org area: the page reloads every 15 s.
 *
 * @param props The org section's props; `item` is the drilled-down site, if any.
 */
export function OrgWidgetHealthScreen( props: OrgSectionProps ) {
	const { organizationId, item } = props;
	const siteId = item ?? undefined;
	const source = useMemo(
		() =>
			orgWidgetHealthSource( organizationId, ( site ) =>
				paths.appOrg(
					organizationId,
					'widget-health',
					site ?? undefined
				)
			),
		[ organizationId ]
	);
	const scope: HealthScope = siteId ? { siteId } : {};
	return (
		<WidgetHealthPage
			siteId={ siteId }
			allSitesPath={ source.allSitesPath }
			description={ `How your storefront widgets are doing, from their telemetry. Updated every ${
				POLL_INTERVAL_MS / 1000
			} s while this tab is open.` }
		>
			<PolledCardsPanel scope={ scope } source={ source } />
			<RecentErrors scope={ scope } source={ source } poll />
			{ ! siteId && (
				<SitesPanel scope={ scope } source={ source } poll />
			) }
		</WidgetHealthPage>
	);
}
