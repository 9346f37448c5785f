/**
 * An eval shop the responder had never seen, Teekontor Alster (German tea, herbal infusion
 * and spice shop in Hamburg, euro as "1.249,00 €"), on SQLite — or PostgreSQL with
 * EVAL_DIALECT=postgres: its dev set (tests/eval/dev14, written blind, about 40 % of it
 * asked in English by tourists and expats) must invent no price and no stock level, cause no
 * server error, and keep at least the floor. The floor is the first run's figure minus a
 * small margin, not a target: it documents where the responder stood on an unseen shop, so
 * a change that loses answers fails. Raise it when answers improve; never lower it to pass.
 *
 * Committed unrun with floor 0; the first run's figures follow in the next commit.
 */
import { loadTeekontor } from '../doubles/woocommerce/teekontor';
import { devSetTest } from './dev-set-test';
import { TEEKONTOR_DEV } from './dev14/teekontor-dev';

const DEV_FLOOR = 0;

devSetTest( {
	name: 'Teekontor Alster',
	load: loadTeekontor,
	questions: TEEKONTOR_DEV,
	minQuestions: 160,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
