/**
 * The DEV set for Whisker & Wag (tests/doubles/woocommerce/whiskerwag.json), an ENGLISH-language
 * pet supplies shop in Harrogate priced in pounds ("£1,234.50"). About a third of the shoppers
 * ask in German: they must get a German reply about an English shop (its English product
 * names and pages), with the shop's own prices; German replies may write them "24,99".
 *
 * Written by hand from the shop's JSON, BEFORE any of them was asked, by someone who has not
 * read the responder's code or the earlier sets' questions, the way shoppers write: typos,
 * lowercase, British slang ("quid"), indirect questions, several constraints in one message,
 * and follow-ups in the same conversation. Free to be read and tuned against.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const WHISKERWAG_DEV: readonly EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'whiskerwag-dev.json' )
);
