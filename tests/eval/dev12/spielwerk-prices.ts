/**
 * Spielwerk dev set: prices (simple products, sale prices, policy-word names) and
 * variations (colour, pieces, size, language edition, amount, date). Written blind from
 * tests/doubles/woocommerce/spielwerk*.ts.
 */
import {
	BACKORDER,
	chf,
	date,
	found,
	numberedQuestions,
	SOLD_OUT,
} from './spielwerk-kit';

const { questions, q } = numberedQuestions( 'sw-a' );

// Prices
q( 'price', 'de', 'Was kostet das Alpenpass Handelsspiel?', [ chf( 59.9 ) ] );
q( 'price', 'de', 'Grüezi, wie tüür isch Versandhaus Tycoon?', [
	chf( 49.9 ),
] );
q( 'price', 'en', 'how much is Return to Helvetia right now', [ chf( 64.9 ) ] );
q( 'price', 'de', 'Rhätische Bahn Eisenbahnspiel Preis?', [ chf( 89 ) ] );
q( 'price', 'en', 'What does the Kubb set cost?', [ chf( 39.9 ) ] );
q( 'price', 'de', 'Was kostet ein Jassteppich', [ chf( 29.9 ) ] );
q( 'price', 'de', 'Wie viel kostet das Schaukelpferd aus Holz?', [
	chf( 159 ),
] );
q( 'price', 'en', 'price of the Garantiert Gelogen bluff game?', [
	chf( 19.9 ),
] );
q( 'price', 'de', 'Was kostet das Poker-Set mit 300 Chips?', [ chf( 49.9 ) ] );
q( 'price', 'en', 'How much is the 5000 piece world map puzzle?', [
	chf( 69.9 ),
] );
q( 'price', 'de', 'Preis vom Service Hero Kartenspiel', [ chf( 14.9 ) ] );
q( 'price', 'de', 'Wie teuer ist der Kaufladen aus Holz?', [ chf( 249 ) ] );
q( 'price', 'en', 'how much for the Klemmbausteine Matterhorn', [
	chf( 149 ),
] );
q( 'price', 'de', 'Was kostet ein Kindergeburtstag bei euch?', [ chf( 180 ) ] );
q( 'price', 'en', "What's the price of Chäs-Jagd?", [ chf( 32.9 ) ] );
q(
	'price',
	'de',
	'Ist das Panorama-Puzzle Berner Alpen grad günstiger? was kostets',
	[ chf( 29.9 ) ]
);

// Variations
q( 'variation', 'de', 'Welche Farben gibt es beim Laufrad Velo Mini?', [
	'natur',
	/\brot\b/,
	'blau',
] );
q( 'variation', 'en', 'Is the blue Velo Mini balance bike in stock?', [
	BACKORDER,
	date( 22, 'jan' ),
] );
q( 'variation', 'de', 'Was kostet das Matterhorn-Puzzle mit 2000 Teilen?', [
	chf( 29.9 ),
] );
q( 'variation', 'en', 'do you have the 500 piece Matterhorn puzzle?', [
	SOLD_OUT,
] );
q( 'variation', 'de', 'Was kostet der Spieltisch Tafelrunde in 160 x 100?', [
	chf( 1690 ),
] );
q(
	'variation',
	'en',
	'What sizes does the Tafelrunde game table come in, and what does the smallest one cost?',
	[ /120\s*[×x]\s*80/, /140\s*[×x]\s*90/, /160\s*[×x]\s*100/, chf( 1249 ) ]
);
q( 'variation', 'de', 'Gibt es Drachenwacht auch auf Englisch?', [
	/englisch|english/,
	SOLD_OUT,
	date( 15, 'jan' ),
] );
q( 'variation', 'de', 'Welche Jasskarten habt ihr – auch französische?', [
	/französisch|franzoesisch|french/,
	/deutschschweizer/,
] );
q( 'variation', 'en', 'which card sleeve sizes do you have', [
	/63[,.]5\s*[×x]\s*88/,
	/45\s*[×x]\s*68/,
	/70\s*[×x]\s*120/,
] );
q( 'variation', 'de', 'Sind die quadratischen Kartenhüllen 70x70 an Lager?', [
	SOLD_OUT,
] );
q( 'variation', 'de', 'Was kostet das Würfelset in Metall Gold?', [
	chf( 24.9 ),
] );
q(
	'variation',
	'en',
	'How much are the Konstrukto magnetic tiles with 120 pieces?',
	[ chf( 109 ) ]
);
q(
	'variation',
	'de',
	'Ist das 200er Set von den Magnetbausteinen Konstrukto verfügbar?',
	[ SOLD_OUT ]
);
q( 'variation', 'de', 'Jassteppich in blau, hend ihr dä?', [
	SOLD_OUT,
	date( 15, 'jan' ),
] );
q(
	'variation',
	'en',
	'What amounts can I get the gift voucher in?',
	[ '20', '50', '100', '200' ],
	found( chf( 25 ), chf( 150 ), chf( 500 ) )
);
q( 'variation', 'de', 'Welche Termine gibt es für den Jass-Kurs?', [
	date( 13, 'jan' ),
	date( 27, 'jan' ),
	date( 10, 'feb' ),
] );

export const PRICES = questions;
