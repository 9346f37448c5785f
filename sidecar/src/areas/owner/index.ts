/**
 * The platform owner's area (`/api/owner/*`): the platform staff's pages, declared over the
 * domain services they show (ADR 0026): roles and staff (rbac + auth), organizations and
 * their connect tokens, organization access (impersonation, first invitations), the audit
 * log, LLM usage and prices, an organization's LLM settings, staff invitations, a site's
 * telemetry counts and subscription, alerts and daily reports. Widget health and the AI cost
 * report (areas/widget-health.ts) and conversions (areas/conversions.ts) are declared once
 * for the owner and the organizations.
 */
import type { AnyRoute } from '../../platform/http';
import type { AlertsService } from '../../modules/alerts/service';
import type { LlmSettingsService } from '../../modules/assistant/llm-settings';
import type { AuditService } from '../../modules/audit/service';
import type { AccountsService } from '../../modules/auth/accounts';
import type { AuthService } from '../../modules/auth/service';
import type { BillingService } from '../../modules/billing/service';
import type { OrgAccessService } from '../../modules/orgs/access';
import type { MembersService } from '../../modules/orgs/members';
import type { OrgsService } from '../../modules/orgs/service';
import type { RbacService } from '../../modules/rbac/service';
import type { ReportsService } from '../../modules/reports/service';
import type { SitesService } from '../../modules/sites/service';
import type { UsageService } from '../../modules/usage/service';
import type { WidgetEventsService } from '../../modules/widget-events/service';
import { alertRoutes } from './alerts';
import { auditRoutes } from './audit-log';
import { staffInvitationRoutes } from './invitations';
import { llmSettingsRoutes } from './llm-settings';
import { organizationAccessRoutes } from './organization-access';
import { orgRoutes } from './organizations';
import { reportRoutes } from './reports';
import { rbacRoutes } from './roles';
import { siteTelemetryRoutes } from './site-telemetry';
import { billingRoutes } from './subscriptions';
import { usageRoutes } from './usage';

export interface OwnerAreaDeps {
	rbac: RbacService;
	auth: AuthService;
	accounts: AccountsService;
	audit: AuditService;
	orgs: OrgsService;
	access: OrgAccessService;
	members: MembersService;
	sites: SitesService;
	usage: UsageService;
	llmSettings: LlmSettingsService;
	widgetEvents: WidgetEventsService;
	alerts: AlertsService;
	reports: ReportsService;
	billing: BillingService;
}

export function ownerArea( deps: OwnerAreaDeps ): AnyRoute[] {
	return [
		...rbacRoutes( deps.rbac, deps.auth ),
		...staffInvitationRoutes( deps.accounts ),
		...auditRoutes( deps.audit ),
		...orgRoutes( deps.orgs, deps.sites ),
		...organizationAccessRoutes( deps ),
		...usageRoutes( deps.usage, deps.orgs ),
		...llmSettingsRoutes( deps.llmSettings, deps.orgs ),
		...siteTelemetryRoutes( deps.widgetEvents, deps.sites ),
		...alertRoutes( deps.alerts ),
		...reportRoutes( deps.reports ),
		...billingRoutes( deps.billing, deps.sites ),
	];
}
