/**
 * The second eval shop, Kaffeewerk (German coffee equipment), on SQLite — or PostgreSQL
 * with EVAL_DIALECT=postgres: its dev set and its FROZEN set are run and reported
 * separately. No price and no stock level may be invented on either set. The accuracy
 * floors sit just under what the responder reaches today, so a change that loses answers
 * fails; the target stays 0.95 on the frozen set, German and English each (issue 10).
 * Misses of the frozen set are counted, never listed here.
 */
import { loadKaffeewerk } from '../doubles/woocommerce/kaffeewerk';
import { KAFFEEWERK_DEV } from './dev/kaffeewerk-dev';
import { KAFFEEWERK_FROZEN } from './frozen/kaffeewerk-frozen';
import { inventedFacts } from './dev-set-test';
import { formatReport, runCoffeeShopEval } from './run-eval';

/**
 * Measured 2026-12-06 09:00 (SQLite): dev 43/43 = 100%, frozen 126/156 = 80.8% (06:30: 43/43 and
 * 120/156; before the rewrite: 14.0% and 12.2%). 2026-12-06 15:00 (7df6906): frozen 140/156 =
 * 89.7% (the frozen questions were never read), so its floor is 0.87.
 */
const DEV_FLOOR = 0.95;
// 2026-12-06 21:35 UTC (cfa9577): frozen 142/156 = 91.0% (never read); floor 0.88.
// 2026-12-07 01:05 UTC: frozen 143/156 = 91.7% on SQLite; floor 0.89.
// 2026-12-07 07:30 UTC (session of 06:02): frozen 92.3% (144/156, never read) on SQLite; floor raised to the figure minus about 0.02.
const FROZEN_FLOOR = 0.9;

const dialect = process.env.EVAL_DIALECT === 'postgres' ? 'postgres' : 'sqlite';

it( `Kaffeewerk dev and frozen sets on ${ dialect }: no invented prices or stock, accuracy at least the floor`, async () => {
	const shop = loadKaffeewerk();
	expect( shop.products.length ).toBeGreaterThanOrEqual( 120 );
	expect( KAFFEEWERK_FROZEN.length ).toBeGreaterThanOrEqual( 150 );
	expect(
		KAFFEEWERK_FROZEN.filter( ( q ) => q.lang === 'de' ).length
	).toBeGreaterThanOrEqual( KAFFEEWERK_FROZEN.length / 2 );
	expect( KAFFEEWERK_DEV.length ).toBeGreaterThanOrEqual( 40 );

	const [ dev, frozen ] = await runCoffeeShopEval(
		shop,
		[
			{ label: 'Kaffeewerk DEV set', questions: KAFFEEWERK_DEV },
			{ label: 'Kaffeewerk FROZEN set', questions: KAFFEEWERK_FROZEN },
		],
		dialect
	);
	console.log( `${ formatReport( dev! ) }\n\n${ formatReport( frozen! ) }` );

	// Listed by question id and amount only (frozen question texts stay out of the log).
	const invented = [ dev!, frozen! ].flatMap( inventedFacts );
	expect( invented ).toEqual( [] );
	expect( dev!.inventedPrices + frozen!.inventedPrices ).toBe( 0 );
	expect( dev!.inventedStock + frozen!.inventedStock ).toBe( 0 );
	expect( dev!.errors + frozen!.errors ).toBe( 0 );
	expect( dev!.accuracy ).toBeGreaterThanOrEqual( DEV_FLOOR );
	expect( frozen!.accuracy ).toBeGreaterThanOrEqual( FROZEN_FLOOR );
}, 180_000 );
