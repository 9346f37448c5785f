/**
 * The Fermentary Supply Co. dev set's conversation questions: search by purpose, comparisons, follow-ups, what the shop does not say (unknown) and what it does not sell (absent).
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const CONVERSATION = loadQuestions(
	path.join( __dirname, 'fermentary-conversation-set.json' )
);
