/**
 * The repository's root folder, so a script finds the files it reads and writes wherever it
 * is run from (npm runs it from the root; a person may not).
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const ROOT = path.resolve(
	path.dirname( fileURLToPath( import.meta.url ) ),
	'..'
);
