/**
 * The fifth eval shop, Whisker & Wag (English pet supplies shop in Harrogate, pounds), on
 * SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev4, a third of
 * it asked in German) must invent no price and no stock level, cause no server error, and
 * keep at least the floor. The floor is the first run's figure minus a small margin, not a
 * target: it documents where the responder stood when the set was added, so a change that
 * loses answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadWhiskerWag } from '../doubles/woocommerce/whiskerwag';
import { WHISKERWAG_DEV } from './dev4/whiskerwag-dev';
import { devSetTest } from './dev-set-test';

/**
 * First run 2026-12-06 14:05 UTC (SQLite, questions committed unrun in eb79018): 98/163 =
 * 60.1% (German 54.4%, English 63.2%), so the floor was 0.57. 15:00 UTC after the responder
 * work that followed (7df6906; the set was read while tuning, so it is no longer unseen):
 * 115/163 = 70.6%, so the floor is 0.68.
 */
// 2026-12-06 21:35 UTC (cfa9577): 124/163 = 76.1%; floor 0.73.
// 2026-12-07 01:05 UTC (session of 23:34): 130/163 = 79.8% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 81.0% (132/163) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 83.4% (136/163) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 139/163 = 85.3% on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.83;

devSetTest( {
	name: 'Whisker & Wag',
	load: loadWhiskerWag,
	questions: WHISKERWAG_DEV,
	minQuestions: 130,
	floor: DEV_FLOOR,
} );
