/**
 * The DEV set for Kaffeewerk: questions different from the frozen set, free to be read,
 * shown to anyone working on the responder and extended. Tune against this one, never
 * against tests/eval/frozen/.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';
import type { EvalQuestion } from '../types';

export const KAFFEEWERK_DEV: readonly EvalQuestion[] = loadQuestions(
	path.join( __dirname, 'kaffeewerk-dev.json' )
);
