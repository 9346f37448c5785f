/**
 * The organization area's sections, in menu order. A section is shown (and its page
 * rendered) only when the member's org role holds its permission; the server refuses the
 * rest anyway. To add a page to /app, add one entry here.
 */
import type { ComponentType } from 'react';
import type { OrgOverview } from './orgApi';
import { OrgConversations } from './OrgConversations';
import { OrgMembers } from './OrgMembers';
import { OrgOverviewSection } from './OrgOverviewSection';
import { OrgSettingsSection } from './OrgSettingsSection';
import { OrgWidgetHealthScreen } from './OrgWidgetHealthScreen';

export interface OrgSectionProps {
	organizationId: string;
	/** The organization as the current member sees it (role, permissions, sites …). */
	overview: OrgOverview;
	/** The path's item segment (e.g. a conversation id), if any. */
	item: string | null;
	/** Reloads the overview (after a change that affects it). */
	reload: () => void;
}

export interface OrgNavEntry {
	/** Path segment: /app/:orgId/<section>. */
	section: string;
	label: string;
	/** The org permission that shows the entry. */
	permission: string;
	Screen: ComponentType< OrgSectionProps >;
}

export const ORG_NAV: OrgNavEntry[] = [
	{
		section: 'overview',
		label: 'Overview',
		permission: 'org.overview.read',
		Screen: OrgOverviewSection,
	},
	{
		section: 'conversations',
		label: 'Conversations',
		permission: 'org.conversations.read',
		Screen: OrgConversations,
	},
	{
		section: 'widget-health',
		label: 'Widget health',
		// The permission the /api/org/:orgId/widget-health* routes declare.
		permission: 'org.overview.read',
		Screen: OrgWidgetHealthScreen,
	},
	{
		section: 'members',
		label: 'Members',
		permission: 'org.members.read',
		Screen: OrgMembers,
	},
	{
		section: 'settings',
		label: 'Settings',
		permission: 'org.settings.read',
		Screen: OrgSettingsSection,
	},
];
