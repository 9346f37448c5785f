/**
 * Which product a message is about (the decision step of the embedded responder, ADR 0019):
 * the one it names clearly enough, the one on the shopper's page, or the one an earlier
 * message named when a short follow-up names none; and whether words that ask for a person
 * are only part of a product's name.
 */
import type { ProductMatch } from '../commerce/service';
import {
	analyze,
	contentWords,
	sameWord,
	signalsOf,
	type Analysis,
	type Signal,
} from './analysis';
import { limitsQuantity, type CatalogRetrieval } from './embedded-catalog';
import { FOLLOW_UP_WORDS } from './embedded-conversation';

/** "the Dorp one", "that Kotten one", "den von Dorp", "das von Kotten": another one of the kind. */
const ANOTHER_ONE =
	/\b(?:the|that|this)\s+[\p{L}\p{N}-]+\s+ones?\b|\b(?:den|die|das|der)\s+von\s+\p{Lu}/iu;
import {
	bestNamed,
	nameStrength,
	nameVariations,
	namesOnlyAKind,
} from './product-naming';
import type { ResponderInput } from './responder';

/** Share of a product's name a browsing question must hold to be about that product. */
export const BROWSING_NAME_SHARE = 0.75;

/**
 * The naming decisions over the shop's catalog, one per embedded responder.
 * @param catalog
 * @param catalog.pageProduct
 * @param catalog.searchCatalog
 */
export function createProductNaming( {
	pageProduct,
	searchCatalog,
}: Pick< CatalogRetrieval, 'pageProduct' | 'searchCatalog' > ) {
	/**
	 * The product a short follow-up that names none is about: the one the shopper named in
	 * one of their last two messages ("Was kostet der Gartenschlauch Amsel?" … "und in 50
	 * m?"), with the variation the follow-up names; a follow-up asking price or stock also
	 * asks the earlier message's price or stock question. Null for a message that says enough to stand
	 * alone, or when no earlier message named a product.
	 * @param input
	 * @param analysis
	 */
	async function productOfConversation(
		input: ResponderInput,
		analysis: Analysis
	): Promise< ProductMatch | null > {
		if ( contentWords( analysis.searchText ).length > FOLLOW_UP_WORDS ) {
			return null;
		}
		const earlier = input.history
			.filter( ( x ) => x.role === 'shopper' )
			.slice( -2 )
			.reverse();
		for ( const message of earlier ) {
			const before = analyze( message.text, { locale: input.locale } );
			const named = await namedProduct(
				{ ...input, pageContext: null },
				before,
				await searchCatalog( input, before )
			);
			if ( named ) {
				const match = { ...named, namedVariations: [] };
				nameVariations( match, analysis.searchText );
				// "Was kostet das Kabel X?" … "und die 5 m Version? ist die an Lager?": a
				// follow-up asking price or stock still asks what the first message asked.
				const asksOffer =
					analysis.signals.has( 'price' ) ||
					analysis.signals.has( 'stock' );
				for ( const asked of [ 'price', 'stock' ] as const ) {
					if ( asksOffer && before.signals.has( asked ) ) {
						analysis.signals.add( asked );
					}
				}
				return match;
			}
		}
		return null;
	}

	/**
	 * Whether the words that asked for a person are part of a product's name ("Do you have
	 * the Contact Me ID tags in stock?"): then the shopper asks about that product.
	 * @param input
	 * @param analysis
	 */
	async function handoffWordsNameAProduct(
		input: ResponderInput,
		analysis: Analysis
	): Promise< boolean > {
		const found = await searchCatalog( input, analysis );
		const named = bestNamed( found, analysis.searchText );
		if (
			! named ||
			nameStrength( named, analysis.searchText ).share < 0.5
		) {
			return false;
		}
		// Without the product's name, is a person still asked for?
		const nameWords = new Set(
			contentWords( named.product.name ).map( ( w ) => w.toLowerCase() )
		);
		const rest = analysis.searchText
			.split( /\s+/ )
			.filter(
				( word ) =>
					! nameWords.has(
						word.toLowerCase().replace( /[^\p{L}\p{N}]/gu, '' )
					)
			)
			.join( ' ' );
		return ! signalsOf( rest ).has( 'handoff' );
	}

	/**
	 * Which product, if any, the question is about: the page's product when the shopper
	 * points at it, else the best search hit when the question names it clearly enough.
	 * @param input
	 * @param analysis
	 * @param found
	 */
	async function namedProduct(
		input: ResponderInput,
		analysis: Analysis,
		found: ProductMatch[]
	): Promise< ProductMatch | null > {
		const top = bestNamed( found, analysis.searchText );
		const productAsk =
			analysis.signals.has( 'price' ) ||
			analysis.signals.has( 'stock' ) ||
			analysis.signals.has( 'spec' );
		// "Ich suche einen Wasserkocher aus Glas" names a kind of product, not one of them.
		// So does "the cheapest black tea" a kind to choose from by price.
		const browsing =
			analysis.signals.has( 'search' ) ||
			analysis.priceLimit !== null ||
			analysis.priceOrder !== null ||
			limitsQuantity( analysis );
		if ( top && ! namesOnlyAKind( top, found, analysis.searchText ) ) {
			const strength = nameStrength( top, analysis.searchText );
			// Browsing names a kind ("habt ihr Gartenscheren?"); most of one name names it,
			// and so does half of it with one of its options ("Gibt es die Rowan Leine in
			// Rot?": the Rowan Padded Dog Lead in Red).
			if (
				browsing &&
				strength.share < BROWSING_NAME_SHARE &&
				! (
					strength.share >= 0.5 &&
					namesAnOption( top, analysis.searchText )
				)
			) {
				return null;
			}
			// Half a name is enough for a product question, not beside a topic word
			// ("the manufacturer guarantee on grinders" asks the warranty page); beside
			// one, the name's other words must be there ("next day delivery" does not
			// name the "Delivery Day Treat Box").
			const topic =
				analysis.signals.has( 'policy' ) ||
				analysis.signals.has( 'contact' );
			// A name of topic words only ("Geschenkgutschein") is named when all of it is.
			const named =
				( strength.share >= 0.5 && strength.distinctive ) ||
				strength.share === 1;
			if ( named && ( ! topic || strength.plainShare >= 0.5 ) ) {
				return top;
			}
			if (
				productAsk &&
				! topic &&
				strength.distinctive &&
				strength.share > 0
			) {
				return top;
			}
		}
		if ( input.pageContext?.productId && analysis.refersToPage ) {
			const topicOnly =
				( analysis.signals.has( 'policy' ) ||
					analysis.signals.has( 'contact' ) ) &&
				! productAsk;
			if ( ! topicOnly ) {
				return pageProduct( input );
			}
		}
		return null;
	}

	/**
	 * A short follow-up naming another product of the kind asked about before ("What does
	 * the Oldham 70-200mm f/4 weigh?" … "and the Stockport one?"): that product, with the
	 * earlier question asked of it ("What does the Stockport 70-200mm f/4 weigh?"). Null
	 * when the follow-up asks something of its own or names no such product.
	 * @param input
	 * @param analysis
	 * @param found    the catalog's products for the follow-up
	 */
	async function otherOfSameKind(
		input: ResponderInput,
		analysis: Analysis,
		found: ProductMatch[]
	): Promise< { match: ProductMatch; question: string } | null > {
		const asksItself = [ 'price', 'stock', 'spec', 'search' ].some(
			( signal ) => analysis.signals.has( signal as Signal )
		);
		// "what about the Dorp one, is that in stock?" asks its own question of another
		// product it names by a word alone.
		const pointsAtOne = ANOTHER_ONE.test( analysis.searchText );
		const last = input.history
			.filter( ( x ) => x.role === 'shopper' )
			.at( -1 );
		if (
			( asksItself && ! pointsAtOne ) ||
			! last ||
			contentWords( analysis.searchText ).length > FOLLOW_UP_WORDS
		) {
			return null;
		}
		const before = analyze( last.text, { locale: input.locale } );
		const earlier = await namedProduct(
			{ ...input, pageContext: null },
			before,
			await searchCatalog( input, before )
		);
		if ( ! earlier ) {
			return null;
		}
		const other = closestByName(
			earlier,
			found.filter( ( match ) => {
				const strength = nameStrength( match, analysis.searchText );
				return (
					match.product.externalId !== earlier.product.externalId &&
					strength.share > 0 &&
					strength.distinctive
				);
			} )
		);
		if ( ! other ) {
			return null;
		}
		return {
			match: { ...other, namedVariations: [] },
			question: asksItself
				? analysis.searchText
				: withNameSwapped( last.text, earlier, other ),
		};
	}

	/**
	 * The product the message is about: the one it names, else (no topic asked) the one an
	 * earlier message named. A short follow-up that names one of the earlier product's
	 * options is about that product even when a word of it also names another weakly
	 * ("Habt ihr den Colour 400 Film?" … "Was kostet das 5er-Pack?" is the film's pack,
	 * not the "Sensor Swabs, Pack of 12").
	 * @param input
	 * @param analysis
	 * @param found    the catalog's products for the message
	 * @param topic    the message asks about a topic of the shop's pages
	 */
	async function productAskedAbout(
		input: ResponderInput,
		analysis: Analysis,
		found: ProductMatch[],
		topic: boolean
	): Promise< ProductMatch | null > {
		const named = await namedProduct( input, analysis, found );
		if ( topic ) {
			return named;
		}
		if (
			named &&
			nameStrength( named, analysis.searchText ).share >= 0.5
		) {
			return named;
		}
		const earlier = await productOfConversation( input, analysis );
		if ( ! named ) {
			return earlier;
		}
		return earlier && earlier.namedVariations.length > 0 ? earlier : named;
	}

	return {
		namedProduct,
		productAskedAbout,
		handoffWordsNameAProduct,
		otherOfSameKind,
	};
}

/**
 * The one candidate sharing most words of its name with the product (its kind: "70-200mm
 * f/4 Telephoto Lens", "Kettle"); null when none shares a word or several share as many.
 * @param product
 * @param candidates
 */
function closestByName(
	product: ProductMatch,
	candidates: ProductMatch[]
): ProductMatch | null {
	const own = contentWords( product.product.name );
	const scored = candidates.map( ( match ) => ( {
		match,
		shared: contentWords( match.product.name ).filter( ( word ) =>
			own.some( ( w ) => sameWord( w, word ) )
		).length,
	} ) );
	const best = Math.max( 0, ...scored.map( ( x ) => x.shared ) );
	const top = scored.filter( ( x ) => x.shared === best );
	return best >= 1 && top.length === 1 ? top[ 0 ]!.match : null;
}

/**
 * The question with the words only the earlier product's name has ("Oldham") replaced by
 * those only the other's has ("Stockport").
 * @param question
 * @param earlier
 * @param other
 */
function withNameSwapped(
	question: string,
	earlier: ProductMatch,
	other: ProductMatch
): string {
	const earlierWords = contentWords( earlier.product.name );
	const otherWords = contentWords( other.product.name );
	const onlyEarlier = earlierWords.filter(
		( word ) => ! otherWords.some( ( w ) => sameWord( w, word ) )
	);
	const onlyOther = otherWords.filter(
		( word ) => ! earlierWords.some( ( w ) => sameWord( w, word ) )
	);
	let swapped = false;
	return question
		.split( /(\s+)/ )
		.map( ( token ) => {
			const bare = token.replace( /[^\p{L}\p{N}-]/gu, '' );
			if ( ! onlyEarlier.some( ( w ) => sameWord( w, bare ) ) ) {
				return token;
			}
			const replacement = swapped ? '' : onlyOther.join( ' ' );
			swapped = true;
			return token.replace( bare, replacement );
		} )
		.join( '' );
}

/**
 * Whether the question names some, not all, of a product's options.
 * @param match
 * @param question
 */
function namesAnOption( match: ProductMatch, question: string ): boolean {
	const trial = { ...match, namedVariations: [] };
	nameVariations( trial, question );
	return (
		trial.namedVariations.length > 0 &&
		trial.namedVariations.length < match.variations.length
	);
}
