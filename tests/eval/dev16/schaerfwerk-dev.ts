/**
 * The Schärfwerk Solingen dev set (tests/eval/dev16): questions to the chat of a German
 * kitchen-knife, whetstone and sharpening shop in Solingen (euro, "1.249,00 €"), a little
 * under half of them asked in English by visitors and customers from abroad, who must get an
 * English reply. Written BLIND, from the stored shop
 * (tests/doubles/woocommerce/schaerfwerk.json), without reading the responder or any other
 * set's questions, and committed before it was asked any of them. Every expected fact is
 * checked against the shop's data by schaerfwerk-consistency.test.ts.
 */
import type { EvalQuestion } from '../types';
import { CATALOG } from './schaerfwerk-catalog-set';
import { CONVERSATION } from './schaerfwerk-conversation-set';
import { SERVICE } from './schaerfwerk-service-set';

export const SCHAERFWERK_DEV: EvalQuestion[] = [
	...CATALOG,
	...SERVICE,
	...CONVERSATION,
];
