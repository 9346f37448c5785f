/**
 * Inkwell & Quire dev questions about the catalogue (price, variation, stock), written blind from tests/doubles/woocommerce/inkwell-quire.json; about 40% asked
 * in German by a visitor writing to the English shop.
 */
import type { EvalQuestion } from '../types';
import {
	BACKORDER,
	day,
	gbp,
	IN_STOCK,
	NOT,
	q,
	SOLD_OUT,
} from './inkwell-quire-match';

const PRICE: EvalQuestion[] = [
	q(
		'iq-price-01',
		'price',
		'en',
		'how much is the Royal Crescent maki-e pen?',
		[ gbp( 1249 ) ]
	),
	q(
		'iq-price-02',
		'price',
		'en',
		'Price of the Claverton titanium fountain pen please',
		[ gbp( 157 ) ]
	),
	q(
		'iq-price-03',
		'price',
		'de',
		'Was kostet die Kennet Blue-Black Eisengallustinte?',
		[ gbp( 18 ) ]
	),
	q(
		'iq-price-04',
		'price',
		'en',
		'hi, what does your house ink cost? the Quire one',
		[ gbp( 14.5 ) ]
	),
	q(
		'iq-price-05',
		'price',
		'de',
		'Wie teuer ist die Ink Sampler Box mit den 12 Fläschchen?',
		[ gbp( 29 ) ]
	),
	q(
		'iq-price-06',
		'price',
		'en',
		'is the Holburne music nib pen on offer at the moment? whats the price',
		[ gbp( 149 ), gbp( 178 ) ]
	),
	q(
		'iq-price-07',
		'price',
		'de',
		'Was kostet der Lansdown Druckbleistift (mechanical pencil)?',
		[ gbp( 36.95 ) ]
	),
	q(
		'iq-price-08',
		'price',
		'en',
		'how much for the bath letter writing set',
		[ gbp( 68 ) ]
	),
	q( 'iq-price-09', 'price', 'en', 'Airmail letter paper price pls', [
		gbp( 5.95 ),
	] ),
	q( 'iq-price-10', 'price', 'de', 'Preis für den Walnut Pen Stand?', [
		gbp( 36.95 ),
	] ),
	q( 'iq-price-11', 'price', 'en', "What's the Circus Urushi priced at?", [
		gbp( 1480 ),
	] ),
	q( 'iq-price-12', 'price', 'en', 'cost of the brass inkwell?', [
		gbp( 37.95 ),
	] ),
	q(
		'iq-price-13',
		'price',
		'de',
		'Wieviel kostet der restaurierte Conway Stewart 58?',
		[ gbp( 185 ) ]
	),
	q(
		'iq-price-14',
		'price',
		'en',
		'how much are the long international cartridges',
		[ gbp( 5.5 ) ]
	),
	q( 'iq-price-15', 'price', 'de', 'Was kostet der Pulteney Füller?', [
		gbp( 49.5 ),
	] ),
	q( 'iq-price-16', 'price', 'en', 'price of the Tomoe River loose sheets?', [
		gbp( 14.95 ),
	] ),
];

const VARIATION: EvalQuestion[] = [
	q(
		'iq-variation-01',
		'variation',
		'en',
		'Which nib sizes does the Lansdown Piston Filler come in?',
		[ 'Extra Fine', 'Medium', 'Broad', 'Stub' ]
	),
	q(
		'iq-variation-02',
		'variation',
		'de',
		'Gibt es den Quire No. 1 auch mit Stub-Feder, und was kostet der dann?',
		[ 'Stub', gbp( 265 ) ]
	),
	q(
		'iq-variation-03',
		'variation',
		'en',
		'what finishes is the Quire No. 1 available in',
		[ 'Ebony', 'Bath Stone', 'Abbey Green' ]
	),
	q(
		'iq-variation-04',
		'variation',
		'de',
		'In welchen Farben gibt es die Quire House Ink?',
		[ 'Midnight', 'Oxblood', 'Plum', 'Amber' ]
	),
	q(
		'iq-variation-05',
		'variation',
		'en',
		'does the Quire Cloth Notebook come in B5? how much would that be',
		[ 'B5', gbp( 24 ) ]
	),
	q(
		'iq-variation-06',
		'variation',
		'en',
		'what rulings can I get the Westgate Tomoe River notebook in',
		[ 'Plain', 'Lined', 'Dot grid', 'Squared' ]
	),
	q(
		'iq-variation-07',
		'variation',
		'de',
		'Welche Größen hat das Bathwick Hardback Notebook und was kosten die jeweils?',
		[ 'A6', 'A5', 'B5', gbp( 9 ), gbp( 15 ), gbp( 20 ) ]
	),
	q(
		'iq-variation-08',
		'variation',
		'en',
		'the widcombe pocket pen - can I get it with a stub nib?',
		[ 'Broad', NOT ],
		[ gbp( 57 ) ]
	),
	q(
		'iq-variation-09',
		'variation',
		'en',
		'How much more is the 1.1mm stub on the Pulteney compared to the normal nibs?',
		[ gbp( 64.5 ), gbp( 49.5 ) ]
	),
	q(
		'iq-variation-10',
		'variation',
		'de',
		'Gutschein – welche Beträge kann man da auswählen?',
		[ gbp( 25 ), gbp( 50 ), gbp( 100 ), gbp( 250 ) ]
	),
	q(
		'iq-variation-11',
		'variation',
		'en',
		'Leather desk blotter, what colours?',
		[ 'Tan', 'Oxblood', 'Black' ]
	),
	q(
		'iq-variation-12',
		'variation',
		'de',
		'Welche Farben gibt es bei den kurzen Standardpatronen?',
		[
			[ 'Blue', 'Blau' ],
			[ 'Red', 'Rot' ],
			[ 'Green', 'Grün' ],
		]
	),
	q(
		'iq-variation-13',
		'variation',
		'en',
		'the Camden celluloid in a stub nib, what does that cost?',
		[ gbp( 79.95 ) ]
	),
	q(
		'iq-variation-14',
		'variation',
		'en',
		'Quire leather journal - which paper rulings do you do?',
		[ 'Plain', 'Lined', 'Dot grid', 'Squared' ]
	),
];

const STOCK: EvalQuestion[] = [
	q( 'iq-stock-01', 'stock', 'en', 'is the Circus Urushi pen in stock?', [
		SOLD_OUT,
		day( 20, 2 ),
	] ),
	q(
		'iq-stock-02',
		'stock',
		'de',
		'Ist die Pulteney Weir Turquoise Tinte vorrätig?',
		[ SOLD_OUT, day( 3, 3 ) ]
	),
	q(
		'iq-stock-03',
		'stock',
		'en',
		'Do you have the Quire No. 1 in Broad with the Abbey Green finish?',
		[ SOLD_OUT ]
	),
	q(
		'iq-stock-04',
		'stock',
		'de',
		'Habt ihr die House Ink in Jet gerade da?',
		[ BACKORDER, day( 8, 1 ) ]
	),
	q(
		'iq-stock-05',
		'stock',
		'en',
		'is the bath letter writing set available',
		[ BACKORDER, day( 12, 1 ) ]
	),
	q(
		'iq-stock-06',
		'stock',
		'en',
		'how many of the Royal Crescent maki-e pens have you got left?',
		[ '2' ]
	),
	q(
		'iq-stock-07',
		'stock',
		'de',
		'Ist der restaurierte Conway Stewart noch zu haben?',
		[
			/\b1\b|einzig|letzt|nur (noch )?ein|einzelstück|verfügbar|auf lager|vorrätig/,
		],
		[ SOLD_OUT ]
	),
	q(
		'iq-stock-08',
		'stock',
		'en',
		'any Lansdown mechanical pencils in stock?',
		[ SOLD_OUT, day( 3, 3 ) ]
	),
	q( 'iq-stock-09', 'stock', 'en', 'Is the pen flush in stock', [
		SOLD_OUT,
	] ),
	q(
		'iq-stock-10',
		'stock',
		'de',
		'Ist das Three Pen Leather Case lieferbar?',
		[ BACKORDER, day( 14, 12 ) ]
	),
	q(
		'iq-stock-11',
		'stock',
		'en',
		'Milsom aluminium fountain pen in extra fine - available?',
		[ SOLD_OUT ]
	),
	q(
		'iq-stock-12',
		'stock',
		'de',
		'Habt ihr die Assembly Rooms Gold Shimmer Tinte auf Lager?',
		[ BACKORDER ]
	),
	q(
		'iq-stock-13',
		'stock',
		'en',
		'do you have the green short cartridges?',
		[ SOLD_OUT ]
	),
	q(
		'iq-stock-14',
		'stock',
		'de',
		'Gibt es den Leather Desk Blotter in Oxblood noch?',
		[ SOLD_OUT ]
	),
	q(
		'iq-stock-15',
		'stock',
		'en',
		'when is the copperplate nib assortment back in stock?',
		[ day( 3, 3 ) ]
	),
	q(
		'iq-stock-16',
		'stock',
		'en',
		'is the ink sampler box in stock',
		[ IN_STOCK ],
		[ SOLD_OUT ]
	),
];

export const IQ_OFFER: EvalQuestion[] = [ ...PRICE, ...VARIATION, ...STOCK ];
