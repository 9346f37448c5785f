/**
 * Blattwerk dev questions about orders, the shop's policies, contact details and what its
 * pages do not say. Written blind from the orders and pages (blattwerk-orders.ts,
 * blattwerk-pages.ts), before the responder was asked any of them.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const SERVICE_QUESTIONS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'blattwerk-service.json' )
);
