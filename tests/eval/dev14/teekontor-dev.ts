/**
 * The Teekontor Alster dev set (tests/eval/dev14): questions to the chat of a German tea,
 * herbal infusion and spice shop in Hamburg (euro, "1.249,00 €"), about 60 % asked in
 * German and 40 % in English by tourists and expats, who must get an English reply quoting
 * the German shop. Written BLIND, from the stored shop
 * (tests/doubles/woocommerce/teekontor.json), without reading the responder, and committed
 * before it was asked any of them. Every expected fact is checked against the shop's data by
 * teekontor-consistency.test.ts.
 */
import type { EvalQuestion } from '../types';
import { CATALOG } from './teekontor-catalog-set';
import { CONVERSATION } from './teekontor-search-set';
import { SERVICE } from './teekontor-service-set';

export const TEEKONTOR_DEV: EvalQuestion[] = [
	...CATALOG,
	...SERVICE,
	...CONVERSATION,
];
