/**
 * Klangraum dev questions that need more than one product or one page: search with several
 * constraints, comparisons, follow-ups in the same conversation, products the shop does not
 * carry, questions its pages do not answer, and asking for a person.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { SEARCH, COMPARE, FOLLOWUP, ABSENT, UNKNOWN, HANDOFF } =
	loadQuestionSets( path.join( __dirname, 'klangraum-advice.json' ), [
		'SEARCH',
		'COMPARE',
		'FOLLOWUP',
		'ABSENT',
		'UNKNOWN',
		'HANDOFF',
	] );
