/**
 * Blattwerk dev questions where the shopper chooses: variation, search with constraints,
 * compare, followup and absent. Written blind from the catalog (blattwerk-catalog.ts,
 * blattwerk-range.ts), before the responder was asked any of them.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const CHOICE_QUESTIONS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'blattwerk-choices.json' )
);
