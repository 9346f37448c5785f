/**
 * Inkwell & Quire dev questions about policies, follow-up turns, things the shop does not
 * sell and things nobody wrote down, written blind from
 * tests/doubles/woocommerce/inkwell-quire.json; about 40% asked in German.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const IQ_SERVICE: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'inkwell-quire-service.json' )
);
