/**
 * Inkwell & Quire dev questions about the catalogue (price, variation, stock), written blind from tests/doubles/woocommerce/inkwell-quire.json; about 40% asked
 * in German by a visitor writing to the English shop.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const IQ_OFFER: EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'inkwell-quire-offer.json' )
);
