/** Wollknäuel dev set: order status (with and without e-mail, across turns) and contact. */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const SERVICE: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'wollknaeuel-service.json' )
);
