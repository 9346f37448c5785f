import { createContext, useContext, type ReactNode } from 'react';
import { defaultApiClient, type ApiClient } from '../api';

const ApiContext = createContext< ApiClient >( defaultApiClient );

export interface ApiProviderProps {
	client: ApiClient;
	children: ReactNode;
}

/**
 * Supplies the API client to the hooks below it; the app runs with the default client,
 * tests pass one built on a fake `fetch`.
 *
 * @param props Provider props.
 */
export function ApiProvider( props: ApiProviderProps ) {
	const { client, children } = props;
	return (
		<ApiContext.Provider value={ client }>{ children }</ApiContext.Provider>
	);
}

/** The API client of the nearest `ApiProvider` (the default client without one). */
export function useApi(): ApiClient {
	return useContext( ApiContext );
}
