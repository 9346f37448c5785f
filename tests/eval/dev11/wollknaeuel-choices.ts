/** Wollknäuel dev set: search by purpose or constraint, comparisons and follow-up turns. */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const CHOICES: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'wollknaeuel-choices.json' )
);
