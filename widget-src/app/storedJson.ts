/**
 * JSON the widget keeps in the frame's localStorage across reloads (the conversation, the
 * privacy choices). localStorage may be unavailable (blocked storage): reading then finds
 * nothing and writing does nothing, so what was kept lasts the page.
 */

/**
 * The value stored under `key`, parsed; null when there is none or it cannot be read. The
 * caller checks its shape: the storage is the shopper's to change.
 *
 * @param key Storage key.
 */
export function readStoredJson( key: string ): unknown {
	try {
		return JSON.parse( localStorage.getItem( key ) ?? 'null' );
	} catch {
		return null;
	}
}

/**
 * Stores `value` under `key` as JSON; null removes the key.
 *
 * @param key   Storage key.
 * @param value What to keep, or null to forget it.
 */
export function writeStoredJson( key: string, value: object | null ): void {
	try {
		if ( value ) {
			localStorage.setItem( key, JSON.stringify( value ) );
		} else {
			localStorage.removeItem( key );
		}
	} catch {}
}
