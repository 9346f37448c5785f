/**
 * The Aperture & Grain dev set's catalogue questions: prices, stock, specs and variations
 * (lens mounts, film packs, bag colours, card capacities, filter diameters, kits).
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const CATALOG = loadQuestions(
	path.join( __dirname, 'aperture-catalog-set.json' )
);
