/**
 * Klangraum dev questions about how to reach the shop: phone, e-mail, address, opening
 * hours of the Hörraum, parking and the way from the station.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const CONTACT: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'klangraum-contact.json' )
);
