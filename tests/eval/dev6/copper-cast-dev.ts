/**
 * The Copper & Cast dev set (tests/doubles/woocommerce/copper-cast.json): an English
 * cookware shop in Portland, Oregon, priced in US dollars, asked by English shoppers and — a
 * third of the time — by German ones, who must get a German reply. Written BLIND: from the
 * shop's JSON only, without reading the responder or any earlier question set, and committed
 * before the responder was asked any of it. Twelve classes: price, spec, stock, variation,
 * search (with constraints), compare, order, policy, contact, followup (multi-turn), absent
 * (not sold here) and unknown (the pages do not say).
 */
import type { EvalQuestion } from '../types';
import { CATALOG_QUESTIONS } from './copper-cast-catalog-set';
import { SEARCH_QUESTIONS } from './copper-cast-search-set';
import { SERVICE_QUESTIONS } from './copper-cast-service-set';

export const COPPER_CAST_DEV: readonly EvalQuestion[] = [
	...CATALOG_QUESTIONS,
	...SEARCH_QUESTIONS,
	...SERVICE_QUESTIONS,
];
