/** Wollknäuel dev set: stock (counts, sold out, backorder with restock dates) and specs. */
import type { EvalQuestion } from '../types';
import { eur, q, restock, SOLD_OUT } from './wollknaeuel-kit';

export const STOCK_SPECS: EvalQuestion[] = [
	q( 's01', 'stock', 'de', 'Habt ihr die Alpenstich Stick 10 lagernd?', [
		/\b1\b|nur noch ein|letzte|ein stück|einzige/i,
	] ),
	q( 's02', 'stock', 'en', 'Is the Nähkraft JX-30 in stock?', [
		SOLD_OUT,
		restock( 12, 'jan' ),
	] ),
	q( 's03', 'stock', 'de', 'Is die Cover 5 lieferbar?', [
		restock( 3, 'feb' ),
	] ),
	q( 's04', 'stock', 'en', 'do you have the white tulle in stock?', [
		SOLD_OUT,
	] ),
	q( 's05', 'stock', 'de', 'Glitzergarn Lurex vorrätig?', [ SOLD_OUT ] ),
	q( 's06', 'stock', 'de', 'Wie viele Alpenstich Quilt 200 habt ihr noch?', [
		'2',
	] ),
	q( 's07', 'stock', 'en', 'Is the Strumpfgarn 6-fach available?', [
		restock( 12, 'jan' ),
	] ),
	q( 's08', 'stock', 'de', 'Ist der Garnhalter aus Holz verfügbar?', [
		restock( 3, 'feb' ),
	] ),
	q(
		's09',
		'stock',
		'en',
		'Can I get the wool winder right now or is it sold out?',
		[ /in stock|available|\b8\b/i ],
		[ SOLD_OUT ]
	),
	q( 's10', 'stock', 'de', 'Merino Soft in Rosenholz – habt ihr die noch?', [
		SOLD_OUT,
	] ),
	q( 's11', 'stock', 'de', 'Is da Fleece Anti-Pilling wieder da?', [
		SOLD_OUT,
	] ),
	q(
		's12',
		'stock',
		'en',
		'Do you still have the grey French Terry sweat fabric?',
		[ restock( 12, 'jan' ) ]
	),
	q( 's13', 'stock', 'de', 'Gibts den Obertransportfuß noch?', [ SOLD_OUT ] ),
	q( 's14', 'stock', 'en', 'is the macrame plant hanger kit in stock', [
		restock( 12, 'jan' ),
	] ),
	q( 's15', 'stock', 'de', 'Habt ihr die Chunky Merino in Anthrazit?', [
		SOLD_OUT,
		restock( 12, 'jan' ),
	] ),
	q( 's16', 'stock', 'en', 'Do you have the pompom maker?', [ SOLD_OUT ] ),

	q( 'sp01', 'spec', 'de', 'Wie viel Lauflänge hat die Alpaka Wolke?', [
		'200 m',
	] ),
	q(
		'sp02',
		'spec',
		'en',
		'What needle size do I need for the Chunky Merino?',
		[ /8\s?(mm)?\s?(–|-|to|bis)\s?10/i ]
	),
	q(
		'sp03',
		'spec',
		'de',
		'Bei wieviel Grad kann ich die Cotton Fine waschen?',
		[ '60' ]
	),
	q( 'sp04', 'spec', 'en', 'How heavy is the Alpenstich Quilt 200?', [
		[ '9,2', '9.2' ],
	] ),
	q(
		'sp05',
		'spec',
		'de',
		'Wie viele Stichprogramme hat die Basic 12 und wie viel Watt?',
		[ '12', '70' ]
	),
	q( 'sp06', 'spec', 'en', 'How wide is the Walkloden fabric?', [ '150' ] ),
	q( 'sp07', 'spec', 'de', 'Welche Breite hat der Tüll?', [ '300' ] ),
	q( 'sp08', 'spec', 'de', 'Woraus besteht die Sockenwolle 4-fach?', [
		'75',
		'25',
		/polyamid|nylon/i,
	] ),
	q( 'sp09', 'spec', 'en', "What's the fibre content of the Kid Silk Lace?", [
		'72',
		'28',
		/seide|silk/i,
	] ),
	q( 'sp10', 'spec', 'de', 'Wie viele Watt hat die Overlock 4D?', [ '90' ] ),
	q(
		'sp11',
		'spec',
		'en',
		'how many stitches per minute does the overlock do?',
		[ eur( '1.300' ) ]
	),
	q( 'sp12', 'spec', 'de', 'Wie groß ist das Stickfeld der Stick 10?', [
		/10\s?(×|x|mal)\s?10/i,
	] ),
	q(
		'sp13',
		'spec',
		'de',
		'Kann man die Tiroler Bergschafwolle in der Waschmaschine waschen?',
		[ /handwäsche|filz/i ]
	),
	q( 'sp14', 'spec', 'en', "What's the Durchlassbreite of the Quilt 200?", [
		'28',
	] ),
	q( 'sp15', 'spec', 'de', 'Wie schwer is der Jeansstoff pro Quadratmeter?', [
		'400',
	] ),
	q(
		'sp16',
		'spec',
		'en',
		'Does the Alpenstich Basic 12 do buttonholes automatically? What kind?',
		[ /4[- ]?(stufen|step)|four[- ]step/i ]
	),
	q( 'sp17', 'spec', 'de', 'Welche Wassersäule hat die Softshell?', [
		eur( '8.000' ),
	] ),
	q(
		'sp18',
		'spec',
		'en',
		'Can the Merino Soft go in the washing machine, and at what temperature?',
		[ '30' ]
	),
];
