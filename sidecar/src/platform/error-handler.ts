/**
 * The one place errors become HTTP answers (mounted last by app.ts): AppErrors with their
 * status and code, body-parser failures as 4xx, database outages as 503 with Retry-After,
 * anything else as a logged 500 that never says more than "something went wrong".
 */
import type { NextFunction, Request, Response } from 'express';
import { isDatabaseUnavailable } from '../db/availability';
import { AppError, RateLimitedError } from './errors';
import type { Logger } from './logger';

/** What a client waits before retrying while the database restarts or fails over. */
const DATABASE_RETRY_AFTER_SECONDS = 2;

/** The one place errors become HTTP answers. Bad input is always a 4xx. */
export function errorHandler( logger: Logger ) {
	return (
		error: unknown,
		req: Request,
		res: Response,
		_next: NextFunction
	): void => {
		void _next;
		if ( error instanceof RateLimitedError ) {
			res.setHeader( 'Retry-After', String( error.retryAfterSeconds ) );
		}
		if ( error instanceof AppError ) {
			res.status( error.status ).json( {
				error: {
					code: error.code,
					message: error.message,
					details: error.details,
				},
			} );
			return;
		}
		// body-parser errors carry a 4xx status and a type (malformed JSON, too large, bad charset).
		const bodyError = error as {
			status?: number;
			type?: string;
			expose?: boolean;
		};
		if (
			typeof bodyError?.status === 'number' &&
			bodyError.status >= 400 &&
			bodyError.status < 500
		) {
			const code =
				bodyError.status === 413
					? 'payload_too_large'
					: 'validation_failed';
			const message =
				bodyError.type === 'entity.parse.failed'
					? 'The request body is not valid JSON.'
					: 'The request body could not be read.';
			res.status( bodyError.status ).json( { error: { code, message } } );
			return;
		}
		if ( isDatabaseUnavailable( error ) ) {
			// A restart or failover, not a defect: one line, and the client is told to retry.
			logger.warn(
				{
					method: req.method,
					url: req.originalUrl,
					reason: ( error as Error ).message,
				},
				'database unavailable'
			);
			if ( ! res.headersSent ) {
				res.setHeader(
					'Retry-After',
					String( DATABASE_RETRY_AFTER_SECONDS )
				);
				res.status( 503 ).json( {
					error: {
						code: 'database_unavailable',
						message:
							'The database cannot be reached right now; try again shortly.',
						details: {
							retryAfterSeconds: DATABASE_RETRY_AFTER_SECONDS,
						},
					},
				} );
			}
			return;
		}
		logger.error(
			{ err: error, method: req.method, url: req.originalUrl },
			'unhandled error'
		);
		if ( ! res.headersSent ) {
			res.status( 500 ).json( {
				error: {
					code: 'internal',
					message: 'Something went wrong on our side.',
				},
			} );
		}
	};
}
