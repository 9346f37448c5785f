/**
 * The expectations check themselves: every concrete fact the Kaffeewerk dev and frozen sets
 * expect (anything with a digit or a capitalised name: prices in the shop's format, specs,
 * stock levels, order statuses' tracking numbers, phone, hours, names) is somewhere in the
 * shop's own data — products and variations, their descriptions as text, orders, customer
 * notes and pages. A typo in an expectation fails here instead of failing the responder.
 */
import { loadKaffeewerk } from '../doubles/woocommerce/kaffeewerk';
import { KAFFEEWERK_DEV } from './dev/kaffeewerk-dev';
import { KAFFEEWERK_FROZEN } from './frozen/kaffeewerk-frozen';
import { expectFactsInShop } from './dev-set-checks';

it( 'every concrete fact the Kaffeewerk dev and frozen sets expect is in the shop data', () => {
	expectFactsInShop(
		loadKaffeewerk(),
		[ ...KAFFEEWERK_DEV, ...KAFFEEWERK_FROZEN ],
		'9.999,00'
	);
} );
