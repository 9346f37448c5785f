/** Wollknäuel dev set: prices and variations (options, their prices and stock). */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const PRICES: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'wollknaeuel-prices.json' )
);
