import pino, { type Logger } from 'pino';

export type { Logger };

/**
 * Structured JSON logs (one object per line) on stdout. Secrets that may pass through
 * request logging are redacted by path.
 * @param level
 */
export function createLogger( level: string ): Logger {
	return pino( {
		level,
		base: { service: 'omniops-sidecar' },
		timestamp: pino.stdTimeFunctions.isoTime,
		redact: {
			paths: [
				'req.headers.authorization',
				'req.headers.cookie',
				'req.headers["x-csrf-token"]',
				'*.password',
				'*.secret',
				'*.token',
			],
			censor: '[redacted]',
		},
	} );
}
