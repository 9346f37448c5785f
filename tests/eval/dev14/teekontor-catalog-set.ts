/**
 * The Teekontor Alster dev set's catalogue questions: prices, stock, specs and the
 * variations (weights of loose tea, colours of teapots and cups, voucher amounts).
 */
import { BACKORDER, NOT_FOUND, OUT_OF_STOCK } from '../phrases';
import {
	backorder,
	celsius,
	eur,
	inStock,
	numberedQuestions,
	range,
	soldOut,
} from './teekontor-kit';

const { questions, ofClass } = numberedQuestions( 'tkc' );

// Prices.
const price = ofClass( 'price' );
price.de(
	'Was kostet die Tetsubin Hokusai Teekanne?',
	[ eur( '1249.00' ) ],
	[ ...NOT_FOUND, ...eur( '97.90' ) ]
);
price.en( 'how much is the Matcha Uji ceremonial, the 30 g tin?', [
	eur( '29.90' ),
] );
price.de( 'Wie teuer ist der elektrische Samowar?', [ eur( '189.00' ) ] );
price.de( 'was kostet das ostfriesen teeservice rote rose', [
	eur( '189.00' ),
] );
price.en(
	'Price of the black tea sample set please?',
	[ eur( '14.90' ) ],
	[ ...NOT_FOUND, ...eur( '16.90' ) ]
);
price.de( 'Stövchen Edelstahl – Preis?', [ eur( '24.90' ) ] );
price.de(
	'Moin! Was kostet der Wasserkocher mit Temperaturwahl Nienstedten?',
	[ eur( '142.90' ) ],
	[ ...NOT_FOUND, ...eur( '62.95' ), ...eur( '56.95' ) ]
);
price.en(
	'How much is the Glas-Wasserkocher Curslack?',
	[ eur( '116.90' ) ],
	[ ...NOT_FOUND, ...eur( '52.99' ) ]
);
price.de( 'Wie viel kostet der braune Kandis, die Kluntjes?', [
	eur( '3.99' ),
] );
price.en( "what's the cost of the descaler for kettles", [ eur( '4.95' ) ] );
price.de( 'Sanduhr Niendorf, was kostet die?', [ eur( '18.99' ) ] );
price.en( 'is the Pfeffer Tellicherry Iserbrook on sale? how much is it now', [
	eur( '9.99' ),
] );
price.de( 'Was kostet das Probierset Kräuter & Früchte?', [ eur( '12.90' ) ] );

// Stock.
const stock = ofClass( 'stock' );
stock.de( 'Ist der Tee-Adventskalender 2026 noch zu haben?', ...soldOut );
stock.en( 'is the matcha set with the bamboo whisk in stock?', ...soldOut );
stock.de( 'Habt ihr die Tetsubin Hokusai vorrätig?', ...inStock( '2' ) );
stock.de(
	'Ist das Probierset Grüntee gerade lieferbar?',
	[ [ ...BACKORDER, 'Januar' ] ],
	NOT_FOUND
);
stock.en(
	'Is the electric samovar available?',
	[ [ ...BACKORDER, 'Januar', 'January' ] ],
	NOT_FOUND
);
stock.de( 'zimt ceylon rotherbaum auf lager?', ...soldOut );
stock.en( 'do you have the Garam Masala Speicherstadt in stock', ...backorder );
stock.de(
	'Wie viele Packungen Kandis (Kluntjes) habt ihr noch da?',
	...inStock( '40' )
);
stock.en( 'Stövchen in stock? how many have you got', ...inStock( '18' ) );
stock.de(
	'Ist der Glas-Wasserkocher Finkenwerder vorrätig?',
	...inStock( '29' )
);
stock.de( 'Teesieb Edelstahl Hohenfelde – habt ihr das da?', ...soldOut );
stock.en(
	'Is the Wasserkocher mit Temperaturwahl Duvenstedt in stock?',
	...inStock( '1' )
);

// Specs: attributes and the one fact only the description's prose states.
const spec = ofClass( 'spec' );
spec.de(
	'Welche Wassertemperatur brauche ich für den Gyokuro Altona?',
	[ celsius( '60' ) ],
	[ ...NOT_FOUND, '70–80', '70-80' ]
);
spec.en( 'how long should I steep the Keemun Duvenstedt?', [
	range( '3', '5' ),
] );
spec.de(
	'Wie viel Watt hat der Edelstahl-Wasserkocher Nienstedten?',
	[ [ '2.400', '2400', '2,400' ] ],
	[ ...NOT_FOUND, '1.800', '1800' ]
);
spec.en(
	'What temperature settings does the Schwanenhals-Wasserkocher Volksdorf have?',
	[
		[
			'5 Stufen',
			'5 settings',
			'five',
			'5 temperature',
			'5 levels',
			'5 preset',
		],
		'80',
	]
);
spec.de(
	'wieviel liter passen in den wasserkocher mit temperaturwahl hohenfelde',
	[ [ '1,7 l', '1,7 Liter', '1.7 l', '1.7 litre', '1.7 liter', '1,7' ] ]
);
spec.en(
	'Is the Gusseisen-Teekanne Curslack dishwasher safe?',
	[
		/\bno\b|not (dishwasher|suitable|safe)|isn['’]t|nein|by hand|hand ?wash/i,
	],
	[ ...NOT_FOUND, 'is dishwasher safe', 'Spülmaschinengeeignet: Ja' ]
);
spec.de(
	'Woher kommt der Lung Ching Sasel?',
	[ 'Zhejiang' ],
	[ ...NOT_FOUND, 'Jiangxi' ]
);
spec.de(
	'Ist der Assam Blankenese bio?',
	[
		/nicht bio|kein bio|bio: nein|\bnein\b|nicht biologisch|nicht als bio|kein.{0,20}bio/i,
	],
	[ ...NOT_FOUND, 'Bio: Ja' ]
);
spec.en(
	'Is the Assam Langenhorn organic?',
	[ /\byes\b|is organic|bio: ja|certified organic|it's organic/i ],
	[ ...NOT_FOUND, 'not organic' ]
);
spec.de(
	'Wie viel Koffein hat der Silver Needle Hohenfelde?',
	[ [ 'gering', 'wenig', 'low' ] ],
	[ ...NOT_FOUND, 'koffeinfrei' ]
);
spec.en( 'how high up is the tea garden of the Yunnan Hammerbrook?', [
	[ '1.800', '1,800', '1800' ],
] );
spec.de( 'Wie wird der Pai Mu Tan Blankenese getrocknet?', [
	[ 'Schatten', 'shade', 'an der Luft' ],
] );
spec.de(
	'Wie viel Tee ist in der Darjeeling Dose Allermöhe drin?',
	[ [ '150 g', '150g' ] ],
	[ ...NOT_FOUND, '125 g' ]
);
spec.en(
	'What is the Teebecher Ohlsdorf made of, and can it go in the microwave?',
	[
		[ 'Porzellan', 'porcelain' ],
		/not (microwave|suitable|safe)|nicht mikrowelle|mikrowellengeeignet: nein|\bno\b|isn['’]t/i,
	]
);
spec.de( 'Hat der Glas-Wasserkocher Curslack eine Warmhaltefunktion?', [
	[ '60 Minuten', '60 min', '60 minutes' ],
] );
spec.de( 'Wo wird die Teeschale Wandsbek hergestellt?', [ 'Selb' ] );
spec.en( 'How heavy is the Tetsubin Hokusai?', [ [ '2,6 kg', '2.6 kg' ] ] );
spec.de( 'Kann ich die Tetsubin auf meinem Induktionsherd benutzen?', [
	[
		'nicht für Induktion',
		'nicht auf Induktion',
		'nicht für den Induktion',
		'nicht induktion',
		'nein',
		'nicht geeignet',
		'leider nicht',
	],
] );
spec.en(
	'how many grams are in the Chai-Gewürzmischung Finkenwerder?',
	[ [ '40 g', '40g', '40 grams' ] ],
	[ ...NOT_FOUND, '60 g' ]
);
spec.de( 'Wie lange muss der Rooibos Vanille Harvestehude ziehen?', [
	range( '6', '8' ),
] );
spec.en( 'is the Kirsch-Vanille Bergedorf fruit tea artificially coloured?', [
	/no artificial|keine künstlichen|without artificial|not artificially|no colou?rings?|free (from|of) artificial|doesn['’]t contain artificial|does not contain artificial/i,
] );
spec.de(
	'Was ist beim Ostfriesen-Teeservice Rote Rose alles dabei, auch Tassen?',
	[ [ '6 Tassen', 'sechs Tassen', '6 cups', 'six cups' ] ]
);

// Variations: weights of loose tea, colours, voucher amounts.
const variation = ofClass( 'variation' );
variation.de( 'Was kosten 250 g Assam Blankenese?', [ eur( '31.99' ) ] );
variation.en( 'how much is 1 kg of the Earl Grey Harvestehude?', [
	eur( '115.99' ),
] );
variation.de(
	'Gibt es den Sencha Wandsbek auch in 100 g? Ist der vorrätig?',
	[ OUT_OF_STOCK ],
	NOT_FOUND
);
variation.en( 'Milky Oolong Nienstedten 50g, is that available?', ...soldOut );
variation.de( 'Welche Größen gibt es vom Pfefferminze Sülldorf?', [
	[ '50 g', '50g' ],
	[ '100 g', '100g' ],
	[ '250 g', '250g' ],
	[ '1 kg', '1kg' ],
] );
variation.de( 'Ist der Keemun Hammerbrook in 250 g lieferbar?', ...backorder );
variation.en( 'Earl Grey Allermöhe 50 g – in stock?', ...backorder );
variation.de( 'In welchen Farben gibt es die Porzellan-Teekanne Ohlsdorf?', [
	[ 'Weiß', 'white' ],
	[ 'Schwarz', 'black' ],
	[ 'Jadegrün', 'jade' ],
] );
variation.en(
	'is the Porzellan-Teekanne Ohlsdorf available in jade green?',
	...soldOut
);
variation.de(
	'Steingut-Teekanne Duvenstedt in Schwarz – noch da?',
	...soldOut
);
variation.de(
	'Was kostet der Teebecher Ohlsdorf in Jadegrün und wie viele habt ihr davon?',
	[ eur( '17.95' ), '6' ]
);
variation.en( 'Which amounts does the gift voucher come in?', [
	'15',
	'25',
	'50',
	'100',
] );
variation.de( 'Was kostet 1 kg Ceylon Sasel, ist das im Angebot?', [
	eur( '131.99' ),
] );
variation.en(
	'Sencha Allermöhe 1kg – how many do you have?',
	...inStock( '10' )
);
variation.de(
	'gunpowder harvestehude 50 g bestellbar?',
	[ OUT_OF_STOCK ],
	[ ...NOT_FOUND, 'auf Lager: 50 g' ]
);
variation.de( 'Wie viel kostet der Mango-Maracuja Bergedorf in 50 g?', [
	eur( '2.99' ),
] );
variation.en(
	'the Gyokuro Iserbrook – which sizes can I actually buy right now?',
	[ [ '50 g', '50g' ], [ '1 kg', '1kg' ], OUT_OF_STOCK ]
);
variation.de( 'Teeschale Wandsbek in Jadegrün, gibt es die?', ...backorder );
variation.de(
	'Wie viele 1-kg-Beutel vom Yunnan Niendorf habt ihr noch?',
	...inStock( '6' )
);
variation.en( 'price for 100g of Lung Ching Sasel', [ eur( '22.99' ) ] );
variation.de( 'Gibt es Kamille Stellingen in 100 g?', ...soldOut );

export const CATALOG = questions;
