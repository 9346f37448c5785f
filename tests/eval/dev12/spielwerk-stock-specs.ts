/**
 * Spielwerk dev set: stock (sold out with and without a restock date, backorder, counts)
 * and specs (players, ages, playing times, rule languages, dimensions, materials, contents,
 * load limits). Written blind from tests/doubles/woocommerce/spielwerk*.ts.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const STOCK_SPECS = loadQuestions(
	path.join( __dirname, 'spielwerk-stock-specs.json' )
);
