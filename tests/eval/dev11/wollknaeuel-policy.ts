/** Wollknäuel dev set: shipping, returns and exceptions, warranty and service prices, courses. */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const POLICY: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'wollknaeuel-policy.json' )
);
