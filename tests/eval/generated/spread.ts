/**
 * Runs the generated paraphrase eval over several seeds (one generated shop each) and
 * reports the spread: minimum, median and maximum accuracy per class and per language.
 */
import type { TestDialect } from '../../support/sidecar-harness';
import { formatReport, runCoffeeShopEval, type EvalReport } from '../run-eval';
import { generateEval } from './paraphrases';

export interface SeedReport {
	seed: number;
	lang: 'de' | 'en';
	report: EvalReport;
}

export interface Spread {
	min: number;
	median: number;
	max: number;
}

export async function runGeneratedSeeds(
	seeds: number[],
	dialect: TestDialect = 'sqlite'
): Promise< SeedReport[] > {
	const out: SeedReport[] = [];
	for ( const seed of seeds ) {
		const generated = generateEval( seed );
		const [ report ] = await runCoffeeShopEval(
			generated.shop,
			[
				{
					label: `generated seed ${ seed } (${ generated.shop.lang } shop)`,
					questions: generated.questions,
				},
			],
			dialect
		);
		out.push( { seed, lang: generated.shop.lang, report: report! } );
	}
	return out;
}

function spreadOf( values: number[] ): Spread {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	const mid = Math.floor( sorted.length / 2 );
	return {
		min: sorted[ 0 ] ?? 0,
		median:
			sorted.length % 2
				? sorted[ mid ]!
				: ( sorted[ mid - 1 ]! + sorted[ mid ]! ) / 2,
		max: sorted[ sorted.length - 1 ] ?? 0,
	};
}

/** Accuracy spread over the seeds for the whole set, each class and each language. */
export function spreads( runs: SeedReport[] ): Map< string, Spread > {
	const rows = new Map< string, number[] >();
	const push = ( key: string, value: number ) =>
		rows.set( key, [ ...( rows.get( key ) ?? [] ), value ] );
	for ( const { report } of runs ) {
		push( 'all', report.accuracy );
		for ( const [ lang, t ] of report.byLanguage ) {
			push( `lang ${ lang }`, t.passed / t.total );
		}
		for ( const [ category, t ] of report.byCategory ) {
			push( category, t.passed / t.total );
		}
	}
	return new Map(
		[ ...rows ].map( ( [ key, values ] ) => [ key, spreadOf( values ) ] )
	);
}

export function formatSpread( runs: SeedReport[] ): string {
	const pct = ( v: number ) => `${ ( v * 100 ).toFixed( 1 ) }%`.padStart( 7 );
	const lines = [
		`== Generated paraphrases over ${ runs.length } seeds: ${ runs.map( ( r ) => `${ r.seed } (${ r.lang })` ).join( ', ' ) }`,
		`questions per seed ${ runs.map( ( r ) => r.report.results.length ).join( ', ' ) }`,
		`invented prices    ${ runs.reduce( ( n, r ) => n + r.report.inventedPrices, 0 ) }`,
		`invented stock     ${ runs.reduce( ( n, r ) => n + r.report.inventedStock, 0 ) }`,
		`server errors      ${ runs.reduce( ( n, r ) => n + r.report.errors, 0 ) }`,
		`                       min  median     max`,
	];
	for ( const [ key, s ] of spreads( runs ) ) {
		lines.push(
			`  ${ key.padEnd( 15 ) }${ pct( s.min ) } ${ pct( s.median ) } ${ pct( s.max ) }`
		);
	}
	return lines.join( '\n' );
}

/**
 * What both command lines (cli.ts and generated/run.ts) print for the generated set: every
 * seed's report with `verbose`, then the spread over the seeds.
 * @param seeds   the seeds to run, one generated shop each
 * @param verbose print every seed's report, with its misses
 * @param dialect the database the sidecar runs on
 */
export async function printGeneratedSeeds(
	seeds: number[],
	verbose: boolean,
	dialect: TestDialect = 'sqlite'
): Promise< void > {
	const runs = await runGeneratedSeeds( seeds, dialect );
	if ( verbose ) {
		runs.forEach( ( run ) =>
			console.log( formatReport( run.report, true ), '\n' )
		);
	}
	console.log( formatSpread( runs ) );
}
