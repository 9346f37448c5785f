/**
 * Saltmarsh Apothecary dev set: searches by purpose and budget, things the shop does not
 * sell, facts the shop's data does not hold, and follow-ups in a conversation, in English
 * and German. Written blind from the shop's data.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { SEARCH, ABSENT, UNKNOWN, FOLLOWUPS } = loadQuestionSets(
	path.join( __dirname, 'saltmarsh-choices.json' ),
	[ 'SEARCH', 'ABSENT', 'UNKNOWN', 'FOLLOWUPS' ]
);
