/**
 * Spielwerk (Swiss board game, puzzle and toy shop in Winterthur, francs as "CHF 1’249.00"),
 * on SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev12, about
 * 40 % asked in English), written blind by an outside tester for a shop the responder was
 * never tuned for, must invent no price and no stock level, cause no server error, and keep
 * at least the floor. The floor is the first run's figure minus a small margin, not a
 * target: it documents where the responder stood on a shop it had never seen, so a change
 * that loses answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadSpielwerk } from '../doubles/woocommerce/spielwerk';
import { SPIELWERK_DEV } from './dev12/spielwerk-dev';
import { devSetTest } from './dev-set-test';

/**
 * Written blind and committed UNRUN: no question has been asked of the responder yet. The
 * floor is 0 until the first run sets it (first run − 0.03, rounded down).
 */
const DEV_FLOOR = 0;

devSetTest( {
	name: 'Spielwerk',
	load: loadSpielwerk,
	questions: SPIELWERK_DEV,
	minQuestions: 150,
	floor: DEV_FLOOR,
	blind: true,
	timeoutMs: 1_800_000,
} );
