/** Wollknäuel dev set: search by purpose or constraint, comparisons and follow-up turns. */
import type { EvalQuestion } from '../types';
import { eur, q, restock } from './wollknaeuel-kit';

export const CHOICES: EvalQuestion[] = [
	q(
		'se01',
		'search',
		'de',
		'I such a Garn für Filzpatschen, was empfehlt ihr?',
		[ [ 'Bergschaf', 'Filzwolle' ] ]
	),
	q(
		'se02',
		'search',
		'en',
		'I need vegan yarn, no animal fibres at all. What do you have?',
		[
			[
				'Cotton Fine',
				'Vegan Cotton',
				'Bambus Baby',
				'Leinengarn',
				'Hanfgarn',
				'Schulgarn',
			],
		],
		[ 'Kaschmir' ]
	),
	q(
		'se03',
		'search',
		'de',
		'Welche Nähmaschine passt für mein Kind (9 Jahre)?',
		[ 'Stichfest Mini' ]
	),
	q(
		'se04',
		'search',
		'en',
		'Which machine should I get to finish the edges of jersey, like a serger?',
		[ 'Overlock' ]
	),
	q(
		'se05',
		'search',
		'de',
		'Stoff für a Regenjacke, sollt wasserabweisend sein?',
		[ 'Softshell' ]
	),
	q(
		'se06',
		'search',
		'en',
		'What fabric would you recommend for baby muslin cloths?',
		[ /musselin|muslin|double gauze/i ]
	),
	q(
		'se07',
		'search',
		'de',
		'Brauch was für Socken: welche Wolle und welche Nadeln?',
		[ [ 'Sockenwolle', 'Strumpfgarn', 'Sockenset' ], 'Nadelspiel' ]
	),
	q(
		'se08',
		'search',
		'en',
		'Anything for a total beginner who wants to knit a hat?',
		[ /strickset mütze|mütze für anfänger/i ]
	),
	q( 'se09', 'search', 'de', 'I möcht a Dirndl nähen. Was brauch i dafür?', [
		'Dirndlstoff',
		'Almrausch',
	] ),
	q(
		'se10',
		'search',
		'en',
		'Which yarns cost less than 4 euros a ball?',
		[ [ 'Cotton Fine', 'Vegan Cotton', 'Schulgarn' ] ],
		[ 'Kaschmir', 'Maulbeerseide' ]
	),
	q(
		'se11',
		'search',
		'de',
		'Suche a Geschenk für meine Oma, die gern strickt, so um die 20 Euro',
		[
			[
				'Gutschein',
				'Sockenset',
				'Garnhalter',
				'Stricknadel-Etui',
				'Spannmatten',
				'Wollwaschmittel',
				'Buch',
			],
		]
	),
	q( 'se12', 'search', 'en', 'What do I need to make amigurumi?', [
		[ 'Amigurumi', 'Sicherheitsaugen', 'Füllwatte' ],
	] ),
	q(
		'se13',
		'search',
		'de',
		'Was habts an Stoffen unter 10 Euro pro Meter?',
		[ [ 'Popeline', 'Vlieseline', 'Volumenvlies' ] ],
		[ 'Walkloden' ]
	),

	q(
		'cm01',
		'compare',
		'de',
		'Was is der Unterschied zwischen Alpaka Wolke und Alpaka Classic?',
		[ '200', '167' ]
	),
	q(
		'cm02',
		'compare',
		'en',
		"Alpenstich Basic 12 vs Comfort 60 — what's the difference?",
		[ eur( '199' ), eur( '399' ) ]
	),
	q(
		'cm03',
		'compare',
		'de',
		'Welche is leichter, die JX-30 oder die Basic 12?',
		[
			[ '5,4', '5.4' ],
			[ '6,1', '6.1' ],
		]
	),
	q(
		'cm04',
		'compare',
		'en',
		'Bamboo or steel circular needles, which ones are cheaper?',
		[ eur( '7,90' ), eur( '9,50' ) ]
	),
	q(
		'cm05',
		'compare',
		'de',
		'Sockenwolle 4-fach oder Strumpfgarn 6-fach – welches ist dicker?',
		[ /6-fach|strumpfgarn/i, [ '420', '375' ] ]
	),
	q(
		'cm06',
		'compare',
		'de',
		'Was ist billiger, die Viskose Blumenwiese oder die Baumwollwebware Fliegenpilz?',
		[ eur( '12,50' ), eur( '12,90' ) ]
	),
	q(
		'cm07',
		'compare',
		'en',
		'Overlock 4D or Cover 5 — which one sews faster?',
		[ eur( '1.300' ), eur( '1.100' ) ]
	),
	q(
		'cm08',
		'compare',
		'de',
		'Merino Soft oder Cotton Fine für a Babyjackerl – was kann man heißer waschen?',
		[ '60', '30' ]
	),

	q(
		'f01',
		'followup',
		'de',
		'Und in welchen Farben gibts die?',
		[ 'Naturbraun', 'Beige', 'Schwarz' ],
		[],
		[ 'Was kostet die Alpaka Classic?' ]
	),
	q(
		'f02',
		'followup',
		'en',
		'And how much does it weigh?',
		[ [ '7,4', '7.4' ] ],
		[],
		[ 'How much is the Alpenstich Overlock 4D?' ]
	),
	q(
		'f03',
		'followup',
		'de',
		'Wie breit is der?',
		[ '140' ],
		[],
		[ 'Habt ihr den Leinenstoff vorgewaschen?' ]
	),
	q(
		'f04',
		'followup',
		'en',
		'How much is it?',
		[ eur( '1.249' ) ],
		[],
		[ 'Do you have a sewing machine for quilting?' ]
	),
	q(
		'f05',
		'followup',
		'de',
		'Gibts die auch in 8 mm?',
		[ '8 mm', [ '7,90', '7.90', '8,90', '8.90' ] ],
		[],
		[ 'I schau mir grad die Rundstricknadel Bambus an.' ]
	),
	q(
		'f06',
		'followup',
		'en',
		'Is the mustard one in stock?',
		[ restock( 12, 'jan' ) ],
		[],
		[ "What's the price of the Merino Soft?" ]
	),
	q(
		'f07',
		'followup',
		'de',
		'Und welche Nadelstärke ist da dabei?',
		[ [ '2,5', '2.5' ] ],
		[],
		[ 'Was kostet das Sockenset Regenbogen?' ]
	),
	q(
		'f08',
		'followup',
		'en',
		'Can I wash it?',
		[ /hand ?wash|handwäsche|dry clean|chemische reinigung/i ],
		[],
		[ 'Tell me about the Walkloden fabric' ]
	),
	q(
		'f09',
		'followup',
		'de',
		'Und nach Italien?',
		[ eur( '12,90' ) ],
		[],
		[ 'Wie viel kostet der Versand nach Deutschland?' ]
	),
	q(
		'f10',
		'followup',
		'en',
		'How much fabric do I need for it?',
		[ [ '3,5', '3.5' ] ],
		[],
		[ "I'm looking at the Almrausch dirndl pattern" ]
	),
];
