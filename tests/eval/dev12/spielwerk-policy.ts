/**
 * Spielwerk dev set: policy (shipping zones, thresholds, courier, freight, abroad; returns
 * and their exceptions; warranty, missing parts, spare parts; payment; gift wrap,
 * engraving, rental; vouchers, discounts, loyalty card, course cancellation). Written blind
 * from tests/doubles/woocommerce/spielwerk-pages.ts.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const POLICY = loadQuestions(
	path.join( __dirname, 'spielwerk-policy.json' )
);
