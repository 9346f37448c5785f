/**
 * Spielwerk dev set: stock (sold out with and without a restock date, backorder, counts)
 * and specs (players, ages, playing times, rule languages, dimensions, materials, contents,
 * load limits). Written blind from tests/doubles/woocommerce/spielwerk*.ts.
 */
import {
	BACKORDER,
	date,
	found,
	IN_STOCK,
	numberedQuestions,
	SOLD_OUT,
} from './spielwerk-kit';

const { questions, q } = numberedQuestions( 'sw-b' );

/** A restock date the shop never gave. */
const INVENTED_RESTOCK =
	/wieder (erhältlich|lieferbar|verfügbar|an lager) ab|back in stock (on|from|by)|available again (on|from|by)|restock(ed)? (on|by)/i;

// Stock
q( 'stock', 'de', 'Habt ihr Galaxis Kolonie an Lager?', [
	SOLD_OUT,
	date( 15, 'jan' ),
] );
q( 'stock', 'en', 'Is Tal der Zünfte in stock?', [
	BACKORDER,
	date( 29, 'jan' ),
] );
q(
	'stock',
	'de',
	'Ist das Go-Set verfügbar?',
	[ SOLD_OUT ],
	found( INVENTED_RESTOCK )
);
q( 'stock', 'en', 'do you have the wooden Kaufladen in stock', [
	BACKORDER,
	date( 5, 'feb' ),
] );
q(
	'stock',
	'de',
	'Wie viele Backgammon-Koffer habt ihr noch?',
	[ '2' ],
	found( SOLD_OUT )
);
q( 'stock', 'de', 'Ist das Puppenhaus Chalet lieferbar?', [
	SOLD_OUT,
	date( 5, 'feb' ),
] );
q( 'stock', 'en', 'Is the Robo Kit robot available?', [
	BACKORDER,
	date( 22, 'jan' ),
] );
q( 'stock', 'de', 'gibts Mein erster Bauernhof noch', [
	SOLD_OUT,
	date( 8, 'jan' ),
] );
q(
	'stock',
	'en',
	'Are there any Murmelbahn Looping sets left?',
	[ SOLD_OUT ],
	found( INVENTED_RESTOCK )
);
q( 'stock', 'de', 'Habt ihr Drache & Phönix?', [ SOLD_OUT ] );
q(
	'stock',
	'en',
	'how many Chäs-Jagd games do you have in stock',
	[ '15' ],
	found( SOLD_OUT )
);
q( 'stock', 'de', 'Ist die Bernina-Express Erweiterung lieferbar?', [
	BACKORDER,
	date( 29, 'jan' ),
] );
q(
	'stock',
	'de',
	'Hät’s no Schach Turnierset?',
	[ IN_STOCK, '4' ],
	found( SOLD_OUT )
);
q( 'stock', 'en', '3D puzzle Chillon castle - in stock?', [
	SOLD_OUT,
	date( 8, 'jan' ),
] );
q(
	'stock',
	'de',
	'Ist die Express-Lieferung Erweiterung für Versandhaus Tycoon da?',
	[ SOLD_OUT, date( 15, 'jan' ) ]
);
q( 'stock', 'en', 'Is the escape game Gefangen im Gotthard available', [
	SOLD_OUT,
	date( 8, 'jan' ),
] );

// Specs
q( 'spec', 'de', 'Für wie viele Spieler ist Rhätische Bahn?', [
	/2\s?(–|-|bis)\s?6/,
] );
q( 'spec', 'en', 'What age is Gletscherexpedition for?', [ '10' ] );
q( 'spec', 'de', 'Wie lange dauert eine Partie Tal der Zünfte?', [ '75' ] );
q(
	'spec',
	'en',
	'Is Return to Helvetia in German or English? my group only speaks german',
	[ /englisch|english/, /pdf/ ]
);
q( 'spec', 'de', 'Welche Masse hat der Kaufladen?', [
	/100\s*[×x]\s*45\s*[×x]\s*110/,
] );
q( 'spec', 'en', 'max weight for the Velo Mini balance bike?', [ /25\s?kg/ ] );
q( 'spec', 'de', 'Aus welchem Holz ist die Kugelbahn?', [ /buche/ ] );
q(
	'spec',
	'de',
	'Wie gross ist das Matterhorn Puzzle mit 2000 Teilen wenn es fertig ist?',
	[ /98\s*[×x]\s*68/ ]
);
q(
	'spec',
	'en',
	'How many pieces does the Rhätische Bahn locomotive building set have?',
	[ /1[’',. ]?180/ ]
);
q( 'spec', 'de', 'Braucht der Experimentierkasten Elektronik Batterien?', [
	/aa/,
	/nicht (enthalten|dabei|inbegriffen|beigelegt|mitgeliefert)|separat|not included|extra|zusätzlich/,
] );
q( 'spec', 'de', 'Wieviele Fragen hat das Familienquiz Schweiz', [
	/1[’',. ]?200/,
] );
q( 'spec', 'en', "what's in the Jass-Set komplett?", [
	/teppich|mat\b|carpet|felt/,
	/tafel|board|slate|chalkboard/,
	/deutschschweizer|swiss.german/,
] );
q(
	'spec',
	'de',
	'Wie hoch ist der Spieltisch Tafelrunde? und wie tief ist die Spielfläche',
	[ /75\s?cm/, /12\s?cm/ ]
);
q( 'spec', 'en', 'which dice are in the polyhedral dice set', [
	/[wd]\s?20/,
	/[wd]\s?12/,
	/[wd]\s?4\b/,
] );
q( 'spec', 'de', 'Isch s Escape-Spiel mit em Uhrmacher mehrmals spielbar?', [
	/nur (ein|1)|einmal|einmalig|nicht mehrmals|nicht mehrfach|nicht wieder/,
] );
q(
	'spec',
	'de',
	'Ab welchem Alter ist der Stapelturm Regenbogen und aus welchem Holz ist er?',
	[ /ab (1|einem) jahr|12 monat|1 jahr/, /linde/ ]
);
q(
	'spec',
	'en',
	'are the magnets in the Konstrukto tiles safe? like sealed in so kids cant get them out',
	[ /eingeschweisst|sealed|welded|encased|enclosed|embedded/ ]
);
q( 'spec', 'de', 'In welchen Sprachen sind die Regeln von Burgenbauer?', [
	/französisch|french/,
	/italienisch|italian/,
] );

export const STOCK_SPECS = questions;
