/**
 * Klangraum dev questions about orders (number and e-mail in one message or two, a wrong
 * e-mail, a missing e-mail, an order that does not exist, internal notes that must stay
 * internal), and the shop's policies and services.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { ORDER, POLICY } = loadQuestionSets(
	path.join( __dirname, 'klangraum-service.json' ),
	[ 'ORDER', 'POLICY' ]
);
