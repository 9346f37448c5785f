/**
 * Product facts as the shopper reads them: cards for the widget and the phrases the
 * embedded responder says, in the answer's language. Every price and stock figure is read
 * from the synced catalog; where the shop has none (no price, unmanaged stock) nothing is
 * stated. Money is formatted as the shop formats it (its locale), whatever language the
 * sentence around it is in.
 */
import { formatMoney } from '../commerce/money';
import type { ProductRecord } from '../commerce/repo';
import type { ProductMatch } from '../commerce/service';
import { messages, type Lang } from './messages';
import type { ProductCard } from './responder';

/**
 * How a shop's prices are written: its own price format when commerce knows it (what
 * formatMoney takes besides a locale), else its locale ("de_DE" -> "59,90 €").
 */
export type MoneyStyle = NonNullable< Parameters< typeof formatMoney >[ 2 ] >;

/** A price as the shop writes it ("59,90 €", "€59.90"). */
export function moneyText(
	minor: number,
	currency: string,
	style: MoneyStyle
): string {
	// Intl separates "59,90 €" with a no-break space; shoppers (and their searches) type a plain one.
	return formatMoney(
		minor,
		currency,
		typeof style === 'string' ? style.replace( '_', '-' ) : style
	).replace( /[\u00a0\u202f]/g, ' ' );
}

function money(
	minor: number | null,
	currency: string,
	shopLocale: MoneyStyle
) {
	return minor === null
		? null
		: {
				minor,
				currency,
				formatted: moneyText( minor, currency, shopLocale ),
			};
}

export function variantLabel( variation: ProductRecord ): string {
	return variation.attributes
		.map( ( attribute ) => attribute.options[ 0 ] )
		.filter( Boolean )
		.join( ', ' );
}

/**
 * The options every one of the variations has ("17 cm" of the 17-cm pot in white and in
 * anthracite), or null when they share none.
 * @param variations
 */
export function sharedOptions( variations: ProductRecord[] ): string | null {
	const [ first, ...rest ] = variations;
	const common = ( first?.attributes ?? [] )
		.map( ( attribute ) => attribute.options[ 0 ] )
		.filter(
			( option ): option is string =>
				option !== undefined &&
				rest.every( ( v ) =>
					v.attributes.some( ( a ) => a.options[ 0 ] === option )
				)
		);
	return common.length > 0 ? common.join( ', ' ) : null;
}

/** The lowest and highest price over a variable product's priced variations, or null. */
export function priceSpan(
	match: ProductMatch
): { low: number; high: number; currency: string } | null {
	const priced = match.variations.filter( ( v ) => v.priceMinor !== null );
	if ( match.product.kind !== 'variable' || priced.length === 0 ) {
		return null;
	}
	const prices = priced.map( ( v ) => v.priceMinor! );
	return {
		low: Math.min( ...prices ),
		high: Math.max( ...prices ),
		currency: priced[ 0 ]!.currency,
	};
}

/** Whether a product or variation sells below its regular price. */
export function reduced( item: ProductRecord ): boolean {
	return (
		item.salePriceMinor !== null &&
		item.regularPriceMinor !== null &&
		item.salePriceMinor < item.regularPriceMinor
	);
}

export function productCard(
	match: ProductMatch,
	shopLocale: MoneyStyle,
	variation: ProductRecord | null = null,
	lang: Lang = 'en'
): ProductCard {
	const item = variation ?? match.product;
	const onSale = reduced( item );
	const span = variation ? null : priceSpan( match );
	let price = money( item.priceMinor, item.currency, shopLocale );
	if ( span ) {
		// A variable product's card shows its lowest price, said as "from" when options differ.
		const low = moneyText( span.low, span.currency, shopLocale );
		price = {
			minor: span.low,
			currency: span.currency,
			formatted:
				span.low === span.high
					? low
					: messages( lang ).priceFrom( low ),
		};
	}
	return {
		id: match.product.externalId,
		variationId: variation?.externalId ?? null,
		name: match.product.name,
		variant: variation ? variantLabel( variation ) : null,
		url: item.permalink,
		imageUrl: item.imageUrl ?? match.product.imageUrl,
		price,
		regularPrice: onSale
			? money( item.regularPriceMinor, item.currency, shopLocale )
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
	shopLocale: MoneyStyle,
	lang: Lang = 'en'
): string | null {
	if ( item.priceMinor === null ) {
		return null;
	}
	const price = moneyText( item.priceMinor, item.currency, shopLocale );
	if ( reduced( item ) && item.regularPriceMinor !== null ) {
		return messages( lang ).onSaleWas(
			price,
			moneyText( item.regularPriceMinor, item.currency, shopLocale )
		);
	}
	return price;
}

/** The price of a product, or its range over variations ("from €19.99 to €24.99 …"). */
export function productPriceText(
	match: ProductMatch,
	shopLocale: MoneyStyle,
	lang: Lang = 'en'
): string | null {
	const span = priceSpan( match );
	if ( ! span ) {
		return priceText( match.product, shopLocale, lang );
	}
	if ( span.low === span.high ) {
		const first = match.variations.find( ( v ) => v.priceMinor !== null )!;
		return priceText( first, shopLocale, lang );
	}
	return messages( lang ).priceRange(
		moneyText( span.low, span.currency, shopLocale ),
		moneyText( span.high, span.currency, shopLocale )
	);
}

/** "in stock (3 left)", "in stock", "out of stock", "available on backorder" (or German). */
export function stockText( item: ProductRecord, lang: Lang = 'en' ): string {
	const m = messages( lang );
	switch ( item.stockStatus ) {
		case 'instock':
			return item.stockQuantity !== null && item.stockQuantity > 0
				? m.inStockLeft( item.stockQuantity )
				: m.inStock;
		case 'onbackorder':
			return m.backorder;
		default:
			return m.outOfStock;
	}
}
