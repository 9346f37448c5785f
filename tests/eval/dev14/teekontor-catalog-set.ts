/**
 * The Teekontor Alster dev set's catalogue questions: prices, stock, specs and the
 * variations (weights of loose tea, colours of teapots and cups, voucher amounts).
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const CATALOG = loadQuestions(
	path.join( __dirname, 'teekontor-catalog-set.json' )
);
