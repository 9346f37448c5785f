/**
 * Wollknäuel (Austrian yarn, knitting and sewing shop in Graz, euro as "€ 1.249,00"), on
 * SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev11, about
 * 40 % asked in English), written blind by an outside tester for a shop the responder was
 * never tuned for, must invent no price and no stock level, cause no server error, and keep
 * at least the floor. The floor is the first run's figure minus a small margin, not a
 * target: it documents where the responder stood on a shop it had never seen, so a change
 * that loses answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadWollknaeuel } from '../doubles/woocommerce/wollknaeuel';
import { WOLLKNAEUEL_DEV } from './dev11/wollknaeuel-dev';
import { devSetTest } from './dev-set-test';

/**
 * First run 2026-12-06 20:24 UTC (SQLite, questions committed unrun in 82415e5, run once on
 * the shared working tree at 2b014ea, with other engineers' uncommitted changes in it):
 * 100/168 = 59.5% (de 63.8 = 60/94, en 54.1 = 40/74; 0 invented prices or stock, 2 wrong
 * language, 0 server errors), so the floor is 0.56 (first run − 0.03, rounded down). Per
 * class: order 94.4 (17/18), stock 87.5 (14/16), contact 81.8 (9/11), price 68.8 (11/16),
 * spec 66.7 (12/18), absent 55.6 (5/9), policy 52.0 (13/25), compare 50.0 (4/8), variation
 * 50.0 (8/16), followup 30.0 (3/10), search 23.1 (3/13), unknown 12.5 (1/8). No question and
 * no shop data was changed after the run. Known weakness of the set itself: the "not sold"
 * and "don't know" matchers miss two German phrasings of an honest answer ("kein passendes
 * Produkt finden", "sagen dazu nichts … nicht raten"), which cost four questions (two
 * absent, two unknown); they are left as they were, since questions are never changed after
 * the first run.
 */
// 2026-12-06 21:30 UTC (1b72e3b), still unread by whoever tunes the responder: second run 106/168 = 63.1% (German 59/94, English 47/74).
// Not fully blind: the product vocabulary gained stationery and craft words (05100c7)
// after the first run's failure classes (not its questions) were reported. Floor 0.60.
// 21:55 UTC: a CI log (devSetTest printed failures before `blind` existed) showed 13 of
// its failed questions (absent, unknown and one follow-up) to the engineer tuning the
// responder; from here on this set is no longer fully unseen.
// At about 00:45 UTC on 2026-12-07 a grep printed how many lines of each of this set's files
// mention "gift" or "Geschenk" (counts only, no question text).
// 2026-12-07 01:05 UTC (session of 23:34): 111/168 = 66.1% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 67.3% (113/168) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 70.8% (119/168, never read) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 09:45 UTC (session of 09:31): 120/168 = 71.4% (never read) on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.69;

devSetTest( {
	name: 'Wollknäuel',
	load: loadWollknaeuel,
	questions: WOLLKNAEUEL_DEV,
	minQuestions: 150,
	floor: DEV_FLOOR,
	blind: true,
	timeoutMs: 1_800_000,
} );
