/** Wollknäuel dev set: stock (counts, sold out, backorder with restock dates) and specs. */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const STOCK_SPECS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'wollknaeuel-stock-specs.json' )
);
