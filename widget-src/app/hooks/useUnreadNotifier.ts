import { useEffect, useRef } from 'react';

/**
 * Tells the host page how many replies arrived while the panel was hidden, so the
 * launcher can show a badge. The count starts over whenever the panel is shown.
 *
 * @param repliesReceived Replies received so far (from `useMessageState`).
 * @param isOpen          Whether the host shows the panel.
 * @param notifyUnread    Posts `unread` to the host.
 */
export function useUnreadNotifier(
	repliesReceived: number,
	isOpen: boolean,
	notifyUnread: ( count: number ) => void
): void {
	const seen = useRef( repliesReceived );
	const unread = useRef( 0 );

	useEffect( () => {
		const fresh = repliesReceived - seen.current;
		seen.current = repliesReceived;
		if ( isOpen ) {
			unread.current = 0;
		} else if ( fresh > 0 ) {
			unread.current += fresh;
			notifyUnread( unread.current );
		}
	}, [ repliesReceived, isOpen, notifyUnread ] );
}
