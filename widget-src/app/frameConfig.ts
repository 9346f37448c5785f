/**
 * The frame page's own configuration, printed by the sidecar as
 * `<script id="omniops-frame-config" type="application/json">` (docs/contracts.md).
 */
export interface FrameConfig {
	siteKey: string;
	/** `/api/widget`: same origin as the frame. */
	apiBase: string;
	/** Origins of the shop pages allowed to embed and talk to the frame. */
	allowedOrigins: string[];
	locale: string;
	/** The shop asks for consent: telemetry waits for it (known before the config loads). */
	consentRequired: boolean;
}

/**
 * Reads and checks the frame config.
 *
 * @param doc The frame document.
 * @return The config, or `null` when it is missing or malformed.
 */
export function readFrameConfig(
	doc: Document = document
): FrameConfig | null {
	try {
		const value = JSON.parse(
			doc.getElementById( 'omniops-frame-config' )?.textContent ?? ''
		) as Partial< FrameConfig >;
		const { siteKey, apiBase, allowedOrigins, locale, consentRequired } =
			value;
		if (
			typeof siteKey === 'string' &&
			siteKey &&
			typeof apiBase === 'string' &&
			Array.isArray( allowedOrigins ) &&
			allowedOrigins.every( ( origin ) => typeof origin === 'string' )
		) {
			return {
				siteKey,
				apiBase: apiBase.replace( /\/+$/, '' ),
				allowedOrigins,
				locale: typeof locale === 'string' ? locale : 'en',
				consentRequired: consentRequired === true,
			};
		}
	} catch {}
	return null;
}
