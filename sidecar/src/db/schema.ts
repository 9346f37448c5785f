/**
 * Table types for Kysely: the database is every module's tables joined (each module's
 * `tables.ts`, ADR 0026). Only the owning module's repo queries a table; other modules go
 * through its service.
 * Timestamps are UTC ISO-8601 strings on both dialects (PostgreSQL's timestamptz is parsed
 * back to ISO strings in db/index.ts). JSON columns are text holding JSON.
 */
import type { OrgsTables } from '../modules/orgs/tables';
import type { SitesTables } from '../modules/sites/tables';
import type { AuthTables } from '../modules/auth/tables';
import type { RbacTables } from '../modules/rbac/tables';
import type { AuditTables } from '../modules/audit/tables';
import type { ChatTables } from '../modules/chat/tables';
import type { AttributionTables } from '../modules/attribution/tables';
import type { KnowledgeTables } from '../modules/knowledge/tables';
import type { TelemetryTables } from '../modules/widget-events/tables';
import type { UsageTables } from '../modules/usage/tables';
import type { AssistantTables } from '../modules/assistant/tables';
import type { CommerceTables } from '../modules/commerce/tables';
import type { WidgetTables } from '../modules/widget/tables';
import type { PrivacyTables } from '../modules/privacy/tables';
import type { AlertsTables } from '../modules/alerts/tables';
import type { ReportsTables } from '../modules/reports/tables';
import type { BillingTables } from '../modules/billing/tables';

export type {
	ImpersonationGrantsTable,
	OrgRole,
	OrganizationInvitationsTable,
	OrganizationMembersTable,
	OrganizationSettingsTable,
	OrganizationsTable,
} from '../modules/orgs/tables';
export type {
	ConnectTokensTable,
	SiteRequestNoncesTable,
	SitesTable,
} from '../modules/sites/tables';
export type {
	AccountUnlocksTable,
	InvitationsTable,
	MfaBackupCodesTable,
	MfaSmsCodesTable,
	MfaSmsTable,
	MfaTotpTable,
	PasswordResetsTable,
	SessionsTable,
	SetupTokensTable,
	SignInFailuresTable,
	UsersTable,
} from '../modules/auth/tables';
export type {
	PermissionsTable,
	RolePermissionsTable,
	RolesTable,
	UserRolesTable,
} from '../modules/rbac/tables';
export type {
	AdminAuditHeadTable,
	AdminAuditLogTable,
} from '../modules/audit/tables';
export type { ConversationsTable, MessagesTable } from '../modules/chat/tables';
export type {
	AttributionConversionsTable,
	AttributionFirstTouchTable,
	AttributionPageViewsTable,
} from '../modules/attribution/tables';
export type {
	KnowledgeDocumentsTable,
	KnowledgeFactsTable,
	KnowledgePassagesTable,
	KnowledgeSyncTable,
} from '../modules/knowledge/tables';
export type {
	TelemetryEventsTable,
	TelemetryHourlyFacetsTable,
	TelemetryHourlyOrgFacetsTable,
	TelemetryHourlyPlatformFacetsTable,
	TelemetryHourlyTable,
} from '../modules/widget-events/tables';
export type {
	UsageEventsTable,
	UsagePricesTable,
} from '../modules/usage/tables';
export type {
	AssistantHandoffsTable,
	AssistantLlmSettingsTable,
	AssistantSiteSettingsTable,
} from '../modules/assistant/tables';
export type {
	CommerceConnectionsTable,
	CommerceProductsTable,
	CommerceSearchSitesTable,
	CommerceSyncTable,
	CommerceSynonymsTable,
	CommerceTermsTable,
} from '../modules/commerce/tables';
export type { WidgetSettingsTable } from '../modules/widget/tables';
export type { PrivacyChoicesTable } from '../modules/privacy/tables';
export type {
	AlertChannelsTable,
	AlertDeliveriesTable,
	AlertIncidentsTable,
	AlertRulesTable,
} from '../modules/alerts/tables';
export type { DailyReportsTable } from '../modules/reports/tables';
export type { SiteSubscriptionsTable } from '../modules/billing/tables';

export interface Database
	extends
		OrgsTables,
		SitesTables,
		AuthTables,
		RbacTables,
		AuditTables,
		ChatTables,
		AttributionTables,
		KnowledgeTables,
		TelemetryTables,
		UsageTables,
		AssistantTables,
		CommerceTables,
		WidgetTables,
		PrivacyTables,
		AlertsTables,
		ReportsTables,
		BillingTables {}
