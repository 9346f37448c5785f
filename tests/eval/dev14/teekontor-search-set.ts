/**
 * The Teekontor Alster dev set's conversation questions: searches by purpose, budget and
 * quality, comparisons, follow-ups on an earlier turn, things the shop does not sell and
 * questions its data does not answer.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const CONVERSATION = loadQuestions(
	path.join( __dirname, 'teekontor-search-set.json' )
);
