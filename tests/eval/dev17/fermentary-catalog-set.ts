/**
 * The Fermentary Supply Co. dev set's catalog questions: prices, stock, specs from attributes and from prose, and variations (recipe kits by batch size, fermenters by capacity, malts and hops by weight, crocks by capacity, sanitizer sizes, kettles by size, kegs new or refurbished, class dates, gift card amounts).
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const CATALOG = loadQuestions(
	path.join( __dirname, 'fermentary-catalog-set.json' )
);
