/**
 * Saltmarsh Apothecary dev set: orders (number and e-mail in various forms, one without an
 * e-mail, one with the wrong e-mail), shop policies (shipping, returns, guarantee,
 * payment, workshops, refills) and contact, in English and German. Written blind from the
 * shop's data; every order question must keep the internal note out of the reply.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { ORDERS, POLICY, CONTACT } = loadQuestionSets(
	path.join( __dirname, 'saltmarsh-service.json' ),
	[ 'ORDERS', 'POLICY', 'CONTACT' ]
);
