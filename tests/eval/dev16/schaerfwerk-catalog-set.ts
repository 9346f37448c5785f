/**
 * The Schärfwerk Solingen dev set's catalog questions: prices, stock, specs and variations (knife sets by handle, whetstones by grit, boards by size, magnetic strips by length, gloves by size, course dates, blade guards, knife rolls by colour).
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const CATALOG = loadQuestions(
	path.join( __dirname, 'schaerfwerk-catalog-set.json' )
);
