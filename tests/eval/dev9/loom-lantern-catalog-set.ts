/**
 * The Loom & Lantern dev set's catalogue questions: prices, specs, stock and variations.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { PRICE, SPEC, STOCK, VARIATION } = loadQuestionSets(
	path.join( __dirname, 'loom-lantern-catalog-set.json' ),
	[ 'PRICE', 'SPEC', 'STOCK', 'VARIATION' ]
);
