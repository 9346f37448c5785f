/**
 * Generated paraphrases in the suite: two shops built from new random seeds each run
 * (OMNIOPS_EVAL_SEED repeats a run; the seeds are printed), every class asked in 5 English
 * and 5 German phrasings. Nothing may be invented on a shop never seen before; the floor sits
 * under the lowest seed seen so far, as seeds vary. `npm run eval` runs 5 seeds.
 */
import { baseSeed, seedsFrom } from './generated/paraphrases';
import { formatSpread, runGeneratedSeeds } from './generated/spread';

/**
 * Measured 2026-12-06 09:00: 98.5%–100% over 5 seeds (06:30: 88.5%–91.5%; before the responder
 * rewrite: 11.5%–29.2%).
 */
const GENERATED_FLOOR = 0.9;

it( 'generated shops from new seeds: no invented prices or stock, accuracy at least the floor', async () => {
	const base = baseSeed();
	console.log(
		`paraphrase base seed ${ base } (OMNIOPS_EVAL_SEED=${ base })`
	);
	const runs = await runGeneratedSeeds( seedsFrom( base, 2 ) );
	console.log( formatSpread( runs ) );

	for ( const { report } of runs ) {
		expect( report.results.length ).toBeGreaterThanOrEqual( 110 );
		expect( report.inventedPrices ).toBe( 0 );
		expect( report.inventedStock ).toBe( 0 );
		expect( report.errors ).toBe( 0 );
		expect( report.accuracy ).toBeGreaterThanOrEqual( GENERATED_FLOOR );
	}
}, 180_000 );
