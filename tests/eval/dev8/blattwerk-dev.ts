/**
 * The Blattwerk dev set (tests/eval/blattwerk.test.ts): questions about a German houseplant
 * shop in Leipzig the responder had never seen, written blind by an outside tester (without
 * reading the responder's code or any earlier set), about 40 % of them asked in English by
 * expats who must get an English reply. Committed unrun; a question is changed afterwards
 * only when the fact it expects is not in the shop's data.
 */
import type { EvalQuestion } from '../types';
import { CHOICE_QUESTIONS } from './blattwerk-choices';
import { PRODUCT_QUESTIONS } from './blattwerk-products';
import { SERVICE_QUESTIONS } from './blattwerk-service';

export const BLATTWERK_DEV: readonly EvalQuestion[] = [
	...PRODUCT_QUESTIONS,
	...CHOICE_QUESTIONS,
	...SERVICE_QUESTIONS,
];
