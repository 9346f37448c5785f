/**
 * The orgs module: organizations, their members and invitations, org roles, settings and
 * staff impersonation (ADR 0014, ADR 0026). One access repo serves members and access.
 * The organization area's pages are declared in areas/org, the owner's in areas/owner.
 */
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/service';
import type { AccountsService } from '../auth/accounts';
import type { AuthService } from '../auth/service';
import type { RbacService } from '../rbac/service';
import { createOrgAccessService } from './access';
import { createOrgAccessRepo } from './access-repo';
import { createMembersService } from './members';
import { createOrgsRepo } from './repo';
import { createOrgsService } from './service';

export interface OrgsModuleDeps {
	platform: Pick<
		Platform,
		'db' | 'clock' | 'config' | 'logger' | 'mailer' | 'queue' | 'scheduler'
	>;
	audit: AuditService;
	rbac: Pick< RbacService, 'permissionsOfOrgRole' >;
	auth: Pick< AuthService, 'findUserByEmail' >;
	accounts: Pick< AccountsService, 'createAccountIn' >;
}

export function createOrgsModule( {
	platform,
	audit,
	rbac,
	auth,
	accounts,
}: OrgsModuleDeps ) {
	const { db, clock, config } = platform;
	const orgs = createOrgsService( createOrgsRepo( db.kysely ), clock );
	const accessRepo = createOrgAccessRepo( db.kysely );
	// Organization members, invitations, settings and staff impersonation.
	const members = createMembersService( {
		repo: accessRepo,
		audit,
		orgs,
		accounts: {
			findUserByEmail: auth.findUserByEmail,
			createAccountIn: accounts.createAccountIn,
		},
		mailer: platform.mailer,
		publicUrl: config.publicUrl,
		clock,
		logger: platform.logger,
	} );
	const access = createOrgAccessService( {
		repo: accessRepo,
		audit,
		orgs,
		permissionsOfOrgRole: rbac.permissionsOfOrgRole,
		clock,
	} );
	platform.queue.register( 'orgs.impersonation-expiry', async () => {
		await access.expireDue();
	} );
	return {
		orgs,
		members,
		access,
		startSchedules(): void {
			platform.scheduler.every( 'orgs.impersonation-expiry', 60_000 );
		},
	};
}
