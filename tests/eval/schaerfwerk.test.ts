/**
 * An eval shop the responder had never seen, Schärfwerk Solingen (German kitchen-knife,
 * whetstone and sharpening shop with its own grinding workshop in Solingen, euro as
 * "1.249,00 €"), on SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set
 * (tests/eval/dev16, written blind, a little under half of the questions asked in English)
 * must invent no price and no stock level, cause no server error, and keep at least the floor.
 * The floor is the first run's figure minus a small margin, not a target: it documents where
 * the responder stood on an unseen shop, so a change that loses answers fails. Raise it when
 * answers improve; never lower it to pass.
 */
import { loadSchaerfwerk } from '../doubles/woocommerce/schaerfwerk';
import { devSetTest } from './dev-set-test';
import { SCHAERFWERK_DEV } from './dev16/schaerfwerk-dev';

/**
 * First run 2026-12-07 23:04 UTC (SQLite, `npx tsx tests/eval/cli.ts --set schaerfwerk`; the
 * shop and its questions committed unrun and blind in 5d0ca0f and 8d2c74d): 118/193 = 61.1%
 * (German 75/107 = 70.1%, English 43/86 = 50.0%); per class: order 14/14, stock 11/12, absent
 * 9/11, contact 7/9, unknown 10/13, policy 19/28, price 8/12, variation 12/21, compare 6/11,
 * followup 7/14, spec 10/26, search 5/22. 2 replies in the wrong language (German replies to
 * English questions), 0 invented prices, 0 invented stock, 0 server errors.
 * Defects of the SET found in that run's replies and mended before the floor was set (no
 * other question or matcher changed): sw-spec-47 rejected the right "Rostfrei: Nein (no)"
 * (now accepts "rostfrei: nein" and "stainless: no"); sw-policy-116 accepted a wrong reply
 * through "leider" (now gone from its alternatives); the absent questions' "does not sell"
 * alternatives held "leider nicht", "leider kein", "nicht an" and "unfortunately", which also
 * match the reply that only quotes a page ("Unsere Seite … erwähnt „Brot“ leider nicht"), so
 * they were replaced by "kein passendes produkt" (sw-absent-193 now fails). Second run,
 * 23:05 UTC: 117/193 = 60.6% (German 73/107 = 68.2%, English 44/86 = 51.2%); per class:
 * order 14/14, stock 11/12, contact 7/9, unknown 10/13, absent 8/11, price 8/12, policy 18/28,
 * variation 12/21, compare 6/11, followup 7/14, spec 11/26, search 5/22.
 * Floor 0.57 = 60.6% − 3 points, rounded down.
 */
// 2026-12-07 23:35 UTC (session of 21:53): 130/193 = 67.4% on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-08 01:55 UTC (session of 00:44): 142/193 = 73.6% on SQLite (purpose search, word forms,
// follow-ups); floor raised to the figure minus about 0.02. 02:20 UTC: 149/193 = 77.2% (courses by
// date, page answers); floor 0.74.
const DEV_FLOOR = 0.74;

devSetTest( {
	name: 'Schärfwerk Solingen',
	load: loadSchaerfwerk,
	questions: SCHAERFWERK_DEV,
	minQuestions: 190,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
