/**
 * The Fermentary Supply Co. dev set (tests/eval/dev17): questions to the chat of an English
 * home-brewing and fermentation supplies shop in Portland, Oregon (US dollars, "$1,249.00"),
 * about 30 % of them asked in German by expats and visitors, who must get a German reply.
 * Written BLIND, from the stored shop (tests/doubles/woocommerce/fermentary.json), without
 * reading the responder or any other set's questions, and committed before it was asked any
 * of them. Every expected fact is checked against the shop's data by
 * fermentary-consistency.test.ts.
 */
import type { EvalQuestion } from '../types';
import { CATALOG } from './fermentary-catalog-set';
import { CONVERSATION } from './fermentary-conversation-set';
import { SERVICE } from './fermentary-service-set';

export const FERMENTARY_DEV: EvalQuestion[] = [
	...CATALOG,
	...SERVICE,
	...CONVERSATION,
];
