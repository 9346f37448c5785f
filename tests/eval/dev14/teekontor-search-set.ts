/**
 * The Teekontor Alster dev set's conversation questions: searches by purpose, budget and
 * quality, comparisons, follow-ups on an earlier turn, things the shop does not sell and
 * questions its data does not answer.
 */
import { BACKORDER, NOT_FOUND } from '../phrases';
import { eur, NOT_KNOWN, NOT_SOLD, numberedQuestions } from './teekontor-kit';

const { questions, ofClass } = numberedQuestions( 'tks' );

/** Herbal teas of the shop, as a reply on caffeine-free or on organic herbal tea may name them. */
const HERBAL = [
	'Pfefferminze',
	'Kamille',
	'Salbei',
	'Zitronenverbene',
	'Lavendel',
	'Fenchel',
];

const CAFFEINE_FREE = [
	...HERBAL,
	'Ingwer-Zitrone',
	'Rooibos',
	'Honeybush',
	'Mango-Maracuja',
	'Apfel-Zimt',
	'Hagebutte',
	'Kirsch-Vanille',
	'Kräuter & Früchte',
];

// Search: by purpose, budget, quality, "something for …".
const search = ofClass( 'search' );
search.de(
	'Ich suche einen koffeinfreien Tee für abends.',
	[ CAFFEINE_FREE ],
	[ ...NOT_FOUND, 'Assam', 'Keemun', 'Sencha', 'Earl Grey' ]
);
search.en(
	'looking for a kettle with temperature control for green tea, under 80 euros',
	[ [ 'Hohenfelde', 'Volksdorf', 'Duvenstedt' ] ],
	[
		...NOT_FOUND,
		'Nienstedten',
		'Finkenwerder',
		'Glas-Wasserkocher Curslack',
	]
);
search.de(
	'Habt ihr ein Geschenk für eine Teeliebhaberin, so um die 15 Euro?',
	[ [ 'Probierset', 'Gutschein', 'Dose' ] ]
);
search.de( 'Was habt ihr an Matcha?', [ 'Matcha Uji' ] );
search.en( 'Do you have any Japanese green tea?', [
	[ 'Sencha', 'Gyokuro', 'Bancha', 'Genmaicha', 'Matcha' ],
] );
search.de(
	'Ich brauch alles für ne richtige Ostfriesen-Teestunde: Tee, Kluntjes, Stövchen',
	[ [ 'Kandis', 'Kluntjes' ], 'Stövchen', 'Ostfriesische' ]
);
search.en( 'what organic herbal teas do you have?', [
	[ ...HERBAL, 'Ingwer' ],
] );
search.de(
	'Ich suche eine große Teekanne, mindestens 1,5 Liter.',
	[ 'Duvenstedt' ],
	[
		...NOT_FOUND,
		'Steingut-Teekanne Volksdorf',
		'Steingut-Teekanne Iserbrook',
	]
);
search.en( 'any white tea?', [ [ 'Pai Mu Tan', 'Silver Needle' ] ] );
search.de( 'Welche Tees sind gerade im Angebot?', [
	[
		'Assam Langenhorn',
		'Ceylon Sasel',
		'Yunnan Hammerbrook',
		'Earl Grey Allermöhe',
		'Earl Grey Wandsbek',
		'Keemun Rotherbaum',
		'Lavendel-Melisse',
		'Fenchel-Anis-Kümmel Lokstedt',
		'Mango-Maracuja Bergedorf',
		'Honeybush',
		'Matcha Uji',
		'Pfefferminze Dose Lokstedt',
	],
] );
search.en( "what's a good tea for when I've got a cold?", [
	[ 'Kamille', 'Ingwer' ],
] );
search.de( 'Welchen Tee kann ich als Eistee machen?', [
	[ 'Lavendel', 'Salbei', 'Apfel-Zimt Wilhelmsburg', 'Mango-Maracuja' ],
] );
search.de( 'Ich möchte Chai selber machen, welche Gewürze habt ihr dafür?', [
	[ 'Chai-Gewürzmischung', 'Zimt', 'Sternanis', 'Rooibos Chai' ],
] );
search.en( "what's the cheapest black tea you have?", [
	'Keemun',
	eur( '5.99' ),
] );
search.de(
	'Habt ihr Tassen, die in die Mikrowelle dürfen?',
	[
		[
			'Teebecher Langenhorn',
			'Moorburg',
			'Teeschale Barmbek',
			'Teeschale Hohenfelde',
		],
	],
	[
		...NOT_FOUND,
		'Teebecher Ohlsdorf',
		'Teeschale Wandsbek',
		'Teeschale Niendorf',
		'Teeschale Langenhorn',
	]
);
search.en(
	'I need something to brew loose tea straight in my mug, like an infuser',
	[ [ 'Teesieb', 'Teenetz', 'Teefilter' ] ]
);
search.de( 'Welche Probiersets gibt es bei euch?', [
	'Schwarztee',
	'Grüntee',
	'Kräuter',
] );
search.de( 'Ich suche Tee mit wenig Koffein, aber bitte keinen Kräutertee.', [
	[ 'Pai Mu Tan', 'Silver Needle' ],
] );
search.en( "what's your most expensive teapot?", [ 'Tetsubin' ] );
search.de( 'habt ihr bio gewürze?', [
	[
		'Pfeffer Tellicherry Iserbrook',
		'Zimt Ceylon Rotherbaum',
		'Chai-Gewürzmischung Finkenwerder',
		'Kurkuma',
		'Pfeffer Tellicherry Hammerbrook',
		'Garam Masala Curslack',
	],
] );
search.en(
	"I'd like a proper tea set as a present for a friend from East Frisia, up to 200 euros",
	[ 'Rote Rose' ]
);
search.de( 'Welchen Darjeeling habt ihr da?', [ 'Darjeeling Dose' ] );
search.en( 'do you have something without caffeine my kids can drink?', [
	CAFFEINE_FREE,
] );

// Compare.
const compare = ofClass( 'compare' );
compare.de(
	'Was ist der Unterschied zwischen Sencha Wandsbek und Sencha Reitbrook?',
	[ eur( '13.95' ), eur( '8.99' ) ]
);
compare.en(
	'Keemun Hammerbrook vs Keemun Rotherbaum – which is cheaper for 100 g?',
	[ eur( '9.99' ), 'Rotherbaum' ]
);
compare.de(
	'Welcher hat mehr Leistung: Glas-Wasserkocher Finkenwerder oder Edelstahl-Wasserkocher Nienstedten?',
	[
		[ '2.400', '2400', '2,400' ],
		[ '1.200', '1200', '1,200' ],
	]
);
compare.en(
	"Glas-Wasserkocher Curslack or Finkenwerder – what's the difference?",
	[ eur( '116.90' ), eur( '52.99' ) ]
);
compare.de( 'Porzellan-Teekanne Bergedorf oder Altona – welche ist größer?', [
	[ '1,2', '1.2' ],
	'Altona',
] );
compare.de(
	'Pai Mu Tan Blankenese oder Pai Mu Tan Rotherbaum, was ist der Unterschied?',
	[ eur( '12.99' ), eur( '9.99' ) ]
);
compare.en(
	'black tea sample set vs green tea sample set: prices, and which can I get now?',
	[ eur( '14.90' ), eur( '16.90' ) ]
);
compare.de( 'Was hat weniger Koffein, Gyokuro oder Pai Mu Tan?', [
	'Pai Mu Tan',
	[ 'gering', 'weniger', 'less', 'lower' ],
] );
compare.de( 'Steingut-Teekanne Iserbrook oder Volksdorf?', [
	eur( '70.95' ),
	eur( '54.99' ),
] );
compare.en(
	'Which kettle is bigger, the Wasserkocher mit Temperaturwahl Hohenfelde or the Duvenstedt one?',
	[ [ '1,7', '1.7' ], 'Hohenfelde' ]
);
compare.de(
	'Teebecher Ohlsdorf oder Teebecher Langenhorn – welcher fasst mehr?',
	[ '350', 'Ohlsdorf' ]
);

// Follow-ups on an earlier turn.
const followup = ofClass( 'followup' );
followup.de( 'Und in 250 g?', [ eur( '43.99' ) ], NOT_FOUND, [
	'Was kostet der Jasmintee Winterhude?',
] );
followup.en( 'is the 100 g one in stock?', [ BACKORDER ], NOT_FOUND, [
	'how much is the Genmaicha Curslack?',
] );
followup.de(
	'Wie viel Watt hat er?',
	[ [ '1.800', '1800', '1,800' ] ],
	[ ...NOT_FOUND, '2.200', '2.400' ],
	[
		'Ich interessiere mich für den Wasserkocher mit Temperaturwahl Hohenfelde.',
	]
);
followup.en( 'and to Switzerland?', [ eur( '14.90' ) ], NOT_FOUND, [
	'What does shipping within Germany cost?',
] );
followup.de(
	'Gibt es die auch in Jadegrün, und was kostet sie?',
	[ eur( '108.90' ) ],
	NOT_FOUND,
	[ 'Habt ihr die Steingut-Teekanne Blankenese?' ]
);
followup.en(
	'can I put it in the dishwasher?',
	[
		[
			'Spülmittel',
			'dish soap',
			'detergent',
			'rinse',
			'hot water',
			'heißem Wasser',
			'not dishwasher',
			'not suitable',
			'Nein',
			'No,',
			'No.',
		],
	],
	NOT_FOUND,
	[ 'Tell me about the Tetsubin Hokusai teapot' ]
);
followup.de(
	'Und wie kann ich es kündigen?',
	[ [ '5 Tage', 'fünf Tage', '5 days' ] ],
	NOT_FOUND,
	[ 'Wie viel spare ich mit dem Tee-Abo?' ]
);
followup.de(
	'Welcher davon ist bio?',
	[ [ 'Harvestehude', 'Hammerbrook', 'Neuengamme' ] ],
	NOT_FOUND,
	[ 'Ich suche Rooibos.' ]
);
followup.en(
	'how long are they valid, and can I get a printed one?',
	[ [ '3 Jahre', '3 years', 'three years' ], eur( '1.50' ) ],
	NOT_FOUND,
	[ 'Do you sell gift vouchers?' ]
);
followup.de(
	'Was kostet es und wie viele Leute dürfen mit?',
	[ '39', '12' ],
	NOT_FOUND,
	[ 'Wann ist das nächste Teeseminar zu japanischem Grüntee?' ]
);
followup.en(
	'how many pots does each one make?',
	[ [ '8', 'acht', 'eight' ] ],
	NOT_FOUND,
	[ 'Which teas are in the black tea sample set?' ]
);
followup.de(
	'Wann ist er wieder lieferbar?',
	[ [ 'Januar', 'January' ] ],
	NOT_FOUND,
	[ 'Ist der Samowar gerade da?' ]
);
followup.de( 'Und ab welchem Betrag ist er kostenlos?', [ '79' ], NOT_FOUND, [
	'Was kostet der Versand nach Österreich?',
] );

// Things the shop does not sell.
const absent = ofClass( 'absent' );
absent.de( 'Verkauft ihr Teebeutel?', [ NOT_SOLD ], [] );
absent.en( 'Do you sell coffee beans?', [ NOT_SOLD ], [] );
absent.de( 'Habt ihr Kombucha?', [ NOT_SOLD ], [] );
absent.en( 'do you have yerba mate with a bombilla?', [ NOT_SOLD ], [] );
absent.de( 'Gibt es bei euch auch Honig?', [ NOT_SOLD ], [] );
absent.en( "I'm looking for an espresso machine", [ NOT_SOLD ], [] );
absent.de( 'Verkauft ihr Tapiokaperlen für Bubble Tea?', [ NOT_SOLD ], [] );
absent.de( 'Habt ihr einen Milchaufschäumer?', [ NOT_SOLD ], [] );
absent.en( 'any CBD or hemp tea?', [ NOT_SOLD ], [] );
absent.de( 'Führt ihr Safran?', [ NOT_SOLD ], [] );
absent.en( 'do you sell a cold brew bottle for iced tea?', [ NOT_SOLD ], [] );
absent.de( 'Gibt es Teekapseln für Nespresso?', [ NOT_SOLD ], [] );
absent.de( 'Habt ihr Wasserfilter, so wie Brita?', [ NOT_SOLD ], [] );

// Questions the shop's data does not answer.
const unknown = ofClass( 'unknown' );
unknown.de( 'Ist der Assam Blankenese glutenfrei?', [ NOT_KNOWN ], [] );
unknown.en(
	'Is the Earl Grey Harvestehude flavoured with natural bergamot oil or synthetic aroma?',
	[ NOT_KNOWN ],
	[]
);
unknown.de(
	'Wie hoch sind die Pestizidwerte beim Sencha Wandsbek laut Labor?',
	[ NOT_KNOWN ],
	[]
);
unknown.en( 'Do you offer a student discount?', [ NOT_KNOWN ], [] );
unknown.de( 'Gibt es Parkplätze vor eurem Laden?', [ NOT_KNOWN ], [] );
unknown.en( 'is the shop wheelchair accessible?', [ NOT_KNOWN ], [] );
unknown.de(
	'Von welchem Teegarten genau kommt der Ceylon Sasel?',
	[ NOT_KNOWN ],
	[]
);
unknown.de(
	'Ist der Glas-Wasserkocher Finkenwerder BPA-frei?',
	[ NOT_KNOWN ],
	[]
);
unknown.en( 'Can I bring my dog to the tea seminar?', [ NOT_KNOWN ], [] );
unknown.de(
	'Ist die Gusseisen-Teekanne Curslack innen emailliert?',
	[ NOT_KNOWN ],
	[]
);
unknown.de( 'Habt ihr ein Bonusprogramm mit Punkten?', [ NOT_KNOWN ], [] );
unknown.en(
	'Does the Schwanenhals-Wasserkocher Volksdorf come with a UK plug?',
	[ NOT_KNOWN ],
	[]
);
unknown.de(
	'Darf ich den Lavendel-Melisse Bergedorf in der Schwangerschaft trinken?',
	[ NOT_KNOWN ],
	[]
);

export const CONVERSATION = questions;
