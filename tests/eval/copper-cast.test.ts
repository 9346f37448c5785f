/**
 * An eval shop the responder had never seen, Copper & Cast (English cookware shop in
 * Portland, Oregon, US dollars), on SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev
 * set (tests/eval/dev6, written blind, a third of it asked in German) must invent no price
 * and no stock level, cause no server error, and keep at least the floor. The floor is the
 * first run's figure minus a small margin, not a target: it documents where the responder
 * stood on an unseen shop, so a change that loses answers fails. Raise it when answers
 * improve; never lower it to pass.
 */
import { loadCopperCast } from '../doubles/woocommerce/copper-cast';
import { COPPER_CAST_DEV } from './dev6/copper-cast-dev';
import { devSetTest } from './dev-set-test';

/**
 * First run 2026-12-06 17:14 UTC (SQLite, questions committed unrun and blind in d558e7d):
 * 110/163 = 67.5% (German 40/58 = 69.0%, English 70/105 = 66.7%); per class: price 18/18,
 * variation 16/16, stock 15/16, contact 10/11, order 15/18, spec 10/20, search 7/14,
 * absent 4/8, policy 9/19, unknown 3/7, followup 3/8, compare 0/8. 2 replies in the wrong
 * language, 0 server errors, 1 invented price (cc-search-04: the shopper asks for a gift
 * "under 20 bucks", the reply says "under $20.00" — the runner reads "$20" and "20 dollars"
 * in a question as the shopper's own amount, not "20 bucks"). That one fails the test below
 * on purpose: it is the finding of the first run, not hidden. Floor 0.64 = 67.5% − 3 points,
 * rounded down. The scorer now reads "bucks" and "quid" as money (38c3a51).
 * 18:00 UTC, after comparisons (38c3a51) and missing products (4b82d35) — the set was read
 * while tuning, so it is a dev figure from here on: 117/163 = 71.8%, so the floor is 0.69.
 * 18:25 UTC (84f7592, specs asked with fillers and in US units): 121/163 = 74.2%, floor 0.71.
 */
// 2026-12-06 21:35 UTC (cfa9577): 126/163 = 77.3%; floor 0.74.
// 2026-12-07 01:05 UTC (session of 23:34): 131/163 = 80.4% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 81.6% (133/163) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 83.4% (136/163) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 140/163 = 85.9% on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.84;

devSetTest( {
	name: 'Copper & Cast',
	load: loadCopperCast,
	questions: COPPER_CAST_DEV,
	minQuestions: 150,
	floor: DEV_FLOOR,
	timeoutMs: 600_000,
} );
