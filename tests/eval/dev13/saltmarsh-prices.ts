/**
 * Saltmarsh Apothecary dev set: prices (sale prices included) and comparisons, in English
 * and German. Written blind from the shop's data.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const PRICES: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'saltmarsh-prices.json' )
);
