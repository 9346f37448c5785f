/**
 * The Aperture & Grain dev set (tests/eval/dev15): questions to the chat of an English
 * camera, lens and film-photography shop in Manchester (pounds, "£1,249.00"), about two in
 * five of them asked in German by tourists and customers from abroad, who must get a German
 * reply. Written BLIND, from the stored shop (tests/doubles/woocommerce/aperture-grain.json),
 * without reading the responder, and committed before it was asked any of them. Every
 * expected fact is checked against the shop's data by aperture-consistency.test.ts.
 */
import type { EvalQuestion } from '../types';
import { CATALOG } from './aperture-catalog-set';
import { CONVERSATION } from './aperture-search-set';
import { SERVICE } from './aperture-service-set';

export const APERTURE_DEV: EvalQuestion[] = [
	...CATALOG,
	...SERVICE,
	...CONVERSATION,
];
