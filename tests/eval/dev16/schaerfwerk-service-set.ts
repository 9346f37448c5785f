/**
 * The Schärfwerk Solingen dev set's service questions: shipping, returns, payment, sharpening service, engraving, warranty, contact and orders.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const SERVICE = loadQuestions(
	path.join( __dirname, 'schaerfwerk-service-set.json' )
);
