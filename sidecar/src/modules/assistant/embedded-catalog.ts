/**
 * The embedded responder's catalog retrieval: the product-search query and its fallbacks,
 * the search itself (only products the shopper's own words point at), the product on the
 * current page, the shop's price format and the catalog's as-of note.
 */
import type { ProductMatch } from '../commerce/service';
import { quantityConstraints } from './constraints';
import {
	contentWords,
	ON_SALE,
	sameWord,
	signalsOf,
	type Analysis,
	type Signal,
} from './analysis';
import type { MoneyStyle } from './cards';
import type { Lang, Messages } from './messages';
import {
	askedWords,
	bestNamed,
	foldedWords,
	nameStrength,
	SHOPPER_VERBS,
	wordMatches,
} from './product-naming';
import { needQuery, needsOf, servingProducts } from './product-needs';
import { purposeOf, purposeQueries, servingPurpose } from './product-purpose';
import { withoutRuledOutWords } from './product-qualities';
import type { AssistantTools, ResponderInput } from './responder';

/** Whether the question sets a limit on a quantity ("at least 140 kg", "-7 °C or colder"). */
export function limitsQuantity( analysis: Analysis ): boolean {
	return quantityConstraints( analysis.searchText ).length > 0;
}

/** The product-search words: the message without its price limit, order number or e-mail. */
export function productQuery( analysis: Analysis ): string {
	return (
		withoutRuledOutWords( analysis.searchText )
			// "im Angebot": a filter on the products found, not words of their names.
			.replace( ON_SALE, ' ' )
			// "Ich suche …": the search would read "suche" as a misspelt "Buche".
			.replace( /[\p{L}]+/gu, ( word ) =>
				SHOPPER_VERBS.has( word.toLowerCase() ) ? ' ' : word
			)
			.replace(
				/\b(?:under|below|less than|cheaper than|up to|at most|within|max(?:imum)?|unter|bis(?: zu)?|höchstens|maximal|weniger als|günstiger als|billiger als|nicht mehr als)\s*(?:[€$£]|eur\b|euros?\b|usd\b|gbp\b)?\s*\d{1,3}(?:[.,]\d{3})*(?:[.,]\d{1,2})?\s*(?:[€$£]|eur\b|euros?\b|dollars?\b|pounds?\b|usd\b|gbp\b)?/giu,
				' '
			)
			.replace( /\s+/g, ' ' )
			.trim()
	);
}

/**
 * The product-search queries to try in turn: the message; without numbers and units; its
 * meaning-bearing words that ask nothing (no price, stock, spec or search words); its
 * capitalised words (names, and German nouns).
 * @param query
 */
export function queryVariants( query: string ): string[] {
	const withoutNumbers = query
		.replace( /\d+(?:[.,]\d+)?\s*[\p{L}"]{0,12}/gu, ' ' )
		.replace( /\s+/g, ' ' )
		.trim();
	const naming = contentWords( withoutNumbers )
		.filter( ( w ) => signalsOf( w ).size === 0 )
		.join( ' ' );
	const capitalised = ( query.match( /[\p{L}\p{N}-]+/gu ) ?? [] )
		.slice( 1 )
		.filter( ( t ) => /^\p{Lu}/u.test( t ) )
		.join( ' ' );
	return [
		...new Set( [ query, withoutNumbers, naming, capitalised ] ),
	].filter( ( variant ) => contentWords( variant ).length > 0 );
}

/**
 * Whether some product found costs no more than the shopper's limit (always, without one).
 * @param found
 * @param limit the most the shopper will pay, in major units
 */
function withinLimit( found: ProductMatch[], limit: number | null ): boolean {
	return (
		limit === null ||
		found.some(
			( match ) =>
				match.product.priceMinor !== null &&
				match.product.priceMinor <= Math.round( limit * 100 )
		)
	);
}

/**
 * Catalog retrieval over the shop's tools, one per embedded responder.
 * @param tools
 */
export function createCatalogRetrieval( tools: AssistantTools ) {
	/** How the shop prints prices: its own format when commerce knows it, else its locale. */
	async function moneyStyle( input: ResponderInput ): Promise< MoneyStyle > {
		return tools.priceFormat
			? tools.priceFormat( input.siteId )
			: input.locale;
	}

	async function pageProduct(
		input: ResponderInput
	): Promise< ProductMatch | null > {
		const id = input.pageContext?.productId;
		if ( ! id || ! tools.getProduct ) {
			return null;
		}
		const onPage = await tools.getProduct(
			input.organizationId,
			input.siteId,
			id
		);
		if ( ! onPage || ! tools.searchProducts ) {
			return onPage;
		}
		// Searching with its name picks up a variation the question names ("in blue").
		const named = (
			await tools.searchProducts(
				input.organizationId,
				input.siteId,
				`${ onPage.product.name } ${ input.text }`,
				1
			)
		).find( ( m ) => m.product.externalId === id );
		return named ?? onPage;
	}

	async function searchCatalog(
		input: ResponderInput,
		analysis: Analysis
	): Promise< ProductMatch[] > {
		if ( ! tools.searchProducts ) {
			return [];
		}
		const query = productQuery( analysis );
		if ( contentWords( query ).length === 0 ) {
			return [];
		}
		// The whole message first (the catalog search also picks the variation it names);
		// when that finds nothing, fewer words: a size or count the catalog spells
		// differently ("950 ml", "3 Stück") or the question's own wording ("Wie viel …")
		// must not hide the product.
		let found: ProductMatch[] = [];
		// A product code is searched on its own first: it names one product exactly.
		const variants = queryVariants( query );
		// "mindestens 45 cm Schnittbreite" is a limit, not words of a name: searched with
		// its figure it finds the mowers holding "45" anywhere (a 45 l grass box).
		const wording =
			limitsQuantity( analysis ) && variants.length > 1
				? variants.slice( 1 )
				: variants;
		for ( const variant of [ ...analysis.skus, ...wording ] ) {
			// A price limit or a quality filters afterwards: fetch enough to choose from.
			const more = await tools.searchProducts(
				input.organizationId,
				input.siteId,
				variant,
				analysis.priceLimit !== null ||
					analysis.priceOrder !== null ||
					limitsQuantity( analysis ) ||
					analysis.signals.has( 'search' ) ||
					analysis.choosing ||
					analysis.onSale
					? 20
					: 5
			);
			found = [
				...found,
				...more.filter(
					( m ) =>
						! found.some(
							( f ) =>
								f.product.externalId === m.product.externalId
						)
				),
			];
			// A price limit filters what is found afterwards: products all above it are not
			// enough ("Laubbläser mit Akku, nicht über 200 €" may name one above the limit).
			const named = bestNamed( found, query );
			if (
				named &&
				nameStrength( named, query ).share >= 0.5 &&
				withinLimit( found, analysis.priceLimit )
			) {
				break;
			}
		}
		// Only products one of the shopper's own words points at (not a typo-corrected
		// attribute), or its other-language form ("kettle" points at a "Wasserkocher").
		const asked = askedWords( query );
		return found.filter( ( match ) => {
			const own = foldedWords(
				[
					match.product.name,
					match.product.sku,
					...match.product.categories,
					...match.product.tags,
				].join( ' ' )
			);
			// Attribute values ("Guatemala") count as written, never typo-corrected ("write" is no "White").
			const values = foldedWords(
				match.product.attributes
					.flatMap( ( a ) => a.options )
					.join( ' ' )
			);
			return (
				own.some( ( w ) => wordMatches( asked, w ) ) ||
				values.some( ( v ) => asked.some( ( q ) => sameWord( q, v ) ) )
			);
		} );
	}

	/**
	 * The products serving a need the question states instead of naming a product
	 * ("something to keep my gecko warm"), best first; none when it states no need or no
	 * product serves it. A product the question names may be what the need is for ("for
	 * my calathea"), so it does not stop the search.
	 * @param input
	 * @param analysis
	 */
	async function searchNeed(
		input: ResponderInput,
		analysis: Analysis
	): Promise< ProductMatch[] > {
		if ( ! tools.searchProducts ) {
			return [];
		}
		const needs = needsOf( analysis.searchText );
		if ( needs.length === 0 ) {
			return searchPurpose( input, analysis );
		}
		const candidates = await tools.searchProducts(
			input.organizationId,
			input.siteId,
			needQuery( needs ),
			20
		);
		return servingProducts( candidates, needs, analysis.searchText );
	}

	/**
	 * The products serving what the question says it needs a thing for ("what do you have
	 * for cutting bread?"), best first; none when it asks for nothing by its purpose.
	 * @param input
	 * @param analysis
	 */
	async function searchPurpose(
		input: ResponderInput,
		analysis: Analysis
	): Promise< ProductMatch[] > {
		// "How many days do I have to return something?" asks a page, not for a thing;
		// "Messer zum Filetieren, was habt ihr lieferbar?" asks for one whatever "liefer" says.
		const { signals } = analysis;
		const asksAPage =
			[ 'policy', 'contact', 'order' ].some( ( s ) =>
				signals.has( s as Signal )
			) &&
			! [ 'stock', 'price', 'search' ].some( ( s ) =>
				signals.has( s as Signal )
			);
		const purpose = asksAPage ? null : purposeOf( analysis.searchText );
		if ( ! purpose || ! tools.searchProducts ) {
			return [];
		}
		const search = tools.searchProducts;
		const found = await Promise.all(
			purposeQueries( purpose ).map( ( query, i ) =>
				search(
					input.organizationId,
					input.siteId,
					query,
					i === 0 ? 20 : 10
				)
			)
		);
		const candidates = [
			...new Map(
				found.flat().map( ( m ) => [ m.product.externalId, m ] )
			).values(),
		];
		return servingPurpose( candidates, purpose );
	}

	/** The products one word finds on its own (is it a word of the shop's catalog at all?). */
	async function searchWordAlone(
		input: ResponderInput,
		word: string
	): Promise< ProductMatch[] > {
		return tools.searchProducts
			? tools.searchProducts(
					input.organizationId,
					input.siteId,
					word,
					3
				)
			: [];
	}

	async function staleNote(
		input: ResponderInput,
		m: Messages,
		lang: Lang
	): Promise< string > {
		const asOf = tools.catalogAsOf
			? await tools.catalogAsOf( input.siteId )
			: null;
		if ( ! asOf ) {
			return '';
		}
		const time = new Intl.DateTimeFormat( lang, {
			dateStyle: 'short',
			timeStyle: 'short',
		} ).format( asOf );
		return ` ${ m.asOf( time ) }`;
	}

	return {
		moneyStyle,
		pageProduct,
		searchCatalog,
		searchNeed,
		searchWordAlone,
		staleNote,
	};
}

export type CatalogRetrieval = ReturnType< typeof createCatalogRetrieval >;
