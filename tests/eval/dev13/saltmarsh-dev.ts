/**
 * The Saltmarsh Apothecary dev set (tests/eval/saltmarsh.test.ts): questions about the
 * natural skincare, soap and bath shop in Galway (tests/doubles/woocommerce/saltmarsh.ts),
 * about 40 % asked in German, written blind from the shop's data by an outside tester.
 */
import type { EvalQuestion } from '../types';
import { ABSENT, FOLLOWUPS, SEARCH, UNKNOWN } from './saltmarsh-choices';
import { PRICES } from './saltmarsh-prices';
import { SPECS, STOCK, VARIATIONS } from './saltmarsh-products';
import { CONTACT, ORDERS, POLICY } from './saltmarsh-service';

export const SALTMARSH_DEV: readonly EvalQuestion[] = [
	...PRICES,
	...SPECS,
	...STOCK,
	...VARIATIONS,
	...ORDERS,
	...POLICY,
	...CONTACT,
	...SEARCH,
	...ABSENT,
	...UNKNOWN,
	...FOLLOWUPS,
];
