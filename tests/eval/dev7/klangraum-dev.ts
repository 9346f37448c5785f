/**
 * The Klangraum dev set (tests/doubles/woocommerce/klangraum.json): questions a shopper asks
 * a Swiss hi-fi shop in Winterthur, about 40 % in English (expats asking a German-language
 * shop, who need an English reply), the rest in Swiss standard German with Swiss words
 * (grüezi, merci, Natel, Franken, Fr.), typos, lowercase and several constraints at once.
 * Written BLIND by an outside tester from the shop's JSON, without reading the responder's
 * code or any earlier question set, and committed before the responder was asked any of
 * them. Expected facts accept the forms a shopper accepts ("CHF 1'249.00", "1’249", "1249").
 */
import type { EvalQuestion } from '../types';
import {
	ABSENT,
	COMPARE,
	FOLLOWUP,
	HANDOFF,
	SEARCH,
	UNKNOWN,
} from './klangraum-advice';
import { CONTACT } from './klangraum-contact';
import { PRICE, SPEC } from './klangraum-products';
import { ORDER, POLICY } from './klangraum-service';
import { STOCK, VARIATION } from './klangraum-stock';

export const KLANGRAUM_DEV: readonly EvalQuestion[] = [
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
	...HANDOFF,
];
