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
 * The p-th percentile (0–100) of the values (0 for none).
 * @param values
 * @param p
 */
export function percentile( values: number[], p: number ): number {
	const sorted = [ ...values ].sort( ( a, b ) => a - b );
	return (
		sorted[
			Math.min(
				sorted.length - 1,
				Math.floor( ( p / 100 ) * sorted.length )
			)
		] ?? 0
	);
}

/**
 * Runs `measure` on each dialect `--dialect` names, one after the other; a failure is
 * printed and sets the exit code.
 * @param measure
 */
export function measureEachDialect(
	measure: ( dialect: TestDialect ) => Promise< void >
): void {
	( async () => {
		for ( const dialect of dialectsArgument() ) {
			await measure( dialect );
		}
	} )().catch( ( error ) => {
		console.error( error );
		process.exitCode = 1;
	} );
}

/** A rule no bench reaches. */
export const LIMIT_OFF = '1000000/1';

/**
 * The public message and conversation limits switched off: a bench's load comes from one
 * address and hundreds of conversations, which the limits would (rightly) refuse; the
 * limiter's own cost is measured by bench/limits.
 */
export const LIMITS_OFF: Record< string, string > = {
	OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION: LIMIT_OFF,
	OMNIOPS_LIMIT_MESSAGES_PER_IP: LIMIT_OFF,
	OMNIOPS_LIMIT_MESSAGES_PER_SITE: LIMIT_OFF,
	OMNIOPS_LIMIT_CONVERSATIONS_PER_IP: LIMIT_OFF,
	OMNIOPS_LIMIT_CONVERSATIONS_PER_SITE: LIMIT_OFF,
};
