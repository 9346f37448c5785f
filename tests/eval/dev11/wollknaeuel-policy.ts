/** Wollknäuel dev set: shipping, returns and exceptions, warranty and service prices, courses. */
import type { EvalQuestion } from '../types';
import { eur, q } from './wollknaeuel-kit';

export const POLICY: EvalQuestion[] = [
	q( 'pol01', 'policy', 'de', 'Was kostet der Versand nach Deutschland?', [
		eur( '7,90' ),
	] ),
	q( 'pol02', 'policy', 'en', 'How much is shipping within Austria?', [
		eur( '4,90' ),
	] ),
	q(
		'pol03',
		'policy',
		'de',
		'Ab wann is der Versand in Österreich gratis?',
		[ eur( '50' ) ]
	),
	q(
		'pol04',
		'policy',
		'en',
		'Do you ship to Switzerland, and how much does it cost?',
		[ eur( '19,90' ) ]
	),
	q( 'pol05', 'policy', 'de', 'Liefert ihr auch in die USA?', [
		/nicht|leider|kein/i,
	] ),
	q(
		'pol06',
		'policy',
		'en',
		'Can I return fabric that was cut to length for me?',
		[ /\bcut|geschnitten/i, /\bnot\b|excluded|ausgeschlossen|\bno\b/i ]
	),
	q( 'pol07', 'policy', 'de', 'Wie lang hab ich Zeit für a Rücksendung?', [
		'14',
	] ),
	q(
		'pol08',
		'policy',
		'en',
		'Can I still return unopened balls of yarn after three weeks?',
		[ '30' ]
	),
	q( 'pol09', 'policy', 'de', 'Wer zahlt die Rücksendung?', [
		/selbst|kunde|sie tragen|ihre kosten/i,
	] ),
	q( 'pol10', 'policy', 'en', 'What does a sewing machine service cost?', [
		eur( '79' ),
	] ),
	q( 'pol11', 'policy', 'de', 'Was kostet ein Overlock-Service bei euch?', [
		eur( '95' ),
	] ),
	q(
		'pol12',
		'policy',
		'de',
		'Wie lang Garantie hab ich auf eine Alpenstich Nähmaschine?',
		[ /3 jahre/i ]
	),
	q(
		'pol13',
		'policy',
		'en',
		'What warranty comes with the Nähkraft machine?',
		[ /2 (years|jahre)|two years/i ]
	),
	q( 'pol14', 'policy', 'de', 'Was kostet bei euch das Schere schleifen?', [
		eur( '9,50' ),
	] ),
	q(
		'pol15',
		'policy',
		'en',
		'How much is shipping for a sewing machine to Germany?',
		[ eur( '14,90' ) ]
	),
	q( 'pol16', 'policy', 'de', 'Welche Zahlungsarten gibts? Geht EPS?', [
		'EPS',
	] ),
	q( 'pol17', 'policy', 'en', 'Can I pay with Klarna?', [
		'Klarna',
		/\byes\b|accept|can pay/i,
	] ),
	q( 'pol18', 'policy', 'de', 'Wie lange ist ein Gutschein gültig?', [
		/3 jahre/i,
	] ),
	q( 'pol19', 'policy', 'en', 'Can I cancel my place on a course?', [
		/7 (days|tage)|seven days/i,
	] ),
	q(
		'pol20',
		'policy',
		'de',
		'Kann ich Stoff auch in halben Metern bestellen?',
		[ /ganze|im geschäft|im laden/i ]
	),
	q( 'pol21', 'policy', 'en', 'Is there a discount if I buy a lot of yarn?', [
		/10 ?%/,
	] ),
	q(
		'pol22',
		'policy',
		'de',
		'Wie lang dauert a Reparatur in eurer Werkstatt?',
		[ /2 wochen|zwei wochen/i ]
	),
	q( 'pol23', 'policy', 'en', 'Do you send fabric swatches?', [
		/\b5\b|five/i,
	] ),
	q(
		'pol24',
		'policy',
		'de',
		'Was kostet der Dirndl-Nähkurs und wann ist der?',
		[ eur( '240' ), 'März' ]
	),
	q( 'pol25', 'policy', 'en', 'Is the crochet meetup free, and when is it?', [
		/free|kostenlos/i,
		/thursday|donnerstag/i,
	] ),
];
