/**
 * The Express middleware every response passes through: security headers and one
 * structured log line per request (ADR 0026: platform parts app.ts composes).
 */
import type { NextFunction, Request, Response } from 'express';
import type { Logger } from './logger';

export function securityHeaders(
	req: Request,
	res: Response,
	next: NextFunction
): void {
	res.setHeader( 'X-Content-Type-Options', 'nosniff' );
	res.setHeader( 'Referrer-Policy', 'strict-origin-when-cross-origin' );
	// Only /widget/frame may be framed, and it sets its own frame-ancestors.
	if ( ! req.path.startsWith( '/widget/frame' ) ) {
		res.setHeader( 'X-Frame-Options', 'DENY' );
	}
	next();
}

/** One structured log line per request: method, path (no query: it may carry keys), status, duration. */
export function requestLog( logger: Logger ) {
	return ( req: Request, res: Response, next: NextFunction ): void => {
		const started = process.hrtime.bigint();
		res.on( 'finish', () => {
			const ms = Number( process.hrtime.bigint() - started ) / 1e6;
			const level = res.statusCode >= 500 ? 'error' : 'info';
			logger[ level ](
				{
					method: req.method,
					path: req.path,
					status: res.statusCode,
					ms: Math.round( ms * 10 ) / 10,
				},
				'request'
			);
		} );
		next();
	};
}
