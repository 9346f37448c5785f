/**
 * `npx tsx tests/eval/dev5/run.ts [--verbose]`: the Speiche & Kette dev set alone, on SQLite
 * (EVAL_DIALECT=postgres for PostgreSQL), printed per class and per language; `--verbose`
 * lists every miss with the reply. (tests/eval/cli.ts can run it as a set once it loads
 * loadSpeicheKette and SPEICHE_KETTE_DEV.)
 */
import { loadSpeicheKette } from '../../doubles/woocommerce/speiche-kette';
import type { TestDialect } from '../../support/sidecar-harness';
import { formatReport, runCoffeeShopEval } from '../run-eval';
import { SPEICHE_KETTE_DEV } from './speiche-kette-dev';

async function main(): Promise< void > {
	const dialect: TestDialect =
		process.env.EVAL_DIALECT === 'postgres' ? 'postgres' : 'sqlite';
	const [ report ] = await runCoffeeShopEval(
		loadSpeicheKette(),
		[ { label: 'Speiche & Kette DEV set', questions: SPEICHE_KETTE_DEV } ],
		dialect
	);
	console.log( `dialect ${ dialect }\n` );
	console.log(
		formatReport( report!, process.argv.includes( '--verbose' ) )
	);
}

main().catch( ( error ) => {
	console.error( error );
	process.exit( 1 );
} );
