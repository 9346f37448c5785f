/**
 * The Wollknäuel dev set (tests/eval/wollknaeuel.test.ts): questions about the yarn,
 * knitting and sewing shop in Graz (tests/doubles/woocommerce/wollknaeuel.ts), about 40 %
 * asked in English, written blind from the shop's data by an outside tester.
 */
import type { EvalQuestion } from '../types';
import { CHOICES } from './wollknaeuel-choices';
import { GAPS } from './wollknaeuel-gaps';
import { POLICY } from './wollknaeuel-policy';
import { PRICES } from './wollknaeuel-prices';
import { SERVICE } from './wollknaeuel-service';
import { STOCK_SPECS } from './wollknaeuel-stock-specs';

export const WOLLKNAEUEL_DEV: readonly EvalQuestion[] = [
	...PRICES,
	...STOCK_SPECS,
	...SERVICE,
	...POLICY,
	...CHOICES,
	...GAPS,
];
