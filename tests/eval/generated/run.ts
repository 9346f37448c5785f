/**
 * Only the generated paraphrases: `npx tsx tests/eval/generated/run.ts [--seeds 5] [--verbose]`.
 * New seeds each run unless OMNIOPS_EVAL_SEED is set; the base seed is printed first.
 */
import { baseSeed, seedsFrom } from './paraphrases';
import { printGeneratedSeeds } from './spread';

async function main(): Promise< void > {
	const at = process.argv.indexOf( '--seeds' );
	const count = at > 0 ? Number( process.argv[ at + 1 ] ) : 5;
	if ( ! Number.isInteger( count ) || count < 1 || count > 50 ) {
		throw new Error( '--seeds takes a whole number from 1 to 50' );
	}
	const base = baseSeed();
	console.log(
		`base seed ${ base } (repeat with OMNIOPS_EVAL_SEED=${ base })`
	);
	await printGeneratedSeeds(
		seedsFrom( base, count ),
		process.argv.includes( '--verbose' )
	);
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
