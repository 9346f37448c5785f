/** Wollknäuel dev set: prices and variations (options, their prices and stock). */
import type { EvalQuestion } from '../types';
import { eur, q, restock, SOLD_OUT } from './wollknaeuel-kit';

export const PRICES: EvalQuestion[] = [
	q( 'p01', 'price', 'de', 'Was kostet die Merino Soft?', [ eur( '6,90' ) ] ),
	q( 'p02', 'price', 'de', 'wie teuer ist die Alpenstich Quilt 200', [
		eur( '1.249' ),
	] ),
	q( 'p03', 'price', 'en', 'How much is the Alpenstich Overlock 4D?', [
		eur( '579' ),
	] ),
	q(
		'p04',
		'price',
		'de',
		'Was kostet der Walkloden in Tannengrün pro Meter?',
		[ eur( '39,90' ) ]
	),
	q( 'p05', 'price', 'en', 'how much for the cashmere yarn?', [
		eur( '14,90' ),
	] ),
	q(
		'p06',
		'price',
		'de',
		'Is die Comfort 60 grad im Angebot? was kostet sie jetzt',
		[ eur( '399' ) ]
	),
	q(
		'p07',
		'price',
		'en',
		"What does the Chunky Merino cost at the moment? I heard it's on sale",
		[ eur( '10,90' ) ]
	),
	q( 'p08', 'price', 'de', 'Was kostet a Stoffschere bei euch?', [
		eur( '34,90' ),
	] ),
	q( 'p09', 'price', 'en', 'price of the sewing machine for kids?', [
		eur( '89,90' ),
	] ),
	q(
		'p10',
		'price',
		'de',
		'Wieviel kostet der Dirndlstoff mit den Streublümchen?',
		[ eur( '16,90' ) ]
	),
	q( 'p11', 'price', 'en', 'How much is the 4-ply sock yarn, 100 g?', [
		eur( '9,90' ),
	] ),
	q( 'p12', 'price', 'de', 'Was kostet das Bobbel Verlaufsgarn?', [
		eur( '14,90' ),
	] ),
	q( 'p13', 'price', 'de', 'preis stickmaschine?', [ eur( '1.690' ) ] ),
	q(
		'p14',
		'price',
		'en',
		'how much is the prewashed linen fabric per metre',
		[ eur( '24,90' ) ]
	),
	q(
		'p15',
		'price',
		'de',
		'Was kost das Schnittmuster für den Kinderhoodie?',
		[ eur( '12,00' ) ]
	),
	q( 'p16', 'price', 'de', 'Was kostet der Nähmaschinen-Führerschein?', [
		eur( '69' ),
	] ),

	q( 'v01', 'variation', 'de', 'In welchen Farben gibts die Merino Soft?', [
		'Naturweiß',
		'Petrol',
		'Senfgelb',
		'Schwarz',
	] ),
	q(
		'v02',
		'variation',
		'en',
		'Which colours does the Alpaka Wolke come in?',
		[ 'Hellgrau', 'Altrosa', 'Salbei' ]
	),
	q( 'v03', 'variation', 'de', 'Welche Stärken hat das Nadelspiel Birke?', [
		[ '2,5 mm', '2.5 mm' ],
		[ '3,5 mm', '3.5 mm' ],
		'5 mm',
	] ),
	q(
		'v04',
		'variation',
		'en',
		'What cable lengths are there for the bamboo circular needles?',
		[ '40 cm', '80 cm' ]
	),
	q(
		'v05',
		'variation',
		'de',
		'Was kostet die Rundstricknadel Edelstahl mit 100 cm Seil?',
		[ eur( '10,50' ) ]
	),
	q(
		'v06',
		'variation',
		'en',
		'Is the 5 mm birch DPN set more expensive than the thinner ones?',
		[ eur( '9,50' ), eur( '8,90' ) ]
	),
	q(
		'v07',
		'variation',
		'de',
		'Welche Längen gibts beim teilbaren Reißverschluss und was kosten die?',
		[ '40 cm', '60 cm', eur( '3,90' ), eur( '4,50' ) ]
	),
	q(
		'v08',
		'variation',
		'en',
		'What amounts can I get the gift voucher in?',
		[ '20', '50', '100' ]
	),
	q(
		'v09',
		'variation',
		'de',
		'Gibts die Sockenwolle 4-fach in Regenbogen?',
		[
			'Regenbogen',
			/\bja\b|gibt es|erhältlich|verfügbar|lagernd|auf lager|vorrätig/i,
		],
		[ SOLD_OUT ]
	),
	q( 'v10', 'variation', 'en', 'Do you have the Cotton Fine in mint?', [
		SOLD_OUT,
	] ),
	q(
		'v11',
		'variation',
		'de',
		'Welche Termine gibts für den Sockenstrickkurs?',
		[
			[ 'Februar', 'Feber' ],
			[ 'Jänner', 'Januar' ],
		]
	),
	q(
		'v12',
		'variation',
		'de',
		'Häkelnadel Softgriff in 4,5 mm, habt ihr die lagernd?',
		[ SOLD_OUT ]
	),
	q(
		'v13',
		'variation',
		'en',
		'what colours is the plain cotton poplin available in?',
		[
			[ 'Hellblau', 'light blue' ],
			[ 'Rot', 'red' ],
			[ 'Weiß', 'white' ],
		]
	),
	q( 'v14', 'variation', 'de', 'Welche Farben hat der Bastelfilz?', [
		'Rot',
		'Grau',
		'Senfgelb',
		'Tannengrün',
	] ),
	q(
		'v15',
		'variation',
		'de',
		'Das Leinengarn in Terrakotta – wann kommt des wieder?',
		[ restock( 3, 'feb' ) ]
	),
	q(
		'v16',
		'variation',
		'en',
		'Does the Bambus Baby yarn come in pink?',
		[ /rosa|pink/i, /\byes\b|available|in stock/i ],
		[ SOLD_OUT ]
	),
];
