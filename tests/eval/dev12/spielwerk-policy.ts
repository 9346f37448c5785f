/**
 * Spielwerk dev set: policy (shipping zones, thresholds, courier, freight, abroad; returns
 * and their exceptions; warranty, missing parts, spare parts; payment; gift wrap,
 * engraving, rental; vouchers, discounts, loyalty card, course cancellation). Written blind
 * from tests/doubles/woocommerce/spielwerk-pages.ts.
 */
import { chf, found, numberedQuestions } from './spielwerk-kit';

const { questions, q } = numberedQuestions( 'sw-d' );

q( 'policy', 'de', 'Was kostet der Versand innerhalb der Schweiz?', [
	chf( 8.5 ),
] );
q( 'policy', 'de', 'Ab welchem Betrag ist der Versand gratis?', [ chf( 80 ) ] );
q( 'policy', 'en', 'Do you ship to Germany? how much?', [ chf( 24.9 ) ] );
q(
	'policy',
	'en',
	'Can you ship to France?',
	[
		/(don'?t|do not|cannot|can'?t|unfortunately|only|unable to).{0,80}(ship|deliver|send)|not (ship|deliver)|no (shipping|delivery)/,
	],
	found( /yes,? we (do )?(ship|deliver)/ )
);
q( 'policy', 'de', 'Wie lange habe ich Zeit, etwas zurückzugeben?', [
	/30 tag/,
] );
q( 'policy', 'de', 'Kann ich ein geöffnetes Puzzle zurückgeben?', [
	/ungeöffnet|originalfolie|ausgeschlossen|nicht zurück|leider nein|nein|leider nicht/,
] );
q( 'policy', 'en', 'whats the cost of sending something back?', [ chf( 9 ) ] );
q( 'policy', 'de', 'Wie lange ist die Garantie auf die Kugelbahn?', [
	/5 jahr|fünf jahr/,
] );
q( 'policy', 'en', 'One piece was missing in my new puzzle, what now?', [
	/60 (days|tage)/,
	/free|no charge|at no cost|kostenlos|gratis|replace|exchange/,
] );
q(
	'policy',
	'de',
	'Ich habe ein Teil von einem Spiel verloren, könnt ihr Ersatz besorgen?',
	[ chf( 5 ), /2\s?(–|-|bis)\s?4 wochen/ ]
);
q(
	'policy',
	'de',
	'Kann ich mit PayPal zahlen?',
	[ /nicht|kein|leider|nein/ ],
	found(
		/paypal (ist|wird) (möglich|akzeptiert)|(mit|per) paypal (bezahlen|zahlen) (ist )?möglich|ja,? (sie können|das geht)/
	)
);
q(
	'policy',
	'en',
	'do you do same day delivery by bike courier in Winterthur? until when do i have to order',
	[ chf( 9 ), /14[:.]00|2 ?pm|14 uhr/ ]
);
q( 'policy', 'de', 'Gibt es Kauf auf Rechnung?', [ chf( 500 ), /30 tag/ ] );
q( 'policy', 'en', 'Can I pay with Reka checks online?', [
	/(in|at) (our|the) (shop|store)|in-store|in store|im laden|in person|only (accept(ed)?|take|possible) .{0,30}(shop|store)/,
] );
q( 'policy', 'de', 'Wie viel kostet die Geschenkverpackung?', [ chf( 3.5 ) ] );
q(
	'policy',
	'en',
	"can you engrave my son's name on the balance bike? what does it cost",
	[ chf( 12 ) ]
);
q(
	'policy',
	'de',
	'Kann man bei euch Spiele ausleihen? Was kostet das übers Wochenende?',
	[ chf( 8 ) ]
);
q( 'policy', 'en', 'Can you post rental games to me?', [
	/only in|in (the|our) (shop|store)|in-store|in store|not by (post|mail)|can'?t (be )?(sent|posted|mailed)|cannot (be )?(sent|posted|mailed)|nur im laden|pick(ed)? up/,
] );
q( 'policy', 'de', 'Wie lange sind Gutscheine gültig?', [
	/5 jahr|fünf jahr/,
] );
q( 'policy', 'de', 'Gibt es Rabatt für Schulen?', [
	/10\s?%|10 prozent/,
	chf( 300 ),
] );
q(
	'policy',
	'de',
	'Wie funktioniert der Spielpass und kann ich bei Online-Bestellungen auch Stempel sammeln?',
	[
		chf( 20 ),
		/nur im laden|nicht online|online.{0,60}(nicht|leider)|leider nicht|nicht stempeln|keine stempel/,
	]
);
q(
	'policy',
	'en',
	'If I order Tal der Zünfte and Chäs-Jagd together, do you ship Chäs-Jagd first?',
	[
		/together|zusammen|all at once|once everything|in one (parcel|package|shipment)|partial|split|separate/,
	]
);
q( 'policy', 'en', 'Is the Priority shipping next day? cost?', [
	chf( 11.5 ),
	/15[:.]00|3 ?pm|15 uhr/,
] );
q( 'policy', 'en', 'How much is delivery for the wooden Kaufladen?', [
	chf( 39 ),
] );
q(
	'policy',
	'de',
	'Bis wann muss ich mich vom Workshop abmelden damit ich nichts zahlen muss?',
	[ /5 tag|fünf tag/ ]
);

export const POLICY = questions;
