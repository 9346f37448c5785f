/**
 * The Loom & Lantern dev set (tests/eval/dev9): questions to the chat of an English home
 * textiles and lighting shop in Galway (euro, "€1,249.00"), about a third of them asked in
 * German by tourists and expats, who must get a German reply. Written BLIND, from the
 * stored shop (tests/doubles/woocommerce/loom-lantern.json), without reading the responder,
 * and committed before it was asked any of them. Every expected fact is checked against the
 * shop's data by loom-lantern-consistency.test.ts.
 */
import type { EvalQuestion } from '../types';
import { PRICE, SPEC, STOCK, VARIATION } from './loom-lantern-catalog-set';
import {
	ABSENT,
	COMPARE,
	FOLLOWUP,
	SEARCH,
	UNKNOWN,
} from './loom-lantern-search-set';
import { CONTACT, ORDER, POLICY } from './loom-lantern-service-set';

export const LOOM_LANTERN_DEV: EvalQuestion[] = [
	...PRICE,
	...SPEC,
	...STOCK,
	...VARIATION,
	...ORDER,
	...POLICY,
	...CONTACT,
	...SEARCH,
	...COMPARE,
	...FOLLOWUP,
	...ABSENT,
	...UNKNOWN,
];
