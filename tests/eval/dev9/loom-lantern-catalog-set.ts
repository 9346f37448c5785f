/**
 * The Loom & Lantern dev set's catalogue questions: prices, specs, stock and variations.
 */
import { NOT_FOUND, OUT_OF_STOCK } from '../phrases';
import type { EvalQuestion } from '../types';
import {
	backorder,
	eur,
	inStock,
	q,
	size,
	soldOut,
} from './loom-lantern-questions';

export const PRICE: EvalQuestion[] = [
	q(
		'll-price-01',
		'price',
		'en',
		'how much is the Claddagh bedside lamp?',
		[ eur( '49.95' ) ],
		NOT_FOUND
	),
	q(
		'll-price-02',
		'price',
		'en',
		'whats the price of the corrib chandelier',
		[ eur( '1249.00' ) ],
		NOT_FOUND
	),
	q(
		'll-price-03',
		'price',
		'en',
		'How much would the Inishmore cashmere throw set me back?',
		[ eur( '335.00' ) ],
		NOT_FOUND
	),
	q(
		'll-price-04',
		'price',
		'en',
		'price on the wool wash liquid pls',
		[ eur( '14.50' ) ],
		NOT_FOUND
	),
	q(
		'll-price-05',
		'price',
		'en',
		'is the maam arc floor lamp dear? how much is it',
		[ eur( '341.95' ) ],
		NOT_FOUND
	),
	q(
		'll-price-06',
		'price',
		'en',
		'what does the Bog Oak candle holder cost',
		[ eur( '78.00' ) ],
		NOT_FOUND
	),
	q(
		'll-price-07',
		'price',
		'en',
		"Cleggan tripod floor lamp – is it on sale? what's the price now",
		[ eur( '138.95' ) ],
		NOT_FOUND
	),
	q(
		'll-price-08',
		'price',
		'en',
		'how much for the dangan led candle bulb',
		[ eur( '13.00' ) ],
		NOT_FOUND
	),
	q(
		'll-price-09',
		'price',
		'en',
		'price of the Oranmore wool blanket?',
		[ eur( '354.95' ) ],
		NOT_FOUND
	),
	q(
		'll-price-10',
		'price',
		'de',
		'Was kostet der Aran Cable Knit Throw?',
		[ eur( '189.00' ) ],
		NOT_FOUND
	),
	q(
		'll-price-11',
		'price',
		'de',
		"Wie teuer ist das Kids' Star Night Light?",
		[ eur( '22.50' ) ],
		NOT_FOUND
	),
	q(
		'll-price-12',
		'price',
		'de',
		'Was kostet der Tuam Herringbone Throw im Moment?',
		[ eur( '86.95' ) ],
		NOT_FOUND
	),
	q(
		'll-price-13',
		'price',
		'de',
		'Preis für die Barna Hanging Storm Lantern bitte',
		[ eur( '150.95' ) ],
		NOT_FOUND
	),
	q(
		'll-price-14',
		'price',
		'de',
		'Was kostet das Candle Care Kit?',
		[ eur( '34.00' ) ],
		NOT_FOUND
	),
];

export const SPEC: EvalQuestion[] = [
	q(
		'll-spec-01',
		'spec',
		'en',
		'what bulb does the Menlo Ceramic Table Lamp take?',
		[ 'E27' ]
	),
	q(
		'll-spec-02',
		'spec',
		'en',
		'what fitting and max wattage on the oughterard brass table lamp',
		[ 'E14', /25\s?W/i ]
	),
	q(
		'll-spec-03',
		'spec',
		'en',
		"IP rating of the Roundstone solar lantern? we're right on the coast",
		[ 'IP65' ]
	),
	q(
		'll-spec-04',
		'spec',
		'en',
		'how many lumens does the Athenry wall lantern give out',
		[ '400' ]
	),
	q(
		'll-spec-05',
		'spec',
		'en',
		'whats the gsm on the inverin cotton towel',
		[ '700' ]
	),
	q(
		'll-spec-06',
		'spec',
		'en',
		'thread count of the hotel sateen duvet set?',
		[ '600' ]
	),
	q(
		'll-spec-07',
		'spec',
		'en',
		'burn time on the Cashel Gorse Blossom candle?',
		[ '90' ]
	),
	q(
		'll-spec-08',
		'spec',
		'en',
		'how long is the cable on the claddagh bedside lamp',
		[ '1.8' ]
	),
	q(
		'll-spec-09',
		'spec',
		'en',
		'how heavy is the Corrib chandelier? my ceiling is old',
		[ '11.5' ]
	),
	q( 'll-spec-10', 'spec', 'en', 'what size is the aran cable knit throw', [
		size( 130, 170 ),
	] ),
	q(
		'll-spec-11',
		'spec',
		'en',
		'where is the Salthill Lambswool Throw made?',
		[ 'Donegal' ]
	),
	q(
		'll-spec-12',
		'spec',
		'de',
		'Welche Farbtemperatur hat die Menlo LED Globe Bulb?',
		[ '2700' ]
	),
	q(
		'll-spec-13',
		'spec',
		'de',
		'Wie schwer ist die Kilcolgan Reading Floor Lamp?',
		[ '12' ]
	),
	q(
		'll-spec-14',
		'spec',
		'de',
		'Aus welchem Material ist der Inishmore Cashmere Throw und wie groß ist er?',
		[ [ 'cashmere', 'kaschmir' ], size( 130, 170 ) ]
	),
	q(
		'll-spec-15',
		'spec',
		'de',
		'Hat die Claddagh Bedside Lamp einen USB-Anschluss?',
		[ 'USB-C' ]
	),
	q(
		'll-spec-16',
		'spec',
		'de',
		'Welches Wachs hat die Recess Peat Fire Candle?',
		[ [ 'beeswax', 'bienenwachs' ] ]
	),
];

export const STOCK: EvalQuestion[] = [
	q(
		'll-stock-01',
		'stock',
		'en',
		'do ye have the corrib chandelier in stock',
		...inStock( 2 )
	),
	q(
		'll-stock-02',
		'stock',
		'en',
		'is the Craughwell Glass Table Lamp available?',
		...soldOut
	),
	q(
		'll-stock-03',
		'stock',
		'en',
		'Salthill Oak Table Lamp - can I order one now?',
		...backorder
	),
	q(
		'll-stock-04',
		'stock',
		'en',
		'any of the cedar moth blocks left?',
		...soldOut
	),
	q(
		'll-stock-05',
		'stock',
		'en',
		'how many Inishmore cashmere throws have you left',
		...inStock( 3 )
	),
	q(
		'll-stock-06',
		'stock',
		'en',
		'is the candle care kit still available',
		...inStock( 1 )
	),
	q(
		'll-stock-07',
		'stock',
		'en',
		'Rossaveal wall lantern, can I get one?',
		...soldOut
	),
	q(
		'll-stock-08',
		'stock',
		'en',
		'salthill linen lampshade 40cm, in stock?',
		...backorder
	),
	q(
		'll-stock-09',
		'stock',
		'de',
		'Ist die Furbo Tripod Floor Lamp auf Lager?',
		...soldOut
	),
	q(
		'll-stock-10',
		'stock',
		'de',
		'Habt ihr die Kilcolgan Reading Floor Lamp vorrätig?',
		...inStock( 2 )
	),
	q(
		'll-stock-11',
		'stock',
		'de',
		'Ist die Recess Post Lantern zu haben?',
		...backorder
	),
	q(
		'll-stock-12',
		'stock',
		'de',
		'Gibt es den Bog Oak Candle Holder noch?',
		...inStock( 5 )
	),
];

export const VARIATION: EvalQuestion[] = [
	q(
		'll-var-01',
		'variation',
		'en',
		'how much is the hotel sateen duvet set in king, white?',
		[ eur( '169.00' ) ]
	),
	q(
		'll-var-02',
		'variation',
		'en',
		'hotel sateen duvet set double in sage - in stock?',
		...backorder
	),
	q(
		'll-var-03',
		'variation',
		'en',
		'is the Aran cable knit throw available in atlantic blue',
		...soldOut
	),
	q(
		'll-var-04',
		'variation',
		'en',
		'price of a bath sheet in the Loughrea cotton towel',
		[ eur( '33.95' ) ]
	),
	q(
		'll-var-05',
		'variation',
		'en',
		'Salthill Percale Duvet Cover Set in double - have ye got it?',
		...soldOut
	),
	q(
		'll-var-06',
		'variation',
		'en',
		'what sizes does the headford brushed cotton duvet set come in',
		[ 'Single', 'Double', 'King' ]
	),
	q(
		'll-var-07',
		'variation',
		'en',
		'what colours does the aran throw come in',
		[ [ 'Báinín', 'Bainin' ], 'Atlantic Blue', 'Moss Green' ]
	),
	q(
		'll-var-08',
		'variation',
		'en',
		'Kilcolgan Sateen Duvet Cover Set, king size - price?',
		[ eur( '105.95' ) ]
	),
	q(
		'll-var-09',
		'variation',
		'de',
		'Was kostet das Hotel Sateen Duvet Cover Set in Single?',
		[ eur( '99.00' ) ]
	),
	q(
		'll-var-10',
		'variation',
		'de',
		'Ist das Hotel Sateen Duvet Cover Set in King, Oyster lieferbar?',
		...soldOut
	),
	q(
		'll-var-11',
		'variation',
		'de',
		'Was kostet beim Inverin Cotton Towel das Bath towel (70 × 130 cm), und ist es da?',
		[ eur( '24.95' ), OUT_OF_STOCK ]
	),
	q(
		'll-var-12',
		'variation',
		'de',
		'Welche Größen gibt es beim Clifden Cotton Towel?',
		[ size( 50, 90 ), size( 70, 130 ), size( 100, 150 ) ]
	),
];
