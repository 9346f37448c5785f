/**
 * The bilingual shop vocabulary: concepts a shopper asks about on any shop, each with the
 * words that name it in English and German. Generic on purpose (no words of a particular
 * shop): a question in one language finds a page written in the other because both map to
 * the same concept. Single words only; a phrase ("opening hours") is covered by its words.
 * German nouns are capitalised: only nouns serve as compound roots ("Versandkosten"
 * contains Versand and Kosten; a verb such as erreichen must not match "Österreich").
 * Add a word here rather than special-casing it in a caller.
 */
import { ARRANGEMENT_CONCEPTS } from './lexicon-arrangements';
import { PRODUCT_CONCEPTS } from './lexicon-products';
import { SHOP_PAGE_CONCEPTS } from './lexicon-shop-pages';
import { TOPIC_CONCEPTS } from './lexicon-topics';

export interface ConceptEntry {
	en: string[];
	de: string[];
}

/**
 * Every concept, in this order: the service pages' topics (lexicon-topics.ts), the other
 * pages' topics (lexicon-shop-pages.ts), the shop's other arrangements
 * (lexicon-arrangements.ts), then the product words (lexicon-products.ts).
 */
export const LEXICON = {
	...TOPIC_CONCEPTS,
	...SHOP_PAGE_CONCEPTS,
	...ARRANGEMENT_CONCEPTS,
	...PRODUCT_CONCEPTS,
} satisfies Record< string, ConceptEntry >;

export type Concept = keyof typeof LEXICON;
