/**
 * The sixth eval shop, Klangraum (Swiss hi-fi shop in Winterthur, German, Swiss francs as
 * "CHF 1'249.00"), on SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set
 * (tests/eval/dev7, about 40 % asked in English), written blind by an outside tester for a
 * shop the responder was never tuned for, must invent no price and no stock level, cause no
 * server error, and keep at least the floor. The floor is the first run's figure minus a
 * small margin, not a target: it documents where the responder stood on a shop it had never
 * seen, so a change that loses answers fails. Raise it when answers improve; never lower it
 * to pass.
 *
 * The shared scoring (scoring.ts) reads amounts in €, $ and £ only, so a franc amount
 * ("CHF 1'249.00", "1249 Franken", "Fr. 79.90") would never count as invented there. This
 * test therefore also reads franc amounts in every reply and checks them against the shop's
 * own (prices, order totals, amounts its pages and descriptions state, and any number the
 * shopper wrote).
 */
import { loadKlangraum } from '../doubles/woocommerce/klangraum';
import { KLANGRAUM_DEV } from './dev7/klangraum-dev';
import type { CoffeeShop } from '../doubles/woocommerce/coffee-shop';
import { devSetTest } from './dev-set-test';
import { knownFacts, type EvalReport } from './run-eval';
import { normalise } from './scoring';

/**
 * First run 2026-12-06 17:14 UTC (SQLite, questions committed unrun in b6c005d, shared working
 * tree at that commit with other engineers' uncommitted sidecar changes): 112/184 = 60.9%
 * (de 63.6 = 70/110, en 56.8 = 42/74; 0 invented prices or stock, 0 invented franc amounts,
 * 2 wrong language, 0 server errors), so the floor is 0.57. Per class: handoff 100.0 (2/2),
 * order 95.0 (19/20), price 94.7 (18/19), stock 75.0 (12/16), contact 72.7 (8/11), search
 * 71.4 (10/14), policy 57.7 (15/26), spec 54.2 (13/24), variation 44.4 (8/18), absent 33.3
 * (3/9), followup 27.3 (3/11), unknown 16.7 (1/6), compare 0.0 (0/8).
 * 18:00 UTC, after comparisons (38c3a51) and missing products (4b82d35) — the set was read
 * while tuning, so it is a dev figure from here on: 120/184 = 65.2%, so the floor is 0.62.
 * 18:25 UTC (84f7592, restock dates from the product text, follow-ups): 130/184 = 70.7%,
 * floor 0.67.
 */
// 2026-12-06 21:35 UTC (cfa9577): 134/184 = 72.8%; floor 0.7.
// 2026-12-07 01:05 UTC (session of 23:34): 146/184 = 79.3% on SQLite; floor raised to the figure minus about 0.02 (runs vary by one question).
// 2026-12-07 04:20 UTC (session of 02:52): 81.5% (150/184) on SQLite; floor raised to the figure minus about 0.02.
// 2026-12-07 07:30 UTC (session of 06:02): 82.1% (151/184) on SQLite; floor raised to the figure minus about 0.02.
const DEV_FLOOR = 0.8;

const NUMBER = String.raw`\d{1,3}(?:['’]\d{3})+(?:\.\d{1,2})?|\d+(?:[.,]\d{1,2})?`;
const FRANCS = new RegExp(
	String.raw`(?:\bCHF|\bSFr\.?|\bFr\.)\s?(${ NUMBER })|(${ NUMBER })(?:\.[–-]{1,2})?\s?(?:CHF\b|Franken\b|Fr\.)`,
	'gi'
);

/** Franc amounts written in a text, in Rappen: CHF 1'249.00, 1’249 CHF, Fr. 79.90, 60 Franken. */
function francAmounts( text: string ): number[] {
	return [ ...normalise( text ).matchAll( FRANCS ) ].map( ( m ) => {
		const raw = ( m[ 1 ] ?? m[ 2 ] )!.replace( /['’]/g, '' );
		const [ whole, cents = '' ] = raw.split( /[.,]/ );
		return Number( whole ) * 100 + Number( cents.padEnd( 2, '0' ) );
	} );
}

/**
 * Every franc amount in a reply is the shop's own (a price, an order amount, or what its
 * pages, descriptions and customer notes state) or a number the shopper wrote.
 * @param shop
 * @param dev  the dev set's report
 */
function expectNoInventedFrancs( shop: CoffeeShop, dev: EvalReport ) {
	// The shop's own franc amounts: every price and order amount, and what its pages,
	// descriptions and customer notes state.
	const known = knownFacts( shop ).amounts;
	const texts = [
		...shop.pages.map( ( p ) => p.content.rendered ),
		...shop.products.map(
			( p ) => `${ p.description } ${ p.short_description }`
		),
		...[ ...shop.notes.values() ].flat().map( ( n ) => n.note ),
	];
	for ( const text of texts ) {
		francAmounts( text.replace( /&nbsp;/g, ' ' ) ).forEach( ( c ) =>
			known.add( c )
		);
	}
	const inventedFrancs = dev.results
		.map( ( r ) => {
			const asked = [ ...( r.question.before ?? [] ), r.question.text ]
				.join( ' ' )
				.match( /\d+/g )
				?.map( ( n ) => Number( n ) * 100 );
			const invented = francAmounts( r.reply ).filter(
				( c ) => ! known.has( c ) && ! asked?.includes( c )
			);
			return invented.length
				? `${ r.question.id }: CHF ${ invented.map( ( c ) => ( c / 100 ).toFixed( 2 ) ).join( ' ' ) }`
				: '';
		} )
		.filter( Boolean );
	console.log(
		`invented franc amounts ${ inventedFrancs.length }\n${ inventedFrancs.join( '\n' ) }`
	);
	expect( inventedFrancs ).toEqual( [] );
}

devSetTest( {
	name: 'Klangraum',
	load: loadKlangraum,
	questions: KLANGRAUM_DEV,
	minQuestions: 150,
	floor: DEV_FLOOR,
	timeoutMs: 1_800_000,
	alsoExpect: expectNoInventedFrancs,
} );
