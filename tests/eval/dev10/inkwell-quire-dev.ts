/**
 * The Inkwell & Quire dev set (tests/eval/inkwell-quire.test.ts, `--set inkwell`): questions
 * about an English stationery and fountain-pen shop in Bath, written blind from its stored
 * JSON before the responder was ever asked one; about 40% come from German-speaking visitors.
 */
import type { EvalQuestion } from '../types';
import { IQ_OFFER } from './inkwell-quire-offer';
import { IQ_ORDERS } from './inkwell-quire-orders';
import { IQ_PRODUCTS } from './inkwell-quire-products';
import { IQ_SERVICE } from './inkwell-quire-service';

export const INKWELL_QUIRE_DEV: readonly EvalQuestion[] = [
	...IQ_OFFER,
	...IQ_PRODUCTS,
	...IQ_ORDERS,
	...IQ_SERVICE,
];
