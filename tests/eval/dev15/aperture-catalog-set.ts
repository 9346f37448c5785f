/**
 * The Aperture & Grain dev set's catalogue questions: prices, stock, specs and variations
 * (lens mounts, film packs, bag colours, card capacities, filter diameters, kits).
 */
import { BACKORDER, NOT_FOUND, OUT_OF_STOCK } from '../phrases';
import {
	backorder,
	gbp,
	inStock,
	measure,
	numberedQuestions,
	soldOut,
} from './aperture-questions';

const { questions, ofClass } = numberedQuestions( 'ag' );

// Prices.
const price = ofClass( 'price' );
price.en( 'how much is the sony a7 iv body only?', [ gbp( '2099.00' ) ] );
price.en( 'whats the price of the Canon EOS R6 Mark II right now', [
	gbp( '2049.00' ),
] );
price.en( 'Nikon Zf price?', [ gbp( '1899.00' ) ] );
price.en( 'how much for the used leica m6', [ gbp( '2950.00' ) ] );
price.en( 'price of the rocket air blower pls', [ gbp( '14.99' ) ] );
price.en(
	'What does the film scanning adapter cost at the moment? Is it on offer?',
	[ gbp( '99.00' ) ]
);
price.en( 'how much is the Altrincham carbon travel tripod', [
	gbp( '200.99' ),
] );
price.de( 'Was kostet die Fujifilm X100VI?', [ gbp( '1599.00' ) ] );
price.de( 'Wie teuer ist die Paterson Entwicklungsdose?', [ gbp( '32.50' ) ] );
price.de( 'Preis für das Ilford Multigrade Papier 8x10?', [ gbp( '21.99' ) ] );
price.de( 'was kostet der gebrauchte Nikon FM2 body', [ gbp( '449.00' ) ] );
price.de( 'Hallo! Wie viel kostet der NP-W235 Akku für Fujifilm?', [
	gbp( '69.00' ),
] );

// Stock.
const stock = ofClass( 'stock' );
stock.en( 'is the Nikon Zf in stock?', ...inStock( 1 ) );
stock.en( 'do you have the lens cleaning kit in stock', ...soldOut );
stock.en( 'Is the used Pentax 67 with the 105mm still available?', ...soldOut );
stock.en( 'EN-EL15c battery for my nikon - have you got one?', ...backorder );
stock.en(
	'how many packs of the 24mm sensor swabs have you got',
	...inStock( 30 )
);
stock.en( 'Is the Heaton aluminium travel tripod available?', ...soldOut );
stock.en( 'stockport speedlight in stock??', ...soldOut );
stock.de( 'Ist die Fujifilm X100VI lieferbar?', ...backorder );
stock.de( 'Habt ihr die Canon R6 Mark II auf Lager?', ...inStock( 3 ) );
stock.de( 'Ist die gebrauchte Sony A7 III noch zu haben?', ...inStock( 1 ) );
stock.de(
	'Gibt es den Irwell Mini Flash noch? Wie viele habt ihr?',
	...inStock( 10 )
);
stock.de( 'Haben Sie den LP-E6NH Akku für Canon vorrätig?', ...inStock( 6 ) );

// Specs (attributes, and one fact only the long description states).
const spec = ofClass( 'spec' );
spec.en( "what's the weight of the Sony A7 IV?", [ measure( '658', 'g' ) ] );
spec.en( 'max load on the Rochdale carbon studio tripod?', [
	measure( '15', 'kg' ),
] );
spec.en( 'how tall does the Irwell carbon travel tripod go', [
	[ ...measure( '148', 'cm' ), '1.48 m' ],
] );
spec.en(
	'What filter thread does the Fallowfield 85mm portrait lens take?',
	[ measure( '67', 'mm' ) ],
	[ ...NOT_FOUND, '62 mm', '72 mm' ]
);
spec.en( 'read speed of the Withington CFexpress card?', [
	[ '1700 MB/s', '1,700 MB/s', '1700MB/s', '1.700 MB/s' ],
] );
spec.en(
	'Deansgate CFexpress type b - what write speed does it do',
	[ [ '1020 MB/s', '1,020 MB/s', '1020MB/s', '1.020 MB/s' ] ],
	[ ...NOT_FOUND, '850' ]
);
spec.en(
	'Is the Ringway 70-200mm f/4 weather sealed?',
	[ [ 'yes', 'it is weather sealed', "it's weather sealed" ] ],
	[ ...NOT_FOUND, /not weather[- ]sealed|isn.t weather[- ]sealed/i ]
);
spec.en( 'heaton mono 400 - is it 35mm or 120 and how many exposures', [
	[ '35mm', '35 mm' ],
	'36',
] );
spec.en( 'Does the Ringway 35mm f/1.8 lens come with a hood?', [
	/hood/i,
	[ 'yes', 'in the box', 'included', 'comes with' ],
] );
spec.en( 'shutter count on the used canon eos r?', [
	[ '112,000', '112000', '112.000' ],
] );
spec.en( 'What grade is the used Nikon Z6 II in?', [
	[ 'Excellent', 'grade A ', 'A (' ],
] );
spec.en( 'how many pictures do I get from one roll in the Kodak Ektar H35', [
	'72',
] );
spec.en(
	'can one leg of the Stockport aluminium travel tripod be used as a monopod?',
	[
		[ 'monopod', 'einbein' ],
		[ 'yes', 'one leg', 'unscrew' ],
	]
);
spec.de( 'Wie schwer ist das Altrincham Carbon Travel Stativ?', [
	measure( '1.6', 'kg' ),
] );
spec.de( 'Welche Lichtstärke hat das Hulme 70-200mm?', [
	[ 'f/4', 'f4', '1:4' ],
] );
spec.de( 'Wie lang ist der Ancoats Ledergurt für die Kamera?', [
	[ ...measure( '110', 'cm' ), '1,1 m', '1.1 m' ],
] );
spec.de(
	'Welcher Entwicklungsprozess ist für den Cheetham Slide 100 Film nötig?',
	[ [ 'E-6', 'E6' ] ]
);
spec.de( 'Wie viel Liter Volumen hat der Ringway Roll-Top Backpack?', [
	'29',
] );
spec.de( 'Welche Leitzahl hat der Piccadilly Studio Strobe?', [ '64' ] );
spec.de( 'wie nah kann das irwell 100mm makro fokussieren', [
	[ ...measure( '28', 'cm' ), '0,28 m', '0.28 m' ],
] );
spec.de( 'Kann man den Denton Speedlight per Funk auslösen?', [
	[ '2.4 GHz', '2,4 GHz', '2.4GHz', '2,4GHz' ],
] );

// Variations: mounts, packs, colours, capacities, diameters, kits, amounts.
const variation = ofClass( 'variation' );
variation.en( 'How much is the Salford 50mm f/1.4 in Canon RF mount?', [
	gbp( '1017.99' ),
] );
variation.en(
	'Do you have the Salford 50mm f/1.4 for Nikon Z in stock?',
	...soldOut
);
variation.en( 'ringway 35mm f/1.8 in canon rf - available?', ...backorder );
variation.en( 'what mounts does the Fallowfield 85mm come in', [
	'Sony E',
	'Nikon Z',
	'Canon RF',
	'Fujifilm X',
] );
variation.en( 'price of the 5-pack of Ringway Colour 400?', [
	gbp( '46.99' ),
] );
variation.en( 'Is the 5-pack of Stretford Slide 100 in stock?', ...soldOut );
variation.en(
	'Ringway Camera Backpack - which colours can I actually get right now?',
	[ 'Black', OUT_OF_STOCK, BACKORDER ]
);
variation.en( 'How much is the 256 GB Deansgate CFexpress Type B card', [
	gbp( '199.99' ),
] );
variation.en( 'denton sd uhs-ii 128gb in stock?', ...soldOut );
variation.en( 'rusholme ND1000 in 67mm please, price and is it in stock', [
	gbp( '114.99' ),
	OUT_OF_STOCK,
] );
variation.en(
	'Can I order the Sony A7 IV with the 28-60 kit lens?',
	...soldOut
);
variation.en( 'fujifilm x-t5 in silver, have you got one?', ...soldOut );
variation.de( 'Was kostet das Stockport 70-200mm mit Canon-RF-Anschluss?', [
	gbp( '1282.99' ),
] );
variation.de( 'Gibt es das Heaton 35mm f/1.8 für Fujifilm X?', ...soldOut );
variation.de( 'Wie viel kostet die Nikon Z6 III im Kit mit dem 24-70mm?', [
	gbp( '2749.00' ),
] );
variation.de(
	'Welche Größen gibt es bei der Rochdale microSD Karte und was kostet die mit 128 GB?',
	[ [ '64 GB', '64GB' ], [ '256 GB', '256GB' ], gbp( '71.99' ) ]
);
variation.de( 'Chorlton Black Mist Filter in 77 mm – was kostet der?', [
	gbp( '59.99' ),
] );
variation.de(
	'Ist die Gorton Sling Bag in Olive lieferbar? wie viele sind da',
	...inStock( 19 )
);
variation.de( 'Die Kodak Ektar H35 in Sand – habt ihr die?', ...soldOut );
variation.de( 'Welche Beträge gibt es beim Geschenkgutschein?', [
	'25',
	'50',
	'100',
	'250',
] );

export const CATALOG = questions;
