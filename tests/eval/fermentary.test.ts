/**
 * An eval shop the responder had never seen, Fermentary Supply Co. (English home-brewing and
 * fermentation supplies shop on Mississippi Avenue in Portland, Oregon, US dollars as
 * "$1,249.00"), on SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set
 * (tests/eval/dev17, written blind, about 30 % of the questions asked in German) must invent
 * no price and no stock level, cause no server error, and keep at least the floor. The floor
 * is the first run's figure minus a small margin, not a target: it documents where the
 * responder stood on an unseen shop, so a change that loses answers fails. Raise it when
 * answers improve; never lower it to pass.
 */
import { loadFermentary } from '../doubles/woocommerce/fermentary';
import { devSetTest } from './dev-set-test';
import { FERMENTARY_DEV } from './dev17/fermentary-dev';

/**
 * First run 2026-12-08 01:36 UTC (SQLite, `npx tsx tests/eval/cli.ts --set fermentary` on
 * 59547ec, the shop and its questions committed unrun and blind): 144/208 = 69.2% (German
 * 30/60 = 50.0%, English 114/148 = 77.0%); per class: order 15/15, contact 11/11, price 14/15,
 * stock 14/15, variation 16/21, spec 20/28, unknown 9/13, policy 21/32, compare 7/12,
 * followup 7/15, search 7/20, absent 3/11. 4 replies in the wrong language, 0 invented
 * prices, 0 invented stock, 0 server errors. Floor 0.66 = 69.2% − 3 points, rounded down.
 */
// 2026-12-08 01:55 UTC: 152/208 = 73.1% on SQLite after the session's general changes (the set
// is still blind: only its figures were read); floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.71;

devSetTest( {
	name: 'Fermentary Supply Co.',
	load: loadFermentary,
	questions: FERMENTARY_DEV,
	minQuestions: 190,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
	blind: true,
} );
