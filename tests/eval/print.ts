/** Prints the eval report: `npx tsx tests/eval/print.ts [--verbose]` (DATABASE dialect: sqlite). */
import { formatReport, runEval } from './run-eval';

runEval( 'sqlite' )
	.then( ( report ) => {
		console.log(
			formatReport( report, process.argv.includes( '--verbose' ) )
		);
	} )
	.catch( ( error ) => {
		console.error( error );
		process.exit( 1 );
	} );
