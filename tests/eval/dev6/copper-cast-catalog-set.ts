/**
 * Copper & Cast dev questions about single products: price, spec, stock and variation, in
 * English and (a third) German. Written from copper-cast.json only, before the
 * responder was asked any of them.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const CATALOG_QUESTIONS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'copper-cast-catalog-set.json' )
);
