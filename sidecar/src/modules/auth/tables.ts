/**
 * Table types of the auth module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
import type { Generated } from 'kysely';

export interface UsersTable {
	id: string;
	email: string;
	name: string;
	password_hash: string;
	created_at: string;
	failed_logins: Generated< number >;
	locked_until: string | null;
	/** Wrong second factors in a row, per account (ADR 0020). */
	mfa_failures: Generated< number >;
	/** The next second-factor try is refused before this time. */
	mfa_retry_at: string | null;
}

/** Failed passwords per e-mail + client IP, and per e-mail from every IP (ip ''), in a fixed window. */
export interface SignInFailuresTable {
	email: string;
	ip: string;
	failures: number;
	window_ends_at: string;
}

export interface AccountUnlocksTable {
	token_hash: string;
	user_id: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
	wrong_passwords: Generated< number >;
}

export interface SessionsTable {
	id: string;
	token_hash: string;
	user_id: string;
	csrf_token: string;
	ip: string;
	user_agent: string;
	created_at: string;
	expires_at: string;
	last_seen_at: string;
	mfa_state: Generated< 'none' | 'pending' | 'verified' >;
	mfa_failures: Generated< number >;
}

export interface SetupTokensTable {
	token_hash: string;
	created_at: string;
	expires_at: string;
}

export interface MfaTotpTable {
	user_id: string;
	secret: string;
	pending_secret: string | null;
	confirmed_at: string | null;
	last_used_step: Generated< number >;
}

export interface MfaSmsTable {
	user_id: string;
	/** The confirmed number, E.164. */
	phone: string;
	confirmed_at: string;
}

export interface MfaSmsCodesTable {
	id: string;
	user_id: string;
	purpose: 'enrol' | 'challenge';
	phone: string;
	/** SHA-256 of the row id and the code: never the code itself. */
	code_hash: string;
	created_at: string;
	expires_at: string;
	attempts: Generated< number >;
	used_at: string | null;
}

export interface MfaBackupCodesTable {
	id: string;
	user_id: string;
	code_hash: string;
	created_at: string;
	used_at: string | null;
}

export interface InvitationsTable {
	id: string;
	email: string;
	role_id: string;
	token_hash: string;
	invited_by: string | null;
	created_at: string;
	expires_at: string;
	accepted_at: string | null;
}

export interface PasswordResetsTable {
	token_hash: string;
	user_id: string;
	created_at: string;
	expires_at: string;
	used_at: string | null;
}

/** The auth module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface AuthTables {
	users: UsersTable;
	sessions: SessionsTable;
	setup_tokens: SetupTokensTable;
	mfa_totp: MfaTotpTable;
	mfa_backup_codes: MfaBackupCodesTable;
	mfa_sms: MfaSmsTable;
	mfa_sms_codes: MfaSmsCodesTable;
	invitations: InvitationsTable;
	password_resets: PasswordResetsTable;
	sign_in_failures: SignInFailuresTable;
	account_unlocks: AccountUnlocksTable;
}
