/**
 * An eval shop the responder had never seen, Loom & Lantern (English home textiles and
 * lighting shop in Galway, Ireland, euro as "€1,249.00"), on SQLite — or PostgreSQL with
 * EVAL_DIALECT=postgres: its dev set (tests/eval/dev9, written blind, a third of it asked in
 * German) must invent no price and no stock level, cause no server error, and keep at least
 * the floor. The floor is the first run's figure minus a small margin, not a target: it
 * documents where the responder stood on an unseen shop, so a change that loses answers
 * fails. Raise it when answers improve; never lower it to pass.
 */
import { loadLoomLantern } from '../doubles/woocommerce/loom-lantern';
import { devSetTest } from './dev-set-test';
import { LOOM_LANTERN_DEV } from './dev9/loom-lantern-dev';

/**
 * Not run yet: the questions are committed unrun; the first run sets the floor.
 */
const DEV_FLOOR = 0;

devSetTest( {
	name: 'Loom & Lantern',
	load: loadLoomLantern,
	questions: LOOM_LANTERN_DEV,
	minQuestions: 120,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
