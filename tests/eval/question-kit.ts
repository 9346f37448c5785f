/**
 * How a question set still written as TypeScript writes a question down: `question` with its
 * own id, or `numberedQuestions`, whose `q` numbers each question by its class and place in
 * the set ("cc-price-1"). Most hand-written sets are stored as JSON instead and read by
 * question-data.ts; this module is kept for the blind sets' kits (dev10–dev13), which import it.
 */
import { NOT_FOUND } from './phrases';
import type { EvalQuestion, Matcher } from './types';

/**
 * One eval question; `before` only when the conversation has earlier messages.
 * @param id             unique id within the set
 * @param category       the question class
 * @param lang           the shopper's language
 * @param text           what the shopper writes
 * @param mustContain    facts the reply must contain
 * @param mustNotContain facts the reply must not contain
 * @param before         earlier messages of the same conversation
 */
export function question(
	id: string,
	category: string,
	lang: 'en' | 'de',
	text: string,
	mustContain: Matcher[],
	mustNotContain: Matcher[] = [],
	before?: string[]
): EvalQuestion {
	return {
		id,
		category,
		lang,
		text,
		mustContain,
		mustNotContain,
		...( before ? { before } : {} ),
	};
}

/**
 * A set filled in order: `q` appends a question with the id `<prefix>-<class>-<n>` (n counts
 * the whole set from 1) and, unless told otherwise, the reply must not say "not found";
 * `ofClass( 'price' ).en( … )` does the same for one class.
 * @param prefix the set's id prefix, "cc"
 */
export function numberedQuestions( prefix: string ) {
	const questions: EvalQuestion[] = [];
	const q = (
		category: string,
		lang: 'en' | 'de',
		text: string,
		mustContain: Matcher[],
		mustNotContain: Matcher[] = NOT_FOUND,
		before?: string[]
	): void => {
		questions.push(
			question(
				`${ prefix }-${ category }-${ questions.length + 1 }`,
				category,
				lang,
				text,
				mustContain,
				mustNotContain,
				before
			)
		);
	};
	/**
	 * `en` and `de` append a question of one class, so a section of a set states its class
	 * once instead of on every question; the rest as `q`.
	 * @param category the question class
	 */
	const ofClass = ( category: string ) => {
		const inLanguage =
			( lang: 'en' | 'de' ) =>
			(
				text: string,
				mustContain: Matcher[],
				mustNotContain: Matcher[] = NOT_FOUND,
				before?: string[]
			): void =>
				q( category, lang, text, mustContain, mustNotContain, before );
		return { en: inLanguage( 'en' ), de: inLanguage( 'de' ) };
	};
	return { questions, q, ofClass };
}
