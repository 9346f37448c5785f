/**
 * A catalog product as the product search hands it to the assistant, for unit tests: a
 * simple, in-stock product without variations, with whatever the test states of it.
 */
import type { ProductRecord } from '../../sidecar/src/modules/commerce/repo';
import type { ProductMatch } from '../../sidecar/src/modules/commerce/service';

export function productRecord(
	name: string,
	fields: Partial< ProductRecord > = {}
): ProductRecord {
	return {
		externalId: name,
		parentExternalId: null,
		kind: 'simple',
		name,
		sku: '',
		permalink: '',
		currency: 'EUR',
		priceMinor: 5000,
		regularPriceMinor: 5000,
		salePriceMinor: null,
		stockStatus: 'instock',
		stockQuantity: null,
		imageUrl: null,
		categories: [],
		tags: [],
		attributes: [],
		description: '',
		...fields,
	};
}

export function productMatch(
	name: string,
	fields: Partial< ProductRecord > = {}
): ProductMatch {
	return {
		product: productRecord( name, fields ),
		variations: [],
		namedVariations: [],
	};
}
