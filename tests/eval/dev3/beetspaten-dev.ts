/**
 * The DEV set for Beet & Spaten (tests/doubles/woocommerce/beetspaten.json), a GERMAN-language
 * garden and tool shop in Mannheim priced in euro ("1.234,50 €"). About two thirds of the
 * shoppers ask in German, a third in English: English shoppers must get an English reply
 * with the shop's own prices in the shop's format, and the shop's German pages and German
 * product names found from English words.
 *
 * Written by hand from the shop's JSON, BEFORE any of them was asked, by someone who has not
 * read the responder's code, the way shoppers write: typos, lowercase, colloquial German,
 * indirect questions, several constraints in one question, and follow-ups in the same
 * conversation. Free to be read and tuned against, like tests/eval/dev/ and dev2/.
 *
 * The regular expressions among the order questions' mustNotContain are product cards a reply
 * must not show when the shopper only wrote an e-mail address; the Spaten one leaves out
 * Spaten Buche, since order 10 itself holds 2 × Spaten Buche and its reply may name it.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const BEETSPATEN_DEV: readonly EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'beetspaten-dev.json' )
);
