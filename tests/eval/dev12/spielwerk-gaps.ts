/**
 * Spielwerk dev set: things the shop does not sell (it must say so rather than offer a
 * near thing as if it were the one asked for) and facts its data does not hold (it must
 * say it does not know or point to the shop, not invent). Written blind from
 * tests/doubles/woocommerce/spielwerk*.ts.
 */
import {
	CLAIMS_YES,
	DONT_KNOW,
	NOT_SOLD,
	numberedQuestions,
} from './spielwerk-kit';

const { questions, q } = numberedQuestions( 'sw-f' );

// Absent
q( 'absent', 'de', 'Habt ihr Monopoly?', [ NOT_SOLD ], [ CLAIMS_YES ] );
q(
	'absent',
	'en',
	'Do you sell video games, like for PlayStation or Switch?',
	[ NOT_SOLD ],
	[ CLAIMS_YES ]
);
q( 'absent', 'de', 'Verkauft ihr Trottinette?', [ NOT_SOLD ], [ CLAIMS_YES ] );
q(
	'absent',
	'en',
	'Do you have LEGO?',
	[ NOT_SOLD ],
	[ CLAIMS_YES, /we (have|carry|sell) lego/ ]
);
q(
	'absent',
	'de',
	'Gibt es bei euch Plüschtiere oder Teddybären?',
	[ NOT_SOLD ],
	[ CLAIMS_YES ]
);
q(
	'absent',
	'de',
	'Verkauft ihr Tischtennistische?',
	[ NOT_SOLD ],
	[ CLAIMS_YES ]
);
q(
	'absent',
	'en',
	'Do you have a jigsaw puzzle with 10000 pieces?',
	[ [ NOT_SOLD, /5[’',. ]?000/ ] ],
	[ CLAIMS_YES ]
);
q( 'absent', 'de', 'Hend ihr Uno?', [ NOT_SOLD ], [ CLAIMS_YES ] );
q( 'absent', 'en', 'Any expansions for Catan?', [ NOT_SOLD ], [ CLAIMS_YES ] );
q( 'absent', 'de', 'Verkauft ihr Drohnen?', [ NOT_SOLD ], [ CLAIMS_YES ] );

// Unknown
q(
	'unknown',
	'de',
	'Wer hat Alpenpass erfunden, also wer ist der Autor?',
	[ DONT_KNOW ],
	[ /(autor|autorin|erfinder|erfinderin) (ist|heisst|war)/ ]
);
q(
	'unknown',
	'en',
	'How heavy is the Drachenwacht box?',
	[ DONT_KNOW ],
	[ /\d\s?(kg|kilo|gramm|grams|g\b|lbs?\b)/ ]
);
q(
	'unknown',
	'de',
	'Ist die Kugelbahn Buche kompatibel mit Brio?',
	[ DONT_KNOW ],
	[
		/^ja\b|ja,? (sie )?(ist|passt)|kugelbahn (ist|passt) (voll |problemlos )?(mit brio |zu brio )?(kompatibel|zusammen)/,
	]
);
q(
	'unknown',
	'en',
	'Is there a companion app for Galaxis Kolonie?',
	[ DONT_KNOW ],
	[ /^yes\b|yes,? there is|app is (free|available)/ ]
);
q(
	'unknown',
	'de',
	'Ist beim Puzzle Winterthur Altstadt ein Poster dabei?',
	[ DONT_KNOW ],
	[ /^ja\b|ja,? (es ist|ein poster|mit poster)/ ]
);
q(
	'unknown',
	'de',
	'Wann kommt eine Neuauflage vom Krimi-Dinner Mord im Grandhotel?',
	[ DONT_KNOW ],
	[ /\d{1,2}\.\s?(januar|februar|märz|april|mai|juni)/ ]
);
q(
	'unknown',
	'en',
	'what kind of wood is the frame of the Jasstafel?',
	[ DONT_KNOW ],
	[
		/\b(oak|eiche|buche|beech|pine|kiefer|nussbaum|walnut|birke|birch|ash|esche|linde|lime)\b/,
	]
);
q(
	'unknown',
	'de',
	'Wie lange dauert der Aufbau vom Puppenhaus Chalet?',
	[ DONT_KNOW ],
	[ /\d+\s?(minuten|min\b|stunden|std)/ ]
);

export const GAPS = questions;
