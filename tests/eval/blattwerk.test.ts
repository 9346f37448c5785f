/**
 * Blattwerk (German houseplant shop in Leipzig, euro as "1.234,50 €"), on SQLite — or
 * PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev8, about 40 % asked in
 * English), written blind by an outside tester for a shop the responder was never tuned for,
 * must invent no price and no stock level, cause no server error, and keep at least the
 * floor. The floor is the first run's figure minus a small margin, not a target: it
 * documents where the responder stood on a shop it had never seen, so a change that loses
 * answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadBlattwerk } from '../doubles/woocommerce/blattwerk';
import { BLATTWERK_DEV } from './dev8/blattwerk-dev';
import { devSetTest } from './dev-set-test';

/**
 * First run 2026-12-06 18:12 UTC (SQLite, questions committed unrun in 9efe904, run once on
 * the shared working tree at that commit): 97/155 = 62.6% (de 69.9 = 58/83, en 54.2 = 39/72;
 * 0 invented prices or stock, 0 wrong language, 0 server errors), so the floor is 0.59 (first
 * run − 0.03, rounded down). Per class: order 100.0 (16/16), stock 100.0 (14/14), price 92.3
 * (12/13), absent 88.9 (8/9), contact 81.8 (9/11), variation 64.3 (9/14), compare 50.0 (4/8),
 * followup 50.0 (5/10), policy 37.5 (9/24), unknown 37.5 (3/8), spec 33.3 (6/18), search 20.0
 * (2/10). No question was changed after the run.
 */
// 2026-12-06 21:35 UTC (cfa9577): 104/155 = 67.1%; floor 0.64.
// 2026-12-07 01:05 UTC (session of 23:34): 109/155 = 70.3% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 71.6% (111/155) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 74.2% (115/155) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 122/155 = 78.7% on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.76;

devSetTest( {
	name: 'Blattwerk',
	load: loadBlattwerk,
	questions: BLATTWERK_DEV,
	minQuestions: 120,
	floor: DEV_FLOOR,
	timeoutMs: 1_800_000,
} );
