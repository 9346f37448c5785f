/**
 * The Aperture & Grain dev set's service questions: orders 1–20 (with and without a matching
 * e-mail), the shop's policies (delivery zones, returns and exclusions, warranty per brand,
 * trade-in, repairs, film developing, payment and finance) and how to reach it.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const SERVICE = loadQuestions(
	path.join( __dirname, 'aperture-service-set.json' )
);
