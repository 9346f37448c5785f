/**
 * Klangraum dev questions about single products: price and specifications (also the one
 * fact only the long description states). Written from klangraum.json before the responder
 * was asked any of them.
 */
import { NOT_FOUND } from '../phrases';
import type { EvalQuestion } from '../types';
import { chf, q } from './klangraum-kit';

export const PRICE: EvalQuestion[] = [
	q(
		'kr-price-01',
		'price',
		'de',
		'was kostet der subwoofer nordhall greifensee?',
		[ chf( '1429.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-02',
		'price',
		'de',
		'Grüezi, wie teuer ist der Vollverstärker Kessler Uto?',
		[ chf( '4749.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-03',
		'price',
		'en',
		'How much is the Lindqvist Hallwil turntable?',
		[ chf( '2779.00' ) ],
		[ ...NOT_FOUND, '147.50' ]
	),
	q(
		'kr-price-04',
		'price',
		'en',
		'price of the aarklang mönch in-ear buds?',
		[ chf( '70.50' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-05',
		'price',
		'de',
		'Ist die Soundbar Kessler Hörnli gerade reduziert? Was kostet sie jetzt?',
		[ chf( '629.00' ), chf( '739.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-06',
		'price',
		'de',
		'Preis Netzwerk-Streamer Nordhall Tödi?',
		[ chf( '2239.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-07',
		'price',
		'en',
		'what does the DAC Aarklang Greifensee cost in francs',
		[ chf( '163.50' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-08',
		'price',
		'de',
		'wieviel Franken kostet der Kontaktreiniger?',
		[ chf( '19.90' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-09',
		'price',
		'de',
		'Was kostet das Garantie-Plus für 3 Jahre?',
		[ chf( '89.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-10',
		'price',
		'en',
		'How much is the Kessler Speer subwoofer?',
		[ chf( '1509.00' ) ],
		[ ...NOT_FOUND, '1119' ]
	),
	q(
		'kr-price-11',
		'price',
		'de',
		'Kopfhörerverstärker Lindqvist Pfäffikon – Preis bitte',
		[ chf( '769.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-12',
		'price',
		'en',
		"What's the price of the Vela Sarnen network streamer?",
		[ chf( '1929.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-13',
		'price',
		'de',
		'Plattenbürste Karbon kostet wieviel? war die nicht mal teurer?',
		[ chf( '24.50' ), chf( '29.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-14',
		'price',
		'en',
		'how much does the alpenton speer amplifier cost',
		[ chf( '1199.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-15',
		'price',
		'de',
		'phono vorverstärker aarklang murten preis?',
		[ chf( '519.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-16',
		'price',
		'en',
		'price for the Kessler Kronberg cartridge please',
		[ chf( '185.50' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-17',
		'price',
		'de',
		'Was kostet bei euch der Receiver von Nordhall, der Pilatus?',
		[ chf( '849.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-18',
		'price',
		'en',
		'Hi, what does the Alpenton Brienz bookshelf speaker cost?',
		[ chf( '259.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-price-19',
		'price',
		'de',
		'Wie viel Fr. kostet der DAC Lindqvist Napf?',
		[ chf( '1119.00' ) ],
		NOT_FOUND
	),
];

export const SPEC: EvalQuestion[] = [
	q(
		'kr-spec-01',
		'spec',
		'de',
		'Welche Impedanz hat der Hi-Fi-Kopfhörer Lindqvist Moléson?',
		[ [ '300 ohm', '300 Ω', '300Ω' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-02',
		'spec',
		'en',
		"what's the impedance of the Nordhall Pfäffikon headphones",
		[ [ '80 ohm', '80 Ω', '80Ω' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-03',
		'spec',
		'de',
		'wie schwer ist der standlautsprecher lindqvist tödi',
		[ [ '37,3', '37.3' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-04',
		'spec',
		'en',
		'How heavy is the Kessler Lägern floor speaker? I have to carry it up three floors',
		[ [ '23,3', '23.3' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-05',
		'spec',
		'de',
		'Frequenzgang vom Regallautsprecher Nordhall Mönch?',
		[
			[ '42 hz', '42hz' ],
			[ '28 khz', '28khz' ],
		],
		NOT_FOUND
	),
	q(
		'kr-spec-06',
		'spec',
		'en',
		'frequency response of the vela tödi subwoofer?',
		[
			[ '20 hz', '20hz' ],
			[ '150 hz', '150hz' ],
		],
		NOT_FOUND
	),
	q(
		'kr-spec-07',
		'spec',
		'de',
		'Welche Bluetooth-Version hat der Bluetooth-Lautsprecher Nordhall Tödi?',
		[ [ '5.0', '5,0' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-08',
		'spec',
		'en',
		'Does the Aarklang Titlis speaker have Bluetooth 5.3?',
		[ [ 'yes' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-09',
		'spec',
		'de',
		'Wie lange hält der Akku vom Over-Ear-Kopfhörer Aarklang Glärnisch?',
		[ [ '60 stunden', '60 h', '60h' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-10',
		'spec',
		'en',
		'battery life on the Vela Irchel headphones?',
		[ [ '25 hours', '25 stunden', '25 h', '25h' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-11',
		'spec',
		'de',
		'Wie breit ist die Soundbar Kessler Pfäffikon? Mein TV-Möbel ist 110 cm',
		[ [ '116' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-12',
		'spec',
		'en',
		'What are the dimensions of the Alpenton Albis turntable?',
		[ /45\s*(?:×|x|by)\s*15\s*(?:×|x|by)\s*36/ ],
		NOT_FOUND
	),
	q(
		'kr-spec-13',
		'spec',
		'de',
		'wieviel watt hat der vollverstärker lindqvist brienz',
		[ [ '50 w', '50w', '50 watt' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-14',
		'spec',
		'en',
		'how much power does the Kessler Thun amp put out?',
		[ [ '160 w', '160w', '160 watt' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-15',
		'spec',
		'de',
		'Empfindlichkeit vom Hi-Fi-Kopfhörer Kessler Uto?',
		[ [ '96 db', '96db' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-16',
		'spec',
		'de',
		'Welchen Nadelschliff hat der Tonabnehmer Kessler Mönch, und ist das ein MM oder MC?',
		[ [ 'shibata' ], [ 'MC' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-17',
		'spec',
		'en',
		'Is the Kessler Biel cartridge moving coil? What output voltage?',
		[ [ '0,4 mv', '0.4 mv', '0,4mv', '0.4mv' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-18',
		'spec',
		'de',
		'Hat der Plattenspieler Lindqvist Gurten einen eingebauten Phono-Vorverstärker?',
		[ [ 'nicht eingebaut', 'keinen', 'kein ', 'nein' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-19',
		'spec',
		'en',
		'which speeds does the Aarklang Chasseral turntable play? can it do 78?',
		[ [ '78' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-20',
		'spec',
		'de',
		'Wie viele Kanäle hat die Soundbar Vela Mönch, und kann die Dolby Atmos?',
		[ [ '3.1', '3,1' ], [ 'atmos' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-21',
		'spec',
		'en',
		'Does the Kessler Ägeri amplifier come with a remote? what is it made of',
		[ [ 'aluminium', 'aluminum' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-22',
		'spec',
		'de',
		'Wie viel wiegt der DAC Lindqvist Lägern?',
		[ [ '340 g', '340g', '340 gramm', '0,34 kg' ] ],
		NOT_FOUND
	),
	q(
		'kr-spec-23',
		'spec',
		'de',
		'Wie lang ist das Kabel beim Hi-Fi-Kopfhörer Lindqvist Gurten?',
		[ /\b3\s?(?:m|metres?|meters?)\b/ ],
		NOT_FOUND
	),
	q(
		'kr-spec-24',
		'spec',
		'de',
		'wie hoch sind die lautsprecherständer alpenton kronberg und wieviel tragen die',
		[
			[ '70 cm', '70cm' ],
			[ '15 kg', '15kg' ],
		],
		NOT_FOUND
	),
];
