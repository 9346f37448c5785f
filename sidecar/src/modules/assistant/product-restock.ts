/**
 * When a product that is not in stock will be again: only its own text can say ("Lieferbar
 * ab 22. Januar"). Split from embedded-products.ts.
 */
import type { ProductMatch } from '../commerce/service';
import { sentences } from './evidence';

/** A product or variation row, as commerce's service hands it out. */
type ProductRecord = ProductMatch[ 'product' ];

/** "When will it be back in stock?", "Wann ist er wieder da?": a date the catalog does not hold. */
export const ASKS_RESTOCK_DATE =
	/\b(when|wann|bis wann|ab wann)\b.*\b(back|again|restock\w*|wieder|nachschub|nachgeliefert|lieferbar|verfügbar|available|haben|bekommen|kriegen|get|have|receive)/iu;

/** A sentence saying when something will be available ("Lieferbar ab 22. Januar"). */
const AVAILABLE_FROM =
	/\b(lieferbar ab|wieder (lieferbar|verfügbar|vorrätig|erhältlich|auf lager|da)|verfügbar ab|erhältlich ab|erwartet|voraussichtlich|nachschub|back in stock|in stock (again|from|on|by)|available (again|from|on|by)|expected|restock\w*|ships (from|on|by)|due (in|on|back))\b/iu;

/** A date or time of year in it ("15. Januar", "mid-February", "KW 6", "12/01"). */
const WHEN =
	/\d|\b(januar|jänner|februar|märz|april|mai|juni|juli|august|september|oktober|november|dezember|january|february|march|may|june|july|october|december|frühling|frühjahr|sommer|herbst|winter|spring|summer|autumn|fall|weihnacht\w*|christmas|ostern|easter)\b/iu;

/**
 * The product's own sentence saying when it (or the chosen variation) will be available,
 * verbatim: the variation's text first, then the product's.
 * @param match
 * @param variation
 */
export function availableFrom(
	match: ProductMatch,
	variation: ProductRecord | null
): string | null {
	for ( const own of [
		variation?.description ?? '',
		match.product.description,
	] ) {
		const found = sentences( own ).find(
			( sentence ) =>
				AVAILABLE_FROM.test( sentence ) && WHEN.test( sentence )
		);
		if ( found ) {
			return found.trim();
		}
	}
	return null;
}
