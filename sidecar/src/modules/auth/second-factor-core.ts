import type { RequestContext } from '../../platform/http';
import type { createFactorAttempts } from './factor-attempts';
import type { MfaState } from './repo';
import type {
	AuthServiceDeps,
	MfaStatus,
	NewSession,
	UserPrincipal,
} from './service-types';
import type { createSmsCodes } from './sms-factor';
import type { createUnlockLinks } from './unlock-links';

/** What the second-factor parts take from createAuthService: its deps and shared helpers. */
export interface SecondFactorCore {
	deps: AuthServiceDeps;
	now: () => string;
	smsCodes: ReturnType< typeof createSmsCodes >;
	factorAttempts: ReturnType< typeof createFactorAttempts >;
	unlockLinks: ReturnType< typeof createUnlockLinks >;
	factorsOf: ( userId: string ) => Promise< {
		methods: Array< 'totp' | 'sms' >;
		smsPhone: string | null;
	} >;
	mfaStatusOf: (
		userId: string,
		state: MfaState,
		roles: readonly string[]
	) => Promise< MfaStatus >;
	createSession: (
		user: { id: string; email: string; name: string },
		context: RequestContext,
		mfaState?: MfaState
	) => Promise< NewSession >;
	upgradeSession: (
		principal: UserPrincipal,
		context: RequestContext
	) => Promise< NewSession >;
}
