/**
 * Saltmarsh Apothecary dev set: product specs (ingredients, sizes, shelf life, ages), stock
 * and restock dates, and variations (sizes, scents, colours, dates), in English and
 * German. Written blind from the shop's data.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { SPECS, STOCK, VARIATIONS } = loadQuestionSets(
	path.join( __dirname, 'saltmarsh-products.json' ),
	[ 'SPECS', 'STOCK', 'VARIATIONS' ]
);
