/**
 * An eval shop the responder had never seen, Loom & Lantern (English home textiles and
 * lighting shop in Galway, Ireland, euro as "€1,249.00"), on SQLite — or PostgreSQL with
 * EVAL_DIALECT=postgres: its dev set (tests/eval/dev9, written blind, a third of it asked in
 * German) must invent no price and no stock level, cause no server error, and keep at least
 * the floor. The floor is the first run's figure minus a small margin, not a target: it
 * documents where the responder stood on an unseen shop, so a change that loses answers
 * fails. Raise it when answers improve; never lower it to pass.
 */
import { loadLoomLantern } from '../doubles/woocommerce/loom-lantern';
import { devSetTest } from './dev-set-test';
import { LOOM_LANTERN_DEV } from './dev9/loom-lantern-dev';

/**
 * First run 2026-12-06 18:12 UTC (SQLite, questions committed unrun and blind in 7fcd00a):
 * 85/133 = 63.9% (German 27/47 = 57.4%, English 58/86 = 67.4%); per class: price 14/14,
 * variation 11/12, order 14/16, stock 10/12, contact 6/8, unknown 4/6, spec 9/16,
 * search 6/11, compare 4/8, followup 3/8, policy 4/16, absent 0/6. 5 replies in the wrong
 * language (German replies quoting an English page or order note), 0 invented prices,
 * 0 invented stock, 0 server errors. No question was changed after the run. Floor 0.60 =
 * 63.9% − 3 points, rounded down.
 * 18:14 UTC, after fixing a defect in the shop data, not in the responder nor in a question:
 * the Returns page's title was escaped twice ("Returns &#038;amp; Refunds", which WordPress
 * never serves), so two replies that quoted it showed "&amp;" (ll-policy-01, ll-contact-08).
 * With "Returns &#038; Refunds": 87/133 = 65.4% (German 28/47, English 59/86), the same
 * other 46 failures; the floor stays at the first run's 0.60.
 * 18:25 UTC (84f7592, kinds the shop does not sell; the set was read while tuning, so a dev
 * figure from here on): 91/133 = 68.4%, floor 0.65.
 */
// 2026-12-06 21:35 UTC (cfa9577): 98/133 = 73.7%; floor 0.71.
// 2026-12-07 01:05 UTC (session of 23:34): 101/133 = 75.9% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 80.5% (107/133) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 83.5% (111/133) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 113/133 = 85.0% on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.83;

devSetTest( {
	name: 'Loom & Lantern',
	load: loadLoomLantern,
	questions: LOOM_LANTERN_DEV,
	minQuestions: 120,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
