/**
 * The DEV set for Speiche & Kette (tests/doubles/woocommerce/speiche-kette.json), a
 * GERMAN-language bicycle shop in Graz priced in euro ("1.299,00 €"). About two thirds of
 * the shoppers ask in German (some in Austrian German), a third in English: English
 * shoppers must get an English reply that shows the shop's own prices in the shop's format
 * and finds the shop's German pages and product names from English words.
 *
 * Written by hand from the shop's JSON, BEFORE any of them was asked, by an outside tester
 * who has not read the responder's code and did not tune it for this shop: typos,
 * lowercase, colloquial and Austrian German ("hamma", "gibts", "Jänner", "Packerl"),
 * indirect questions, several constraints in one question, follow-ups in the same
 * conversation. Every concrete fact expected is stated in the shop's data (checked by
 * speiche-kette-consistency.test.ts).
 *
 * The regular expressions among the order questions' mustNotContain are product cards a reply
 * must not show when the shopper only wrote an e-mail address.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const SPEICHE_KETTE_DEV: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'speiche-kette-dev.json' )
);
