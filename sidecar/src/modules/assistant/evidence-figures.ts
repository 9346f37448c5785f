/**
 * The figures a question asks for and a text states: a duration, an amount of money, a time
 * of day. A passage or sentence stating the asked kind answers more of the question than one
 * that only shares its words.
 */
import { unicodeBoundaries } from './analysis';

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
			/\b(how much|cost|costs|fee|fees|charge|charges|price|prices|was kostet|kostet|kosten|gebühr\w*|preis\w*|wie teuer|wie viel)\b/i
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
