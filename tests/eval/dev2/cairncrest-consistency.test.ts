/**
 * The Cairn & Crest dev questions check themselves against the shop, without asking the
 * responder anything: every concrete fact a question expects (anything with a digit or a
 * capitalised name: prices in the shop's "$1,234.50" format, specs, stock levels, tracking
 * numbers, phone, hours, product names) is somewhere in the shop's own data — products and
 * variations, their descriptions as text, orders, customer notes and pages. A typo in an
 * expectation fails here instead of failing the responder.
 */
import { loadCairnCrest } from '../../doubles/woocommerce/cairncrest';
import { formatAmount } from '../../doubles/woocommerce/coffee-shop';
import * as check from '../dev-set-checks';
import { CAIRNCREST_DEV } from './cairncrest-dev';

const shop = loadCairnCrest();

it( 'the Cairn & Crest shop is what the dev set was written against', () => {
	expect( shop.products ).toHaveLength( 120 );
	check.expectOrdersNumberedUpTo( shop, 12 );
	expect( shop.pages ).toHaveLength( 7 );
	expect( formatAmount( '2004.99', shop.priceFormat ) ).toBe( '2,004.99' );
} );

it( 'the dev set: ≥ 100 questions, about 30% German, every class, unique ids', () => {
	check.expectUniqueIds( CAIRNCREST_DEV );
	expect( CAIRNCREST_DEV.length ).toBeGreaterThanOrEqual( 100 );
	check.expectLanguageShare( CAIRNCREST_DEV, 'de', 0.25, 0.4 );
	check.expectEveryClass( CAIRNCREST_DEV, false );
} );

it( 'every concrete fact the Cairn & Crest dev set expects is in the shop data', () => {
	check.expectFactsInShop( shop, CAIRNCREST_DEV, '9,999.00' );
} );
