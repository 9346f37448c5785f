import { useEffect } from 'react';

/** How often the organization page reloads its cards and lists (it has no live stream). */
export const POLL_INTERVAL_MS = 15_000;

/**
 * Calls `refresh` every POLL_INTERVAL_MS while the tab is visible, and at once when the
 * tab becomes visible again (a hidden tab does not poll).
 *
 * @param refresh Reloads; should be stable across renders. null: no polling.
 */
export function usePolling( refresh: ( () => void ) | null ) {
	useEffect( () => {
		if ( ! refresh ) {
			return;
		}
		const visible = () => document.visibilityState !== 'hidden';
		const timer = window.setInterval( () => {
			if ( visible() ) {
				refresh();
			}
		}, POLL_INTERVAL_MS );
		const onVisibility = () => {
			if ( visible() ) {
				refresh();
			}
		};
		document.addEventListener( 'visibilitychange', onVisibility );
		return () => {
			window.clearInterval( timer );
			document.removeEventListener( 'visibilitychange', onVisibility );
		};
	}, [ refresh ] );
}
