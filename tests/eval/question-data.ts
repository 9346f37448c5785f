/**
 * The one reader of the hand-written question sets stored as data (tests/eval/dev*\/*.json):
 * each file holds the questions of one set module, as written by hand, checked here and
 * turned back into EvalQuestion objects. A file holds either one list (the module exports one
 * set) or an object whose keys are the module's exports, one list each. JSON has no regular
 * expressions, so a RegExp matcher is stored as `{ "re": "<source>", "flags": "i" }`
 * ("flags" left out when there are none).
 */
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { EvalQuestion } from './types';

const pattern = z
	.strictObject( { re: z.string(), flags: z.string().optional() } )
	.transform( ( { re, flags } ) => new RegExp( re, flags ) );
const single = z.union( [ z.string(), pattern ] );
const matcher = z.union( [ single, z.array( single ) ] );

const question = z.strictObject( {
	id: z.string(),
	category: z.string(),
	lang: z.enum( [ 'en', 'de' ] ).optional(),
	before: z.array( z.string() ).optional(),
	text: z.string(),
	pageContext: z.record( z.string(), z.string() ).optional(),
	mustContain: z.array( matcher ),
	mustNotContain: z.array( matcher ),
} );
const questions = z.array( question );

/** Reads, checks and decodes `file`; names the file when it is not what it should be. */
function parse< T extends z.ZodType >(
	file: string,
	schema: T
): z.output< T > {
	const parsed = schema.safeParse(
		JSON.parse( readFileSync( file, 'utf8' ) )
	);
	if ( ! parsed.success ) {
		throw new Error(
			`${ file } is not a question set: ${ z.prettifyError( parsed.error ) }`
		);
	}
	return parsed.data;
}

/**
 * The questions of a file that holds one list.
 * @param file the JSON file's path
 */
export function loadQuestions( file: string ): EvalQuestion[] {
	return parse( file, questions );
}

/**
 * The lists of a file that holds several, one per name; the file must hold these and no other.
 * @param file  the JSON file's path
 * @param names the lists it holds (the module's exports)
 */
export function loadQuestionSets< Name extends string >(
	file: string,
	names: readonly Name[]
): Record< Name, EvalQuestion[] > {
	return parse(
		file,
		z.strictObject(
			Object.fromEntries( names.map( ( name ) => [ name, questions ] ) )
		)
	) as Record< Name, EvalQuestion[] >;
}
