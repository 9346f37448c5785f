/**
 * The embedded responder's product answers: one product (price, stock or a specification
 * quoted from its data, with its card and actions) or a list (within a price limit or a
 * quantity the question sets).
 */
import type { ProductMatch } from '../commerce/service';
import { specFrame } from './compare-lines';
import {
	byStatedFigures,
	meetingConstraints,
	quantityConstraints,
} from './constraints';
import { contentWords, sameWord, signalsOf, type Analysis } from './analysis';
import {
	moneyText,
	type MoneyStyle,
	productCard,
	productPriceText,
	sharedOptions,
	priceSpan,
	priceText,
	stockText,
	variantLabel,
	reduced,
} from './cards';
import type { CatalogRetrieval } from './embedded-catalog';
import {
	handoffAction,
	productActions,
	sellable,
	text,
} from './embedded-actions';
import {
	factWords,
	figuresInShort,
	findSpec,
	namedAttribute,
	type SpecEvidence,
} from './evidence';
import { messages, type Lang } from './messages';
import { asksForOptions, listsOptions, optionLines } from './product-options';
import { ASKS_RESTOCK_DATE, availableFrom } from './product-restock';
import type { ResponderChunk, ResponderInput } from './responder';

/** A product or variation row, as commerce's service hands it out (its repo is private to it). */
type ProductRecord = ProductMatch[ 'product' ];

/** Whether a product or one of its options sells below its regular price now. */
function onSale( match: ProductMatch ): boolean {
	return [ match.product, ...match.variations ].some( reduced );
}

/** The parts of a question that asks several things ("how much is it and is it …?"). */
function questionParts( question: string ): string[] {
	return question
		.split( /\?\s+|\s+(?:and|und|sowie|plus)\s+(?=\p{L})/iu )
		.filter( ( part ) => contentWords( part ).length > 0 );
}

/** An attribute that answers yes or no ("Induction compatible: No", "Spülmaschinenfest: Ja"). */
const YES_OR_NO = /^[^:]{2,40}:\s*(yes|ja|no|nein)\b/iu;

/**
 * The quote, with its yes or no said in the shopper's language when the shop wrote it in
 * the other one: "Induction compatible: No (nein)".
 * @param quote
 * @param lang
 */
function withYesOrNo( quote: string, lang: Lang ): string {
	const answer = YES_OR_NO.exec( quote )?.[ 1 ]?.toLowerCase();
	if ( ! answer ) {
		return quote;
	}
	const yes = answer === 'yes' || answer === 'ja';
	const said = yes ? messages( lang ).yes : messages( lang ).no;
	return said.toLowerCase() === answer ? quote : `${ quote } (${ said })`;
}

/**
 * Product answers over the catalog retrieval, one per embedded responder.
 * @param catalog
 * @param catalog.moneyStyle
 * @param catalog.staleNote
 * @param catalog.searchNeed
 */
export function createProductAnswers( {
	moneyStyle,
	staleNote,
	searchNeed,
}: Pick< CatalogRetrieval, 'moneyStyle' | 'staleNote' | 'searchNeed' > ) {
	function chosenVariation( match: ProductMatch ): ProductRecord | null {
		return match.namedVariations.length === 1
			? match.namedVariations[ 0 ]!
			: null;
	}

	function priceSentence(
		match: ProductMatch,
		variation: ProductRecord | null,
		money: MoneyStyle,
		lang: Lang
	): string {
		const m = messages( lang );
		const name = match.product.name;
		if ( variation ) {
			const price = priceText( variation, money, lang );
			return price
				? `${ m.variantCosts( name, variantLabel( variation ), price ) } ${ m.variantStock( name, variantLabel( variation ), stockText( variation, lang ) ) }`
				: m.noPrice( `${ name } (${ variantLabel( variation ) })` );
		}
		// "in 17 cm" names the 17-cm pot in each colour: their price (or span), not the
		// whole product's.
		const shared = sharedOptions( match.namedVariations );
		if ( match.namedVariations.length > 1 && shared ) {
			const price = productPriceText(
				{ ...match, variations: match.namedVariations },
				money,
				lang
			);
			if ( price ) {
				return m.variantCosts( name, shared, price );
			}
		}
		const price = productPriceText( match, money, lang );
		return price ? m.productCosts( name, price ) : m.noPrice( name );
	}

	function stockSentence(
		match: ProductMatch,
		variation: ProductRecord | null,
		lang: Lang
	): string {
		const m = messages( lang );
		const { product, variations, namedVariations } = match;
		if ( variation ) {
			return m.variantStock(
				product.name,
				variantLabel( variation ),
				stockText( variation, lang )
			);
		}
		if ( namedVariations.length > 1 ) {
			return `${ product.name }:\n${ namedVariations
				.slice( 0, 8 )
				.map(
					( v ) =>
						`• ${ variantLabel( v ) }: ${ stockText( v, lang ) }`
				)
				.join( '\n' ) }`;
		}
		if ( product.kind === 'variable' && variations.length > 0 ) {
			const available = variations.filter( sellable );
			if ( available.length === 0 ) {
				return m.allOptionsOut( product.name );
			}
			return m.availableIn(
				product.name,
				`${ available
					.slice( 0, 12 )
					.map( ( v ) => variantLabel( v ) )
					.join( '; ' ) }${ available.length > 12 ? m.andMore : '' }`
			);
		}
		return m.productStock( product.name, stockText( product, lang ) );
	}

	/**
	 * The product's statements of what the question asks: one per part of a question that
	 * asks several things ("how many litres is it and how big is it?"), or the one for the
	 * whole question.
	 * @param question
	 * @param match
	 */
	function specQuotes(
		question: string,
		match: ProductMatch
	): SpecEvidence[] {
		const whole = findSpec( question, match.product, match.variations );
		const parts = questionParts( question );
		if ( parts.length < 2 ) {
			return whole ? [ whole ] : [];
		}
		const found = new Map< string, SpecEvidence >();
		for ( const part of parts ) {
			const spec = findSpec( part, match.product, match.variations );
			if ( spec && ! found.has( spec.quote ) ) {
				found.set( spec.quote, spec );
			}
		}
		// A part alone may say too little ("and how big is it?"): the whole question's
		// answer leads when the parts found less than two facts.
		if ( found.size >= 2 ) {
			return [ ...found.values() ].slice( 0, 3 );
		}
		return whole ? [ whole ] : [ ...found.values() ].slice( 0, 1 );
	}

	/**
	 * The product answer: the parts the question asks for (price, stock, a specification).
	 * @param input
	 * @param analysis
	 * @param match
	 * @param orFromPages when the question asks only a fact the product's data does not
	 *                    hold ("do your gift cards expire?"), the pages may: tried first, it
	 *                    yields its own answer and returns true, or yields nothing.
	 */
	async function* productAnswer(
		input: ResponderInput,
		analysis: Analysis,
		match: ProductMatch,
		orFromPages?: () => AsyncGenerator< ResponderChunk, boolean >
	): AsyncGenerator< ResponderChunk > {
		const { lang, signals } = analysis;
		const m = messages( lang );
		const variation = chosenVariation( match );
		const parts: string[] = [];
		let unknownSpec = false;
		// Decided by the evidence too: words beyond the product's name that ask no price or
		// stock ("Tell me the water tank of …", "Angabe zu Mahlscheiben") ask for a fact of it.
		// "in Größe 8", "in size M": the words name the variation, they ask no fact.
		const choosing = variation
			? variation.attributes.flatMap( ( a ) => contentWords( a.name ) )
			: [];
		const optionsAsked =
			! variation &&
			match.variations.length > 0 &&
			asksForOptions( analysis.searchText, match );
		const partsAsked = questionParts( analysis.searchText );
		// "How much is it and can I put it in the washing machine?": a part that asks no
		// price or stock asks a fact beside them.
		const factParts =
			signals.has( 'price' ) || signals.has( 'stock' )
				? partsAsked.filter( ( part ) => {
						const own = signalsOf( part );
						return (
							! own.has( 'price' ) &&
							! own.has( 'stock' ) &&
							factWords(
								part,
								match.product,
								match.variations
							).some(
								( w ) =>
									! choosing.some( ( c ) => sameWord( c, w ) )
							)
						);
					} )
				: [];
		const asksFact =
			! optionsAsked &&
			( signals.has( 'spec' ) ||
				factParts.length > 0 ||
				( ! signals.has( 'price' ) &&
					! signals.has( 'stock' ) &&
					( factWords(
						analysis.searchText,
						match.product,
						match.variations
					).filter(
						( w ) => ! choosing.some( ( c ) => sameWord( c, w ) )
					).length > 0 ||
						namedAttribute(
							analysis.searchText,
							match.product,
							match.variations
						) !== null ) ) );
		if ( asksFact ) {
			const quotes = specQuotes(
				factParts.length > 0 && ! signals.has( 'spec' )
					? factParts.join( ' ? ' )
					: analysis.searchText,
				match
			);
			if ( quotes.length > 0 ) {
				const said = quotes
					.map( ( { quote } ) => withYesOrNo( quote, lang ) )
					.join( '\n' );
				const inShort = figuresInShort(
					said,
					analysis.searchText,
					lang
				);
				const frame = specFrame(
					lang,
					match.product.name,
					quotes.map( ( { quote } ) => quote ),
					match.product.description
				);
				parts.push(
					`${ frame } ${ said }${ inShort ? ` ${ inShort }` : '' }`
				);
				if ( quotes.every( ( spec ) => spec.partial ) ) {
					parts.push( m.specPartly );
				}
			} else {
				unknownSpec = true;
			}
		}
		// "Habt ihr den Tonabnehmer Kessler Rigi?" names it and asks whether there is one.
		const wantsStock = signals.has( 'stock' ) || signals.has( 'search' );
		// "How much is it, and how much water does it hold?": the whole reads as a fact
		// question, its first part asks the price.
		const pricePart = partsAsked.some( ( part ) => {
			const own = signalsOf( part );
			return own.has( 'price' ) && ! own.has( 'spec' );
		} );
		const wantsPrice =
			signals.has( 'price' ) ||
			pricePart ||
			( ! wantsStock && ! asksFact );
		const money = await moneyStyle( input );
		// Each option with its price and stock answers both at once.
		const optionsListed =
			( optionsAsked || wantsPrice ) &&
			listsOptions( match, analysis.searchText, wantsPrice );
		if ( optionsListed ) {
			parts.push(
				`${ optionLines( match, money, lang ) }${ wantsStock ? await staleNote( input, m, lang ) : '' }`
			);
		} else if ( wantsPrice ) {
			parts.push( priceSentence( match, variation, money, lang ) );
		}
		// A variation's price sentence says its stock too: not twice.
		const stockLine =
			wantsStock && ! optionsListed
				? stockSentence( match, variation, lang )
				: null;
		if (
			stockLine &&
			! parts.some( ( part ) => part.includes( stockLine ) )
		) {
			parts.push(
				`${ stockLine }${ await staleNote( input, m, lang ) }`
			);
			// "When will it be back?": only the product's own text can say.
			const item = variation ?? match.product;
			const when =
				item.stockStatus === 'instock'
					? null
					: availableFrom( match, variation );
			if ( when ) {
				parts.push( m.availableFrom( match.product.name, when ) );
			} else if ( ASKS_RESTOCK_DATE.test( analysis.searchText ) ) {
				parts.push( m.restockUnknown );
			}
		}
		if ( unknownSpec && parts.length === 0 && orFromPages ) {
			if ( yield* orFromPages() ) {
				return;
			}
		}
		if ( unknownSpec ) {
			parts.push( m.specUnknown( match.product.name ) );
		}
		yield text( parts.join( '\n\n' ) );
		if ( ! unknownSpec || parts.length > 1 ) {
			yield {
				type: 'source',
				source: {
					title: match.product.name,
					url: match.product.permalink,
				},
			};
		}
		const cards =
			! variation && match.namedVariations.length > 1 && wantsStock
				? match.namedVariations
						.slice( 0, 3 )
						.map( ( v ) => productCard( match, money, v, lang ) )
				: [ productCard( match, money, variation, lang ) ];
		yield { type: 'products', products: cards };
		yield {
			type: 'quickActions',
			actions: productActions( match, variation, m ),
		};
	}

	function lowestPrice( match: ProductMatch ): number | null {
		return priceSpan( match )?.low ?? match.product.priceMinor;
	}

	/** Cheapest (or dearest) first when the question asks so; products without a price last. */
	function byPrice(
		matches: ProductMatch[],
		order: Analysis[ 'priceOrder' ]
	): ProductMatch[] {
		if ( ! order ) {
			return matches;
		}
		const sign = order === 'lowest' ? 1 : -1;
		const price = ( match: ProductMatch ) =>
			lowestPrice( match ) ?? Number.POSITIVE_INFINITY * sign;
		return [ ...matches ].sort(
			( a, b ) => sign * ( price( a ) - price( b ) )
		);
	}

	async function* listAnswer(
		input: ResponderInput,
		analysis: Analysis,
		matches: ProductMatch[]
	): AsyncGenerator< ResponderChunk > {
		const { lang, priceLimit } = analysis;
		const m = messages( lang );
		const money = await moneyStyle( input );
		// "at least 350 lumens", "-7 °C or colder": only products whose attribute says so.
		const meeting = byStatedFigures(
			meetingConstraints(
				analysis.onSale ? matches.filter( onSale ) : matches,
				quantityConstraints( analysis.searchText ),
				analysis.searchText
			),
			analysis.searchText
		);
		const affordable = byPrice(
			priceLimit === null
				? meeting
				: meeting.filter( ( match ) => {
						const minor = lowestPrice( match );
						return (
							minor !== null &&
							minor <= Math.round( priceLimit * 100 )
						);
					} ),
			analysis.priceOrder
		).slice( 0, 4 );
		if ( affordable.length === 0 && analysis.onSale ) {
			yield text( m.noneOnSale );
			yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
			return;
		}
		if ( affordable.length === 0 ) {
			const currency = matches[ 0 ]?.product.currency;
			yield text(
				priceLimit !== null && currency
					? m.noProductsUnder(
							moneyText(
								Math.round( priceLimit * 100 ),
								currency,
								money
							)
						)
					: m.noProducts
			);
			yield { type: 'quickActions', actions: [ handoffAction( m ) ] };
			return;
		}
		// A list of one variable product is that product: its options with their prices
		// ("welche Beträge gibt es beim Geschenkgutschein?").
		if (
			matches.length === 1 &&
			affordable[ 0 ]!.product.kind === 'variable' &&
			asksForOptions( analysis.searchText, affordable[ 0 ]! )
		) {
			yield* productAnswer( input, analysis, affordable[ 0 ]! );
			return;
		}
		const lines = affordable.map( ( match ) => {
			const price = productPriceText( match, money, lang );
			return `• ${ match.product.name }${ price ? ` — ${ price }` : '' }, ${ stockText( match.product, lang ) }`;
		} );
		yield text( `${ m.foundList }\n${ lines.join( '\n' ) }` );
		yield {
			type: 'products',
			products: affordable.map( ( match ) =>
				productCard( match, money, null, lang )
			),
		};
		yield {
			type: 'quickActions',
			actions: productActions( affordable[ 0 ]!, null, m ),
		};
	}

	/**
	 * The products serving a need the question states instead of naming a product
	 * ("something to keep my gecko warm"), as a list; false, saying nothing, when none do.
	 * @param input
	 * @param analysis
	 */
	async function* needAnswer(
		input: ResponderInput,
		analysis: Analysis
	): AsyncGenerator< ResponderChunk, boolean > {
		const served = await searchNeed( input, analysis );
		if ( served.length === 0 ) {
			return false;
		}
		yield* listAnswer( input, analysis, served );
		return true;
	}

	return { productAnswer, listAnswer, needAnswer };
}
