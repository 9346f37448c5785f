/**
 * The Teekontor Alster dev set's service questions: orders, policies (shipping zones,
 * returns with the food-hygiene exclusions, payment, the tea subscription, the gift service,
 * seminars) and contact. English shoppers must get English replies quoting the German pages.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const SERVICE = loadQuestions(
	path.join( __dirname, 'teekontor-service-set.json' )
);
