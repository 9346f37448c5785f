import type { ProductCardData } from '../api';
import type { Translate } from '../i18n';
import { safeHref } from '../markdown';

const isWebUrl = ( url: string | null ) =>
	!! url && /^https?:\/\//i.test( url );

function stockText( product: ProductCardData, t: Translate ): string {
	const { status, quantity } = product.stock;
	if ( status === 'outofstock' ) {
		return t( 'outOfStock' );
	}
	if ( status === 'onbackorder' ) {
		return t( 'onBackorder' );
	}
	return quantity === null
		? t( 'inStock' )
		: t( 'inStockCount', { count: String( quantity ) } );
}

/**
 * The product cards of a reply: image, name (with the variation), price (and the regular
 * price when on sale), stock, and a link to the product page. Everything is text from
 * the shop's catalog as the sidecar stored it with the reply, so a reload shows the same
 * cards; links and images are used only when they are web URLs.
 *
 * @param props          Products and translate.
 * @param props.products The reply's products (absent or empty: nothing is drawn).
 * @param props.t        Translate.
 */
export function ProductCards( {
	products,
	t,
}: {
	products?: ProductCardData[];
	t: Translate;
} ) {
	if ( ! products?.length ) {
		return null;
	}
	return (
		<ul className="oo-cards" aria-label={ t( 'products' ) }>
			{ products.map( ( product ) => {
				const href = safeHref( product.url );
				const name = product.variant
					? `${ product.name } (${ product.variant })`
					: product.name;
				return (
					<li
						key={ `${ product.id }-${ product.variationId ?? '' }` }
						className="oo-card"
					>
						{ isWebUrl( product.imageUrl ) && (
							<img
								className="oo-card-img"
								src={ product.imageUrl! }
								alt=""
								loading="lazy"
								width={ 56 }
								height={ 56 }
							/>
						) }
						<div className="oo-card-body">
							{ href && isWebUrl( href ) ? (
								<a
									className="oo-card-name"
									href={ href }
									target="_blank"
									rel="noopener noreferrer nofollow"
								>
									{ name }
								</a>
							) : (
								<span className="oo-card-name">{ name }</span>
							) }
							{ product.price && (
								<span className="oo-card-price">
									{ product.price.formatted }
									{ product.onSale &&
										product.regularPrice && (
											<>
												{ ' ' }
												<s>
													{ t( 'wasPrice', {
														price: product
															.regularPrice
															.formatted,
													} ) }
												</s>
											</>
										) }
								</span>
							) }
							<span
								className={ `oo-card-stock oo-stock-${ product.stock.status }` }
							>
								{ stockText( product, t ) }
							</span>
						</div>
					</li>
				);
			} ) }
		</ul>
	);
}
