/**
 * Klangraum dev questions about single products: price and specifications (also the one
 * fact only the long description states). Written from klangraum.json before the responder
 * was asked any of them.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { PRICE, SPEC } = loadQuestionSets(
	path.join( __dirname, 'klangraum-products.json' ),
	[ 'PRICE', 'SPEC' ]
);
