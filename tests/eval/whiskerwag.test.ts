/**
 * The fifth eval shop, Whisker & Wag (English pet supplies shop in Harrogate, pounds), on
 * SQLite — or PostgreSQL with EVAL_DIALECT=postgres: its dev set (tests/eval/dev4, a third of
 * it asked in German) must invent no price and no stock level, cause no server error, and
 * keep at least the floor. The floor is the first run's figure minus a small margin, not a
 * target: it documents where the responder stood when the set was added, so a change that
 * loses answers fails. Raise it when answers improve; never lower it to pass.
 */
import { loadWhiskerWag } from '../doubles/woocommerce/whiskerwag';
import { WHISKERWAG_DEV } from './dev4/whiskerwag-dev';
import { formatReport, runCoffeeShopEval } from './run-eval';

/**
 * First run 2026-12-06 14:05 UTC (SQLite, questions committed unrun in eb79018): 98/163 =
 * 60.1% (German 54.4%, English 63.2%), so the floor was 0.57. 15:00 UTC after the responder
 * work that followed (7df6906; the set was read while tuning, so it is no longer unseen):
 * 115/163 = 70.6%, so the floor is 0.68.
 */
const DEV_FLOOR = 0.68;

const dialect = process.env.EVAL_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

it( `Whisker & Wag dev set on ${ dialect }: no invented prices or stock, accuracy at least the floor`, async () => {
	const shop = loadWhiskerWag();
	expect( shop.products.length ).toBeGreaterThanOrEqual( 120 );
	expect( WHISKERWAG_DEV.length ).toBeGreaterThanOrEqual( 130 );

	const [ dev ] = await runCoffeeShopEval(
		shop,
		[ { label: 'Whisker & Wag DEV set', questions: WHISKERWAG_DEV } ],
		dialect
	);
	console.log( formatReport( dev!, true ) );

	// The runner knows prices, order totals and the amounts that pages and product
	// descriptions state (knownFacts, which reads £ and &pound;); anything else is invented.
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
