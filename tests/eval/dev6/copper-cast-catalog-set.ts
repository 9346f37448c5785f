/**
 * Copper & Cast dev questions about single products: price, spec, stock and variation, in
 * English and (a third) German. Written from copper-cast.json only, before the
 * responder was asked any of them.
 */
import { BACKORDER, IN_STOCK, NOT_FOUND, OUT_OF_STOCK } from '../phrases';
import type { EvalQuestion } from '../types';
import { de, en, usd } from './copper-cast-questions';

const inStock = ( count?: string ) =>
	count ? [ IN_STOCK, count ] : [ IN_STOCK ];
const NOT_IN = [ ...NOT_FOUND, ...OUT_OF_STOCK ];

export const CATALOG_QUESTIONS: EvalQuestion[] = [
	// price
	en( 'cc-price-01', 'price', 'how much is the heirloom no 10 skillet', [
		'165',
	] ),
	en(
		'cc-price-02',
		'price',
		'price of the signature copper cookware set??',
		[ usd( '1649.00' ) ]
	),
	en( 'cc-price-03', 'price', 'hey what does the chain mail scrubber cost', [
		'16',
	] ),
	en(
		'cc-price-04',
		'price',
		'Whats the price on the Cascade copper rondeau',
		[ usd( '260.95' ) ]
	),
	en(
		'cc-price-05',
		'price',
		'how much r the hoyt locking tongs, are they on sale rn?',
		[ usd( '18.95' ), [ 'sale', 'reduced', 'was', ...usd( '23.99' ) ] ]
	),
	en(
		'cc-price-06',
		'price',
		'Price for the Sellwood Tri-Ply Stock Pot pls',
		[ usd( '208.95' ) ]
	),
	en( 'cc-price-07', 'price', 'how much is your whetstone', [ '45' ] ),
	en(
		'cc-price-08',
		'price',
		'quimby chefs knife 8 inch - what does it cost?',
		[ usd( '202.95' ) ]
	),
	en( 'cc-price-09', 'price', 'price check: burnside cast iron grill pan', [
		usd( '65.95' ),
	] ),
	en( 'cc-price-10', 'price', 'what do the mail in sharpening kits cost', [
		usd( '9.95' ),
	] ),
	en(
		'cc-price-11',
		'price',
		'how much for the Oregon maple butcher block (the big 24x18 one)',
		[ '389' ]
	),
	en( 'cc-price-12', 'price', 'cost of the flaxseed seasoning oil?', [
		[ '12.50', '12,50', '12.5' ],
	] ),
	de( 'cc-price-13', 'price', 'Was kostet die Copper Polish Cream?', [
		usd( '14.95' ),
	] ),
	de(
		'cc-price-14',
		'price',
		'wie teuer ist der Davis Stainless Roaster with V-Rack?',
		[ usd( '136.95' ) ]
	),
	de(
		'cc-price-15',
		'price',
		'Hallo, was kostet bei euch das Cast Iron Care Kit?',
		[ usd( '29.95' ) ]
	),
	de(
		'cc-price-16',
		'price',
		'Preis vom Grand Enameled Dutch Oven 13.25 qt?',
		[ '449' ]
	),
	de( 'cc-price-17', 'price', 'Was kostet die Alberta Copper Saucier?', [
		usd( '318.95' ),
	] ),
	de( 'cc-price-18', 'price', 'wieviel kostet der ceramic honing rod', [
		'39',
	] ),

	// spec
	en(
		'cc-spec-01',
		'spec',
		'is the Thurman Copper Sauté Pan induction compatible?',
		[ [ /\bnot\b/i, /\bno\b/i, "isn't", "won't" ] ],
		[ /\byes\b/i ]
	),
	en(
		'cc-spec-02',
		'spec',
		'what temp is the marshall deep cast iron skillet oven safe to',
		[ '650' ]
	),
	en(
		'cc-spec-03',
		'spec',
		'how heavy is the Multnomah Enameled Dutch Oven',
		[ '14.75' ]
	),
	en( 'cc-spec-04', 'spec', 'capacity of the irving pasta pot with insert?', [
		[ '20 qt', '20 quart', '18.9' ],
	] ),
	en(
		'cc-spec-05',
		'spec',
		'can the kearney copper saute pan go in the dishwasher',
		[ [ 'hand wash', 'hand-wash', 'by hand' ] ]
	),
	en( 'cc-spec-06', 'spec', 'what steel is the couch nakiri made of', [
		[ 'VG-10', 'VG10' ],
	] ),
	en(
		'cc-spec-07',
		'spec',
		'what kind of lining does the Pettygrove Copper Saucier have',
		[ /\btin\b/i ]
	),
	en(
		'cc-spec-08',
		'spec',
		'how thick is the steel on the Johnson Carbon Steel Skillet?',
		[ [ '2.5 mm', '2.5mm' ] ]
	),
	en(
		'cc-spec-09',
		'spec',
		'Tabor Knife Block Set - what knives come in the 5 piece?',
		[ 'bread', 'santoku' ]
	),
	en( 'cc-spec-10', 'spec', 'what wood is the glisan carving board', [
		'walnut',
	] ),
	en(
		'cc-spec-11',
		'spec',
		'Heirloom no. 10: how much does it weigh and whats the max oven temp',
		[ '4.9', '800' ]
	),
	en(
		'cc-spec-12',
		'spec',
		'is the savier round-bottom wok ok for an induction hob?',
		[ [ 'gas', 'wok ring', /\bnot\b/i, /\bno\b/i ] ],
		[ /\byes\b/i ]
	),
	en(
		'cc-spec-13',
		'spec',
		'how many qts is the Glisan Enameled Dutch Oven',
		[ '5.5' ]
	),
	de(
		'cc-spec-14',
		'spec',
		'Bis wie viel Grad ist der Alberta Cast Iron Skillet backofenfest?',
		[ '650' ]
	),
	de(
		'cc-spec-15',
		'spec',
		'Ist der Johnson Tri-Ply Stock Pot induktionsgeeignet?',
		[
			[
				/\bja\b/i,
				'induktionsgeeignet',
				'induktionsfähig',
				'für induktion geeignet',
			],
		],
		[ /nicht (für )?induktion/i ]
	),
	de(
		'cc-spec-16',
		'spec',
		'Wie schwer ist die Alberta Cast Iron Pizza Pan?',
		[ [ '12.25', '12,25', '5,6 kg', '5.6 kg', '5,5 kg' ] ]
	),
	de( 'cc-spec-17', 'spec', 'Aus welchem Stahl ist das Hoyt Chef’s Knife?', [
		'AEB-L',
	] ),
	de(
		'cc-spec-18',
		'spec',
		'darf der Overton Tri-Ply Saucepan in die spülmaschine?',
		[ [ /\bja\b/i, 'spülmaschinenfest', 'spülmaschinengeeignet' ] ],
		[ /nicht (in die )?spülmaschine/i ]
	),
	de(
		'cc-spec-19',
		'spec',
		'welches Fassungsvermögen hat die Kearney Round Cocotte?',
		[ [ '4.5', '4,5', '4.3', '4,3' ] ]
	),
	de( 'cc-spec-20', 'spec', 'Wie groß ist der Whetstone 1000/6000 Grit?', [
		[ '7.25', '7,25' ],
	] ),

	// stock
	en(
		'cc-stock-01',
		'stock',
		'is the Heirloom No. 10 Skillet in stock?',
		inStock( '1' ),
		NOT_IN
	),
	en(
		'cc-stock-02',
		'stock',
		'do you have the grand dutch oven 13.25 qt in stock',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	en(
		'cc-stock-03',
		'stock',
		'copper polish cream available?',
		[ BACKORDER ],
		NOT_FOUND
	),
	en(
		'cc-stock-04',
		'stock',
		'any chain mail scrubbers left?',
		inStock( '37' ),
		NOT_IN
	),
	en(
		'cc-stock-05',
		'stock',
		'is the Davis loaf pan in stock',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	en(
		'cc-stock-06',
		'stock',
		'Kearney Instant-Read Thermometer - do you have it?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	en(
		'cc-stock-07',
		'stock',
		'is the vaughn copper rondeau available right now',
		inStock( '42' ),
		NOT_IN
	),
	en(
		'cc-stock-08',
		'stock',
		'whetstone in stock? need it by the weekend',
		inStock( '3' ),
		NOT_IN
	),
	en(
		'cc-stock-09',
		'stock',
		'can I still order the oregon maple butcher block or is it gone',
		[ BACKORDER ],
		NOT_FOUND
	),
	en(
		'cc-stock-10',
		'stock',
		'Upshur Bread Knife in stock?',
		inStock( '1' ),
		NOT_IN
	),
	de(
		'cc-stock-11',
		'stock',
		'Ist der Northrup Stainless Stockpot auf Lager?',
		[ BACKORDER ],
		NOT_FOUND
	),
	de(
		'cc-stock-12',
		'stock',
		'Habt ihr das Flaxseed Seasoning Oil vorrätig?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	de(
		'cc-stock-13',
		'stock',
		'Ist der Sellwood Tri-Ply Stock Pot lieferbar?',
		inStock( '49' ),
		NOT_IN
	),
	de(
		'cc-stock-14',
		'stock',
		'gibts den Raleigh Flat-Bottom Wok noch?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	de(
		'cc-stock-15',
		'stock',
		'Ist das Cast Iron Care Kit auf Lager?',
		inStock( '14' ),
		NOT_IN
	),
	de(
		'cc-stock-16',
		'stock',
		'Ist die Johnson Cast Iron Grill Pan verfügbar?',
		inStock( '42' ),
		NOT_IN
	),

	// variation
	en(
		'cc-var-01',
		'variation',
		'marshall deep cast iron skillet in 12 inch - price and is it in stock?',
		[ usd( '57.95' ), IN_STOCK, '37' ],
		NOT_FOUND
	),
	en(
		'cc-var-02',
		'variation',
		'do you have the 10" Marshall Deep Cast Iron Skillet',
		[ BACKORDER ],
		NOT_FOUND
	),
	en(
		'cc-var-03',
		'variation',
		'how much is the Everett Cast Iron Skillet 12"?',
		[ usd( '93.95' ) ]
	),
	en(
		'cc-var-04',
		'variation',
		'Multnomah Enameled Dutch Oven in sea salt, in stock?',
		[ IN_STOCK, '48' ],
		NOT_FOUND
	),
	en(
		'cc-var-05',
		'variation',
		'is the flame orange multnomah dutch oven available',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	en(
		'cc-var-06',
		'variation',
		'overton tri-ply saucepan, the 2 qt size, price?',
		[ usd( '150.95' ) ]
	),
	en(
		'cc-var-07',
		'variation',
		'Hawthorne Knife Block Set 7-piece - how many have you got left?',
		[ '2' ],
		NOT_IN
	),
	en(
		'cc-var-08',
		'variation',
		'price of the Kearney Enameled Dutch Oven in sage green?',
		[ usd( '192.95' ) ]
	),
	en(
		'cc-var-09',
		'variation',
		'linen apron in charcoal - can i get one?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	en( 'cc-var-10', 'variation', 'what amounts do your gift cards come in', [
		'25',
		'50',
		'100',
		'250',
	] ),
	de(
		'cc-var-11',
		'variation',
		'Was kostet die Upshur Carbon Steel Fry Pan in 12 Zoll?',
		[ usd( '51.95' ) ]
	),
	de(
		'cc-var-12',
		'variation',
		'Gibt es den Glisan Enameled Dutch Oven in Graphite?',
		[ BACKORDER ],
		NOT_FOUND
	),
	de(
		'cc-var-13',
		'variation',
		'Ist der Multnomah Tri-Ply Saucier mit 2 qt auf Lager?',
		[ OUT_OF_STOCK ],
		NOT_FOUND
	),
	de(
		'cc-var-14',
		'variation',
		'Was kostet das Raleigh End-Grain Cutting Board in der großen Ausführung?',
		[ usd( '114.95' ) ]
	),
	de(
		'cc-var-15',
		'variation',
		'ist das linen apron in rust noch da?',
		[ IN_STOCK, '2' ],
		NOT_FOUND
	),
	de(
		'cc-var-16',
		'variation',
		'Davis Knife Block Set 7-teilig – was kostet das?',
		[ usd( '254.95' ) ]
	),
];
