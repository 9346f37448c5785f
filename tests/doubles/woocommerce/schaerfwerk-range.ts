/**
 * Schärfwerk Solingen's product families (kitchen knives, knife sets by handle, whetstones by
 * grit, cutting boards by size, magnetic strips by length, knife blocks, honing rods, knife
 * rolls by colour, scissors), for schaerfwerk.ts: specs as a German shop writes them (cm, mm,
 * g, HRC, Körnung), one fact per product stated only in the prose of its long description.
 */
import { drawnTexts, type NounFamily } from './family-catalog';
import {
	axisOptions,
	pickOf,
	type Axis,
	type Random,
	type Spec,
} from './shop-kit';

/** A family of Schärfwerk's, with how many products it has. */
export interface Family extends NounFamily {
	count: number;
}

/** Drawn decimals written with a comma, as the shop writes them ("0,8 mm"). */
const { specTable, oneOf } = drawnTexts( ( value, places ) =>
	value.toFixed( places ).replace( '.', ',' )
);

/** A steel, its hardness and whether it is stainless. */
const STEELS: Array< [ string, string, string ] > = [
	[ 'X50CrMoV15', '56 HRC', 'rostfrei' ],
	[ '1.4116', '57 HRC', 'rostfrei' ],
	[ 'VG-10 Damast, 67 Lagen', '60 HRC', 'rostfrei' ],
	[ 'C60 Carbonstahl', '61 HRC', 'nicht rostfrei' ],
	[ 'SG2 Pulverstahl', '62 HRC', 'rostfrei' ],
];

/** A knife noun's blade length (in the name) and the bounds of its weight (g). */
const KNIVES: Record< string, [ string, number, number ] > = {
	'Kochmesser 20 cm': [ '20 cm', 190, 260 ],
	'Santoku 18 cm': [ '18 cm', 150, 210 ],
	'Gyuto 21 cm': [ '21 cm', 160, 220 ],
	'Brotmesser 23 cm': [ '23 cm', 150, 200 ],
	'Officemesser 9 cm': [ '9 cm', 60, 90 ],
	'Filiermesser 16 cm': [ '16 cm', 90, 130 ],
	'Nakiri 16,5 cm': [ '16,5 cm', 150, 200 ],
	'Ausbeinmesser 14 cm': [ '14 cm', 100, 140 ],
};

const HANDLES =
	'Olivenholz|Pflaumenholz|Räuchereiche|POM schwarz|G10 blau|Walnuss';

function knifeSpecs( r: Random, noun: string ): Spec[] {
	const [ length, light, heavy ] = KNIVES[ noun ]!;
	const [ steel, hardness, rust ] = pickOf( r, STEELS );
	return [
		[ 'Klingenlänge', length ],
		[ 'Stahl', steel ],
		[ 'Härte', hardness ],
		[ 'Rostfrei', rust === 'rostfrei' ? 'Ja' : 'Nein' ],
		[ 'Griff', pickOf( r, HANDLES.split( '|' ) ) ],
		[ 'Gewicht', `${ light + Math.floor( r() * ( heavy - light ) ) } g` ],
		[
			'Schliff',
			noun.startsWith( 'Brotmesser' )
				? 'Wellenschliff'
				: pickOf( r, [ 'Glattschliff', 'Kullenschliff' ] ),
		],
		[ 'Spülmaschinenfest', 'Nein' ],
	];
}

const HANDLE_AXIS: Axis = {
	name: 'Griff',
	options: axisOptions(
		[ 'POM schwarz', 'Olivenholz', 'Räuchereiche' ],
		[ 1, 1.25, 1.3 ]
	),
};

const GRIT_AXIS: Axis = {
	name: 'Körnung',
	options: axisOptions(
		[ '#400 grob', '#1000 mittel', '#3000 fein', '#6000 Abziehstein' ],
		[ 0.9, 1, 1.3, 1.6 ]
	),
};

const SIZE_AXIS: Axis = {
	name: 'Größe',
	options: axisOptions(
		[ 'S – 30 × 20 cm', 'M – 40 × 25 cm', 'L – 50 × 35 cm' ],
		[ 1, 1.35, 1.8 ]
	),
};

const LENGTH_AXIS: Axis = {
	name: 'Länge',
	options: axisOptions( [ '30 cm', '45 cm', '60 cm' ], [ 1, 1.2, 1.45 ] ),
};

const COLOUR_AXIS: Axis = {
	name: 'Farbe',
	options: axisOptions( [ 'Schwarz', 'Cognac', 'Oliv' ] ),
};

/**
 * One of the texts for the word of the noun it is listed under, drawn with one draw (as a
 * "{a|b}" part is), so a product's material or surface fits its name.
 */
const drawnFor = (
	r: Random,
	noun: string,
	texts: Record< string, string[] >
): string =>
	pickOf(
		r,
		Object.entries( texts ).find( ( [ word ] ) =>
			noun.includes( word )
		)![ 1 ]
	);

const BLOCK_MATERIAL = {
	Buche: [ 'Buche geölt' ],
	Bambus: [ 'Bambus mit Kunststoffborsten' ],
	Walnuss: [ 'Walnuss massiv' ],
};

const BLOCK_DETAIL = {
	Bambus: [
		'Die Borsten lassen sich herausnehmen und bei 60 Grad waschen.',
		'Die Borsten halten Messer jeder Form, auch Santoku und Nakiri.',
		'Der Block wird ohne Messer geliefert.',
	],
	'': [
		'Die Schlitze sind so geschnitten, dass die Schneide das Holz nicht berührt.',
		'Ein Schlitz ist breit genug für einen Wetzstahl.',
		'Der Block wird ohne Messer geliefert.',
	],
};

const ROD_SURFACE = {
	Wetzstahl: [ 'fein gezogen', 'glatt poliert' ],
	Keramik: [ 'Keramik, Körnung #1000', 'Keramik, Körnung #2000' ],
	Diamant: [ 'Diamant D15', 'Diamant D25' ],
};

const ROLL_MATERIAL = {
	Canvas: [ 'gewachstes Canvas' ],
	Leder: [ 'Rindleder, pflanzlich gegerbt' ],
};

export const FAMILIES: Family[] = [
	{
		key: 'km',
		category: 'Küchenmesser',
		tags: [ 'messer', 'küchenmesser' ],
		count: 34,
		nouns: Object.keys( KNIVES ),
		price: [ 39, 189 ],
		blurb: 'Ein Küchenmesser aus unserer Solinger Werkstatt, vom Rohling bis zum Feinabzug in Handarbeit geschliffen.',
		specs: knifeSpecs,
		detail: oneOf(
			'Die Klinge ist beidseitig 50/50 geschliffen, Linkshänder können es also ohne Einschränkung benutzen.',
			'Geliefert wird es mit einem Klingenschutz (Saya) aus Magnolienholz.',
			'Nicht für Knochen oder Tiefkühlware geeignet: dafür ist der feine Schliff zu dünn.',
			'Der Griff ist mit drei Edelstahlnieten vernietet und fugenlos eingepasst.',
			'Jede Klinge trägt eine fortlaufende Seriennummer und das Schärfwerk-Wappen.',
			'Der Schneidenwinkel beträgt {15|18|20} Grad pro Seite.'
		),
	},
	{
		key: 'ms',
		category: 'Messersets',
		tags: [ 'messer', 'set', 'geschenk' ],
		count: 8,
		nouns: [
			'Messerset 3-teilig',
			'Messerset 5-teilig',
			'Starterset Koch- und Officemesser',
		],
		price: [ 119, 349 ],
		blurb: 'Aufeinander abgestimmte Messer aus Solingen im Geschenkkarton, wählbar mit drei Griffen.',
		specs: specTable(
			'Stahl: {X50CrMoV15|1.4116}',
			'Härte: {56|57} HRC',
			'Verpackung: Geschenkkarton mit Magnetverschluss',
			'Spülmaschinenfest: Nein'
		),
		detail: oneOf(
			'Auf Wunsch gravieren wir die Klingen gegen Aufpreis (siehe Gravur-Service).',
			'Im Set liegt eine Pflegeanleitung und ein Probefläschchen Kamelienöl.',
			'Das Set passt genau in unsere Messerblöcke aus Buche.'
		),
		axes: [ HANDLE_AXIS ],
	},
	{
		key: 'st',
		category: 'Schleifsteine',
		tags: [ 'schleifen', 'schleifstein', 'wasserstein' ],
		count: 14,
		nouns: [
			'Wasserschleifstein',
			'Keramik-Schleifstein',
			'Schleifstein mit Halter',
		],
		price: [ 29, 79 ],
		blurb: 'Ein japanischer Wasserschleifstein für Küchenmesser, in vier Körnungen von grob bis Abziehstein.',
		specs: specTable(
			'Maße: {180|200|210} × {60|65|70} × {20|25} mm',
			'Bindung: {Keramik|Kunstharz|Magnesit}',
			'Wässern: {10 Minuten|nicht nötig (Splash & Go)}',
			'Herkunft: {Japan|Deutschland}'
		),
		detail: oneOf(
			'Der Stein steht auf einem rutschfesten Gummifuß, der im Preis enthalten ist.',
			'Ein Abrichtstein zum Planhalten ist nicht enthalten und separat erhältlich.',
			'Er nutzt sich langsam ab und hält bei Hausgebrauch {5|8|10} Jahre.',
			'Mit Öl darf dieser Stein nicht benutzt werden, nur mit Wasser.'
		),
		axes: [ GRIT_AXIS ],
	},
	{
		key: 'bt',
		category: 'Schneidbretter',
		tags: [ 'schneidbrett', 'holz' ],
		count: 14,
		nouns: [
			'Stirnholzbrett Eiche',
			'Schneidbrett Nussbaum',
			'Schneidbrett Olivenholz',
			'Hinoki-Schneidbrett',
		],
		price: [ 39, 129 ],
		blurb: 'Ein Schneidbrett, das die Schneide schont, geölt und bereit zum Gebrauch.',
		specs: specTable(
			'Stärke: {2|3|4|5} cm',
			'Saftrille: {Ja|Nein}',
			'Griffmulden: {Ja|Nein}',
			'Pflege: Mit Brettöl nachölen, nicht in die Spülmaschine'
		),
		detail: oneOf(
			'Auf der Unterseite sind vier Gummifüße eingelassen, damit es nicht rutscht.',
			'Das Holz stammt aus FSC-zertifizierter Forstwirtschaft.',
			'Beide Seiten können benutzt werden; die Rückseite ist für Brot gedacht.',
			'Auf Wunsch brennen wir ein Monogramm ein (siehe Gravur-Service).'
		),
		axes: [ SIZE_AXIS ],
	},
	{
		key: 'ml',
		category: 'Aufbewahrung',
		tags: [ 'magnetleiste', 'aufbewahrung' ],
		count: 10,
		nouns: [
			'Magnetleiste Eiche',
			'Magnetleiste Walnuss',
			'Magnetleiste Edelstahl',
		],
		price: [ 29, 69 ],
		blurb: 'Eine Magnetleiste für die Wand, die Messer sicher und griffbereit hält, ohne die Klinge zu zerkratzen.',
		specs: specTable(
			'Tragkraft: {4|6|8} kg',
			'Montage: {Schrauben und Dübel (im Lieferumfang)|Klebepads, ohne Bohren}',
			'Tiefe: {18|20|22} mm'
		),
		detail: oneOf(
			'Die Magnete sind verdeckt unter dem Holz eingelassen.',
			'Passt für bis zu {6|8|10} Messer.',
			'Für Carbonstahlmesser ideal, weil die Klinge frei abtrocknen kann.'
		),
		axes: [ LENGTH_AXIS ],
	},
	{
		key: 'mb',
		category: 'Aufbewahrung',
		tags: [ 'messerblock', 'aufbewahrung' ],
		count: 8,
		nouns: [
			'Messerblock Buche',
			'Borstenblock Bambus',
			'Messerblock Walnuss',
		],
		price: [ 49, 159 ],
		blurb: 'Ein Messerblock ohne Messer, für bis zu sechs Klingen bis 23 cm Länge.',
		specs: ( r, noun ) => [
			...specTable( 'Plätze: {5|6}', 'Höhe: {24|26|28} cm' )( r ),
			[ 'Material', drawnFor( r, noun, BLOCK_MATERIAL ) ],
		],
		detail: ( r, noun ) => drawnFor( r, noun, BLOCK_DETAIL ),
	},
	{
		key: 'ws',
		category: 'Schärfen & Wetzen',
		tags: [ 'wetzstahl', 'schärfen' ],
		count: 10,
		nouns: [
			'Wetzstahl 26 cm',
			'Keramik-Wetzstab 25 cm',
			'Diamant-Wetzstab 30 cm',
		],
		price: [ 24, 89 ],
		blurb: 'Zum Aufrichten der Schneide zwischen zwei Schliffen: ein paar Züge vor dem Kochen genügen.',
		specs: ( r, noun ) => [
			[ 'Oberfläche', drawnFor( r, noun, ROD_SURFACE ) ],
			...specTable(
				'Griff: {Kunststoff|Buche|Olivenholz}',
				'Aufhängeöse: {Ja|Nein}'
			)( r ),
		],
		detail: oneOf(
			'Für Messer mit einer Härte über 60 HRC empfehlen wir ihn nicht.',
			'Der Fingerschutz am Griff verhindert das Abrutschen auf die Klinge.',
			'Er ist für Wellenschliff nicht geeignet.'
		),
	},
	{
		key: 'mt',
		category: 'Messertaschen',
		tags: [ 'messertasche', 'transport' ],
		count: 6,
		nouns: [ 'Messerrolle Canvas 7 Fächer', 'Messertasche Leder 5 Fächer' ],
		price: [ 49, 139 ],
		blurb: 'Für Köchinnen und Köche, die ihre Messer mit zur Arbeit nehmen.',
		specs: ( r, noun ) => [
			[ 'Material', drawnFor( r, noun, ROLL_MATERIAL ) ],
			...specTable(
				'Maße gerollt: {48|52} × {12|14} cm',
				'Schulterriemen: {Ja|Nein}'
			)( r ),
		],
		detail: oneOf(
			'In der Reißverschlusstasche ist Platz für einen Wetzstahl bis 30 cm.',
			'Die Fächer sind mit einer schnittfesten Lage gefüttert.',
			'Sie wird in Portugal genäht.'
		),
		axes: [ COLOUR_AXIS ],
	},
	{
		key: 'sc',
		category: 'Scheren',
		tags: [ 'schere', 'küchenschere' ],
		count: 8,
		nouns: [ 'Küchenschere', 'Geflügelschere', 'Kräuterschere' ],
		price: [ 19, 79 ],
		blurb: 'Eine Solinger Schere, geschmiedet und von Hand eingestellt.',
		specs: specTable(
			'Länge: {20|21|23|25} cm',
			'Zerlegbar: {Ja|Nein}',
			'Linkshänder: {Ja|Nein}'
		),
		detail: oneOf(
			'Der Flaschenöffner im Griff ist für Kronkorken gedacht.',
			'Die Schneiden sind mikroverzahnt, so rutscht nichts weg.',
			'Nachschleifen übernimmt unser Schleifservice für 9,00 €.'
		),
	},
];
