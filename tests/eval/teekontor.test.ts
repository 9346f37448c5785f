/**
 * An eval shop the responder had never seen, Teekontor Alster (German tea, herbal infusion
 * and spice shop in Hamburg, euro as "1.249,00 €"), on SQLite — or PostgreSQL with
 * EVAL_DIALECT=postgres: its dev set (tests/eval/dev14, written blind, about 40 % of it
 * asked in English by tourists and expats) must invent no price and no stock level, cause no
 * server error, and keep at least the floor. The floor is the first run's figure minus a
 * small margin, not a target: it documents where the responder stood on an unseen shop, so
 * a change that loses answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadTeekontor } from '../doubles/woocommerce/teekontor';
import { devSetTest } from './dev-set-test';
import { TEEKONTOR_DEV } from './dev14/teekontor-dev';

/**
 * First run 2026-12-07 03:47 UTC (SQLite, questions committed unrun in 4ee250c, written blind
 * from teekontor.json): 138/191 = 72.3% (German 87/114 = 76.3%, English 51/77 = 66.2%); per
 * class: absent 13/13, unknown 13/13, order 15/16, price 12/13, stock 11/12, contact 9/10,
 * variation 18/21, spec 13/22, compare 6/11, policy 13/24, followup 7/13, search 8/23.
 * 0 replies in the wrong language, 0 invented prices, 0 invented stock, 0 server errors
 * (a second, --verbose run gave the same 138/191). No defect in the shop data showed (no
 * entity or tag left in a reply); no question was changed after the run. Floor 0.69 =
 * 72.3% − 3 points, rounded down.
 */
// 2026-12-07 04:20 UTC (session of 02:52): 78.0% (149/191) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 82.7% (158/191) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 163/191 = 85.3% on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.83;

devSetTest( {
	name: 'Teekontor Alster',
	load: loadTeekontor,
	questions: TEEKONTOR_DEV,
	minQuestions: 160,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
