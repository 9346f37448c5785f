/**
 * The AI provider panel's calls, through the shared client's `request` (so CSRF, the error
 * envelope and 401 handling stay in one place) and kept beside the panel that uses them.
 */
import type { ApiClient } from '../../api';
import type {
	ConnectionTest,
	LlmSettings,
	LlmSettingsInput,
} from '../../../contracts/llm-settings';
import type {
	ModelPrice,
	MonthUsage,
	PriceTable,
} from '../../../contracts/ai-usage';

export type {
	ConnectionTest,
	LlmProvider,
	LlmSettings,
	LlmSettingsInput,
} from '../../../contracts/llm-settings';
export type {
	ModelPrice,
	MonthUsage,
	MonthUsageRow as UsageRow,
} from '../../../contracts/ai-usage';

const orgPath = ( id: string ) =>
	`/api/owner/organizations/${ encodeURIComponent( id ) }`;

export const aiProviderApi = {
	settings: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api
			.request< { settings: LlmSettings | null } >(
				'GET',
				`${ orgPath( id ) }/llm-settings`,
				{ signal }
			)
			.then( ( answer ) => answer.settings ),
	save: ( api: ApiClient, id: string, input: LlmSettingsInput ) =>
		api
			.request< { settings: LlmSettings } >(
				'PUT',
				`${ orgPath( id ) }/llm-settings`,
				{ body: input }
			)
			.then( ( answer ) => answer.settings ),
	test: ( api: ApiClient, id: string ) =>
		api.request< ConnectionTest >(
			'POST',
			`${ orgPath( id ) }/llm-settings/test`,
			{ body: {} }
		),
	usage: ( api: ApiClient, id: string, signal?: AbortSignal ) =>
		api.request< MonthUsage >( 'GET', `${ orgPath( id ) }/usage`, {
			signal,
		} ),
	prices: ( api: ApiClient, signal?: AbortSignal ) =>
		api
			.request< PriceTable >( 'GET', '/api/owner/usage/prices', {
				signal,
			} )
			.then( ( answer ) => answer.prices ),
	savePrice: ( api: ApiClient, price: ModelPrice ) =>
		api.request< ModelPrice >( 'PUT', '/api/owner/usage/prices', {
			body: price,
		} ),
};
