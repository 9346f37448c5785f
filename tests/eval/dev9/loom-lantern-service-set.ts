/**
 * The Loom & Lantern dev set's service questions: orders, policies and contact.
 */
import path from 'node:path';
import { loadQuestionSets } from '../question-data';

export const { ORDER, POLICY, CONTACT } = loadQuestionSets(
	path.join( __dirname, 'loom-lantern-service-set.json' ),
	[ 'ORDER', 'POLICY', 'CONTACT' ]
);
