/**
 * How a reply is scored, the same for every set: expected facts present (any equivalent
 * form), unwanted ones absent, no price and no stock level that is not in the shop's data,
 * and — when the question has a language — a reply in the shopper's language.
 */
import type { EvalQuestion, Matcher } from './types';

/** Replies use no-break and narrow no-break spaces ("59,90 €"); compare them as spaces. */
export function normalise( text: string ): string {
	return text
		.replace( /[\u00a0\u202f\u2009]/g, ' ' )
		.replace( /\u2011/g, '-' );
}

function matchesOne( text: string, needle: string | RegExp ): boolean {
	if ( needle instanceof RegExp ) {
		return needle.test( text );
	}
	const wanted = normalise( needle ).toLowerCase();
	if ( /^\d+$/.test( wanted ) ) {
		// A bare number must stand alone: "3" is not found in "13" or in "3,90", but
		// "75" is found in "75,00 €" (the same whole number).
		return new RegExp(
			`(?<![\\d.,])${ wanted }(?!\\d)(?![.,](?!00(?!\\d))\\d)`
		).test( text );
	}
	return text.includes( wanted );
}

export function matches( reply: string, matcher: Matcher ): boolean {
	const text = normalise( reply ).toLowerCase();
	const options = Array.isArray( matcher ) ? matcher : [ matcher ];
	return options.some( ( option ) => matchesOne( text, option ) );
}

export function describeMatcher( matcher: Matcher ): string {
	const options = Array.isArray( matcher ) ? matcher : [ matcher ];
	return options.map( String ).join( ' | ' );
}

/**
 * Money amounts written in a reply, in cents, whatever the format: €59.90, 59,90 €,
 * € 1.299,00, 1,299.00 EUR, 60 Euro — and in dollars for the US shop: $1,234.50,
 * USD 42.00, 40 Dollar, 40 dollars, 20 bucks — in pounds for the UK shop: £1,234.50, GBP 12,
 * 12,50 £, 20 quid ("40 pounds" is left alone: the UK shop also weighs in lbs) — and in Swiss
 * francs: CHF 1'249.00, Fr. 79.90, 60 Franken.
 * @param text
 */
export function moneyAmounts( text: string ): number[] {
	const clean = normalise( text );
	const number = String.raw`\d{1,3}(?:[.,'’]\d{3})+(?:[.,]\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
	const pattern = new RegExp(
		String.raw`(?:€|EUR|\$|USD|£|GBP|\bCHF|\bSFr\.?|\bFr\.)\s?(${ number })|(${ number })\s?(?:€|EUR\b|Euros?\b|USD\b|Dollars?\b|bucks?\b|quid\b|£|GBP\b|CHF\b|Franken\b|Fr\.)`,
		'gi'
	);
	return [ ...clean.matchAll( pattern ) ].map( ( m ) =>
		parseAmount( ( m[ 1 ] ?? m[ 2 ] )! )
	);
}

/** "1.299,00" → 129900, "1,299.00" → 129900, "59,9" → 5990, "60" → 6000. */
export function parseAmount( raw: string ): number {
	const decimals = /[.,](\d{1,2})$/.exec( raw );
	const whole = ( decimals ? raw.slice( 0, decimals.index ) : raw ).replace(
		/[.,'’]/g,
		''
	);
	const cents = decimals ? decimals[ 1 ]!.padEnd( 2, '0' ) : '00';
	return Number( whole ) * 100 + Number( cents );
}

/**
 * Stock levels a reply states: "(12 left)", "12 in stock", "12 available", "noch 12",
 * "12 Stück auf Lager", "12 vorrätig".
 * @param text
 */
export function stockCounts( text: string ): string[] {
	const clean = normalise( text );
	const patterns = [
		/\b(\d+) (?:left|in stock|available|units? in stock)\b/gi,
		/\bnoch (\d+)\b(?! ?(?:tage|werktage|wochen|monate|stunden|minuten|jahre))/gi,
		/\b(\d+) (?:stück |stk\.? )?(?:auf lager|vorrätig|verfügbar)\b/gi,
	];
	return patterns.flatMap( ( pattern ) =>
		[ ...clean.matchAll( pattern ) ].map( ( m ) => m[ 1 ]! )
	);
}

const ENGLISH_WORDS = new Set(
	(
		'the is are and you your we our of for with this that can be has have not to at ' +
		'on from please it would there here what which sorry i me my costs cost about ' +
		'page found left sold out order shipping stock price yes no if would like'
	).split( ' ' )
);
const GERMAN_WORDS = new Set(
	(
		'der die das und ist sind sie wir ihr ihre ihrer unsere unserer unser für mit ' +
		'von zu nicht ein eine einen auf bei oder auch gerne gern leider können kann ' +
		'kostet kosten den dem des es ich wie noch uns bitte sich werden wird haben hat ' +
		'kein keine zur zum seite ausverkauft vorrätig lager stück bestellung je nach ' +
		'ausführung gefunden hier habe möchte'
	).split( ' ' )
);

/** Counts of English and German function words: enough to tell the reply's language. */
export function languageScores( text: string ): { en: number; de: number } {
	const words =
		normalise( text )
			.toLowerCase()
			.match( /\p{L}+/gu ) ?? [];
	return {
		en: words.filter( ( w ) => ENGLISH_WORDS.has( w ) ).length,
		de: words.filter( ( w ) => GERMAN_WORDS.has( w ) ).length,
	};
}

/**
 * A German question needs a German reply (more German than English words). An English one
 * needs an English frame: quoting a German page inside it is fine, a German-only reply is not.
 * @param reply
 * @param lang
 */
export function inLanguage( reply: string, lang: 'en' | 'de' ): boolean {
	const { en, de } = languageScores( reply );
	if ( lang === 'de' ) {
		return de >= 1 && de > en;
	}
	return en >= 1 && ( en >= de || en >= 3 );
}

/**
 * HTML left in a reply: an undecoded entity (&szlig;, &#8211;), a tag, or the tail of a tag
 * cut at a ">" inside a quoted attribute value (` Kundenservice">`).
 * @param reply
 */
export function rawMarkup( reply: string ): string[] {
	return (
		reply.match(
			/&(?:[a-z]+|#\d+|#x[0-9a-f]+);|<\/?[a-z][^>]*>|[\w\s]"\s*\/?>|\b(?:title|class|href|data-[a-z]+)="/gi
		) ?? []
	);
}

export interface KnownFacts {
	/** Every amount in the shop's data (prices, order totals, amounts on its pages), cents. */
	amounts: Set< number >;
	/** Every stock quantity the shop manages. */
	stock: Set< string >;
}

export interface Score {
	passed: boolean;
	missing: string[];
	unwanted: string[];
	inventedPrices: string[];
	inventedStock: string[];
	wrongLanguage: boolean;
	/** Undecoded entities or tags shown to the shopper. */
	markup: string[];
}

export function scoreReply(
	question: EvalQuestion,
	reply: string,
	known: KnownFacts
): Score {
	const missing = question.mustContain
		.filter( ( m ) => ! matches( reply, m ) )
		.map( describeMatcher );
	const unwanted = question.mustNotContain
		.filter( ( m ) => matches( reply, m ) )
		.map( describeMatcher );
	// An amount the shopper named (a budget) is quoted, not invented.
	const asked = new Set(
		moneyAmounts(
			[ ...( question.before ?? [] ), question.text ].join( ' ' )
		)
	);
	const inventedPrices = moneyAmounts( reply )
		.filter(
			( cents ) => ! known.amounts.has( cents ) && ! asked.has( cents )
		)
		.map( ( cents ) => ( cents / 100 ).toFixed( 2 ) );
	const inventedStock = stockCounts( reply ).filter(
		( n ) => ! known.stock.has( n )
	);
	const wrongLanguage = question.lang
		? ! inLanguage( reply, question.lang )
		: false;
	const markup = rawMarkup( reply );
	return {
		passed:
			missing.length === 0 &&
			unwanted.length === 0 &&
			inventedPrices.length === 0 &&
			inventedStock.length === 0 &&
			markup.length === 0 &&
			! wrongLanguage,
		missing,
		unwanted,
		inventedPrices,
		inventedStock,
		wrongLanguage,
		markup,
	};
}
