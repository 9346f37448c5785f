/** Wollknäuel dev set: kinds of product the shop does not sell, and questions it cannot answer. */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const GAPS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'wollknaeuel-gaps.json' )
);
