import { createContext, useContext, type ReactNode } from 'react';
import { useSession, type UseSessionResult } from './hooks/useSession';

const SessionContext = createContext< UseSessionResult | null >( null );

export interface SessionProviderProps {
	children: ReactNode;
}

/**
 * Loads the session once for the whole app and shares it with every screen.
 *
 * @param props Provider props.
 */
export function SessionProvider( props: SessionProviderProps ) {
	const { children } = props;
	const session = useSession();
	return (
		<SessionContext.Provider value={ session }>
			{ children }
		</SessionContext.Provider>
	);
}

/** The app-wide session (see `useSession`); only valid below `SessionProvider`. */
export function useCurrentSession(): UseSessionResult {
	const session = useContext( SessionContext );
	if ( ! session ) {
		throw new Error(
			'useCurrentSession must be used inside SessionProvider.'
		);
	}
	return session;
}
