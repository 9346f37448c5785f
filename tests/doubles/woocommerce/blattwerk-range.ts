/**
 * The variable products of Blattwerk (blattwerk.ts): pots by diameter (12/14/17/21 cm) and
 * colour, soils by volume (5 l/10 l/20 l), each option with its own price and stock, and
 * the gift voucher's amounts.
 */
import type { Stock } from './blattwerk-catalog';

/** Variable products: [name, category, axis name, [option, price, stock][], specs, text]. */
export type Varied = [
	name: string,
	category: string,
	axes: Array< [ string, string[] ] >,
	price: ( options: string[] ) => number,
	stock: ( options: string[] ) => Stock,
	specs: Array< [ string, string ] >,
	text: string,
];

const POT_PRICE: Record< string, number > = {
	'12 cm': 1,
	'14 cm': 1.3,
	'17 cm': 1.8,
	'21 cm': 2.6,
};
const potPrice = ( base: number ) => ( o: string[] ) =>
	Math.round( base * POT_PRICE[ o[ 0 ]! ]! * 10 ) / 10 - 0.1;
const DIAMETERS = [ '12 cm', '14 cm', '17 cm', '21 cm' ];

export const POTS: Varied[] = [
	[
		'Übertopf Keramik Matt',
		'Töpfe',
		[
			[ 'Durchmesser', DIAMETERS ],
			[ 'Farbe', [ 'Weiß', 'Salbei', 'Terrakotta' ] ],
		],
		potPrice( 9 ),
		( o ) => {
			if ( o[ 0 ] === '21 cm' && o[ 1 ] === 'Salbei' ) {
				return 'out';
			}
			return o[ 1 ] === 'Terrakotta' ? 4 : null;
		},
		[
			[ 'Material', 'Steingut, innen glasiert' ],
			[ 'Abzugsloch', 'nein' ],
		],
		'Wasserdicht, zum direkten Hineinstellen des Kulturtopfs.',
	],
	[
		'Übertopf Beton Grau',
		'Töpfe',
		[ [ 'Durchmesser', DIAMETERS ] ],
		potPrice( 11 ),
		( o ) => ( o[ 0 ] === '12 cm' ? 'back' : 6 ),
		[
			[ 'Material', 'Beton, innen versiegelt' ],
			[ 'Abzugsloch', 'nein' ],
		],
		'Jeder Topf ist handgegossen und leicht unterschiedlich.',
	],
	[
		'Terrakottatopf mit Untersetzer',
		'Töpfe',
		[ [ 'Durchmesser', DIAMETERS ] ],
		potPrice( 5 ),
		() => null,
		[
			[ 'Material', 'Terrakotta, unglasiert' ],
			[ 'Abzugsloch', 'ja' ],
		],
		'Atmungsaktiv, ideal für Kakteen und Sukkulenten.',
	],
	[
		'Übertopf Rattan geflochten',
		'Töpfe',
		[
			[ 'Durchmesser', [ '17 cm', '21 cm' ] ],
			[ 'Farbe', [ 'Natur', 'Schwarz' ] ],
		],
		( o ) => ( o[ 0 ] === '17 cm' ? 19.9 : 27.9 ),
		( o ) => ( o[ 1 ] === 'Schwarz' ? 'out' : 5 ),
		[ [ 'Material', 'Rattan mit Kunststoffeinsatz' ] ],
		'Mit herausnehmbarem, wasserdichtem Einsatz.',
	],
	[
		'Übertopf Glasiert Glänzend',
		'Töpfe',
		[
			[ 'Durchmesser', DIAMETERS ],
			[ 'Farbe', [ 'Petrol', 'Senfgelb' ] ],
		],
		potPrice( 12 ),
		( o ) => ( o[ 1 ] === 'Senfgelb' && o[ 0 ] === '14 cm' ? 1 : 8 ),
		[
			[ 'Material', 'Keramik, glänzend glasiert' ],
			[ 'Abzugsloch', 'nein' ],
		],
		'Handglasiert, kleine Farbabweichungen sind gewollt.',
	],
	[
		'Hängetopf Keramik',
		'Töpfe',
		[
			[ 'Durchmesser', [ '12 cm', '14 cm' ] ],
			[ 'Farbe', [ 'Weiß', 'Schwarz' ] ],
		],
		( o ) => ( o[ 0 ] === '12 cm' ? 17.9 : 21.9 ),
		() => 6,
		[
			[ 'Material', 'Keramik mit Lederband' ],
			[ 'Abzugsloch', 'nein' ],
		],
		'Das Lederband ist 80 cm lang.',
	],
	[
		'Kulturtopf Kunststoff (10er-Pack)',
		'Töpfe',
		[ [ 'Durchmesser', DIAMETERS ] ],
		( o ) =>
			( { '12 cm': 4.9, '14 cm': 5.9, '17 cm': 7.9, '21 cm': 9.9 } )[
				o[ 0 ]!
			]!,
		() => null,
		[
			[ 'Material', 'recycelter Kunststoff' ],
			[ 'Abzugsloch', 'ja' ],
		],
		'Zum Umtopfen und für Stecklinge.',
	],
	[
		'Selbstbewässerungstopf',
		'Töpfe',
		[
			[ 'Durchmesser', [ '14 cm', '17 cm', '21 cm' ] ],
			[ 'Farbe', [ 'Weiß', 'Anthrazit' ] ],
		],
		( o ) =>
			( { '14 cm': 16.9, '17 cm': 22.9, '21 cm': 29.9 } )[ o[ 0 ]! ]!,
		( o ) => ( o[ 0 ] === '21 cm' ? 'back' : 10 ),
		[
			[ 'Wasserreservoir', 'bis 3 Wochen' ],
			[ 'Material', 'Kunststoff' ],
		],
		'Mit Wasserstandsanzeige.',
	],
];

const SOIL: Record< string, number > = { '5 l': 1, '10 l': 1.7, '20 l': 2.9 };
const soilPrice = ( base: number ) => ( o: string[] ) =>
	Math.round( base * SOIL[ o[ 0 ]! ]! ) - 0.1;
const LITRES: Array< [ string, string[] ] > = [
	[ 'Inhalt', [ '5 l', '10 l', '20 l' ] ],
];

export const SOILS: Varied[] = [
	[
		'Zimmerpflanzenerde torffrei',
		'Erde & Substrat',
		LITRES,
		soilPrice( 7 ),
		( o ) => ( o[ 0 ] === '20 l' ? 3 : null ),
		[
			[ 'Torf', 'torffrei' ],
			[ 'Vorgedüngt', 'ca. 6 Wochen' ],
		],
		'Mit Kokosfaser, Kompost und Holzfaser.',
	],
	[
		'Aroiden-Erde (Monstera & Philodendron)',
		'Erde & Substrat',
		LITRES,
		soilPrice( 9 ),
		( o ) => ( o[ 0 ] === '10 l' ? 'out' : 12 ),
		[
			[ 'Torf', 'torffrei' ],
			[ 'Zusammensetzung', 'Pinienrinde, Perlite, Kokos, Wurmhumus' ],
		],
		'Sehr luftig, verhindert Staunässe.',
	],
	[
		'Kakteen- & Sukkulentenerde',
		'Erde & Substrat',
		LITRES,
		soilPrice( 6 ),
		() => null,
		[
			[ 'Torf', 'torfreduziert' ],
			[ 'Zusammensetzung', 'mit Lava und Sand' ],
		],
		'Mineralisch und durchlässig.',
	],
	[
		'Calathea- & Marantaerde',
		'Erde & Substrat',
		[ [ 'Inhalt', [ '5 l', '10 l' ] ] ],
		soilPrice( 8 ),
		() => 9,
		[
			[ 'Torf', 'torffrei' ],
			[ 'pH-Wert', '5,5–6,5' ],
		],
		'Hält Feuchtigkeit, ohne zu vernässen.',
	],
	[
		'Orchideensubstrat',
		'Erde & Substrat',
		[ [ 'Inhalt', [ '5 l', '10 l' ] ] ],
		soilPrice( 7 ),
		( o ) => ( o[ 0 ] === '5 l' ? 2 : 'back' ),
		[ [ 'Zusammensetzung', 'Pinienrinde, Kokoschips' ] ],
		'Grob und luftig für Phalaenopsis.',
	],
];

/** Gift vouchers: amounts as variations. */
export const VOUCHER_AMOUNTS = [ '15 €', '25 €', '50 €', '100 €' ];
