/**
 * Klangraum dev questions about stock (out of stock, backorder with the "Lieferbar ab" date,
 * low, counted, unmanaged) and variations (colour, pair or single speaker, cable length).
 * Written from klangraum.json before the responder was asked any of them.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { STOCK, VARIATION } = loadQuestionSets(
	path.join( __dirname, 'klangraum-stock.json' ),
	[ 'STOCK', 'VARIATION' ]
);
