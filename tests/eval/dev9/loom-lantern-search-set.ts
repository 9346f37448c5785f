/**
 * The Loom & Lantern dev set's search, comparison, follow-up, missing-product and unanswerable questions.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { SEARCH, COMPARE, FOLLOWUP, ABSENT, UNKNOWN } = loadQuestionSets(
	path.join( __dirname, 'loom-lantern-search-set.json' ),
	[ 'SEARCH', 'COMPARE', 'FOLLOWUP', 'ABSENT', 'UNKNOWN' ]
);
