/**
 * Password hashing in one place: argon2id with OWASP's minimum profile (19 MiB, 2 passes).
 * Every account's hash and the dummy hash checked for unknown e-mails use these options, so a
 * wrong password costs the same time whether the account exists or not.
 */
import argon2 from 'argon2';

export const PASSWORD_HASH_OPTIONS = {
	type: argon2.argon2id,
	memoryCost: 19_456,
	timeCost: 2,
	parallelism: 1,
} as const;

export const hashPassword = ( password: string ): Promise< string > =>
	argon2.hash( password, PASSWORD_HASH_OPTIONS );

export const verifyPassword = (
	hash: string,
	password: string
): Promise< boolean > => argon2.verify( hash, password );
