/**
 * A language model behind an organization: its LLM settings pointing at a provider double
 * (tests/doubles/openai, tests/doubles/anthropic), and the platform's price for the model so
 * that tokens turn into cost. Both go through the owner API, as the dashboard sends them.
 */
import type { OwnerSession } from './flows';
import { call, type TestDialect, type TestSidecar } from './sidecar-harness';
import { startShopSidecar, type ShopSidecar } from './shop-connection';

/** The types of what startLlmShopSidecar returns, so a suite imports them with it. */
export type {
	ConnectedSite,
	OwnerSession,
	TestShop,
	TestSidecar,
} from './shop-connection';

export interface LlmSettings {
	provider: 'openai-compatible' | 'anthropic';
	baseUrl: string;
	model: string;
	apiKey: string;
	enabled: boolean;
	monthlyBudgetUsd: number | null;
	timeoutMs: number;
}

/** What a test leaves out: enabled, a $5 monthly budget, a 4-second timeout. */
const SETTINGS_DEFAULTS = {
	enabled: true,
	monthlyBudgetUsd: 5,
	timeoutMs: 4000,
};

/**
 * PUTs the organization's LLM settings; `settings` may also carry deliberately wrong values
 * for validation tests.
 * @param sidecar
 * @param owner
 * @param organizationId
 * @param settings
 */
export function putLlmSettings(
	sidecar: TestSidecar,
	owner: OwnerSession,
	organizationId: string,
	settings: Pick< LlmSettings, 'provider' | 'baseUrl' | 'model' | 'apiKey' > &
		Record< string, unknown >
) {
	return call(
		sidecar.baseUrl,
		'PUT',
		`/api/owner/organizations/${ organizationId }/llm-settings`,
		{ headers: owner.headers, body: { ...SETTINGS_DEFAULTS, ...settings } }
	);
}

/** The platform's price of a model, in US dollars per million input and output tokens. */
export function putModelPrice(
	sidecar: TestSidecar,
	owner: OwnerSession,
	price: { model: string; inputUsdPerMtok: number; outputUsdPerMtok: number }
) {
	return call( sidecar.baseUrl, 'PUT', '/api/owner/usage/prices', {
		headers: owner.headers,
		body: price,
	} );
}

/** A provider double as startLlmShopSidecar starts and closes it. */
interface ProviderDouble {
	url: string;
	close: () => Promise< void >;
}

export interface LlmShopSidecar<
	D extends ProviderDouble,
> extends ShopSidecar {
	/** The provider double the organization's LLM settings point at. */
	llm: D;
	/** PUTs the organization's LLM settings again, with `overrides` over the suite's own. */
	putSettings: (
		overrides?: Record< string, unknown >
	) => ReturnType< typeof putLlmSettings >;
	/** The usage events the organization recorded for a conversation. */
	events: (
		conversationId: string
	) => ReturnType<
		TestSidecar[ 'omniops' ][ 'services' ][ 'usage' ][ 'forConversation' ]
	>;
	/** Stops the sidecar, the shop double and the provider double. */
	close: () => Promise< void >;
}

/**
 * A shop sidecar (shop-connection.ts `startShopSidecar`) whose organization answers through a
 * provider double: the double started on the settings' API key, the LLM settings pointing at
 * it (a 200, or the set-up fails), and the model's price.
 * @param dialect
 * @param options
 * @param options.products     how many products the shop double holds
 * @param options.startDouble  starts the provider double that takes this API key
 * @param options.settings     the provider, model and API key of the organization's settings
 * @param options.price        the model's price per million input and output tokens
 * @param options.price.input
 * @param options.price.output
 */
export async function startLlmShopSidecar< D extends ProviderDouble >(
	dialect: TestDialect,
	options: {
		products: number;
		startDouble: ( apiKey: string ) => Promise< D >;
		settings: Pick< LlmSettings, 'provider' | 'model' | 'apiKey' >;
		price: { input: number; output: number };
	}
): Promise< LlmShopSidecar< D > > {
	const llm = await options.startDouble( options.settings.apiKey );
	const shopSidecar = await startShopSidecar( dialect, {
		products: options.products,
	} );
	const { sidecar, owner, site } = shopSidecar;
	const putSettings = ( overrides: Record< string, unknown > = {} ) =>
		putLlmSettings( sidecar, owner, site.organizationId, {
			...options.settings,
			baseUrl: llm.url,
			...overrides,
		} );
	expect( ( await putSettings() ).status ).toBe( 200 );
	const price = await putModelPrice( sidecar, owner, {
		model: options.settings.model,
		inputUsdPerMtok: options.price.input,
		outputUsdPerMtok: options.price.output,
	} );
	expect( price.status ).toBe( 200 );
	return {
		...shopSidecar,
		llm,
		putSettings,
		events: ( conversationId ) =>
			sidecar.omniops.services.usage.forConversation(
				site.organizationId,
				conversationId
			),
		async close() {
			await shopSidecar.close();
			await llm.close();
		},
	};
}
