import { useEffect, useState } from 'react';

/**
 * Whether the browser thinks it is online; follows the `online`/`offline` events.
 *
 * @return `navigator.onLine`, kept current.
 */
export function useOnline(): boolean {
	const [ online, setOnline ] = useState( () => navigator.onLine !== false );
	useEffect( () => {
		const update = () => setOnline( navigator.onLine !== false );
		window.addEventListener( 'online', update );
		window.addEventListener( 'offline', update );
		return () => {
			window.removeEventListener( 'online', update );
			window.removeEventListener( 'offline', update );
		};
	}, [] );
	return online;
}
