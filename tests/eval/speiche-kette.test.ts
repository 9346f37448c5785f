/**
 * The fifth eval shop, Speiche & Kette (German bicycle shop in Graz, euro), on SQLite — or
 * PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev5, about a third asked
 * in English), written by an outside tester for a shop the responder was never tuned for,
 * must invent no price and no stock level, cause no server error, and keep at least the
 * floor. The floor is the first run's figure minus a small margin, not a target: it
 * documents where the responder stood on a shop it had never seen, so a change that loses
 * answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadSpeicheKette } from '../doubles/woocommerce/speiche-kette';
import { SPEICHE_KETTE_DEV } from './dev5/speiche-kette-dev';
import { formatReport, runCoffeeShopEval } from './run-eval';

/**
 * First run 2026-12-06 14:04 UTC (SQLite, questions committed unrun in bb64746, shared working
 * tree at that commit): 109/173 = 63.0% (de 64.5, en 60.6; 0 invented prices or stock, 3
 * wrong language, 0 server errors), so the floor is 0.60. Per class: price 90.0, handoff
 * 85.7, order 78.9, stock 77.8, language 75.0, variation 60.0, contact 58.3, policy 54.5,
 * search 53.8, unknown 50.0, spec 29.2. 15:00 UTC after the responder work that followed
 * (b922d3b/7df6906; the set was read while tuning): 121/173 = 69.9%, so the floor is 0.67.
 */
const DEV_FLOOR = 0.67;

const dialect = process.env.EVAL_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

it( `Speiche & Kette dev set on ${ dialect }: no invented prices or stock, accuracy at least the floor`, async () => {
	const shop = loadSpeicheKette();
	expect( shop.products.length ).toBeGreaterThanOrEqual( 120 );
	expect( SPEICHE_KETTE_DEV.length ).toBeGreaterThanOrEqual( 130 );

	const [ dev ] = await runCoffeeShopEval(
		shop,
		[ { label: 'Speiche & Kette DEV set', questions: SPEICHE_KETTE_DEV } ],
		dialect
	);
	console.log( formatReport( dev!, true ) );

	// The runner knows prices, order totals and the amounts that pages and product
	// descriptions state (knownFacts); anything else is invented.
	const invented = dev!.results
		.filter( ( r ) => r.inventedPrices.length || r.inventedStock.length )
		.map(
			( r ) =>
				`${ r.question.id }: prices ${ r.inventedPrices.join( ' ' ) } stock ${ r.inventedStock.join( ' ' ) }`
		);
	expect( invented ).toEqual( [] );
	expect( dev!.errors ).toBe( 0 );
	expect( dev!.accuracy ).toBeGreaterThanOrEqual( DEV_FLOOR );
}, 300_000 );
