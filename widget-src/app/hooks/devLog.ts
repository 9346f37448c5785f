/**
 * Logging for the widget's hooks: details only in development builds (the shop's
 * console is not ours to fill), errors always, because a shop owner debugging a broken
 * widget needs to see them.
 */
const isDevelopment = process.env.NODE_ENV !== 'production';

/**
 * Logs a development-only detail.
 *
 * @param hook    The hook's name.
 * @param message What happened.
 * @param detail  Extra data.
 */
export function logDev(
	hook: string,
	message: string,
	detail?: unknown
): void {
	if ( isDevelopment ) {
		// eslint-disable-next-line no-console
		console.debug( `[OmniOps ${ hook }] ${ message }`, detail ?? '' );
	}
}

/**
 * Logs an error in every build.
 *
 * @param hook  The hook's name.
 * @param error The failure.
 */
export function logError( hook: string, error: Error ): void {
	// eslint-disable-next-line no-console
	console.error( `[OmniOps ${ hook }]`, error.message );
}
