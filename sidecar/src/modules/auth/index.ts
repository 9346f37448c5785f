/**
 * The auth module: accounts, sessions, passwords, second factors, lockout (ADR 0010,
 * ADR 0020, ADR 0026). One repo serves the sign-in and the account services.
 */
import type { Platform } from '../../platform';
import type { AuditService } from '../audit/service';
import type { RbacService } from '../rbac/service';
import { accountRoutes } from './account-routes';
import { createAccountsService } from './accounts';
import { createAuthRepo } from './repo';
import { authRoutes } from './routes';
import { createAuthService } from './service';

export interface AuthModuleDeps {
	platform: Pick<
		Platform,
		| 'db'
		| 'clock'
		| 'config'
		| 'logger'
		| 'secrets'
		| 'sms'
		| 'mailer'
		| 'limits'
	>;
	audit: AuditService;
	rbac: RbacService;
}

export function createAuthModule( { platform, audit, rbac }: AuthModuleDeps ) {
	const { config, clock, logger, limits, mailer } = platform;
	const repo = createAuthRepo( platform.db.kysely );
	const auth = createAuthService( {
		repo,
		repoFor: createAuthRepo,
		audit,
		access: rbac,
		clock,
		sessionTtlHours: config.sessionTtlHours,
		mfaIssuer: config.mfaIssuer,
		secrets: platform.secrets,
		sms: platform.sms,
		limits,
		mailer,
		publicUrl: config.publicUrl,
		logger,
	} );
	const accounts = createAccountsService( {
		repo,
		repoFor: createAuthRepo,
		audit,
		grantRoleIn: rbac.grantRoleIn,
		roleExists: rbac.isPlatformRole,
		mailer,
		publicUrl: config.publicUrl,
		clock,
		logger,
		limits,
	} );
	return {
		auth,
		accounts,
		authRoutes: authRoutes( auth ),
		accountRoutes: accountRoutes( accounts, auth ),
		async initialize(): Promise< string | null > {
			const setupToken = await auth.ensureFirstOwner( config.firstOwner );
			// Data upgrade: TOTP secrets stored before they were sealed get sealed now.
			await auth.sealStoredTotpSecrets();
			return setupToken;
		},
	};
}
