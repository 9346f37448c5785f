/**
 * An eval shop the responder had never seen, Aperture & Grain (English camera, lens and
 * film-photography shop in Manchester, UK, pounds as "£1,249.00"), on SQLite — or PostgreSQL
 * with EVAL_DIALECT=postgres: its dev set (tests/eval/dev15, written blind, two in five
 * questions asked in German) must invent no price and no stock level, cause no server error,
 * and keep at least the floor. The floor is the first run's figure minus a small margin, not
 * a target: it documents where the responder stood on an unseen shop, so a change that loses
 * answers fails. Raise it when answers improve; never lower it to pass.
 *
 * Not run yet: the set was committed unrun, with floor 0 until its first run.
 */
import { loadApertureGrain } from '../doubles/woocommerce/aperture-grain';
import { devSetTest } from './dev-set-test';
import { APERTURE_DEV } from './dev15/aperture-dev';

const DEV_FLOOR = 0;

devSetTest( {
	name: 'Aperture & Grain',
	load: loadApertureGrain,
	questions: APERTURE_DEV,
	minQuestions: 160,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
