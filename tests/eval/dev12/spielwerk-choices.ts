/**
 * Spielwerk dev set: comparisons, searches by purpose, age, budget, players, theme and
 * language, and follow-ups that lean on an earlier message. Written blind from
 * tests/doubles/woocommerce/spielwerk*.ts.
 */
import path from 'node:path';
import { loadQuestions } from '../question-data';

export const CHOICES = loadQuestions(
	path.join( __dirname, 'spielwerk-choices.json' )
);
