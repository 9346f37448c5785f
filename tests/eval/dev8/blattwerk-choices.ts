/**
 * Blattwerk dev questions where the shopper chooses: variation, search with constraints,
 * compare, followup and absent. Written blind from the catalog (blattwerk-catalog.ts,
 * blattwerk-range.ts), before the responder was asked any of them.
 */
import type { EvalQuestion } from '../types';
import {
	eur,
	IN_STOCK,
	NOT_SOLD,
	OUT_OF_STOCK,
	q,
	RESTOCKED,
	TOXIC_ONLY,
} from './blattwerk-kit';

export const CHOICE_QUESTIONS: EvalQuestion[] = [
	// variation
	q(
		'bw-var-01',
		'variation',
		'de',
		'Was kostet der Übertopf Keramik Matt in 17 cm?',
		[ eur( '16,10' ) ]
	),
	q(
		'bw-var-02',
		'variation',
		'en',
		'Is the Keramik Matt pot in 21 cm in Salbei available?',
		[ OUT_OF_STOCK ]
	),
	q(
		'bw-var-03',
		'variation',
		'de',
		'welche größen gibt es beim Terrakottatopf?',
		[ '12', '14', '17', '21' ]
	),
	q(
		'bw-var-04',
		'variation',
		'en',
		'How much is 20 litres of the Zimmerpflanzenerde torffrei?',
		[ eur( '19,90' ) ]
	),
	q( 'bw-var-05', 'variation', 'de', 'Aroiden-Erde 10 l - habt ihr die?', [
		OUT_OF_STOCK,
	] ),
	q(
		'bw-var-06',
		'variation',
		'en',
		'what colours does the Übertopf Glasiert Glänzend come in?',
		[ 'Petrol', 'Senfgelb' ]
	),
	q(
		'bw-var-07',
		'variation',
		'de',
		'Was kostet der Beton-Übertopf in 21 cm?',
		[ eur( '28,50' ) ]
	),
	q(
		'bw-var-08',
		'variation',
		'en',
		'The 12 cm Übertopf Beton Grau - in stock?',
		[ RESTOCKED ]
	),
	q(
		'bw-var-09',
		'variation',
		'de',
		'welche beträge gibt es beim geschenkgutschein?',
		[ '15', '25', '50', '100' ]
	),
	q(
		'bw-var-10',
		'variation',
		'en',
		'Rattan pot in black, 17 cm - do you have it?',
		[ OUT_OF_STOCK ]
	),
	q(
		'bw-var-11',
		'variation',
		'de',
		'Selbstbewässerungstopf 21 cm anthrazit lieferbar?',
		[ RESTOCKED ]
	),
	q(
		'bw-var-12',
		'variation',
		'en',
		'how much is the Kakteen- & Sukkulentenerde in 10 l?',
		[ eur( '9,90' ) ]
	),
	q(
		'bw-var-13',
		'variation',
		'de',
		'Was kostet der Hängetopf Keramik in 14 cm schwarz?',
		[ eur( '21,90' ) ]
	),
	q(
		'bw-var-14',
		'variation',
		'de',
		'Orchideensubstrat 5 l, wie viele sind noch da?',
		[ '2' ]
	),

	// search with constraints
	q(
		'bw-search-01',
		'search',
		'de',
		'Ich suche eine ungiftige Pflanze für eine dunkle Ecke, hab eine Katze',
		[
			[
				'Calathea',
				'Kentia',
				'Bergpalme',
				'Maranta',
				'Farn',
				'Fittonia',
			],
		],
		[
			'Zamioculcas',
			'Sansevieria',
			'Einblatt',
			'Pothos',
			'Aglaonema',
			'Dieffenbachia',
			'Efeu',
		]
	),
	q(
		'bw-search-02',
		'search',
		'en',
		'any pet-safe plants under 10 euros?',
		[
			[
				'Pilea',
				'Grünlilie',
				'Bubikopf',
				'Hoya kerrii',
				'Fittonia',
				'Tradescantia',
			],
		],
		[ 'Aloe', 'Efeu', 'Monstera' ]
	),
	q(
		'bw-search-03',
		'search',
		'de',
		'welche pflanzenlampen habt ihr unter 30 €?',
		[ [ 'Clip', 'E27', 'Pflanzenbirne' ] ],
		[ 'Pendel', 'Stativ' ]
	),
	q(
		'bw-search-04',
		'search',
		'en',
		'looking for a big statement plant, taller than 1 metre',
		[
			[
				'Ficus lyrata',
				'Geigenfeige',
				'Audrey',
				'Strelitzia nicolai',
				'Kentia',
				'Goldfruchtpalme',
				'Drachenbaum',
				'Yucca',
			],
		],
		[ 'Pilea', 'Bubikopf', 'Fittonia' ]
	),
	q(
		'bw-search-05',
		'search',
		'de',
		'suche was pflegeleichtes, ich vergess oft zu gießen',
		[
			[
				'Sansevieria',
				'Bogenhanf',
				'Zamioculcas',
				'Glücksfeder',
				'Aloe',
				'Pothos',
				'Efeutute',
				'Peperomia',
				'Hoya',
				'Elefantenfuß',
				'Geldbaum',
				'Yucca',
				'Echeveria',
				'Ficus elastica',
				'Drachenbaum',
				'String of Pearls',
				'Ceropegia',
			],
		],
		[ 'Calathea', 'Farn', 'Fittonia' ]
	),
	q(
		'bw-search-06',
		'search',
		'en',
		'I need peat-free soil for my monstera',
		[ [ 'Aroiden', 'Zimmerpflanzenerde' ] ]
	),
	q( 'bw-search-07', 'search', 'de', 'habt ihr was gegen trauermücken', [
		'Gelbtafel',
	] ),
	q(
		'bw-search-08',
		'search',
		'en',
		'which plants are good for a sunny south-facing window?',
		[
			[
				'Strelitzia',
				'Sansevieria cylindrica',
				'Aloe',
				'Echeveria',
				'Hoya kerrii',
				'Olivenbaum',
				'Kaktus',
				'Yucca',
				'Elefantenfuß',
				'Geldbaum',
				'String of Pearls',
				'Bananenpflanze',
				'Zitronenbaum',
			],
		],
		[ 'Calathea', 'Farn', 'Fittonia' ]
	),
	q( 'bw-search-09', 'search', 'de', 'brauch nen weißen übertopf mit 21 cm', [
		[ 'Keramik Matt', 'Selbstbewässerung' ],
	] ),
	q(
		'bw-search-10',
		'search',
		'en',
		'something to raise the humidity for my calathea?',
		[ [ 'Luftbefeuchter', 'Sprühflasche', 'humidifier', 'spray' ] ]
	),

	// compare two named products
	q(
		'bw-compare-01',
		'compare',
		'de',
		'Was ist der Unterschied zwischen der Monstera deliciosa und der Monstera deliciosa Mini?',
		[ eur( '34,90' ), eur( '16,90' ) ]
	),
	q(
		'bw-compare-02',
		'compare',
		'en',
		'Ficus elastica Robusta vs Tineke, which is cheaper right now?',
		[ eur( '24,90' ) ]
	),
	q(
		'bw-compare-03',
		'compare',
		'de',
		'Pflanzenleuchte Pendel 35 W oder 50 W, wie viel Lumen haben die jeweils?',
		[
			[ '3.800', '3800', '3,800' ],
			[ '5.200', '5200', '5,200' ],
		]
	),
	q(
		'bw-compare-04',
		'compare',
		'en',
		'Compare the Kentia palm and the Goldfruchtpalme: price and height?',
		[ eur( '74,90' ), eur( '44,90' ), '140', '100' ]
	),
	q(
		'bw-compare-05',
		'compare',
		'de',
		'Sansevieria trifasciata oder cylindrica, welche kommt mit weniger Licht klar?',
		[
			[ 'Schatten', 'wenig Licht' ],
			[ 'sonnig', 'Sonne' ],
		]
	),
	q(
		'bw-compare-06',
		'compare',
		'en',
		'Hoya carnosa or Hoya kerrii, what do they cost and which is bigger?',
		[ eur( '17,90' ), eur( '9,50' ) ]
	),
	q(
		'bw-compare-07',
		'compare',
		'de',
		'Gießkanne Messing vs Kunststoff, wie viel passt jeweils rein?',
		[
			[ '1,5 l', '1,5 Liter', '1.5 l' ],
			[ '1 l', '1 Liter' ],
		]
	),
	q(
		'bw-compare-08',
		'compare',
		'en',
		'Strelitzia reginae vs Strelitzia nicolai - height and price?',
		[ eur( '39,90' ), eur( '79,90' ), '70', '150' ]
	),

	// followup
	q(
		'bw-follow-01',
		'followup',
		'de',
		'und ist die giftig für katzen?',
		[ 'giftig' ],
		TOXIC_ONLY,
		[ 'Was kostet die Alocasia zebrina?' ]
	),
	q(
		'bw-follow-02',
		'followup',
		'en',
		'how much is it and is it in stock?',
		[ eur( '18,90' ), IN_STOCK ],
		[ 'out of stock' ],
		[ 'Do you sell the Calathea lancifolia?' ]
	),
	q(
		'bw-follow-03',
		'followup',
		'de',
		'was kostet der in 17 cm?',
		[ eur( '22,90' ) ],
		[],
		[ 'Ich interessiere mich für den Selbstbewässerungstopf' ]
	),
	q(
		'bw-follow-04',
		'followup',
		'en',
		'how tall is it and what pot size?',
		[ '40', '12' ],
		[],
		[ 'Tell me about the Bergpalme' ]
	),
	q(
		'bw-follow-05',
		'followup',
		'de',
		'wann kommt die wieder?',
		[ [ '12.01.2027', '12. Januar' ] ],
		[],
		[ 'Habt ihr die Pflanzenleuchte Pendel 50 W?' ]
	),
	q(
		'bw-follow-06',
		'followup',
		'en',
		'and how often do I water it?',
		[ [ '2×', '2x', 'twice', '2 times', 'moist', 'feucht' ] ],
		[],
		[ 'What does the Einblatt (Spathiphyllum) cost?' ]
	),
	q(
		'bw-follow-07',
		'followup',
		'de',
		'gibts die auch in 20 l und was kostet das',
		[ eur( '16,90' ) ],
		[],
		[ 'Ich suche Kakteen- & Sukkulentenerde' ]
	),
	q(
		'bw-follow-08',
		'followup',
		'en',
		'ok and what was the original price?',
		[ eur( '19,90' ) ],
		[],
		[ 'Is the Orchidee Phalaenopsis Weiß on sale?' ]
	),
	q(
		'bw-follow-09',
		'followup',
		'de',
		'wie hoch ist der?',
		[ '120' ],
		[],
		[ 'wie viel kostet der Drachenbaum Marginata' ]
	),
	q(
		'bw-follow-10',
		'followup',
		'en',
		'is it toxic for my dog?',
		[ [ 'toxic', 'giftig', 'poison' ] ],
		[ 'non-toxic', 'not toxic', 'ungiftig' ],
		[ 'I want the Philodendron Birkin' ]
	),

	// absent: the shop does not sell it
	q( 'bw-absent-01', 'absent', 'de', 'Habt ihr Bonsai?', [ NOT_SOLD ] ),
	q( 'bw-absent-02', 'absent', 'en', 'Do you sell artificial plants?', [
		NOT_SOLD,
	] ),
	q( 'bw-absent-03', 'absent', 'de', 'Verkauft ihr auch Rasenmäher?', [
		NOT_SOLD,
	] ),
	q(
		'bw-absent-04',
		'absent',
		'en',
		'do you have any Tillandsia air plants?',
		[ NOT_SOLD ]
	),
	q(
		'bw-absent-05',
		'absent',
		'de',
		'Ich hätte gern einen Rosenstrauß zum Geburtstag',
		[ NOT_SOLD ]
	),
	q( 'bw-absent-06', 'absent', 'en', 'Can I buy a terrarium kit from you?', [
		NOT_SOLD,
	] ),
	q( 'bw-absent-07', 'absent', 'de', 'habt ihr tomatensamen?', [ NOT_SOLD ] ),
	q( 'bw-absent-08', 'absent', 'en', 'Do you carry Monstera obliqua?', [
		NOT_SOLD,
	] ),
	q( 'bw-absent-09', 'absent', 'de', 'Gibt es bei euch Gartenschläuche?', [
		NOT_SOLD,
	] ),
];
