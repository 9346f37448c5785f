/**
 * Saltmarsh Apothecary dev set: product specs (ingredients, sizes, shelf life, ages), stock
 * and restock dates, and variations (sizes, scents, colours, dates), in English and
 * German. Written blind from the shop's data.
 */
import type { EvalQuestion } from '../types';
import {
	BACKORDER,
	dated,
	eur,
	INVENTED_DATE,
	IN_STOCK,
	q,
	SOLD_OUT,
} from './saltmarsh-kit';

const FULL = SOLD_OUT;

export const SPECS: EvalQuestion[] = [
	q(
		'spec-1',
		'spec',
		'en',
		'Does the Carrageen Moss day cream have SPF in it',
		[ /\bno\b|\bnot\b|none|without|doesn'?t|kein/i ],
		[ /spf ?\d|\d+ ?spf|lsf ?\d/i ]
	),
	q( 'spec-2', 'spec', 'en', 'whats the burn time on the turf fire candle', [
		'45',
	] ),
	q(
		'spec-3',
		'spec',
		'de',
		'Wie lange hält das Seaweed Hydrating Serum nach dem Öffnen?',
		[ /\b6 ?(monate|months|mon\.)|\b6 ?m\b|sechs monate|six months/i ]
	),
	q(
		'spec-4',
		'spec',
		'en',
		"Does the Burren Bloom night cream have nuts in it? I'm allergic",
		[ /shea|almond|mandel/i ],
		[ /\bno,? it (does not|doesn'?t) contain nuts/i ]
	),
	q( 'spec-5', 'spec', 'en', 'how big is the bamboo bath caddy', [ '105' ] ),
	q(
		'spec-6',
		'spec',
		'de',
		'Ist die Oatmeal & Goat Milk Soap vegan?',
		[ /nein|nicht vegan|ziegenmilch|goat milk|\bno\b/i ],
		[ /^ja\b/i ]
	),
	q(
		'spec-7',
		'spec',
		'en',
		'whats in the spiddal seaweed soap? full ingredients please',
		[ /fucus vesiculosus/i, /olea europaea|olive/i ]
	),
	q(
		'spec-8',
		'spec',
		'en',
		'How many washes do I get out of the wild nettle shampoo bar',
		[ '80' ]
	),
	q(
		'spec-9',
		'spec',
		'de',
		'Wie groß ist der Tank vom Ultrasonic Aroma Diffuser und wie lange läuft er?',
		[ '120', /\b6 ?(stunden|std|hours|h)\b|sechs stunden|six hours/i ]
	),
	q( 'spec-10', 'spec', 'en', 'does the aroma diffuser come with a plug?', [
		/usb/i,
		/not included|no plug|without|doesn'?t|does not|isn'?t|is not|\bno\b|nicht/i,
	] ),
	q(
		'spec-11',
		'spec',
		'en',
		'how strong is the vitamin c serum, what % vit c',
		[ /10 ?%|10 percent|10 prozent/i ]
	),
	q(
		'spec-12',
		'spec',
		'de',
		'Welche Allergene sind in der Christmas Spice Soap?',
		[ /eugenol/i, /cinnamal/i ]
	),
	q(
		'spec-13',
		'spec',
		'en',
		'what age do you have to be for the soap making workshop',
		[ '14' ]
	),
	q(
		'spec-14',
		'spec',
		'en',
		'how long does the large shipping forecast candle burn for',
		[ '60' ]
	),
	q( 'spec-15', 'spec', 'de', 'Was ist in der Wild Atlantic Gift Box drin?', [
		/serum/i,
		/body butter|körperbutter/i,
		/spiddal|seife|soap/i,
	] ),
	q(
		'spec-16',
		'spec',
		'en',
		'Is the midge away mist ok for my 2 year old?',
		[
			/\b3 ?(years|yrs|jahre|jahren)|three years|drei jahre|aged? 3|ab 3|from 3|over 3|under 3/i,
		],
		[ /yes,? (it'?s|it is) (fine|safe|suitable|ok)/i ]
	),
	q(
		'spec-17',
		'spec',
		'de',
		'Ab wann kann man die Seife aus dem Soap-Making Workshop benutzen?',
		[ /\b4 ?(wochen|weeks)|vier wochen|four weeks/i ]
	),
	q(
		'spec-18',
		'spec',
		'en',
		'atlantic no 7 shaving soap - how long does one tin last?',
		[ /\b4 ?(months|monate)|four months|vier monate/i ]
	),
];

export const STOCK: EvalQuestion[] = [
	q( 'stock-1', 'stock', 'en', 'is the connemara honey soap in stock?', [
		SOLD_OUT,
		dated( 14, 'jan' ),
	] ),
	q(
		'stock-2',
		'stock',
		'de',
		'Habt ihr den Gentle Cleansing Balm auf Lager?',
		[ SOLD_OUT, dated( 21, 'jan' ) ]
	),
	q( 'stock-3', 'stock', 'en', 'Vitamin C serum available?', [
		BACKORDER,
		dated( 15, 'jan' ),
	] ),
	q(
		'stock-4',
		'stock',
		'en',
		'how many sea buckthorn soaps do you have left',
		[ '3' ],
		[ SOLD_OUT ]
	),
	q(
		'stock-5',
		'stock',
		'de',
		'Ist das Blemish Spot Gel verfügbar?',
		[ SOLD_OUT ],
		[ INVENTED_DATE ]
	),
	q( 'stock-6', 'stock', 'en', 'do you have the charcoal & tea tree soap', [
		BACKORDER,
		dated( 20, 'jan' ),
	] ),
	q(
		'stock-7',
		'stock',
		'en',
		'is the Eye Balm in stock',
		[ IN_STOCK ],
		[ SOLD_OUT ]
	),
	q(
		'stock-8',
		'stock',
		'de',
		'Gibt es den Bamboo Bath Caddy noch?',
		[ IN_STOCK ],
		[ SOLD_OUT ]
	),
	q( 'stock-9', 'stock', 'en', 'When will the magnesium body spray be back', [
		dated( 28, 'jan' ),
	] ),
	q( 'stock-10', 'stock', 'de', 'Ist der Wick Trimmer wieder da?', [
		SOLD_OUT,
		dated( 14, 'jan' ),
	] ),
	q(
		'stock-11',
		'stock',
		'en',
		'juniper & cedar soap - when is it back in?',
		[
			[
				SOLD_OUT,
				/not (yet )?decided|trial|no (restock )?date|don'?t know|not sure/i,
			],
		],
		[ INVENTED_DATE ]
	),
	q(
		'stock-12',
		'stock',
		'en',
		'is the mini travel kit in stock? need it for a flight on the 5th of january',
		[ SOLD_OUT, dated( 9, 'jan' ) ]
	),
	q(
		'stock-13',
		'stock',
		'de',
		'Habt ihr den Adventskalender noch?',
		[ SOLD_OUT ],
		[ INVENTED_DATE ]
	),
	q(
		'stock-14',
		'stock',
		'en',
		'Are the eucalyptus shower steamers in stock',
		[ BACKORDER, dated( 22, 'jan' ) ]
	),
	q(
		'stock-15',
		'stock',
		'de',
		'Ist die Pure Castile Soap lieferbar?',
		[ IN_STOCK ],
		[ SOLD_OUT ]
	),
	q(
		'stock-16',
		'stock',
		'de',
		'konjac schwamm auf lager?',
		[ SOLD_OUT ],
		[ INVENTED_DATE ]
	),
];

export const VARIATIONS: EvalQuestion[] = [
	q( 'variation-1', 'variation', 'en', 'how much is the 30ml seaweed serum', [
		eur( '38.00' ),
	] ),
	q(
		'variation-2',
		'variation',
		'de',
		'Welche Größen gibt es bei der Salt Marsh Body Butter und was kosten sie?',
		[ /100 ?ml/i, /250 ?ml/i, eur( '22.00' ), eur( '39.00' ) ]
	),
	q(
		'variation-3',
		'variation',
		'en',
		'Is the rose geranium body butter in the big size in stock?',
		[ SOLD_OUT, dated( 14, 'jan' ) ]
	),
	q(
		'variation-4',
		'variation',
		'en',
		'what scents do the bath bombs come in',
		[ /lavender/i, /sea mist/i, /lemon sherbet/i ]
	),
	q(
		'variation-5',
		'variation',
		'de',
		'Ist die Badebombe Rose Petal verfügbar?',
		[ SOLD_OUT, dated( 12, 'jan' ) ]
	),
	q(
		'variation-6',
		'variation',
		'en',
		'is the unscented deodorant in stock',
		[ SOLD_OUT ],
		[ INVENTED_DATE ]
	),
	q(
		'variation-7',
		'variation',
		'en',
		'how much is the unscented sensitive deodorant, is it dearer than the others?',
		[ eur( '13.50' ), eur( '12.50' ) ]
	),
	q(
		'variation-8',
		'variation',
		'de',
		'Welche Farben gibt es bei der Keramik-Seifenschale?',
		[ /sea green/i, /sand/i, /slate/i ]
	),
	q( 'variation-9', 'variation', 'en', 'when is the slate soap dish back', [
		dated( 21, 'jan' ),
	] ),
	q(
		'variation-10',
		'variation',
		'en',
		"what's the price of the 1kg return to the sea bath salts",
		[ eur( '22.00' ) ]
	),
	q(
		'variation-11',
		'variation',
		'de',
		'Was kostet das ätherische Öl Tea Tree?',
		[ eur( '8.00' ) ]
	),
	q( 'variation-12', 'variation', 'en', 'which gift card amounts can I get', [
		'20',
		'30',
		'50',
		'100',
	] ),
	q(
		'variation-13',
		'variation',
		'en',
		'any places left on the february soap making workshop?',
		[ FULL ]
	),
	q(
		'variation-14',
		'variation',
		'de',
		'Welche Termine gibt es für die Natural Skincare Masterclass?',
		[ dated( 24, 'jan' ), dated( 21, 'feb' ) ]
	),
	q(
		'variation-15',
		'variation',
		'en',
		'the 500 ml seaweed shower gel, how much?',
		[ eur( '18.00' ) ]
	),
	q(
		'variation-16',
		'variation',
		'de',
		'Gibt es das Dry Shampoo auch für dunkle Haare?',
		[ /dark hair|dunkle/i ]
	),
];
