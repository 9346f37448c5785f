/**
 * Copper & Cast dev questions about everything but the catalog: orders (number and e-mail in
 * one message or two, a wrong e-mail, a missing one), policies, contact, follow-ups in the
 * same conversation, things the shop does not sell and things its pages do not say. Written
 * from copper-cast.json only, before the responder was asked any of them.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const SERVICE_QUESTIONS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'copper-cast-service-set.json' )
);
