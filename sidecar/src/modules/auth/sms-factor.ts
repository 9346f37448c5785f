/**
 * SMS one-time codes: sending (rate-limited) and checking (single use, short-lived, a few
 * attempts). A code is six random digits; at rest only SHA-256(row id + code) is kept, so a
 * database read does not hand out live codes as text. The session-level limit on wrong
 * second factors (MFA_ATTEMPTS_PER_SESSION) applies on top of the per-code limit here.
 */
import { randomInt } from 'node:crypto';
import { newId, safeEqual, sha256Hex } from '../../platform/crypto';
import { AppError, RateLimitedError } from '../../platform/errors';
import { SmsDeliveryError, type SmsSender } from '../../platform/sms';
import type { AuthRepo, SmsCodeRow } from './repo';

export const SMS_CODE_TTL_MS = 5 * 60 * 1000;
/** Wrong tries one code survives. */
export const SMS_CODE_ATTEMPTS = 5;
/** At most one code per user in this interval … */
export const SMS_RESEND_COOLDOWN_MS = 30 * 1000;
/** … and at most this many per hour (SMS costs money and can be used to pester someone). */
export const SMS_CODES_PER_HOUR = 5;

export type SmsPurpose = SmsCodeRow[ 'purpose' ];

/** Answered when the server has no SMS provider configured. */
export class SmsUnavailableError extends AppError {
	constructor() {
		super(
			503,
			'sms_unavailable',
			'Text messages are not set up on this server. Use an authenticator app.'
		);
	}
}

function smsCodeHash( id: string, code: string ): string {
	return sha256Hex( `${ id }:${ code }` );
}

/** The last four digits only: enough to recognise one's phone, too little to misuse. */
export function phoneEnding( phone: string ): string {
	return phone.slice( -4 );
}

export function createSmsCodes( deps: {
	repo: AuthRepo;
	sender: SmsSender | null;
	clock: () => Date;
	issuer: string;
} ) {
	const { repo, sender, clock, issuer } = deps;
	const now = () => clock().toISOString();

	async function enforceSendLimits( userId: string ): Promise< void > {
		const at = clock().getTime();
		const lastHour = await repo.smsCodesSentSince(
			userId,
			new Date( at - 60 * 60 * 1000 ).toISOString()
		);
		const newest = lastHour[ 0 ];
		if (
			newest &&
			at - Date.parse( newest.createdAt ) < SMS_RESEND_COOLDOWN_MS
		) {
			throw new RateLimitedError(
				Math.ceil(
					( Date.parse( newest.createdAt ) +
						SMS_RESEND_COOLDOWN_MS -
						at ) /
						1000
				)
			);
		}
		if ( lastHour.length >= SMS_CODES_PER_HOUR ) {
			const oldest = lastHour[ lastHour.length - 1 ]!;
			throw new RateLimitedError(
				Math.ceil(
					( Date.parse( oldest.createdAt ) + 60 * 60 * 1000 - at ) /
						1000
				)
			);
		}
	}

	return {
		available: sender !== null,

		/**
		 * Sends a new code for `purpose` to `phone`; earlier unused codes of that purpose stop
		 * working. A provider failure retires the new code and answers 502.
		 * @param userId
		 * @param purpose
		 * @param phone
		 */
		async send(
			userId: string,
			purpose: SmsPurpose,
			phone: string
		): Promise< { expiresAt: string } > {
			if ( ! sender ) {
				throw new SmsUnavailableError();
			}
			await enforceSendLimits( userId );
			const id = newId();
			const code = String( randomInt( 0, 1_000_000 ) ).padStart( 6, '0' );
			const createdAt = clock();
			const expiresAt = new Date(
				createdAt.getTime() + SMS_CODE_TTL_MS
			).toISOString();
			await repo.retireSmsCodes( userId, purpose, now() );
			await repo.insertSmsCode( {
				id,
				userId,
				purpose,
				phone,
				codeHash: smsCodeHash( id, code ),
				createdAt: createdAt.toISOString(),
				expiresAt,
			} );
			try {
				await sender.send( {
					to: phone,
					body: `${ code } is your ${ issuer } verification code. It expires in 5 minutes. Never share it.`,
				} );
			} catch ( error ) {
				await repo.useSmsCode( id, now() );
				throw new AppError(
					502,
					'sms_failed',
					error instanceof SmsDeliveryError
						? 'The text message could not be sent. Check the number, or try again later.'
						: 'The text message could not be sent.'
				);
			}
			return { expiresAt };
		},

		/**
		 * Checks a code against the newest live code of `purpose`, using it up when right and
		 * counting an attempt when wrong. Returns the number it was sent to, or null.
		 * @param userId
		 * @param purpose
		 * @param code
		 */
		async verify(
			userId: string,
			purpose: SmsPurpose,
			code: string
		): Promise< { phone: string } | null > {
			const row = await repo.findLiveSmsCode(
				userId,
				purpose,
				now(),
				SMS_CODE_ATTEMPTS
			);
			if ( ! row ) {
				return null;
			}
			if ( ! safeEqual( smsCodeHash( row.id, code ), row.codeHash ) ) {
				await repo.countSmsCodeAttempt( row.id );
				return null;
			}
			return ( await repo.useSmsCode( row.id, now() ) )
				? { phone: row.phone }
				: null;
		},
	};
}

export type SmsCodes = ReturnType< typeof createSmsCodes >;
