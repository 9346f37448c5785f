/**
 * Inkwell & Quire dev questions about orders (with and without the billing e-mail, across turns)
 * and how to reach the shop, written blind from
 * tests/doubles/woocommerce/inkwell-quire.json; about 40% asked in German.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const IQ_ORDERS: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'inkwell-quire-orders.json' )
);
