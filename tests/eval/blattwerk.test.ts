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

/** Not yet run (questions committed unrun): a temporary floor of 0. */
const DEV_FLOOR = 0;

devSetTest( {
	name: 'Blattwerk',
	load: loadBlattwerk,
	questions: BLATTWERK_DEV,
	minQuestions: 120,
	floor: DEV_FLOOR,
	timeoutMs: 1_800_000,
} );
