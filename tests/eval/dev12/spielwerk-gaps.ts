/**
 * Spielwerk dev set: things the shop does not sell (it must say so rather than offer a
 * near thing as if it were the one asked for) and facts its data does not hold (it must
 * say it does not know or point to the shop, not invent). Written blind from
 * tests/doubles/woocommerce/spielwerk*.ts.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const GAPS = loadQuestions(
	path.join( __dirname, 'spielwerk-gaps.json' )
);
