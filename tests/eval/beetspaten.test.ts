/**
 * The fourth eval shop, Beet & Spaten (German garden and tool shop, euro), on SQLite — or
 * PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev3, a third of it asked
 * in English) must invent no price and no stock level, cause no server error, and keep at
 * least the floor. The floor is the first run's figure minus a small margin, not a target:
 * it documents where the responder stood when the set was added, so a change that loses
 * answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadBeetSpaten } from '../doubles/woocommerce/beetspaten';
import { BEETSPATEN_DEV } from './dev3/beetspaten-dev';
import { devSetTest } from './dev-set-test';

/**
 * First run 2026-12-06 11:00 UTC (SQLite, questions committed unrun in ddba14a): 67/120 =
 * 55.8%, so the floor was 0.53. 2026-12-06 15:00 UTC after the session's responder work
 * (7df6906): 97/120 = 80.8%, so the floor is 0.78.
 */
// 2026-12-06 21:35 UTC (cfa9577): 99/120 = 82.5%; floor 0.8.
// 2026-12-07 01:05 UTC (session of 23:34): 102/120 = 85.0% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 88.3% (106/120) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 89.2% (107/120) on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.87;

devSetTest( {
	name: 'Beet & Spaten',
	load: loadBeetSpaten,
	questions: BEETSPATEN_DEV,
	minQuestions: 100,
	floor: DEV_FLOOR,
} );
