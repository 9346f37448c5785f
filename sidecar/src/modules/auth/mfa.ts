/**
 * Second-factor building blocks: TOTP (RFC 6238, 6 digits, 30 s, SHA-1 — what common
 * authenticator apps expect) through otplib, QR codes through `qrcode`, and backup codes.
 */
import { generateSecret, generateURI, verify } from 'otplib';
import QRCode from 'qrcode';
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../platform/crypto';

export const TOTP_PERIOD_SECONDS = 30;
export const BACKUP_CODE_COUNT = 10;

export function newTotpSecret(): string {
	return generateSecret();
}

export async function totpEnrolment(
	secret: string,
	issuer: string,
	account: string
): Promise< { secret: string; otpauthUrl: string; qrSvg: string } > {
	const otpauthUrl = generateURI( { issuer, label: account, secret } );
	const qrSvg = await QRCode.toString( otpauthUrl, {
		type: 'svg',
		errorCorrectionLevel: 'M',
		margin: 2,
	} );
	return { secret, otpauthUrl, qrSvg };
}

/**
 * The 30-second step a code belongs to, or null when it is wrong. One step either side is
 * accepted for clock drift; the caller refuses steps already used (replay).
 * @param secret
 * @param code
 * @param now
 * @param afterStep
 */
export async function totpStep(
	secret: string,
	code: string,
	now: Date,
	afterStep: number
): Promise< number | null > {
	if ( ! /^\d{6}$/.test( code ) ) {
		return null;
	}
	try {
		const result = await verify( {
			secret,
			token: code,
			epoch: Math.floor( now.getTime() / 1000 ),
			epochTolerance: TOTP_PERIOD_SECONDS,
			afterTimeStep: afterStep,
		} );
		return result.valid && 'timeStep' in result
			? ( result.timeStep as number )
			: null;
	} catch {
		return null;
	}
}

// 32 characters without the look-alikes l, o, 0 and 1 (5 bits each, no modulo bias); 16 of
// them carry 80 bits, so a plain SHA-256 of the code is safe to store (no feasible search).
const BACKUP_ALPHABET = 'abcdefghijkmnpqrstuvwxyz23456789';

export function newBackupCodes(): string[] {
	return Array.from( { length: BACKUP_CODE_COUNT }, () => {
		const bytes = randomBytes( 16 );
		const chars = Array.from(
			bytes,
			( byte ) => BACKUP_ALPHABET[ byte % 32 ]
		).join( '' );
		return chars.match( /.{4}/g )!.join( '-' );
	} );
}

/** What is stored for a backup code: the hash of its normalised form (case, dashes, spaces ignored). */
export function backupCodeHash( code: string ): string {
	return sha256Hex( code.toLowerCase().replace( /[\s-]/g, '' ) );
}
