/**
 * Every migration, in name order. Names are dated (Ghost style) so they sort by creation;
 * each migration is written once and branches on the dialect only where SQL must differ.
 */
import type { Migration, MigrationProvider } from 'kysely';
import type { Dialect } from '../index';
import orgsSites from './2026-11-25-22-00-00-orgs-sites';
import auth from './2026-11-25-22-01-00-auth';
import chat from './2026-11-25-22-02-00-chat';
import knowledge from './2026-11-25-22-03-00-knowledge';
import telemetry from './2026-11-25-22-04-00-telemetry';
import widgetPrivacyRollups from './2026-11-25-22-26-14-widget-privacy-rollups';
import commerce from './2026-11-25-22-27-00-commerce';
import assistant from './2026-11-25-22-45-00-assistant';
import usage from './2026-11-25-22-58-00-usage';
import commerceFtsUpdate from './2026-11-25-23-06-00-commerce-fts-update';
import platformAdminFlag from './2026-11-25-22-27-43-platform-admin-flag';
import roles from './2026-11-25-22-27-44-roles';
import auditLog from './2026-11-25-22-27-45-audit-log';
import mfaLockout from './2026-11-25-22-27-46-mfa-lockout';
import accountLinks from './2026-11-25-23-03-41-invitations-password-resets';
import mfaSms from './2026-11-26-00-41-03-mfa-sms';
import telemetryInsights from './2026-11-26-00-41-17-telemetry-insights';
import attributionAndMessageCards from './2026-11-26-00-41-18-attribution-and-message-cards';
import organizationMembers from './2026-11-26-00-41-01-organization-members';
import alertsReportsBilling from './2026-11-26-00-40-42-alerts-reports-billing';
import commerceSearchPerSite from './2026-11-26-01-26-05-commerce-search-per-site';
import commerceSearchSkuDigits from './2026-11-26-01-41-08-commerce-search-sku-digits';
import telemetryScopeRollups from './2026-11-26-01-21-43-telemetry-scope-rollups';
import commerceSearchSiteLexemes from './2026-11-26-02-22-36-commerce-search-site-lexemes';
import authLockout from './2026-12-06-04-33-39-auth-lockout';
import knowledgeAnalysedPassages from './2026-12-06-05-06-08-knowledge-analysed-passages';
import commercePriceFormatReconcile from './2026-12-06-05-15-09-commerce-price-format-reconcile';
import type { DialectMigration } from './helpers';

const migrations: Record< string, DialectMigration > = {
	'2026-11-25-22-00-00-orgs-sites': orgsSites,
	'2026-11-25-22-01-00-auth': auth,
	'2026-11-25-22-02-00-chat': chat,
	'2026-11-25-22-03-00-knowledge': knowledge,
	'2026-11-25-22-04-00-telemetry': telemetry,
	'2026-11-25-22-26-14-widget-privacy-rollups': widgetPrivacyRollups,
	'2026-11-25-22-27-00-commerce': commerce,
	'2026-11-25-22-45-00-assistant': assistant,
	'2026-11-25-22-58-00-usage': usage,
	'2026-11-25-23-06-00-commerce-fts-update': commerceFtsUpdate,
	'2026-11-25-22-27-43-platform-admin-flag': platformAdminFlag,
	'2026-11-25-22-27-44-roles': roles,
	'2026-11-25-22-27-45-audit-log': auditLog,
	'2026-11-25-22-27-46-mfa-lockout': mfaLockout,
	'2026-11-25-23-03-41-invitations-password-resets': accountLinks,
	'2026-11-26-00-41-01-organization-members': organizationMembers,
	'2026-11-26-00-41-18-attribution-and-message-cards':
		attributionAndMessageCards,
	'2026-11-26-00-41-03-mfa-sms': mfaSms,
	'2026-11-26-00-41-17-telemetry-insights': telemetryInsights,
	'2026-11-26-00-40-42-alerts-reports-billing': alertsReportsBilling,
	'2026-11-26-01-26-05-commerce-search-per-site': commerceSearchPerSite,
	'2026-11-26-01-41-08-commerce-search-sku-digits': commerceSearchSkuDigits,
	'2026-11-26-01-21-43-telemetry-scope-rollups': telemetryScopeRollups,
	'2026-11-26-02-22-36-commerce-search-site-lexemes':
		commerceSearchSiteLexemes,
	'2026-12-06-04-33-39-auth-lockout': authLockout,
	'2026-12-06-05-06-08-knowledge-analysed-passages':
		knowledgeAnalysedPassages,
	'2026-12-06-05-15-09-commerce-price-format-reconcile':
		commercePriceFormatReconcile,
};

export function migrationProvider( dialect: Dialect ): MigrationProvider {
	return {
		async getMigrations(): Promise< Record< string, Migration > > {
			return Object.fromEntries(
				Object.entries( migrations ).map( ( [ name, build ] ) => [
					name,
					build( dialect ),
				] )
			);
		},
	};
}
