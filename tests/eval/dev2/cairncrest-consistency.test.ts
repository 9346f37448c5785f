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
import { matches } from '../scoring';
import { absentFacts, shopText } from '../shop-facts';
import { CAIRNCREST_DEV } from './cairncrest-dev';

const shop = loadCairnCrest();

it( 'the Cairn & Crest shop is what the dev set was written against', () => {
	expect( shop.products ).toHaveLength( 120 );
	expect( shop.orders.map( ( o ) => o.number ) ).toEqual(
		Array.from( { length: 12 }, ( _, i ) => String( i + 1 ) )
	);
	expect( shop.pages ).toHaveLength( 7 );
	expect( formatAmount( '2004.99', shop.priceFormat ) ).toBe( '2,004.99' );
} );

it( 'the dev set: ≥ 100 questions, about 30% German, every class, unique ids', () => {
	const ids = new Set( CAIRNCREST_DEV.map( ( q ) => q.id ) );
	expect( ids.size ).toBe( CAIRNCREST_DEV.length );
	expect( CAIRNCREST_DEV.length ).toBeGreaterThanOrEqual( 100 );
	const german = CAIRNCREST_DEV.filter( ( q ) => q.lang === 'de' ).length;
	expect( german / CAIRNCREST_DEV.length ).toBeGreaterThanOrEqual( 0.25 );
	expect( german / CAIRNCREST_DEV.length ).toBeLessThanOrEqual( 0.4 );
	expect(
		[ ...new Set( CAIRNCREST_DEV.map( ( q ) => q.category ) ) ].sort()
	).toEqual( [
		'contact',
		'handoff',
		'language',
		'order',
		'policy',
		'price',
		'search',
		'spec',
		'stock',
		'unknown',
		'variation',
	] );
} );

it( 'every concrete fact the Cairn & Crest dev set expects is in the shop data', () => {
	const corpus = shopText( shop );
	expect( matches( corpus, '9,999.00' ) ).toBe( false );
	const absent = absentFacts( CAIRNCREST_DEV, corpus );
	expect( absent ).toEqual( [] );
} );
