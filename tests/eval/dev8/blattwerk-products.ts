/**
 * Blattwerk dev questions about single products: price, spec and stock. Written blind from
 * the catalog (blattwerk-catalog.ts), before the responder was asked any of them.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const PRODUCT_QUESTIONS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'blattwerk-products.json' )
);
