/**
 * How a rate limit is written down, in the environment and in a site's settings, with the
 * bounds that keep it sensible. No Node imports: config.ts and the widget settings schema use it.
 */
import { z } from 'zod';

/** Longest window a limit may count over (one day). */
export const MAX_LIMIT_WINDOW_SECONDS = 24 * 60 * 60;
/** Most attempts a limit may allow per window. */
export const MAX_LIMIT_POINTS = 1_000_000;

const points = z.number().int().min( 1 ).max( MAX_LIMIT_POINTS );
const seconds = z.number().int().min( 1 ).max( MAX_LIMIT_WINDOW_SECONDS );

/** `{ points, durationSeconds, burst?: { points, durationSeconds } }` (platform/rate-limit.ts). */
export const limitRuleSchema = z
	.strictObject( {
		points,
		durationSeconds: seconds,
		burst: z
			.strictObject( { points, durationSeconds: seconds } )
			.optional(),
	} )
	.refine(
		( rule ) =>
			! rule.burst || rule.burst.durationSeconds >= rule.durationSeconds,
		'The burst window must be at least as long as the steady window.'
	);

export type LimitRuleInput = z.infer< typeof limitRuleSchema >;

const RULE_TEXT = /^(\d+)\/(\d+)(?:\+(\d+)\/(\d+))?$/;

/**
 * An environment variable holding a rule as `points/seconds` or
 * `points/seconds+burstPoints/burstSeconds` (e.g. `60/60+120/600`: 60 a minute, and 120 more
 * over ten minutes once those are spent).
 */
export const limitRuleText = z
	.string()
	.trim()
	.regex( RULE_TEXT, 'must look like 60/60 or 60/60+120/600' )
	.transform( ( text ) => {
		const [ , p, d, bp, bd ] = RULE_TEXT.exec( text )!;
		return {
			points: Number( p ),
			durationSeconds: Number( d ),
			...( bp && bd
				? {
						burst: {
							points: Number( bp ),
							durationSeconds: Number( bd ),
						},
					}
				: {} ),
		};
	} )
	.pipe( limitRuleSchema );

/**
 * An environment variable holding a rule, with its default written the same way.
 *
 * @param defaultText The rule when the variable is not set (`60/60+120/600`).
 */
export const limitRuleEnv = ( defaultText: string ) =>
	z.string().default( defaultText ).pipe( limitRuleText );
