/**
 * Teekontor Alster's product families (loose teas sold by weight, teas in tins, teapots and
 * cups in colours, kettles, filters, spices), for teekontor.ts: German specs (Herkunft,
 * Erntezeit, Ziehzeit, Wassertemperatur, Koffeingehalt, Bio, Inhalt), one fact per product
 * stated only in the prose of its long description.
 */
import { specTable, type NounFamily } from './family-catalog';
import {
	axisOptions,
	pickOf,
	type Axis,
	type Random,
	type Spec,
} from './shop-kit';

/** A family of Teekontor Alster's, with how many products it has. */
export interface TeaFamily extends NounFamily {
	count: number;
}

/** Loose tea by weight: 50 g at the shelf price, the larger bags cheaper per gram. */
export const WEIGHT: Axis = {
	name: 'Gewicht',
	options: axisOptions(
		[ '50 g', '100 g', '250 g', '1 kg' ],
		[ 1, 1.8, 4, 13 ]
	),
};

const COLOURS: Axis = {
	name: 'Farbe',
	options: axisOptions( [ 'Weiß', 'Schwarz', 'Jadegrün' ] ),
};

/** Where a tea comes from, by the first word of its noun. */
const ORIGIN: Record< string, string > = {
	Assam: 'Indien (Assam)',
	Darjeeling: 'Indien (Darjeeling)',
	Ceylon: 'Sri Lanka',
	Keemun: 'China (Anhui)',
	Yunnan: 'China (Yunnan)',
	Ostfriesische: 'Indien und Sri Lanka (Mischung)',
	'Earl Grey': 'China und Sri Lanka (Mischung)',
	Sencha: 'Japan (Shizuoka)',
	Gyokuro: 'Japan (Kyushu)',
	Bancha: 'Japan (Kagoshima)',
	Genmaicha: 'Japan (Shizuoka)',
	'Lung Ching': 'China (Zhejiang)',
	'Chun Mee': 'China (Jiangxi)',
	Jasmintee: 'China (Fujian)',
	Gunpowder: 'China (Zhejiang)',
	'Milky Oolong': 'Taiwan',
	'Tie Guan Yin': 'China (Fujian)',
	'Oriental Beauty': 'Taiwan',
	'Pai Mu Tan': 'China (Fujian)',
	'Silver Needle': 'China (Fujian)',
	Pfefferminze: 'Deutschland',
	Kamille: 'Ägypten',
	Salbei: 'Albanien',
	Zitronenverbene: 'Marokko',
	Lavendel: 'Frankreich',
	Fenchel: 'Deutschland',
	Rooibos: 'Südafrika',
	Honeybush: 'Südafrika',
};

const originOf = ( noun: string ) =>
	Object.entries( ORIGIN ).find( ( [ k ] ) => noun.startsWith( k ) )?.[ 1 ] ??
	'Deutschland (gemischt in Hamburg)';

/** The value of the first pattern the noun matches, else the fallback (drawn only then). */
const byPattern = (
	noun: string,
	table: Array< [ RegExp, string ] >,
	fallback: () => string
) => table.find( ( [ pattern ] ) => pattern.test( noun ) )?.[ 1 ] ?? fallback();

const bio = ( r: Random, odds: number ) => ( r() < odds ? 'Ja' : 'Nein' );

/** The specs of a loose tea: where from, when picked, how to brew it, its caffeine. */
const teaSpecs =
	(
		harvests: string[],
		steep: string[],
		water: ( noun: string ) => string,
		caffeine: ( noun: string ) => string,
		bioOdds: number
	) =>
	( r: Random, noun: string ): Spec[] => [
		[ 'Herkunft', originOf( noun ) ],
		[ 'Erntezeit', pickOf( r, harvests ) ],
		[ 'Ziehzeit', pickOf( r, steep ) ],
		[ 'Wassertemperatur', water( noun ) ],
		[ 'Koffeingehalt', caffeine( noun ) ],
		[ 'Bio', bio( r, bioOdds ) ],
	];

const sentence = ( list: string[] ) => ( r: Random ) => pickOf( r, list );

export const TEA_FAMILIES: TeaFamily[] = [
	{
		key: 'st',
		category: 'Schwarztee',
		tags: [ 'Schwarztee', 'loser Tee' ],
		count: 14,
		nouns: [
			'Assam',
			'Darjeeling First Flush',
			'Darjeeling Second Flush',
			'Ceylon',
			'Keemun',
			'Yunnan',
			'Ostfriesische Mischung',
			'Earl Grey',
		],
		price: [ 5, 12 ],
		blurb: 'Ein kräftiger Schwarztee aus unserem Kontor an der Alster, lose abgewogen und frisch verpackt.',
		specs: teaSpecs(
			[ 'Frühjahr 2026', 'Sommer 2026', 'Herbst 2025' ],
			[ '3 Minuten', '4 Minuten', '3–5 Minuten' ],
			() => '95–100 °C',
			() => 'hoch',
			0.4
		),
		detail: sentence( [
			'Der Teegarten liegt auf rund 1.800 Metern Höhe.',
			'Mit einem Schuss Milch und einem Kluntje wird er besonders rund.',
			'Gepflückt werden nur zwei Blätter und eine Knospe, von Hand.',
			'Er verträgt einen zweiten Aufguss, dann etwas länger ziehen lassen.',
			'Die Tasse leuchtet kupferrot und schmeckt leicht malzig.',
		] ),
		axes: [ WEIGHT ],
	},
	{
		key: 'gt',
		category: 'Grüner Tee',
		tags: [ 'Grüntee', 'loser Tee' ],
		count: 13,
		nouns: [
			'Sencha',
			'Gyokuro',
			'Bancha',
			'Genmaicha',
			'Lung Ching',
			'Chun Mee',
			'Jasmintee',
			'Gunpowder',
		],
		price: [ 6, 16 ],
		blurb: 'Ein grüner Tee mit frischem, grasigem Charakter, im Kontor lose abgewogen.',
		specs: teaSpecs(
			[ 'Frühjahr 2026 (erste Pflückung)', 'Sommer 2026' ],
			[ '1 Minute', '2 Minuten', '2–3 Minuten' ],
			( noun ) => ( noun.startsWith( 'Gyokuro' ) ? '60 °C' : '70–80 °C' ),
			( noun ) => ( noun.startsWith( 'Gyokuro' ) ? 'hoch' : 'mittel' ),
			0.6
		),
		detail: sentence( [
			'Die Blätter werden nach der Ernte gedämpft statt geröstet.',
			'Bis zu drei Aufgüsse sind möglich, jeder etwas kürzer.',
			'Vor der Ernte wird der Garten drei Wochen lang beschattet.',
			'Kochendes Wasser macht ihn bitter, also bitte abkühlen lassen.',
		] ),
		axes: [ WEIGHT ],
	},
	{
		key: 'ow',
		category: 'Oolong & Weißer Tee',
		tags: [ 'Oolong', 'Weißer Tee', 'loser Tee' ],
		count: 7,
		nouns: [
			'Milky Oolong',
			'Tie Guan Yin',
			'Oriental Beauty',
			'Pai Mu Tan',
			'Silver Needle',
		],
		price: [ 9, 22 ],
		blurb: 'Ein seltener Tee für Kenner, halb oxidiert oder ganz zart getrocknet.',
		specs: teaSpecs(
			[ 'Frühjahr 2026', 'Herbst 2025' ],
			[ '2–3 Minuten', '3 Minuten', '5 Minuten' ],
			( noun ) =>
				noun.startsWith( 'Pai' ) || noun.startsWith( 'Silver' )
					? '80 °C'
					: '90 °C',
			( noun ) =>
				noun.startsWith( 'Pai' ) || noun.startsWith( 'Silver' )
					? 'gering'
					: 'mittel',
			0.5
		),
		detail: sentence( [
			'Die gerollten Blätter öffnen sich erst im dritten Aufguss ganz.',
			'Er wird nach dem Welken im Schatten an der Luft getrocknet.',
			'Sein Duft erinnert an Orchideen und reifen Pfirsich.',
		] ),
		axes: [ WEIGHT ],
	},
	{
		key: 'kt',
		category: 'Kräutertee',
		tags: [ 'Kräutertee', 'koffeinfrei', 'loser Tee' ],
		count: 10,
		nouns: [
			'Pfefferminze',
			'Kamille',
			'Salbei',
			'Zitronenverbene',
			'Lavendel-Melisse',
			'Fenchel-Anis-Kümmel',
			'Ingwer-Zitrone',
		],
		price: [ 4, 9 ],
		blurb: 'Ein Kräutertee ohne Koffein, für den Abend und für Kinder.',
		specs: teaSpecs(
			[ 'Sommer 2026', 'Herbst 2025' ],
			[ '5–8 Minuten', '8–10 Minuten', '10 Minuten' ],
			() => '100 °C',
			() => 'koffeinfrei',
			0.8
		),
		detail: sentence( [
			'Die Kräuter kommen von einem Familienbetrieb, der seit 1952 anbaut.',
			'Als Eistee mit doppelter Menge aufgießen und abkühlen lassen.',
			'Er ist ein Klassiker bei Erkältung, ersetzt aber keinen Arztbesuch.',
			'Die Blätter werden bei höchstens 40 °C schonend getrocknet.',
		] ),
		axes: [ WEIGHT ],
	},
	{
		key: 'ft',
		category: 'Früchtetee',
		tags: [ 'Früchtetee', 'koffeinfrei', 'loser Tee' ],
		count: 8,
		nouns: [
			'Waldfrucht',
			'Apfel-Zimt',
			'Hagebutte-Hibiskus',
			'Mango-Maracuja',
			'Kirsch-Vanille',
		],
		price: [ 4, 8 ],
		blurb: 'Ein fruchtiger Aufguss aus getrockneten Früchten, heiß und kalt ein Genuss.',
		specs: teaSpecs(
			[ 'Sommer 2026', 'Herbst 2025' ],
			[ '8–10 Minuten', '10–12 Minuten' ],
			() => '100 °C',
			() => 'koffeinfrei',
			0.5
		),
		detail: sentence( [
			'Ohne zugesetzten Zucker, die Süße kommt allein aus den Früchten.',
			'Enthält natürliches Aroma, aber keine künstlichen Farbstoffe.',
			'Kalt aufgegossen über Nacht im Kühlschrank wird er zum Eistee.',
		] ),
		axes: [ WEIGHT ],
	},
	{
		key: 'rb',
		category: 'Rooibos',
		tags: [ 'Rooibos', 'koffeinfrei', 'loser Tee' ],
		count: 5,
		nouns: [
			'Rooibos Natur',
			'Rooibos Vanille',
			'Honeybush',
			'Rooibos Chai',
		],
		price: [ 5, 9 ],
		blurb: 'Rotbusch aus den Zederbergen, mild, leicht süß und von Natur aus ohne Koffein.',
		specs: teaSpecs(
			[ 'Frühjahr 2026', 'Herbst 2025' ],
			[ '5–7 Minuten', '6–8 Minuten' ],
			() => '100 °C',
			() => 'koffeinfrei',
			0.7
		),
		detail: sentence( [
			'Rooibos wird nicht bitter, auch wenn er länger zieht.',
			'Er wird auf einer Farm bei Clanwilliam fermentiert.',
		] ),
		axes: [ WEIGHT ],
	},
];

export const WARE_FAMILIES: TeaFamily[] = [
	{
		key: 'td',
		category: 'Tee in der Dose',
		tags: [ 'Tee in der Dose', 'Geschenk' ],
		count: 10,
		nouns: [
			'Earl Grey Dose',
			'Sencha Dose',
			'Darjeeling Dose',
			'Pfefferminze Dose',
			'Rooibos Dose',
			'Ostfriesische Mischung Dose',
		],
		price: [ 9, 19 ],
		blurb: 'Unser Tee in der wiederbefüllbaren Weißblechdose mit Aromadeckel.',
		specs: ( r, noun ) => [
			[ 'Herkunft', originOf( noun ) ],
			[ 'Inhalt', pickOf( r, [ '100 g', '125 g', '150 g' ] ) ],
			[
				'Koffeingehalt',
				/Pfefferminze|Rooibos/.test( noun ) ? 'koffeinfrei' : 'hoch',
			],
			[ 'Bio', bio( r, 0.5 ) ],
		],
		detail: sentence( [
			'Die Dose ist mit einem Motiv der Speicherstadt bedruckt.',
			'Nachfüllbeutel passen genau in diese Dose.',
			'Die Dose hält den Tee dicht und lichtgeschützt.',
		] ),
	},
	{
		key: 'tk',
		category: 'Teekannen',
		tags: [ 'Teekanne', 'Teegeschirr' ],
		count: 8,
		nouns: [
			'Glasteekanne',
			'Porzellan-Teekanne',
			'Steingut-Teekanne',
			'Gusseisen-Teekanne',
		],
		price: [ 29, 119 ],
		blurb: 'Eine Teekanne für den losen Tee, mit herausnehmbarem Sieb.',
		specs: ( r, noun ) => [
			[ 'Volumen', pickOf( r, [ '0,8 l', '1,0 l', '1,2 l', '1,5 l' ] ) ],
			[ 'Material', noun.replace( /-?Teekanne|teekanne/, '' ) || 'Glas' ],
			[
				'Spülmaschinengeeignet',
				noun.startsWith( 'Gusseisen' ) ? 'Nein' : 'Ja',
			],
			[
				'Sieb',
				pickOf( r, [
					'Edelstahl, herausnehmbar',
					'Glas, herausnehmbar',
				] ),
			],
		],
		detail: sentence( [
			'Der Deckel sitzt fest und fällt beim Einschenken nicht heraus.',
			'Die Tülle tropft nicht nach.',
			'Sie passt auf jedes Stövchen mit 14 cm Durchmesser.',
		] ),
		axes: [ COLOURS ],
	},
	{
		key: 'ta',
		category: 'Tassen & Becher',
		tags: [ 'Tasse', 'Teegeschirr' ],
		count: 8,
		nouns: [ 'Teetasse mit Untertasse', 'Teebecher', 'Teeschale' ],
		price: [ 9, 29 ],
		blurb: 'Aus dieser Tasse schmeckt der Nachmittagstee doppelt gut.',
		specs: specTable(
			'Fassungsvermögen: {200 ml|250 ml|300 ml|350 ml}',
			'Material: {Porzellan|Steingut|Borosilikatglas}',
			'Spülmaschinengeeignet: Ja',
			'Mikrowellengeeignet: {Ja|Nein}'
		),
		detail: sentence( [
			'Jede Tasse wird in Selb in Oberfranken gebrannt.',
			'Die Glasur ist handgetaucht, daher ist jedes Stück ein Unikat.',
			'Der doppelwandige Boden hält den Tee länger warm.',
		] ),
		axes: [ COLOURS ],
	},
	{
		key: 'wk',
		category: 'Wasserkocher',
		tags: [ 'Wasserkocher', 'Elektro' ],
		count: 7,
		nouns: [
			'Wasserkocher mit Temperaturwahl',
			'Glas-Wasserkocher',
			'Edelstahl-Wasserkocher',
			'Schwanenhals-Wasserkocher',
		],
		price: [ 39, 159 ],
		blurb: 'Ein Wasserkocher, der das Wasser auf die richtige Temperatur für jeden Tee bringt.',
		specs: ( r, noun ) => [
			[ 'Volumen', pickOf( r, [ '0,8 l', '1,0 l', '1,2 l', '1,7 l' ] ) ],
			[
				'Leistung',
				pickOf( r, [ '1.200 W', '1.800 W', '2.200 W', '2.400 W' ] ),
			],
			[
				'Temperaturstufen',
				noun.includes( 'Temperatur' ) || noun.startsWith( 'Schwanen' )
					? pickOf( r, [
							'5 Stufen (60, 70, 80, 90, 100 °C)',
							'stufenlos 40–100 °C',
						] )
					: '1 Stufe (100 °C)',
			],
			[
				'Warmhaltefunktion',
				pickOf( r, [ 'Nein', '30 Minuten', '60 Minuten' ] ),
			],
			[
				'Material',
				noun.startsWith( 'Glas' ) ? 'Borosilikatglas' : 'Edelstahl',
			],
		],
		detail: sentence( [
			'Der Kalkfilter lässt sich herausnehmen und unter fließendem Wasser spülen.',
			'Das Kabel lässt sich im Sockel aufwickeln.',
			'Die Innenbeleuchtung wechselt je nach Temperatur die Farbe.',
			'Er schaltet sich ab, wenn kein Wasser eingefüllt ist.',
		] ),
	},
	{
		key: 'fz',
		category: 'Filter & Zubehör',
		tags: [ 'Zubehör' ],
		count: 8,
		nouns: [
			'Teefilter aus Papier',
			'Teesieb Edelstahl',
			'Teenetz Baumwolle',
			'Tee-Ei',
			'Sanduhr',
			'Teedose leer',
		],
		price: [ 3, 19 ],
		blurb: 'Praktisches Zubehör für die Zubereitung von losem Tee.',
		specs: ( r, noun ) => [
			[
				'Material',
				byPattern(
					noun,
					[
						[ /Papier/, 'ungebleichtes Papier' ],
						[ /Baumwolle/, 'Baumwolle' ],
						[ /Sanduhr/, 'Glas und Buche' ],
						[ /Edelstahl/, 'Edelstahl' ],
					],
					() => pickOf( r, [ 'Edelstahl', 'Weißblech' ] )
				),
			],
			[
				'Inhalt',
				/Papier/.test( noun )
					? pickOf( r, [ '100 Stück', '200 Stück' ] )
					: '1 Stück',
			],
			[
				'Größe',
				pickOf( r, [ 'S (Tasse)', 'M (Becher)', 'L (Kanne)' ] ),
			],
		],
		detail: sentence( [
			'Hergestellt in einer Manufaktur im Erzgebirge.',
			'Es passt in alle Kannen unserer Steingut-Serie.',
			'Die Füllmenge reicht für bis zu 1,5 Liter.',
		] ),
	},
	{
		key: 'gw',
		category: 'Gewürze & Mischungen',
		tags: [ 'Gewürz' ],
		count: 12,
		nouns: [
			'Chai-Gewürzmischung',
			'Zimt Ceylon',
			'Kardamom grün',
			'Sternanis',
			'Kurkuma gemahlen',
			'Ingwer getrocknet',
			'Lebkuchengewürz',
			'Garam Masala',
			'Pfeffer Tellicherry',
		],
		price: [ 3, 12 ],
		blurb: 'Ein Gewürz aus unserer Hamburger Gewürzmühle, frisch gemahlen oder ganz.',
		specs: ( r, noun ) => [
			[
				'Herkunft',
				byPattern(
					noun,
					[
						[ /Zimt|Kardamom/, 'Sri Lanka' ],
						[ /Pfeffer|Kurkuma|Garam/, 'Indien' ],
					],
					() =>
						pickOf( r, [
							'Vietnam',
							'Deutschland (gemischt in Hamburg)',
						] )
				),
			],
			[ 'Inhalt', pickOf( r, [ '40 g', '60 g', '80 g', '100 g' ] ) ],
			[ 'Bio', bio( r, 0.6 ) ],
			[ 'Verpackung', pickOf( r, [ 'Streudose', 'Nachfüllbeutel' ] ) ],
		],
		detail: sentence( [
			'Die Mischung wird jeden Dienstag frisch gemahlen.',
			'Schon eine Messerspitze reicht für eine Kanne Chai.',
			'Ganz gelagert bleibt das Aroma bis zu drei Jahre erhalten.',
		] ),
	},
];
