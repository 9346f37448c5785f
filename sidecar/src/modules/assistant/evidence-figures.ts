/**
 * The figures a question asks for and a text states: a duration, an amount of money, a time
 * of day. A passage or sentence stating the asked kind answers more of the question than one
 * that only shares its words.
 */
import { guessLanguage, unicodeBoundaries } from './analysis';
import { messages, type Lang, type Messages, type TimeUnit } from './messages';

/** A figure: a number, an amount or a duration ("60", "19,95", "2–3"). */
export const STATES_FIGURE = /\d/;

/**
 * "How much / how long / when / what does … cost / wie viel / wie lange / ab welchem …":
 * the answer is a figure, so the sentence stating one is worth more than one that only
 * shares the question's words (a table's header row "Zone Cost Delivery time").
 * @param question
 */
export function asksForAmount( question: string ): boolean {
	return unicodeBoundaries(
		/\b(how (much|long|many|soon|fast|quickly)|what (does|do|is|are|will)\b.*\b(cost|fee|fees|price|charge|minimum)|(cost|costs|fee|charge|charges|price) (of|for|to)|when|until|by when|minimum|wie (viel|viele|lange|schnell|teuer|hoch)|ab (welchem|wann|wie viel)|was kostet|kostet|kosten|gebühr\w*|bis wann|wann|innerhalb (welcher|wie)|mindest\w*)\b/i
	).test( question );
}

/** The kind of figure a question wants: a duration, an amount of money, a time of day. */
export type FigureKind = 'duration' | 'money' | 'time';

const ASKED_FIGURE: Array< [ FigureKind, RegExp ] > = [
	[
		'time',
		unicodeBoundaries(
			/\b(what time|by what time|until what time|cut-?off|(order|ordered|orders) (before|by|until)|\d{1,2}\s?(am|pm)|um wie viel uhr|bis wie viel uhr|uhrzeit|bis \d{1,2}(:\d\d)? uhr|vor \d{1,2}(:\d\d)? uhr)\b/i
		),
	],
	[
		'duration',
		unicodeBoundaries(
			/\b(how long|how many (days|weeks|months|years|hours)|how soon|how quickly|how fast|within how|wie lange?|wie viele (tage|wochen|monate|jahre|stunden)|wie schnell|innerhalb welcher|bis wann|wann (bekomme|erhalte|kommt|kriege)|when (will|do|would) (i|we) (get|receive))\b/i
		),
	],
	[
		'money',
		unicodeBoundaries(
			/\b(how much|cost|costs|fee|fees|charge|charges|price|prices|(what|which|minimum) (amount|order value)|was kostet|kostet|kosten|gebühr\w*|preis\w*|wie teuer|wie viel|(welchem|welcher|welchen) (betrag|bestellwert|warenwert)|mindestbestellwert)\b/i
		),
	],
];

export const FIGURE_PATTERNS: Record< FigureKind, RegExp > = {
	duration: unicodeBoundaries(
		/\d+\s*(?:[–-]\s*\d+\s*|bis\s+\d+\s*|to\s+\d+\s*)?(werktag\w*|arbeitstag\w*|tag\w*|days?|business days|working days|woche\w*|weeks?|monat\w*|months?|jahr\w*|years?|stunden?|hours?|minuten?|minutes?)\b/i
	),
	money: /[€$£]\s?\d|\b(?:chf|fr\.)\s?\d|\d\s?(?:€|\$|eur\b|euro\b|usd\b|dollars?\b|chf\b|franken\b)/i,
	time: /\b\d{1,2}[:.]\d{2}\b|\b\d{1,2}\s?(uhr|am|pm|a\.m\.|p\.m\.)(?![\p{L}])/iu,
};

/** What kind of figure the question asks for, if any ("how long" a duration …). */
export function askedFigure( question: string ): FigureKind | null {
	return (
		ASKED_FIGURE.find( ( [ , pattern ] ) =>
			pattern.test( question )
		)?.[ 0 ] ?? null
	);
}

/** Every kind of figure a question asks for ("what does it cost and how long does it take"). */
export function askedFigures( question: string ): FigureKind[] {
	return ASKED_FIGURE.filter( ( [ , pattern ] ) =>
		pattern.test( question )
	).map( ( [ kind ] ) => kind );
}

/** Whether a text states a figure, of the asked kind when one is asked. */
export function statesFigure( text: string, kind: FigureKind | null ): boolean {
	return kind
		? FIGURE_PATTERNS[ kind ].test( text )
		: STATES_FIGURE.test( text );
}

/** Whether a text states an amount of money ("9,90 €", "$95.00"). */
export function statesMoney( text: string ): boolean {
	return FIGURE_PATTERNS.money.test( text );
}

/** A unit of time as either language writes it, to the unit it is. */
const TIME_UNIT_WORDS: Array< [ RegExp, TimeUnit ] > = [
	[
		/^(?:working|business)\s+days?$|^(?:werk|arbeits)tag\w*$/i,
		'workingDay',
	],
	[ /^minuten?$|^minutes?$/i, 'minute' ],
	[ /^stunden?$|^hours?$/i, 'hour' ],
	[ /^tag\w*$|^days?$/i, 'day' ],
	[ /^woche\w*$|^weeks?$/i, 'week' ],
	[ /^monat\w*$|^months?$/i, 'month' ],
	[ /^jahr\w*$|^years?$/i, 'year' ],
];

const DURATION_GLOBAL = unicodeBoundaries(
	/(\d+(?:[.,]\d+)?(?:\s*(?:[–-]|bis|to)\s*\d+)?)\s*((?:working|business)\s+days?|werktag\w*|arbeitstag\w*|tag\w*|days?|woche\w*|weeks?|monat\w*|months?|jahr\w*|years?|stunden?|hours?|minuten?|minutes?)\b/giu
);
const MONEY_GLOBAL =
	/[€$£]\s?\d[\d.,']*\d|\b(?:CHF|Fr\.)\s?\d[\d.,']*|\d[\d.,']*\s?(?:€|EUR\b|CHF\b)/giu;
const PERCENT_GLOBAL = /\d+(?:[.,]\d+)?\s?%/gu;

/**
 * The figures of a text said in the reply's language: durations with their unit
 * translated ("30 Tagen" → "30 days"), amounts and percentages as written. Those of the
 * asked kind when it states any, else every duration, amount and percentage; at most four.
 * @param text      a quote in the other language
 * @param kind      the kind of figure asked, if any
 * @param m         the reply's catalog
 * @param replyLang
 */
export function figuresSaidIn(
	text: string,
	kind: FigureKind | null,
	m: Pick< Messages, 'timeUnits' >,
	replyLang: 'en' | 'de'
): string[] {
	const durations = [ ...text.matchAll( DURATION_GLOBAL ) ].flatMap(
		( [ , amount, unitWord ] ) => {
			const unit = TIME_UNIT_WORDS.find( ( [ pattern ] ) =>
				pattern.test( unitWord!.replace( /\s+/g, ' ' ) )
			)?.[ 1 ];
			if ( ! unit ) {
				return [];
			}
			const [ one, several ] = m.timeUnits[ unit ];
			const number = amount!
				.replace( /\s*(?:bis|to)\s*/u, '–' )
				.replace( /\s*[–-]\s*/u, '–' );
			return [ `${ number } ${ number === '1' ? one : several }` ];
		}
	);
	const money = text.match( MONEY_GLOBAL ) ?? [];
	const percent = ( text.match( PERCENT_GLOBAL ) ?? [] ).map( ( p ) =>
		replyLang === 'de' ? p.replace( /(\d)%/, '$1 %' ) : p
	);
	const byKind: Partial< Record< FigureKind, string[] > > = {
		duration: durations,
		money,
	};
	const ofKind = ( kind && byKind[ kind ] ) || [];
	const chosen =
		ofKind.length > 0 ? ofKind : [ ...durations, ...money, ...percent ];
	return [ ...new Set( chosen.map( ( f ) => f.trim() ) ) ].slice( 0, 4 );
}

/**
 * "Kurz gesagt: 60 Minuten." for shop text in the other language than the reply's: its
 * figures said in the shopper's language; empty for text in the reply's language or
 * without figures.
 * @param text     the quoted shop text (a page's sentences, a product's information)
 * @param question the shopper's question (the kind of figure it asks)
 * @param lang     the reply's language
 */
export function figuresInShort(
	text: string,
	question: string,
	lang: Lang
): string {
	const textLang = guessLanguage( text );
	if ( textLang === null || textLang === lang ) {
		return '';
	}
	const m = messages( lang );
	const figures = figuresSaidIn( text, askedFigure( question ), m, lang );
	// More figures than a gist holds (a price list, every rule of a section) say nothing
	// in short: the quote itself is the answer.
	return figures.length > 0 && figures.length <= MAX_FIGURES_IN_SHORT
		? m.inShort( figures.join( '; ' ) )
		: '';
}

/** A gist names at most this many figures. */
const MAX_FIGURES_IN_SHORT = 2;
