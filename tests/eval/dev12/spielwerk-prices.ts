/**
 * Spielwerk dev set: prices (simple products, sale prices, policy-word names) and
 * variations (colour, pieces, size, language edition, amount, date). Written blind from
 * tests/doubles/woocommerce/spielwerk*.ts.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const PRICES = loadQuestions(
	path.join( __dirname, 'spielwerk-prices.json' )
);
