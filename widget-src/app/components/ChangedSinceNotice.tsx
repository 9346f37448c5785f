import type { Message } from '../api';
import type { Translate } from '../i18n';

/**
 * Under a reply whose product cards are no longer true (the history's `changedProducts`):
 * one line per product, so the shopper does not act on an old price or stock level.
 *
 * @param props          The changed products and translate.
 * @param props.products `changedProducts` of the reply.
 * @param props.t        Translate.
 */
export function ChangedSinceNotice( {
	products,
	t,
}: {
	products: Message[ 'changedProducts' ];
	t: Translate;
} ) {
	if ( ! products?.length ) {
		return null;
	}
	return (
		<ul className="oo-changed">
			{ products.map( ( product ) => (
				<li key={ product.productId }>
					{ t( 'productChangedSince', { name: product.name } ) }
				</li>
			) ) }
		</ul>
	);
}
