/**
 * The one input text policy (ADR 0024): no NUL or unpaired surrogate in any string or key,
 * no nesting past MAX_INPUT_DEPTH. `mountRoutes` applies it to every route's params, query
 * and body before zod runs.
 */
import { AppError } from './errors';

/**
 * Text the sidecar refuses anywhere in input: U+0000 (PostgreSQL cannot store it in text,
 * and SQLite would keep what PostgreSQL refuses, so one policy for both) and lone UTF-16
 * surrogates (not text at all; they would be silently replaced when encoded). Refusing,
 * not stripping: input is stored as sent or not at all.
 */
const NOT_TEXT =
	/\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

const NOT_TEXT_GLOBAL = new RegExp( NOT_TEXT.source, 'g' );

class InvalidTextError extends AppError {
	constructor( path: string ) {
		super(
			400,
			'invalid_text',
			'Text must not contain NUL characters or unpaired surrogates.',
			// The offending characters are shown as U+FFFD so the answer itself is valid text.
			{ path: path.replace( NOT_TEXT_GLOBAL, '\uFFFD' ) }
		);
	}
}

/** Deeper JSON than any route takes; refused before recursive code (zod, JSON.stringify) sees it. */
export const MAX_INPUT_DEPTH = 32;

/**
 * Walks a parsed input (without recursion, so depth cannot exhaust the stack) and throws
 * 400 `invalid_text` at the first string or object key holding a NUL or a lone surrogate,
 * or 400 `too_deep` past `MAX_INPUT_DEPTH` levels of nesting.
 *
 * @param value The params, query or body as parsed.
 * @param where Which part of the request, for the error details.
 */
export function assertCleanText( value: unknown, where: string ): void {
	const pending: Array< { value: unknown; path: string; depth: number } > = [
		{ value, path: where, depth: 0 },
	];
	while ( pending.length > 0 ) {
		const item = pending.pop()!;
		if ( typeof item.value === 'string' ) {
			if ( NOT_TEXT.test( item.value ) ) {
				throw new InvalidTextError( item.path );
			}
			continue;
		}
		if ( typeof item.value !== 'object' || item.value === null ) {
			continue;
		}
		if ( item.depth >= MAX_INPUT_DEPTH ) {
			throw new AppError(
				400,
				'too_deep',
				`The input is nested deeper than ${ MAX_INPUT_DEPTH } levels.`,
				{ path: item.path.replace( NOT_TEXT_GLOBAL, '\uFFFD' ) }
			);
		}
		for ( const [ key, child ] of Object.entries( item.value ) ) {
			const path = `${ item.path }.${ key }`;
			if ( NOT_TEXT.test( key ) ) {
				throw new InvalidTextError( path );
			}
			pending.push( { value: child, path, depth: item.depth + 1 } );
		}
	}
}
