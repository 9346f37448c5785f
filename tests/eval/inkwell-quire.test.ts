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
 * Not yet run: the questions were committed unrun and blind; the first run's figure and
 * the floor derived from it follow here.
 */
const DEV_FLOOR = 0;

devSetTest( {
	name: 'Inkwell & Quire',
	load: loadInkwellQuire,
	questions: INKWELL_QUIRE_DEV,
	minQuestions: 150,
	floor: DEV_FLOOR,
	timeoutMs: 900_000,
} );
