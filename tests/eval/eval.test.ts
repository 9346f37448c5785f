/**
 * The answering eval as part of the suite: the embedded responder must keep at least the
 * accuracy it has today (the floor; raise it when answers improve) and never state a price
 * or stock figure that is not in the shop's data. `npx tsx tests/eval/print.ts --verbose`
 * prints the full report with every miss.
 */
import { formatReport, runEval } from './run-eval';

/** Measured 2026-12-06: 181/181 = 100% (2026-11-25: 176/181 = 97.2%). */
const ACCURACY_FLOOR = 0.98;

it( 'answers at least as accurately as the floor, inventing no prices or stock levels', async () => {
	const report = await runEval( 'sqlite' );

	console.log( formatReport( report ) );
	expect( report.results.length ).toBeGreaterThanOrEqual( 150 );
	expect( report.products ).toBeGreaterThanOrEqual( 500 );
	expect( report.inventedPrices ).toBe( 0 );
	expect( report.inventedStock ).toBe( 0 );
	expect( report.accuracy ).toBeGreaterThanOrEqual( ACCURACY_FLOOR );
}, 120_000 );
