/**
 * Spielwerk dev set: comparisons, searches by purpose, age, budget, players, theme and
 * language, and follow-ups that lean on an earlier message. Written blind from
 * tests/doubles/woocommerce/spielwerk*.ts.
 */
import {
	chf,
	found,
	IN_STOCK,
	numberedQuestions,
	orderSafe,
	SOLD_OUT,
} from './spielwerk-kit';

const { questions, q } = numberedQuestions( 'sw-e' );

// Compare
q(
	'compare',
	'de',
	'Was ist der Preisunterschied bei den Magnetbausteinen Konstrukto zwischen 60 und 120 Teilen?',
	[ chf( 64.9 ), chf( 109 ) ]
);
q( 'compare', 'en', 'Which is cheaper, Seidenstrasse or Alpenpass?', [
	/seidenstrasse/,
	chf( 49.9 ),
	chf( 59.9 ),
] );
q(
	'compare',
	'de',
	'Schach Turnierset oder Schach-Lernset – was passt besser für meine 5-jährige Tochter?',
	[ /lernset|lern-set/ ]
);
q(
	'compare',
	'en',
	'Galaxis Kolonie vs Gletscherexpedition: which one plays faster?',
	[ /gletscher/, /30\s?(–|-|to|bis)\s?45/ ]
);
q( 'compare', 'de', 'Kubb oder Boccia – womit können mehr Leute mitspielen?', [
	/kubb/,
	'12',
] );
q(
	'compare',
	'de',
	'Welches Puzzle ist grösser, die Weltkarte mit 5000 Teilen oder das Panorama Berner Alpen?',
	[ /weltkarte/, /153\s*[×x]\s*101/ ]
);
q(
	'compare',
	'en',
	'escape game Uhrmacher or Gotthard - which one can I get right now?',
	[ /uhrmacher/, SOLD_OUT ]
);
q(
	'compare',
	'de',
	'Holzeisenbahn Starterset oder Kugelbahn Buche, was ist günstiger?',
	[ /eisenbahn/, chf( 59.9 ), chf( 89 ) ]
);

// Search
q(
	'search',
	'de',
	'Ich suche ein Geschenk unter 20 Franken für einen 8-Jährigen',
	[
		/zahlenjagd|farbwechsel|sechser-alarm|service hero|würfelglück|wackelturm|reisespiele|kinderpuzzle|dinosaurier|tier-bingo|zauberwald|pokerwürfel|rommé/,
	],
	found( /kugelbahn|schaukelpferd|spieltisch|kaufladen|puppenhaus/ )
);
q( 'search', 'en', 'any cooperative games?', [
	/gletscherexpedition|drachenei|zahlenjagd/,
] );
q( 'search', 'de', 'Was habt ihr für Spiele zu zweit?', [
	/festungssturm|schach|backgammon|mühle|reisespiele|go-set/,
] );
q( 'search', 'en', 'something for a total beginner at jass?', [
	/jass-kurs|jass kurs|jasskurs|jassbuch|jass-set/,
] );
q( 'search', 'de', 'Gibt es Solo-Spiele, die man alleine spielen kann?', [
	/inselreich|return to helvetia|galaxis|gletscher|bergbauern|sternwarte/,
] );
q( 'search', 'en', 'gift for a 1 year old?', [
	/stapelturm|schaukelpferd|motorikwürfel|bauklötze|greifling/,
] );
q( 'search', 'de', 'Ich suche ein Puzzle mit einem Schweizer Motiv', [
	/matterhorn|kapellbrücke|rheinfall|berner alpen|winterthur|zürich|chillon|schweizerkarte/,
] );
q( 'search', 'en', 'do you have anything to play outside in the garden?', [
	/kubb|boccia|ringwurf/,
] );
q( 'search', 'de', 'Etwas zum Programmieren für einen 11-Jährigen?', [
	/robo kit/,
] );
q( 'search', 'en', 'party game for 8 people?', [
	/garantiert gelogen|word rush|familienquiz|krimi|farbwechsel|tier-bingo/,
] );
q( 'search', 'de', 'Hend ihr au Spiel uf Französisch?', [
	/burgenbauer|drachenwacht/,
] );
q(
	'search',
	'de',
	'Geschenkidee für einen Eisenbahnfan, Budget so 100 Franken',
	[ /rhätische bahn|holzeisenbahn/ ],
	found( /spieltisch/ )
);
q(
	'search',
	'en',
	'looking for something science-y for a 10 year old, under 50 CHF',
	[ /experimentierkasten|kristallzucht|solar-roboter|solar roboter/ ],
	found( /robo kit/ )
);
q( 'search', 'de', 'Habt ihr Zubehör für Puzzles?', [
	/puzzlematte|puzzlekleber|sortierschalen/,
] );

// Follow-ups
q( 'followup', 'de', 'Und die Erweiterung dazu?', [ chf( 29.9 ) ], undefined, [
	'Was kostet Galaxis Kolonie?',
] );
q( 'followup', 'en', "what's the max weight?", [ /25\s?kg/ ], undefined, [
	'Tell me about the Velo Mini balance bike',
] );
q(
	'followup',
	'de',
	'Und wie gross ist das mit 1000 Teilen?',
	[ /68\s*[×x]\s*48/ ],
	undefined,
	[ 'Habt ihr das Matterhorn Puzzle?' ]
);
q( 'followup', 'en', 'and to Austria?', [ chf( 24.9 ) ], undefined, [
	'How much is shipping within Switzerland?',
] );
q(
	'followup',
	'de',
	'Was kostet das Jass-Set komplett und ist es an Lager?',
	[ chf( 49.9 ), IN_STOCK ],
	found( SOLD_OUT ),
	[ 'Ich suche ein Geschenk für einen Jass-Fan' ]
);
q(
	'followup',
	'de',
	'Was war da nochmal alles drin?',
	[ /alpenpass/, /winterpässe/ ],
	orderSafe(),
	[ 'Hallo, ich habe die Bestellung 1 gemacht, E-Mail nina.meier@bluewin.ch' ]
);
q(
	'followup',
	'en',
	'is the french version in stock?',
	[ /in stock|available|\b2\b/ ],
	found( SOLD_OUT ),
	[ 'Do you have Drachenwacht?' ]
);
q(
	'followup',
	'de',
	'Wie lange ist die Lieferzeit?',
	[ /6\s?(–|-|bis)\s?8 wochen/ ],
	undefined,
	[ 'Was kostet der Spieltisch Tafelrunde?' ]
);
q(
	'followup',
	'en',
	'does that include gift vouchers?',
	[ /not|excluded|cannot|can'?t|\bno\b/ ],
	undefined,
	[ "What's your return policy?" ]
);
q(
	'followup',
	'de',
	'Ist am 27. Januar noch was frei?',
	[ [ /\b2\b/, /zwei/ ] ],
	found( SOLD_OUT, /ausgebucht/ ),
	[ 'Gibt es einen Kurs zum Jassen?', 'Was kostet der?' ]
);

export const CHOICES = questions;
