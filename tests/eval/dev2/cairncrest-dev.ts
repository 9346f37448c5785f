/**
 * The DEV set for Cairn & Crest Outfitters (tests/doubles/woocommerce/cairncrest.json), an
 * ENGLISH-language outdoor and camping gear shop priced in US dollars ("$1,234.50"). About a
 * third of the shoppers ask in German: they must get a German reply, with the shop's own
 * prices in the shop's format and its English pages found from German words.
 *
 * Written by hand from the shop's JSON, before any of them was asked, by someone who has not
 * read the responder's code. Free to be read and tuned against, like tests/eval/dev/.
 *
 * The regular expressions among the order questions' mustNotContain are product cards a reply
 * must not show when the shopper only wrote an e-mail address.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const CAIRNCREST_DEV: readonly EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'cairncrest-dev.json' )
);
