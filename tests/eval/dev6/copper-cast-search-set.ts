/**
 * Copper & Cast dev questions that search the catalog with constraints (material, size,
 * budget, induction, stock) or compare two products, in English and (a third) German.
 * Written from copper-cast.json only, before the responder was asked any of them.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const SEARCH_QUESTIONS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'copper-cast-search-set.json' )
);
