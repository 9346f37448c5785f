/**
 * The third eval shop, Cairn & Crest Outfitters (English outdoor gear, US dollars), on
 * SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev2, a third
 * of it asked in German) must invent no price and no stock level, cause no server error,
 * and keep at least the floor. The floor is the first run's figure minus a small margin,
 * not a target: it documents where the responder stood when the set was added, so a change
 * that loses answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadCairnCrest } from '../doubles/woocommerce/cairncrest';
import { CAIRNCREST_DEV } from './dev2/cairncrest-dev';
import { devSetTest } from './dev-set-test';

/**
 * First run 2026-12-06 08:00 UTC (SQLite, questions committed unrun in 44fd980): 81/114 = 71.1%
 * (floor 0.68). 09:44 UTC after b7711f3/7e45efc: 96/114 = 84.2% (floor 0.8); 12:00 UTC after
 * 3a78842: 100/114 = 87.7%, so the floor was 0.85; 15:00 UTC after 7df6906: 103/114 = 90.4%,
 * so the floor is 0.88.
 */
// 2026-12-06 21:35 UTC (cfa9577): 107/114 = 93.9%; floor 0.91.
// 2026-12-07 01:05 UTC (session of 23:34): 109/114 = 95.6% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 07:30 UTC (session of 06:02): 97.4% (111/114) on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.95;

devSetTest( {
	name: 'Cairn & Crest',
	load: loadCairnCrest,
	questions: CAIRNCREST_DEV,
	minQuestions: 100,
	floor: DEV_FLOOR,
} );
