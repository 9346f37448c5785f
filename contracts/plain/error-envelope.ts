/**
 * The API's error envelope `{ error: { code, message, details } }` as an Error: the HTTP
 * status with the envelope's code, message and details. The sidecar throws its subclasses
 * (sidecar/src/platform/errors.ts), which one middleware turns into the envelope; the widget
 * rebuilds one from a failed call (widget-src/app/api.ts). Plain TypeScript, no zod: browser
 * apps may import it as a value (ADR 0032).
 */
export class EnvelopeError extends Error {
	constructor(
		readonly status: number,
		readonly code: string,
		message: string,
		readonly details?: unknown
	) {
		super( message );
		this.name = new.target.name;
	}
}
