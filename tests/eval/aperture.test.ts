/**
 * An eval shop the responder had never seen, Aperture & Grain (English camera, lens and
 * film-photography shop in Manchester, UK, pounds as "£1,249.00"), on SQLite — or PostgreSQL
 * with EVAL_DIALECT=postgres: its dev set (tests/eval/dev15, written blind, two in five
 * questions asked in German) must invent no price and no stock level, cause no server error,
 * and keep at least the floor. The floor is the first run's figure minus a small margin, not
 * a target: it documents where the responder stood on an unseen shop, so a change that loses
 * answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadApertureGrain } from '../doubles/woocommerce/aperture-grain';
import { devSetTest } from './dev-set-test';
import { APERTURE_DEV } from './dev15/aperture-dev';

/**
 * First run 2026-12-07 03:44 UTC (SQLite, `npx tsx tests/eval/cli.ts --set aperture`; the shop
 * and its questions committed unrun and blind in 3309492): 115/178 = 64.6% (German 43/70 =
 * 61.4%, English 72/108 = 66.7%); per class: order 13/14, price 11/12, stock 11/12, contact
 * 8/9, variation 17/20, unknown 10/12, spec 13/21, absent 6/12, compare 5/10, followup 6/12,
 * policy 10/22, search 5/22. 4 replies in the wrong language (German replies quoting an
 * English page or order note), 0 invented prices, 0 invented stock, 0 server errors. No
 * defect in the shop data showed (no entity or tag in any reply). No question was changed
 * after the run. Floor 0.61 = 64.6% − 3 points, rounded down.
 * A defect of the SET, left as it is because questions may not change after the run: the
 * absent and unknown questions without their own mustNotContain keep numberedQuestions'
 * default (NOT_FOUND), which contradicts NOT_SOLD / NOT_KNOWN (both accept "couldn't find"),
 * so a right "I couldn't find … shall I ask a person?" counts as wrong. That cost 5 replies
 * in this run (ag-absent-45, 46, 47, 50 and ag-unknown-62); with them it would be 120/178 =
 * 67.4%. Whoever may change dev questions can give those questions `[]` as mustNotContain.
 */
// 2026-12-07 04:00 UTC: the defect above mended (the 23 absent and unknown questions that
// kept the default now have `[]` as mustNotContain; no other question or matcher changed):
// 120/178 = 67.4%, the 5 replies named above now count; floor 0.64.
// 2026-12-07 04:20 UTC (session of 02:52): 69.1% (123/178) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 09:45 UTC (session of 09:31): 126/178 = 70.8% on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 136/178 = 76.4% on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.74;

devSetTest( {
	name: 'Aperture & Grain',
	load: loadApertureGrain,
	questions: APERTURE_DEV,
	minQuestions: 160,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
