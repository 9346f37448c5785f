/**
 * Comparisons: "X vs Y", "Was ist leichter: X oder Y?", "What's the difference between X
 * and Y?". Each product is found from its own part of the question; the answer sets the
 * asked fact (a comparative names it: "lighter" is the weight) or, when only the
 * difference is asked, the attributes whose values differ, beside each product's price —
 * every figure quoted from the product's own data.
 */
import type { ProductMatch } from '../commerce/service';
import {
	analyze,
	contentWords,
	sameWord,
	signalsOf,
	type Analysis,
} from './analysis';
import { productCard, productPriceText, sharedOptions } from './cards';
import { comparedFrame } from './compare-lines';
import type { CatalogRetrieval } from './embedded-catalog';
import { text } from './embedded-actions';
import { findSpec } from './evidence';
import { ASKING_WORDS } from './evidence-words';
import { messages } from './messages';
import {
	rankedOfPart,
	settleChoices,
	sharesKind,
	siblingOfPart,
} from './compare-parts';
import { nameStrength, nameVariations } from './product-naming';
import type { ResponderChunk, ResponderInput } from './responder';

/** Words that ask for a comparison whatever else the question says. */
const COMPARE_WORDS =
	/(?:^|[^\p{L}])(vs\.?|versus|compare\w*|comparison|difference\w*|differ|different|worth the|vergleich\w*|unterschied\w*|unterscheid\w*|jeweils)(?![\p{L}])/iu;

/** "which has more megapixels", "was hat weniger Koffein": more or less of any fact. */
const MORE_OR_LESS =
	/(?:^|[^\p{L}])(more|less|fewer|mehr|weniger)(?![\p{L}])/iu;

/** "Which …", "… or …": with a comparative, a choice between the products named. */
const CHOICE =
	/(?:^|[^\p{L}])(which|what|welche[rsm]?|or|oder|than|als)(?![\p{L}])/iu;

/**
 * Comparatives and the fact they compare ('' for the price, which every answer states).
 * Their forms in both languages, so an English question finds a German attribute.
 */
const COMPARATIVES: Array< [ RegExp, string ] > = [
	[
		/\b(holds? more weight|carries more|takes more weight|more load|trägt mehr|mehr (?:gewicht )?(?:tragen|aushalten)|höhere traglast)\b/iu,
		'load capacity max load maximum load Traglast Belastbarkeit Tragkraft',
	],
	[ /\b(lighter|heavier|leichter|schwerer)\b/iu, 'weight Gewicht' ],
	[
		/\b(cheaper|pricier|more expensive|less expensive|günstiger|billiger|teurer|preiswerter)\b/iu,
		'',
	],
	[
		/\b(holds? more|more capacity|fasst mehr|mehr (?:volumen|inhalt|platz))\b/iu,
		'capacity volume Fassungsvermögen Volumen',
	],
	[
		/\b(bigger|larger|smaller|größer|grösser|kleiner)\b/iu,
		'size dimensions Größe Abmessungen',
	],
	[
		/\b(longer|länger)\b/iu,
		'battery life runtime length Akkulaufzeit Laufzeit Länge',
	],
	[
		/\b(more powerful|stronger|stärker|kräftiger)\b/iu,
		'power output Leistung',
	],
	[
		/\b(brighter|more light|heller|mehr licht)\b/iu,
		'brightness lumen light output Lichtstrom Helligkeit',
	],
	[ /\b(taller|higher|höher)\b/iu, 'height Höhe' ],
	[ /\b(wider|breiter)\b/iu, 'width Breite' ],
	[ /\b(deeper|tiefer)\b/iu, 'depth frequency Tiefe Frequenzgang' ],
	[
		/\b(quieter|louder|leiser|lauter)\b/iu,
		'noise volume loudness Lautstärke Geräusch',
	],
	[ /\b(warmer|wärmer)\b/iu, 'warmth temperature comfort Temperatur' ],
	[ /\b(faster|quicker|schneller)\b/iu, 'speed Geschwindigkeit' ],
];

/** Where a comparison splits into the parts that each name one product. */
const PARTS =
	/\s+(?:vs\.?|versus|or|oder|and|und|&|against|gegen|than|als|compared (?:to|with))\s+|[?:;,–—]|\s-\s/iu;

/** Words of a product's name tried in turn as the maker another part names. */
const MAX_SWAPS = 4;

/**
 * The first product's name with each of its words the question holds swapped for the
 * part's words in turn ("York Half Sheet Pan" and "von Multnomah": "Multnomah Half Sheet
 * Pan", "York Multnomah Sheet Pan" …).
 * @param model    the first product named
 * @param part
 * @param question
 */
export function swappedNames(
	model: ProductMatch,
	part: string,
	question: string
): string[] {
	const own = contentWords( part ).join( ' ' );
	const name = contentWords( model.product.name );
	const asked = contentWords( question );
	return name
		.filter( ( word ) => asked.some( ( q ) => sameWord( q, word ) ) )
		.slice( 0, MAX_SWAPS )
		.map( ( word ) =>
			name.map( ( w ) => ( w === word ? own : w ) ).join( ' ' )
		);
}

/** Attribute lines shown when only "the difference" is asked. */
const DIFFERENCES_SHOWN = 4;

/** Whether the question asks to compare (it still needs two named products to be one). */
export function asksToCompare( question: string ): boolean {
	return (
		COMPARE_WORDS.test( question ) ||
		( CHOICE.test( question ) &&
			( MORE_OR_LESS.test( question ) ||
				COMPARATIVES.some( ( [ pattern ] ) =>
					pattern.test( question )
				) ) ) ||
		bareChoice( question )
	);
}

/** The most words of a bare choice ("Steingut-Teekanne Iserbrook oder Volksdorf?"). */
const BARE_CHOICE_WORDS = 6;

/**
 * "X or Y?" and nothing else: a choice between two products, which a comparison answers
 * (price and what differs).
 * @param question
 */
function bareChoice( question: string ): boolean {
	return (
		/(?:^|[^\p{L}])(or|oder)(?![\p{L}])/iu.test( question ) &&
		contentWords( question ).length <= BARE_CHOICE_WORDS &&
		signalsOf( question ).size === 0
	);
}

/**
 * The facts to compare: each comparative's words, and what the question says beyond the
 * products' names ("which one is closed-back"). None when only the price or the difference
 * is asked.
 * @param question
 * @param products
 */
function comparedFacts( question: string, products: ProductMatch[] ): string[] {
	const named = COMPARATIVES.filter( ( [ pattern ] ) =>
		pattern.test( question )
	).map( ( [ , words ] ) => words );
	const nameWords = products.flatMap( ( match ) =>
		contentWords( match.product.name )
	);
	const everywhere = ( pattern: RegExp ) =>
		new RegExp( pattern.source, `${ pattern.flags }g` );
	const rest = contentWords(
		COMPARATIVES.reduce(
			( left, [ pattern ] ) => left.replace( everywhere( pattern ), ' ' ),
			question
		)
			.replace( everywhere( COMPARE_WORDS ), ' ' )
			.replace( everywhere( CHOICE ), ' ' )
			.replace( everywhere( MORE_OR_LESS ), ' ' )
	).filter(
		( word ) =>
			! ASKING_WORDS.has( word ) &&
			! nameWords.some( ( n ) => sameWord( n, word ) ) &&
			! COMPARATIVES.some( ( [ pattern ] ) => pattern.test( word ) )
	);
	// Each comparative is a fact of its own, and so are the other words ("closed-back, and
	// which is lighter": the design and the weight).
	return [ ...named, rest.join( ' ' ) ].filter( ( fact ) => fact.trim() );
}

/** "Material: cast iron" lines of the attributes both products have with other values. */
function differences( a: ProductMatch, b: ProductMatch ): string[][] {
	const valueOf = ( match: ProductMatch, name: string ) =>
		match.product.attributes
			.find( ( x ) => x.name.toLowerCase() === name.toLowerCase() )
			?.options.join( ', ' );
	const differing = a.product.attributes
		.map( ( attribute ) => attribute.name )
		.filter( ( name ) => {
			const other = valueOf( b, name );
			return other !== undefined && other !== valueOf( a, name );
		} )
		.slice( 0, DIFFERENCES_SHOWN );
	return [ a, b ].map( ( match ) =>
		differing.map( ( name ) => `${ name }: ${ valueOf( match, name ) }` )
	);
}

/**
 * The product whose part holds most of its name: the one whose kind a part naming only a
 * maker means. The first on a tie.
 * @param parts
 * @param choices each part's product, if any
 */
function mostNamed(
	parts: string[],
	choices: Array< ProductMatch | null >
): ProductMatch | undefined {
	let best: ProductMatch | undefined;
	let bestShare = -1;
	choices.forEach( ( choice, index ) => {
		const share = choice
			? nameStrength( choice, parts[ index ] ?? '' ).share
			: -1;
		if ( choice && share > bestShare ) {
			best = choice;
			bestShare = share;
		}
	} );
	return best;
}

/**
 * Comparison answers over the catalog retrieval, one per embedded responder.
 * @param catalog
 */
export function createComparisons(
	catalog: Pick< CatalogRetrieval, 'moneyStyle' | 'searchCatalog' >
) {
	/**
	 * The products the parts of the question name, at most three, each once: a part's best
	 * product is the one whose name the part and the whole question hold most of ("… von
	 * York oder von Multnomah": the Multnomah sheet pan, not the Multnomah Dutch oven).
	 * @param input
	 * @param analysis
	 */
	async function namedProducts(
		input: ResponderInput,
		analysis: Analysis
	): Promise< ProductMatch[] > {
		const question = analysis.searchText;
		// A comparative names no product ("which gives more light" is no "Night Light").
		const parts = question
			.split( PARTS )
			.map( ( part ) =>
				COMPARATIVES.reduce(
					( rest, [ pattern ] ) =>
						rest.replace(
							new RegExp( pattern.source, `${ pattern.flags }g` ),
							' '
						),
					part ?? ''
				)
			)
			.filter( ( part ) => contentWords( part ).length > 0 );
		if ( parts.length < 2 ) {
			return [];
		}
		const searches = await Promise.all(
			[ question, ...parts ].map( ( part ) =>
				catalog.searchCatalog(
					input,
					analyze( part, { locale: input.locale } )
				)
			)
		);
		const pool = new Map< string, ProductMatch >();
		for ( const match of searches.flat() ) {
			pool.set( match.product.externalId, match );
		}
		const choices = settleChoices(
			parts,
			parts.map( ( part ) => rankedOfPart( pool, part, question ) )
		);
		// "Half Sheet Pan von York oder von Multnomah": a part that names the maker only
		// means the kind of the product another part names most fully ("the Withington and
		// the Deansgate CFexpress cards": the card). Its product is that name with the maker
		// swapped: each word of it the question holds is tried in turn.
		const model = mostNamed( parts, choices );
		for ( const [ index, part ] of parts.entries() ) {
			const choice = choices[ index ] ?? null;
			if (
				! model ||
				choice === model ||
				sharesKind( choice, model, part )
			) {
				continue;
			}
			const swapped = swappedNames( model, part, question );
			for ( const candidate of swapped ) {
				for ( const match of await catalog.searchCatalog(
					input,
					analyze( candidate, { locale: input.locale } )
				) ) {
					pool.set( match.product.externalId, match );
				}
			}
			choices[ index ] =
				rankedOfPart(
					pool,
					part,
					`${ question } ${ swapped.join( ' ' ) }`
				).find(
					( x ) =>
						x.match.product.externalId !== model.product.externalId
				)?.match ??
				siblingOfPart( pool, part, model, question ) ??
				choice;
		}
		const chosen = new Map< string, ProductMatch >();
		for ( const choice of choices ) {
			if ( choice ) {
				chosen.set( choice.product.externalId, choice );
			}
		}
		return [ ...chosen.values() ].slice( 0, 3 );
	}

	/**
	 * The comparison, when the question asks for one and names two products or more;
	 * false (nothing said) otherwise.
	 * @param input
	 * @param analysis
	 */
	async function* compareAnswer(
		input: ResponderInput,
		analysis: Analysis
	): AsyncGenerator< ResponderChunk, boolean > {
		if ( ! asksToCompare( analysis.searchText ) ) {
			return false;
		}
		const products = await namedProducts( input, analysis );
		if ( products.length < 2 ) {
			return false;
		}
		const { lang } = analysis;
		const m = messages( lang );
		const money = await catalog.moneyStyle( input );
		const asked = comparedFacts( analysis.searchText, products );
		// Per product, the quote answering each asked fact (null where it states none).
		const found = products.map( ( match ) =>
			asked.map(
				( fact ) =>
					findSpec( fact, match.product, match.variations )?.quote ??
					null
			)
		);
		// A fact neither product states is left out; words that name no fact of either
		// product ("is it worth the extra money"): the difference is what is asked.
		const stated = asked
			.map( ( _, index ) => index )
			.filter( ( index ) => found.some( ( quotes ) => quotes[ index ] ) );
		const factFound = stated.length > 0;
		const facts = found.map( ( quotes ) =>
			factFound
				? [
						...new Set(
							stated.map(
								( index ) => quotes[ index ] ?? m.compareNoFact
							)
						),
					]
				: null
		);
		const [ first, second ] = products;
		const differing =
			factFound || products.length !== 2
				? null
				: differences( first!, second! );
		const shown: string[] = [];
		const lines = products.map( ( match, index ) => {
			// "which is cheaper for 100 g?": the price of the option the question names.
			nameVariations( match, analysis.searchText );
			const option = sharedOptions( match.namedVariations );
			const price =
				option && match.namedVariations.length < match.variations.length
					? `${ option }: ${ productPriceText(
							{ ...match, variations: match.namedVariations },
							money,
							lang
						) }`
					: productPriceText( match, money, lang );
			const details = facts[ index ] ?? differing?.[ index ] ?? [];
			shown.push(
				...details.filter( ( line ) => line !== m.compareNoFact )
			);
			return `• ${ match.product.name }${ price ? ` — ${ price }` : '' }${ details.length ? `\n  ${ details.join( '\n  ' ) }` : '' }`;
		} );
		const frame = comparedFrame(
			lang,
			shown,
			products.map( ( match ) => match.product.description )
		);
		yield text( `${ frame }\n${ lines.join( '\n' ) }` );
		for ( const match of products ) {
			yield {
				type: 'source',
				source: {
					title: match.product.name,
					url: match.product.permalink,
				},
			};
		}
		yield {
			type: 'products',
			products: products.map( ( match ) =>
				productCard( match, money, null, lang )
			),
		};
		return true;
	}

	return { compareAnswer };
}
