/** Wollknäuel dev set: kinds of product the shop does not sell, and questions it cannot answer. */
import type { EvalQuestion } from '../types';
import { DONT_KNOW, NOT_SOLD, q } from './wollknaeuel-kit';

const YES = [ /\bja, (wir )?(haben|führen)|\byes, we (have|sell|carry)/i ];

export const GAPS: EvalQuestion[] = [
	q(
		'a01',
		'absent',
		'de',
		'Habt ihr auch Strickmaschinen?',
		[ NOT_SOLD ],
		YES
	),
	q(
		'a02',
		'absent',
		'en',
		'Do you sell spinning wheels?',
		[ NOT_SOLD ],
		YES
	),
	q( 'a03', 'absent', 'de', 'Verkauft ihr Bügeleisen?', [ NOT_SOLD ], YES ),
	q(
		'a04',
		'absent',
		'en',
		'Do you have embroidery floss for cross stitch?',
		[ NOT_SOLD ],
		YES
	),
	q( 'a05', 'absent', 'de', 'Habts Leder zum Nähen?', [ NOT_SOLD ], YES ),
	q(
		'a06',
		'absent',
		'en',
		'Do you sell knitting looms?',
		[ NOT_SOLD ],
		YES
	),
	q(
		'a07',
		'absent',
		'de',
		'Gibts bei euch Perlen zum Auffädeln?',
		[ NOT_SOLD ],
		YES
	),
	q(
		'a08',
		'absent',
		'en',
		'Do you carry Bernina sewing machines?',
		[ NOT_SOLD ],
		YES
	),
	q(
		'a09',
		'absent',
		'de',
		'Habt ihr Kunstfell-Stoff für a Faschingskostüm?',
		[ NOT_SOLD ],
		YES
	),

	q(
		'u01',
		'unknown',
		'de',
		'Wann kommen heuer die neuen Frühjahrsfarben von der Merino Soft?',
		[ DONT_KNOW ]
	),
	q(
		'u02',
		'unknown',
		'en',
		'Which dye lot is the Merino Soft in Petrol you have in stock right now?',
		[ DONT_KNOW ]
	),
	q(
		'u03',
		'unknown',
		'de',
		'Macht ihr auch Änderungen, also Hosen kürzen?',
		[ DONT_KNOW ]
	),
	q( 'u04', 'unknown', 'en', 'Do you offer a student discount?', [
		DONT_KNOW,
	] ),
	q( 'u05', 'unknown', 'de', 'Ist die Theresa am Samstag im Geschäft?', [
		DONT_KNOW,
	] ),
	q(
		'u06',
		'unknown',
		'de',
		'Kann ich meine alte Nähmaschine bei euch in Zahlung geben?',
		[ DONT_KNOW ]
	),
	q(
		'u07',
		'unknown',
		'en',
		'Will the bamboo needles be on sale for Black Friday?',
		[ DONT_KNOW ]
	),
	q(
		'u08',
		'unknown',
		'de',
		'Wie viele Knäuel Cotton Fine brauch i für a Sommertop in Größe 38?',
		[ DONT_KNOW ]
	),
];
