/**
 * Product facts as the shopper reads them: cards for the widget and the sentences the
 * embedded responder says. Every price and stock figure is read from the synced catalog;
 * where the shop has none (no price, unmanaged stock) nothing is stated.
 */
import { formatMoney } from '../commerce/money';
import type { ProductRecord } from '../commerce/repo';
import type { ProductMatch } from '../commerce/service';
import type { ProductCard } from './responder';

function money( minor: number | null, currency: string, locale: string ) {
	return minor === null
		? null
		: {
				minor,
				currency,
				formatted: formatMoney( minor, currency, locale ),
			};
}

export function variantLabel( variation: ProductRecord ): string {
	return variation.attributes
		.map( ( attribute ) => attribute.options[ 0 ] )
		.filter( Boolean )
		.join( ', ' );
}

export function productCard(
	match: ProductMatch,
	locale: string,
	variation: ProductRecord | null = null
): ProductCard {
	const item = variation ?? match.product;
	const onSale =
		item.salePriceMinor !== null &&
		item.regularPriceMinor !== null &&
		item.salePriceMinor < item.regularPriceMinor;
	return {
		id: match.product.externalId,
		variationId: variation?.externalId ?? null,
		name: match.product.name,
		variant: variation ? variantLabel( variation ) : null,
		url: item.permalink,
		imageUrl: item.imageUrl ?? match.product.imageUrl,
		price: money( item.priceMinor, item.currency, locale ),
		regularPrice: onSale
			? money( item.regularPriceMinor, item.currency, locale )
			: null,
		onSale,
		stock: {
			status: item.stockStatus as ProductCard[ 'stock' ][ 'status' ],
			quantity: item.stockQuantity,
		},
	};
}

/** "€49.99", "€39.99 (on sale, was €49.99)", or null when the shop lists no price. */
export function priceText(
	item: ProductRecord,
	locale: string
): string | null {
	if ( item.priceMinor === null ) {
		return null;
	}
	const price = formatMoney( item.priceMinor, item.currency, locale );
	if (
		item.salePriceMinor !== null &&
		item.regularPriceMinor !== null &&
		item.salePriceMinor < item.regularPriceMinor
	) {
		return `${ price } (on sale, was ${ formatMoney( item.regularPriceMinor, item.currency, locale ) })`;
	}
	return price;
}

/** The price of a product, or its range over variations ("from €19.99 to €24.99"). */
export function productPriceText(
	match: ProductMatch,
	locale: string
): string | null {
	const priced = match.variations.filter( ( v ) => v.priceMinor !== null );
	if ( match.product.kind !== 'variable' || priced.length === 0 ) {
		return priceText( match.product, locale );
	}
	const prices = priced.map( ( v ) => v.priceMinor! );
	const low = Math.min( ...prices );
	const high = Math.max( ...prices );
	const currency = priced[ 0 ]!.currency;
	if ( low === high ) {
		return priceText( priced[ 0 ]!, locale );
	}
	return `from ${ formatMoney( low, currency, locale ) } to ${ formatMoney( high, currency, locale ) } depending on the option`;
}

/** "in stock (3 left)", "in stock", "out of stock", "available on backorder". */
export function stockText( item: ProductRecord ): string {
	switch ( item.stockStatus ) {
		case 'instock':
			return item.stockQuantity !== null && item.stockQuantity > 0
				? `in stock (${ item.stockQuantity } left)`
				: 'in stock';
		case 'onbackorder':
			return 'available on backorder';
		default:
			return 'out of stock';
	}
}
