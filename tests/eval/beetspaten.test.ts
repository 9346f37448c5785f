/**
 * The fourth eval shop, Beet & Spaten (German garden and tool shop, euro), on SQLite — or
 * PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev3, a third of it asked
 * in English) must invent no price and no stock level, cause no server error, and keep at
 * least the floor. The floor is the first run's figure minus a small margin, not a target:
 * it documents where the responder stood when the set was added, so a change that loses
 * answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadBeetSpaten } from '../doubles/woocommerce/beetspaten';
import { BEETSPATEN_DEV } from './dev3/beetspaten-dev';
import { formatReport, runCoffeeShopEval } from './run-eval';

/**
 * First run 2026-12-06 11:00 UTC (SQLite, questions committed unrun in ddba14a): 67/120 =
 * 55.8%, so the floor was 0.53. 2026-12-06 15:00 UTC after the session's responder work
 * (7df6906): 97/120 = 80.8%, so the floor is 0.78.
 */
const DEV_FLOOR = 0.78;

const dialect = process.env.EVAL_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

it( `Beet & Spaten dev set on ${ dialect }: no invented prices or stock, accuracy at least the floor`, async () => {
	const shop = loadBeetSpaten();
	expect( shop.products.length ).toBeGreaterThanOrEqual( 120 );
	expect( BEETSPATEN_DEV.length ).toBeGreaterThanOrEqual( 100 );

	const [ dev ] = await runCoffeeShopEval(
		shop,
		[ { label: 'Beet & Spaten DEV set', questions: BEETSPATEN_DEV } ],
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
}, 180_000 );
