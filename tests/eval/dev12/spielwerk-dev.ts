/**
 * The Spielwerk dev set (tests/eval/spielwerk.test.ts): questions about the board game,
 * puzzle and toy shop in Winterthur (tests/doubles/woocommerce/spielwerk.ts), about 40 %
 * asked in English, written blind from the shop's data by an outside tester.
 */
import type { EvalQuestion } from '../types';
import { CHOICES } from './spielwerk-choices';
import { GAPS } from './spielwerk-gaps';
import { POLICY } from './spielwerk-policy';
import { PRICES } from './spielwerk-prices';
import { SERVICE } from './spielwerk-service';
import { STOCK_SPECS } from './spielwerk-stock-specs';

export const SPIELWERK_DEV: readonly EvalQuestion[] = [
	...PRICES,
	...STOCK_SPECS,
	...SERVICE,
	...POLICY,
	...CHOICES,
	...GAPS,
];
