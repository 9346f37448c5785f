/**
 * Klangraum dev questions about stock (out of stock, backorder with the "Lieferbar ab" date,
 * low, counted, unmanaged) and variations (colour, pair or single speaker, cable length).
 * Written from klangraum.json before the responder was asked any of them.
 */
import {
	IN_STOCK,
	NOT_FOUND,
	OUT_OF_STOCK,
	stockExpectation,
} from '../phrases';
import type { EvalQuestion } from '../types';
import { chf, q } from './klangraum-kit';

const JAN_15 = [
	'15. januar',
	'15 january',
	'january 15',
	'15th of january',
	'15th january',
	'15.01.2027',
	'15.1.2027',
	'15 jan',
	'jan 15',
];
const JAN_22 = [
	'22. januar',
	'22 january',
	'january 22',
	'22nd of january',
	'22nd january',
	'22.01.2027',
	'22.1.2027',
	'22 jan',
	'jan 22',
];
const FEB_5 = [
	'5. februar',
	'5 february',
	'february 5',
	'5th of february',
	'5th february',
	'05.02.2027',
	'5.2.2027',
];
const MID_FEB = [
	'mitte februar',
	'mid-february',
	'mid february',
	'middle of february',
];
const out = () => stockExpectation( { stock_status: 'outofstock' } );
const counted = ( n: number ) =>
	stockExpectation( {
		stock_status: 'instock',
		manage_stock: true,
		stock_quantity: n,
	} );
const unmanaged = () =>
	stockExpectation( { stock_status: 'instock', manage_stock: false } );

export const STOCK: EvalQuestion[] = [
	q(
		'kr-stock-01',
		'stock',
		'de',
		'Habt ihr den Stereo-Receiver Vela Murten an Lager?',
		out().mustContain,
		out().mustNotContain
	),
	q(
		'kr-stock-02',
		'stock',
		'en',
		'is the Nordhall Greifensee phono preamp in stock?',
		out().mustContain,
		out().mustNotContain
	),
	q(
		'kr-stock-03',
		'stock',
		'de',
		'Ist der Kopfhörerverstärker Lindqvist Moléson lieferbar?',
		[ MID_FEB ],
		NOT_FOUND
	),
	q(
		'kr-stock-04',
		'stock',
		'en',
		'When will the Kessler Biel cartridge be available again?',
		[ JAN_15 ],
		NOT_FOUND
	),
	q(
		'kr-stock-05',
		'stock',
		'de',
		'Ist der Subwoofer Vela Tödi vorrätig? wie viele habt ihr noch',
		counted( 19 ).mustContain,
		counted( 19 ).mustNotContain
	),
	q(
		'kr-stock-06',
		'stock',
		'en',
		'do you have the Aarklang Hörnli headphone amp in stock? how many left',
		counted( 2 ).mustContain,
		counted( 2 ).mustNotContain
	),
	q(
		'kr-stock-07',
		'stock',
		'de',
		'Plattenbürste Karbon an Lager?',
		out().mustContain,
		out().mustNotContain
	),
	q(
		'kr-stock-08',
		'stock',
		'de',
		'Tonabnehmer Kessler Rigi – habt ihr den?',
		out().mustContain,
		out().mustNotContain
	),
	q(
		'kr-stock-09',
		'stock',
		'en',
		'Is the Vela Pfäffikon soundbar available?',
		out().mustContain,
		out().mustNotContain
	),
	q(
		'kr-stock-10',
		'stock',
		'de',
		'Habt ihr noch In-Ear-Kopfhörer Aarklang Albis?',
		counted( 1 ).mustContain,
		counted( 1 ).mustNotContain
	),
	q(
		'kr-stock-11',
		'stock',
		'en',
		'how many cans of the Kontaktreiniger spray do you have',
		counted( 42 ).mustContain,
		counted( 42 ).mustNotContain
	),
	q(
		'kr-stock-12',
		'stock',
		'de',
		'ist der DAC Lindqvist Lägern lieferbar?',
		counted( 3 ).mustContain,
		counted( 3 ).mustNotContain
	),
	q(
		'kr-stock-13',
		'stock',
		'en',
		'Is the Lindqvist Calanda phono stage in stock?',
		counted( 16 ).mustContain,
		counted( 16 ).mustNotContain
	),
	q(
		'kr-stock-14',
		'stock',
		'de',
		'soundbar kessler pfäffikon vorrätig?',
		counted( 22 ).mustContain,
		counted( 22 ).mustNotContain
	),
	q(
		'kr-stock-15',
		'stock',
		'de',
		'Plattenspieler Lindqvist Hallwil – an Lager?',
		counted( 24 ).mustContain,
		counted( 24 ).mustNotContain
	),
	q(
		'kr-stock-16',
		'stock',
		'de',
		'Hi-Fi-Kopfhörer Lindqvist Gurten, habt ihr den da? Möchte ihn am Samstag im Laden anschauen',
		unmanaged().mustContain,
		unmanaged().mustNotContain
	),
];

export const VARIATION: EvalQuestion[] = [
	q(
		'kr-variation-01',
		'variation',
		'de',
		'Was kostet der Regallautsprecher Nordhall Mönch als Paar in Nussbaum?',
		[ chf( '1389.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-variation-02',
		'variation',
		'en',
		'How much is the Alpenton Kronberg bookshelf speaker pair in walnut, and do you have it?',
		[ chf( '859.00' ), IN_STOCK ],
		NOT_FOUND
	),
	q(
		'kr-variation-03',
		'variation',
		'de',
		'Gibt es den Regallautsprecher Alpenton Kronberg als Paar in Schwarz? brauche ihn bis Weihnachten',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	q(
		'kr-variation-04',
		'variation',
		'de',
		'Lautsprecherkabel Kessler Sarnen 2 m – wann wieder lieferbar?',
		[ JAN_22 ],
		NOT_FOUND
	),
	q(
		'kr-variation-05',
		'variation',
		'en',
		'price of the aarklang weissenstein speaker cable in 5 m?',
		[ chf( '389.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-variation-06',
		'variation',
		'de',
		'cinch kabel aarklang eiger 2m verfügbar?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	q(
		'kr-variation-07',
		'variation',
		'en',
		'I need the Vela Ägeri optical cable, 5 metres. Price and stock?',
		[ chf( '39.50' ), '20' ],
		NOT_FOUND
	),
	q(
		'kr-variation-08',
		'variation',
		'de',
		'Over-Ear-Kopfhörer Aarklang Moléson in Sand – habt ihr den?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	q(
		'kr-variation-09',
		'variation',
		'en',
		'Do you have the Nordhall Murten over-ears in black?',
		[ JAN_22 ],
		NOT_FOUND
	),
	q(
		'kr-variation-10',
		'variation',
		'de',
		'Was kostet der Standlautsprecher Alpenton Lägern in Nussbaum?',
		[ chf( '7119.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-variation-11',
		'variation',
		'en',
		'Is the Lindqvist Fronalp floor speaker available in white?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	q(
		'kr-variation-12',
		'variation',
		'de',
		'Standlautsprecher Kessler Tödi in Weiss – wie viele habt ihr noch?',
		[ IN_STOCK, '1' ],
		NOT_FOUND
	),
	q(
		'kr-variation-13',
		'variation',
		'de',
		'Soundbar Vela Speer in schwarz, ab wann lieferbar?',
		[ FEB_5 ],
		NOT_FOUND
	),
	q(
		'kr-variation-14',
		'variation',
		'en',
		'Lindqvist Pfäffikon bookshelf speaker, just one single speaker in walnut - price?',
		[ chf( '279.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-variation-15',
		'variation',
		'de',
		'Bluetooth-Lautsprecher Vela Lägern in Salbeigrün noch da?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	q(
		'kr-variation-16',
		'variation',
		'en',
		'the Kessler Greifensee speaker stands - which colour can I actually get right now?',
		[ [ 'nussbaum', 'walnut' ] ],
		NOT_FOUND
	),
	q(
		'kr-variation-17',
		'variation',
		'de',
		'was kostet der vollverstärker kessler thun in silber und habt ihr ihn an lager?',
		[ chf( '3929.00' ), '15' ],
		NOT_FOUND
	),
	q(
		'kr-variation-18',
		'variation',
		'de',
		'Optisches Kabel Vela Pfäffikon in 1 m – wann kann ich das haben?',
		[ JAN_22 ],
		NOT_FOUND
	),
];
