/**
 * Blattwerk dev questions about single products: price, spec and stock. Written blind from
 * the catalog (blattwerk-catalog.ts), before the responder was asked any of them.
 */
import type { EvalQuestion } from '../types';
import {
	eur,
	IN_STOCK,
	OUT_OF_STOCK,
	q,
	RESTOCKED,
	TOXIC_ONLY,
} from './blattwerk-kit';

export const PRODUCT_QUESTIONS: EvalQuestion[] = [
	// price
	q( 'bw-price-01', 'price', 'de', 'was kostet die monstera deliciosa?', [
		eur( '34,90' ),
	] ),
	q(
		'bw-price-02',
		'price',
		'en',
		'how much is the fiddle leaf fig (Ficus lyrata)?',
		[ eur( '59,90' ) ]
	),
	q(
		'bw-price-03',
		'price',
		'de',
		'Wie teuer ist die Thai Constellation grad?',
		[ '109' ]
	),
	q( 'bw-price-04', 'price', 'en', 'price of the Kentia palm?', [
		eur( '74,90' ),
	] ),
	q( 'bw-price-05', 'price', 'de', 'Preis für Aloe vera', [
		eur( '12,50' ),
	] ),
	q( 'bw-price-06', 'price', 'en', 'what does the Hoya kerrii heart cost', [
		eur( '9,50' ),
	] ),
	q(
		'bw-price-07',
		'price',
		'de',
		'was kostet der grünpflanzendünger 500 ml',
		[ eur( '8,90' ) ]
	),
	q(
		'bw-price-08',
		'price',
		'en',
		'How much is the 35 W pendant grow light?',
		[ '89' ]
	),
	q( 'bw-price-09', 'price', 'de', 'Was kostet das Umtopf-Set?', [
		eur( '19,90' ),
	] ),
	q(
		'bw-price-10',
		'price',
		'en',
		"is the Ficus Tineke on sale? what's the price",
		[ eur( '24,90' ) ]
	),
	q( 'bw-price-11', 'price', 'de', 'wie viel kostet die Messing Gießkanne', [
		eur( '39,90' ),
	] ),
	q( 'bw-price-12', 'price', 'de', 'preis zamioculcas raven?', [
		eur( '39,90' ),
	] ),
	q( 'bw-price-13', 'price', 'de', 'Was kostet ein Olivenbaum bei euch?', [
		eur( '49,90' ),
	] ),

	// spec
	q(
		'bw-spec-01',
		'spec',
		'de',
		'Ist die Monstera deliciosa giftig für Katzen?',
		[ 'giftig' ],
		TOXIC_ONLY
	),
	q(
		'bw-spec-02',
		'spec',
		'en',
		'I have a cat - is the Calathea orbifolia safe for pets?',
		[ [ 'non-toxic', 'not toxic', 'nontoxic', 'safe', 'ungiftig' ] ],
		[ 'is toxic' ]
	),
	q(
		'bw-spec-03',
		'spec',
		'de',
		'wie groß ist die Strelitzia nicolai und in welchem topf kommt sie',
		[ '150', '27' ]
	),
	q(
		'bw-spec-04',
		'spec',
		'en',
		'How much light does the Zamioculcas (Glücksfeder) need?',
		[ [ 'shade', 'Schatten', 'low light', 'little light' ] ]
	),
	q( 'bw-spec-05', 'spec', 'de', 'Verträgt die Ficus lyrata direkte Sonne?', [
		[
			'keine direkte',
			'Halbschatten',
			'indirekt',
			'nicht in die direkte',
			'keine pralle',
		],
	] ),
	q(
		'bw-spec-06',
		'spec',
		'en',
		'how often should I water the Sansevieria trifasciata?',
		[ [ '2–3', '2-3', 'two to three', '2 to 3', 'every few weeks' ] ]
	),
	q(
		'bw-spec-07',
		'spec',
		'de',
		'wie viel Lumen hat die Pflanzenlampe Clip Duo?',
		[ [ '1.600', '1600', '1,600' ] ]
	),
	q(
		'bw-spec-08',
		'spec',
		'en',
		'What is the wattage and lifetime of the LED-Pflanzenbirne E27?',
		[
			[ '15 W', '15W', '15 watt' ],
			[ '20.000', '20,000', '20000' ],
		]
	),
	q(
		'bw-spec-09',
		'spec',
		'de',
		'Welche NPK Werte hat der Kakteen- & Sukkulentendünger',
		[ '4-6-8' ]
	),
	q(
		'bw-spec-10',
		'spec',
		'en',
		'how much of the Grünpflanzendünger do i put per litre of water?',
		[ [ '5 ml', '5ml' ] ]
	),
	q(
		'bw-spec-11',
		'spec',
		'de',
		'Wie hoch ist die Goldfruchtpalme ungefähr?',
		[ [ '100 cm', '100cm', '1 m', '1 Meter' ] ]
	),
	q( 'bw-spec-12', 'spec', 'en', 'Is the Pilea toxic to dogs?', [
		[
			'non-toxic',
			'not toxic',
			'nontoxic',
			'safe',
			'ungiftig',
			"isn't toxic",
			'is not toxic',
		],
	] ),
	q(
		'bw-spec-13',
		'spec',
		'de',
		'Wie lange läuft der Ultraschall-Luftbefeuchter mit einer Tankfüllung?',
		[ [ '20 Stunden', '20 hours', '20 Std' ] ]
	),
	q(
		'bw-spec-14',
		'spec',
		'en',
		'How big is the Umtopfmatte when unfolded?',
		[ [ '68 × 68', '68 x 68', '68x68', '68 by 68', '68×68' ] ]
	),
	q(
		'bw-spec-15',
		'spec',
		'de',
		'Welche Luftfeuchtigkeit braucht die Calathea White Fusion?',
		[ '60' ]
	),
	q(
		'bw-spec-16',
		'spec',
		'en',
		'what timer settings does the Pflanzenlicht-Stativ have',
		[ '6', '12', '16' ]
	),
	q(
		'bw-spec-17',
		'spec',
		'de',
		'Was für eine Fassung hat die LED-Pflanzenbirne?',
		[ 'E27' ]
	),
	q(
		'bw-spec-18',
		'spec',
		'en',
		'Does the big Monstera deliciosa come with a moss pole? how long',
		[ [ '60 cm', '60cm' ] ]
	),

	// stock
	q( 'bw-stock-01', 'stock', 'de', 'habt ihr die Monstera adansonii da?', [
		OUT_OF_STOCK,
	] ),
	q(
		'bw-stock-02',
		'stock',
		'en',
		'Is the Philodendron Pink Princess in stock?',
		[ RESTOCKED ]
	),
	q(
		'bw-stock-03',
		'stock',
		'de',
		'Wie viele Calathea White Fusion habt ihr noch?',
		[ '1' ]
	),
	q(
		'bw-stock-04',
		'stock',
		'en',
		'do you have Aloe vera in stock',
		[ IN_STOCK ],
		[ 'out of stock', 'sold out' ]
	),
	q( 'bw-stock-05', 'stock', 'de', 'Ist der Ficus Audrey lieferbar?', [
		RESTOCKED,
	] ),
	q(
		'bw-stock-06',
		'stock',
		'en',
		'when will the Olivenbaum be available again?',
		[
			[
				'12.01.2027',
				'12 January 2027',
				'January 12',
				'12 Jan',
				'12/01/2027',
				'2027-01-12',
			],
		]
	),
	q( 'bw-stock-07', 'stock', 'de', 'Pothos Marble Queen auf Lager?', [
		OUT_OF_STOCK,
	] ),
	q(
		'bw-stock-08',
		'stock',
		'en',
		'are there still some Zamioculcas Raven left? how many',
		[ '2' ]
	),
	q( 'bw-stock-09', 'stock', 'de', 'habt ihr noch den orchideendünger?', [
		OUT_OF_STOCK,
	] ),
	q(
		'bw-stock-10',
		'stock',
		'en',
		'Is the Pflanzenlicht-Leiste 60 cm available?',
		[ OUT_OF_STOCK ]
	),
	q( 'bw-stock-11', 'stock', 'de', 'Gibt es die Venusfliegenfalle gerade?', [
		RESTOCKED,
	] ),
	q(
		'bw-stock-12',
		'stock',
		'en',
		'Kaktus-Set Wüste - can I buy it right now?',
		[ OUT_OF_STOCK ]
	),
	q( 'bw-stock-13', 'stock', 'de', 'wieviele Begonia maculata sind noch da', [
		'1',
	] ),
	q( 'bw-stock-14', 'stock', 'de', 'Habt ihr das Neemöl vorrätig?', [
		RESTOCKED,
	] ),
];
