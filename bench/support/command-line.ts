/**
 * What every bench reads from its command line and how it reports timings: `--name value`
 * options, the dialects to run on, and percentiles of the measured values.
 */
import type { TestDialect } from '../../tests/support/sidecar-harness';

/**
 * The value after `--<name>` on the command line, or `fallback`.
 * @param name
 * @param fallback
 */
export function argument( name: string, fallback: string ): string {
	const index = process.argv.indexOf( `--${ name }` );
	return index >= 0 ? ( process.argv[ index + 1 ] ?? fallback ) : fallback;
}

/**
 * The dialects `--dialect` names: one of them, or `both` (the default) for SQLite and
 * PostgreSQL.
 */
export function dialectsArgument(): TestDialect[] {
	const named = argument( 'dialect', 'both' );
	return named === 'both'
		? [ 'sqlite', 'postgres' ]
		: [ named as TestDialect ];
}

/**
 * The p-th percentile (0–100) of values sorted in ascending order (0 for none).
 * @param sorted
 * @param p
 */
export function percentile( sorted: number[], p: number ): number {
	return (
		sorted[
			Math.min(
				sorted.length - 1,
				Math.floor( ( p / 100 ) * sorted.length )
			)
		] ?? 0
	);
}
