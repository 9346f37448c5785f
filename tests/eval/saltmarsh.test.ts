/**
 * Saltmarsh Apothecary (Irish natural skincare, soap and bath shop in Galway, euro as
 * "€1,249.00"), on SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set
 * (tests/eval/dev13, about 40 % asked in German), written blind by an outside tester for a
 * shop the responder was never tuned for, must invent no price and no stock level, cause no
 * server error, and keep at least the floor. The floor is the first run's figure minus a
 * small margin, not a target: it documents where the responder stood on a shop it had
 * never seen, so a change that loses answers fails. Raise it when answers improve; never
 * lower it to pass.
 */
import { loadSaltmarsh } from '../doubles/woocommerce/saltmarsh';
import { SALTMARSH_DEV } from './dev13/saltmarsh-dev';
import { devSetTest } from './dev-set-test';

/**
 * Written blind and committed unrun; not yet run. The floor is set from the first run.
 */
const DEV_FLOOR = 0;

devSetTest( {
	name: 'Saltmarsh Apothecary',
	load: loadSaltmarsh,
	questions: SALTMARSH_DEV,
	minQuestions: 150,
	floor: DEV_FLOOR,
	blind: true,
	timeoutMs: 1_800_000,
} );
