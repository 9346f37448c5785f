/** The shape of an eval question, shared by every set (dev, frozen, generated). */

/**
 * One expected fact: a string (case-insensitive substring; a string of digits only must
 * stand as a whole number), a regular expression, or a list of those where any one will do
 * (equivalent forms: "60 Tage" or "60 days").
 */
export type Matcher = string | RegExp | Array< string | RegExp >;

export interface EvalQuestion {
	id: string;
	/** The question class: price, spec, stock, variation, order, policy … */
	category: string;
	/** The shopper's language; when set, the reply must be in it. */
	lang?: 'en' | 'de';
	/** Earlier shopper messages in the same conversation (multi-turn). */
	before?: string[];
	text: string;
	pageContext?: Record< string, string >;
	mustContain: Matcher[];
	mustNotContain: Matcher[];
}
