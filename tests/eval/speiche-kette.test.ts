/**
 * The fifth eval shop, Speiche & Kette (German bicycle shop in Graz, euro), on SQLite — or
 * PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev5, about a third asked
 * in English), written by an outside tester for a shop the responder was never tuned for,
 * must invent no price and no stock level, cause no server error, and keep at least the
 * floor. The floor is the first run's figure minus a small margin, not a target: it
 * documents where the responder stood on a shop it had never seen, so a change that loses
 * answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadSpeicheKette } from '../doubles/woocommerce/speiche-kette';
import { SPEICHE_KETTE_DEV } from './dev5/speiche-kette-dev';
import { devSetTest } from './dev-set-test';

/**
 * First run 2026-12-06 14:04 UTC (SQLite, questions committed unrun in bb64746, shared working
 * tree at that commit): 109/173 = 63.0% (de 64.5, en 60.6; 0 invented prices or stock, 3
 * wrong language, 0 server errors), so the floor is 0.60. Per class: price 90.0, handoff
 * 85.7, order 78.9, stock 77.8, language 75.0, variation 60.0, contact 58.3, policy 54.5,
 * search 53.8, unknown 50.0, spec 29.2. 15:00 UTC after the responder work that followed
 * (b922d3b/7df6906; the set was read while tuning): 121/173 = 69.9%, so the floor is 0.67.
 */
// 2026-12-06 21:35 UTC (cfa9577): 136/173 = 78.6%; floor 0.76.
// 2026-12-07 01:05 UTC (session of 23:34): 145/173 = 83.8% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 85.0% (147/173) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 151/173 = 87.3% on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.85;

devSetTest( {
	name: 'Speiche & Kette',
	load: loadSpeicheKette,
	questions: SPEICHE_KETTE_DEV,
	minQuestions: 130,
	floor: DEV_FLOOR,
	timeoutMs: 300_000,
} );
