/**
 * The Fermentary Supply Co. dev set's service questions: shipping (live cultures in summer, CO2 cylinders, Canada and abroad), returns of opened ingredients, payment, warranty, Brew Points, classes, local pickup, contact and orders.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const SERVICE = loadQuestions(
	path.join( __dirname, 'fermentary-service-set.json' )
);
