/**
 * The catalog of Speiche & Kette (speiche-kette.ts): 15 product families with their
 * specifications, the one fact each product states only in its long description, the
 * variation axes, and the special products named with policy and contact words.
 */
import { axisOptions, between, deNumber, pickOf } from './shop-builder-de';
import { stockState } from './shop-kit';
import {
	oneOf,
	specTable,
	type OneNounFamily as Family,
	type Special,
} from './family-catalog';

export type { OneNounFamily as Family } from './family-catalog';

export const MODELS = (
	'Schöckl Dachstein Rax Ötscher Hochschwab Grimming Glockner Zirbitz Koralpe Semmering ' +
	'Stubai Wachau Gesäuse Mur Enns Drau Traun Mürz Salzach Loser Hochkar Kaunertal Plabutsch ' +
	'Schneeberg Gaisberg Pyhrn Tauern Karawanken Lavant Raab Kainach Feistritz Sulm Gleinalm ' +
	'Stuhleck Wechsel Hohe Wand Leopoldsberg Kahlenberg Bisamberg'
)
	.split( ' ' )
	.filter( ( w ) => w !== 'Hohe' && w !== 'Wand' );

const CLOTHING = axisOptions( [ 'S', 'M', 'L', 'XL' ], [ 1, 1, 1, 1.05 ] );

export const FAMILIES: Family[] = [
	{
		key: 'helm',
		noun: 'Fahrradhelm',
		category: 'Helme',
		tags: [ 'Sicherheit', 'Kopfschutz' ],
		price: [ 49, 219 ],
		blurb: 'Ein leichter In-Mold-Helm mit stufenlos einstellbarem Drehrad-Verschluss für Alltag und Tour.',
		specs: ( r ) => [
			[ 'Gewicht', `${ between( r, 220, 390, 10 ) } g` ],
			[ 'Belüftungsöffnungen', String( between( r, 11, 24 ) ) ],
			[ 'Norm', 'EN 1078' ],
			[ 'Rotationsschutz', pickOf( r, [ 'MIPS', 'ohne' ] ) ],
		],
		detail: oneOf(
			'Das Visier ist abnehmbar.',
			'Im Drehrad sitzt ein kleines LED-Rücklicht mit drei Leuchtmodi.',
			'Ein zweites Polsterset liegt bei; die Polster sind bei {30|40} °C waschbar.',
			'Der Helm ist auch für Kinder ab 12 Jahren geeignet.'
		),
		axes: () => [
			{
				name: 'Helmgröße',
				options: axisOptions( [
					'S (51–55 cm)',
					'M (54–58 cm)',
					'L (57–62 cm)',
				] ),
			},
		],
	},
	{
		key: 'schlauch',
		noun: 'Fahrradschlauch',
		category: 'Schläuche',
		tags: [ 'Pannenhilfe', 'Ersatzteil' ],
		price: [ 6, 19 ],
		blurb: 'Ein Butyl-Schlauch mit abschraubbarem Ventileinsatz, einzeln im Karton verpackt.',
		specs: ( r ) => {
			const size = pickOf( r, [
				[ '28 Zoll', '32-622 bis 47-622' ],
				[ '26 Zoll', '47-559 bis 57-559' ],
				[ '29 Zoll', '54-622 bis 62-622' ],
				[ '27,5 Zoll', '54-584 bis 62-584' ],
				[ '20 Zoll', '40-406 bis 54-406' ],
			] as const );
			return [
				[ 'Laufradgröße', size[ 0 ] ],
				[ 'ETRTO', size[ 1 ] ],
				[
					'Ventil',
					pickOf( r, [
						'Sclaverand (SV) 40 mm',
						'Sclaverand (SV) 60 mm',
						'Autoventil (AV) 40 mm',
						'Dunlop (DV) 40 mm',
					] ),
				],
				[ 'Gewicht', `${ between( r, 95, 260, 5 ) } g` ],
			];
		},
		detail: oneOf(
			'Der Schlauch ist mit 60 ml Dichtmilch vorbefüllt.',
			'Eine Ventilkappe aus Aluminium liegt bei.',
			'Zulässiger Luftdruck höchstens {4-6} bar.'
		),
		axes: ( r ) =>
			r() < 0.5
				? [
						{
							name: 'Paketgröße',
							options: axisOptions(
								[ '1 Stück', '2er-Set', '5er-Set' ],
								[ 1, 1.8, 4.2 ]
							),
						},
					]
				: [],
	},
	{
		key: 'reifen',
		noun: 'Reifen',
		category: 'Mäntel & Reifen',
		tags: [ 'Reifen', 'Laufrad' ],
		price: [ 24, 74 ],
		blurb: 'Ein Faltreifen mit Pannenschutzeinlage und reflektierendem Streifen an der Flanke.',
		specs: ( r ) => {
			const mm = pickOf( r, [ 35, 40, 47, 50, 55, 60 ] );
			const inch = {
				35: '1,35',
				40: '1,50',
				47: '1,75',
				50: '2,00',
				55: '2,15',
				60: '2,35',
			}[ mm ]!;
			return [
				[ 'Reifenbreite', `${ mm } mm (${ inch } Zoll)` ],
				[ 'ETRTO', `${ mm }-622` ],
				[
					'Luftdruck',
					`${ between( r, 2, 3 ) },0–${ between( r, 4, 6 ) },0 bar`,
				],
				[ 'Gewicht', `${ between( r, 480, 980, 10 ) } g` ],
				[ 'Karkasse', `${ pickOf( r, [ 60, 67, 120 ] ) } TPI` ],
			];
		},
		detail: ( r ) =>
			pickOf( r, [
				'Er ist tubeless-ready und kann mit Dichtmilch ohne Schlauch gefahren werden.',
				'Der Reifen ist für E-Bikes bis 50 km/h freigegeben (ECE-R75).',
				'Die Gummimischung bleibt auch unter 5 °C griffig.',
				`Laufleistung laut Hersteller rund ${ deNumber( between( r, 4, 9 ) * 1000 ) } km.`,
			] ),
		axes: () => [
			{
				name: 'Reifengröße',
				options: axisOptions( [ '28"', '29"' ], [ 1, 1.06 ] ),
			},
		],
	},
	{
		key: 'kette',
		noun: 'Kette',
		category: 'Antrieb',
		tags: [ 'Antrieb', 'Verschleißteil' ],
		price: [ 14, 59 ],
		blurb: 'Eine vernickelte Schaltungskette mit hohlen Bolzen und Kettenschloss.',
		specs: specTable(
			'Gänge: {8-fach|9-fach|10-fach|11-fach|12-fach}',
			'Gewicht: {240-320/2} g',
			'Kompatibilität: {Shimano, SRAM|Shimano|SRAM, Campagnolo}'
		),
		detail: oneOf(
			'Ein wiederverwendbares Kettenschloss liegt bei.',
			'Die Kette ist ab Werk mit einem Trockenwachs geschmiert.',
			'Sie ist für E-Bikes mit Mittelmotor verstärkt.'
		),
		axes: () => [
			{
				name: 'Kettenglieder',
				options: axisOptions(
					[ '114', '118', '126' ],
					[ 1, 1.05, 1.1 ]
				),
			},
		],
	},
	{
		key: 'kassette',
		noun: 'Kassette',
		category: 'Antrieb',
		tags: [ 'Antrieb', 'Schaltung' ],
		price: [ 29, 189 ],
		blurb: 'Eine Zahnkranzkassette mit fein abgestuften Ritzeln für leichtes Schalten unter Last.',
		specs: ( r ) => {
			const gears = pickOf( r, [ 9, 10, 11, 12 ] );
			return [
				[ 'Gänge', `${ gears }-fach` ],
				[
					'Abstufung',
					pickOf( r, [
						'11-32',
						'11-34',
						'11-36',
						'11-42',
						'11-46',
						'10-51',
					] ),
				],
				[
					'Freilaufkörper',
					pickOf( r, [
						'Shimano HG',
						'SRAM XD',
						'Shimano Micro Spline',
					] ),
				],
				[ 'Gewicht', `${ between( r, 260, 540, 5 ) } g` ],
			];
		},
		detail: oneOf(
			'Der Abschlussring mit Verschlussschraube ist enthalten.',
			'Die drei größten Ritzel sitzen auf einem Aluminium-Spider.',
			'Für die Montage braucht man einen Zahnkranzabzieher (nicht enthalten).'
		),
	},
	{
		key: 'belag',
		noun: 'Bremsbeläge',
		category: 'Bremsen',
		tags: [ 'Bremsen', 'Verschleißteil' ],
		price: [ 9, 34 ],
		blurb: 'Scheibenbremsbeläge mit Stahl-Trägerplatte, leise und standfest auf langen Abfahrten.',
		specs: ( r ) => [
			[
				'Passend für',
				pickOf( r, [
					'Shimano Deore M6100',
					'Shimano MT200',
					'SRAM Guide',
					'Magura MT5',
					'Tektro HD-M275',
				] ),
			],
			[
				'Belagmischung',
				pickOf( r, [
					'organisch (resin)',
					'gesintert (metallisch)',
					'semi-metallisch',
				] ),
			],
			[
				'Belagstärke',
				`${ deNumber( between( r, 30, 45 ) / 10, 1 ) } mm`,
			],
		],
		detail: oneOf(
			'Die Beläge brauchen etwa 30 Bremsungen zum Einbremsen.',
			'Eine neue Sicherungssplint-Feder ist dabei.',
			'Sie sind nicht für Scheiben mit dem Aufdruck "Resin only" geeignet.'
		),
		axes: () => [
			{
				name: 'Paketgröße',
				options: axisOptions( [ '1 Paar', '2er-Set' ], [ 1, 1.8 ] ),
			},
		],
	},
	{
		key: 'pumpe',
		noun: 'Luftpumpe',
		category: 'Pumpen',
		tags: [ 'Pannenhilfe' ],
		price: [ 19, 89 ],
		blurb: 'Eine Pumpe mit Doppelkopf für alle gängigen Ventile.',
		specs: ( r ) => {
			const bar = pickOf( r, [ 6, 8, 11, 11, 16 ] );
			return [
				[
					'Max. Druck',
					`${ bar } bar (${ Math.round( bar * 14.5 ) } psi)`,
				],
				[
					'Bauart',
					pickOf( r, [ 'Standpumpe', 'Minipumpe', 'Dämpferpumpe' ] ),
				],
				[ 'Manometer', pickOf( r, [ 'analog', 'digital', 'ohne' ] ) ],
				[ 'Länge', `${ between( r, 18, 68 ) } cm` ],
			];
		},
		detail: oneOf(
			'Ein Ballnadel-Adapter und ein Adapter für Schlauchboote liegen bei.',
			'Der Fuß ist aus Stahl und steht auch auf Fliesen fest.',
			'Eine Halterung für den Flaschenhalter ist dabei.'
		),
	},
	{
		key: 'schloss',
		noun: 'Fahrradschloss',
		category: 'Schlösser',
		tags: [ 'Diebstahlschutz' ],
		price: [ 19, 149 ],
		blurb: 'Ein Schloss mit gehärtetem Stahl und Halterung für den Rahmen.',
		specs: ( r ) => [
			[
				'Bauart',
				pickOf( r, [
					'Bügelschloss',
					'Faltschloss',
					'Kettenschloss',
					'Kabelschloss',
				] ),
			],
			[ 'Sicherheitslevel', `${ between( r, 5, 15 ) } von 15` ],
			[ 'Länge', `${ between( r, 60, 120, 5 ) } cm` ],
			[ 'Gewicht', `${ deNumber( between( r, 5, 24 ) / 10, 1 ) } kg` ],
			[ 'Verriegelung', pickOf( r, [ 'Schlüssel', 'Zahlencode' ] ) ],
		],
		detail: oneOf(
			'Es werden drei Schlüssel mitgeliefert, einer davon mit LED-Leuchte.',
			'Der Schließzylinder ist gegen Aufbohren geschützt.',
			'Für dieses Schloss gibt es einen Schlüssel-Nachbestellservice über die Codekarte.',
			'Das Schloss ist VdS-anerkannt.'
		),
	},
	{
		key: 'licht',
		noun: 'Frontlicht',
		category: 'Beleuchtung',
		tags: [ 'Licht', 'StVZO' ],
		price: [ 24, 129 ],
		blurb: 'Ein Akku-Frontlicht mit Fernlichtfunktion und USB-C-Ladebuchse, StVZO-zugelassen.',
		specs: ( r ) => [
			[
				'Beleuchtungsstärke',
				`${ pickOf( r, [ 30, 50, 70, 80, 100, 150 ] ) } Lux`,
			],
			[
				'Lichtstrom',
				`${ pickOf( r, [ 200, 300, 400, 600, 800, 1200 ] ) } Lumen`,
			],
			[ 'Leuchtdauer', `${ between( r, 2, 12 ) } h` ],
			[
				'Akku',
				`Li-Ion ${ deNumber( pickOf( r, [ 2000, 2600, 3400, 5000 ] ) ) } mAh`,
			],
			[ 'Schutzart', pickOf( r, [ 'IPX4', 'IPX6', 'IP67' ] ) ],
		],
		detail: oneOf(
			'Ein Dämmerungssensor schaltet das Licht automatisch ein.',
			'Die Ladezeit beträgt {2-6} Stunden.',
			'Über einen Kabelschalter am Lenker kann das Fernlicht bedient werden.',
			'Mit dem Licht kann man ein Handy über USB laden (Powerbank-Funktion).'
		),
	},
	{
		key: 'tasche',
		noun: 'Packtasche',
		category: 'Taschen',
		tags: [ 'Reisen', 'Pendeln' ],
		price: [ 39, 159 ],
		blurb: 'Eine wasserdichte Gepäckträgertasche mit Rollverschluss und Schnellbefestigung.',
		specs: specTable(
			'Volumen: {12|16|20|25|30} l',
			'Material: {PVC-freies Polyester|Cordura|LKW-Plane}',
			'Gewicht: {680-1450/10} g',
			'Befestigung: {Klickfix Rackpack|Ortlieb QL2.1|Haken und Gummizug}'
		),
		detail: oneOf(
			'Ein abnehmbarer Schultergurt ist dabei.',
			'Innen gibt es eine gepolsterte Laptop-Tasche für Geräte bis 15 Zoll.',
			'Der Hersteller gibt {5-6} Jahre Garantie auf die Schweißnähte.'
		),
		axes: ( r ) =>
			r() < 0.6
				? [
						{
							name: 'Farbe',
							options: axisOptions( [
								'Schwarz',
								'Grau',
								'Signalrot',
							] ),
						},
					]
				: [],
	},
	{
		key: 'akku',
		noun: 'E-Bike-Akku',
		category: 'E-Bike',
		tags: [ 'E-Bike', 'Akku' ],
		price: [ 449, 949 ],
		blurb: 'Ein Ersatzakku mit Lithium-Ionen-Zellen von Markenherstellern, neu und mit Schlüssel.',
		specs: ( r ) => {
			const ah = pickOf( r, [ 11, 13.4, 14, 16.7, 17.5, 20 ] );
			const v = pickOf( r, [ 36, 36, 48 ] );
			return [
				[ 'Nennkapazität', `${ Math.round( ah * v ) } Wh` ],
				[ 'Spannung', `${ v } V` ],
				[ 'Ladung', `${ deNumber( ah, ah % 1 ? 1 : 0 ) } Ah` ],
				[
					'Passend für',
					pickOf( r, [
						'Bosch PowerPack Rahmen',
						'Bosch PowerTube',
						'Shimano Steps BT-E8014',
						'Yamaha PW',
						'Bafang Max',
					] ),
				],
				[
					'Gewicht',
					`${ deNumber( between( r, 26, 41 ) / 10, 1 ) } kg`,
				],
			];
		},
		detail: ( r ) =>
			pickOf( r, [
				`Die Ladezeit mit dem 4-A-Ladegerät beträgt rund ${ between( r, 4, 6 ) } Stunden.`,
				'Das Ladegerät ist nicht im Lieferumfang enthalten.',
				`Die Zellen halten laut Hersteller rund ${ deNumber( between( r, 5, 10 ) * 100 ) } Ladezyklen.`,
			] ),
	},
	{
		key: 'trikot',
		noun: 'Radtrikot',
		category: 'Bekleidung',
		tags: [ 'Bekleidung', 'Sommer' ],
		price: [ 39, 119 ],
		blurb: 'Ein atmungsaktives Kurzarmtrikot mit durchgehendem Reißverschluss und drei Rückentaschen.',
		specs: specTable(
			'Material: {100 % Polyester|88 % Polyester, 12 % Elasthan|Merino-Mix (60 % Merinowolle)}',
			'Passform: {Race Fit|Regular Fit|Relaxed Fit}',
			'UV-Schutz: UPF {30|50}'
		),
		detail: oneOf(
			'Es hat eine vierte Rückentasche mit Reißverschluss für Wertsachen.',
			'Das Trikot fällt klein aus; wir empfehlen eine Größe größer.',
			'Waschbar bei {30|40} °C, nicht in den Trockner.'
		),
		axes: () => [ { name: 'Größe', options: CLOTHING } ],
	},
	{
		key: 'werkzeug',
		noun: 'Drehmomentschlüssel',
		category: 'Werkzeug',
		tags: [ 'Werkzeug', 'Montage' ],
		price: [ 39, 149 ],
		blurb: 'Ein Drehmomentschlüssel mit Auslöseklick für Carbon- und Aluteile.',
		specs: ( r ) => {
			const low = pickOf( r, [ 2, 3, 4, 5 ] );
			return [
				[
					'Messbereich',
					`${ low }–${ low + pickOf( r, [ 10, 16, 20, 55 ] ) } Nm`,
				],
				[ 'Antrieb', pickOf( r, [ '1/4 Zoll', '3/8 Zoll' ] ) ],
				[ 'Genauigkeit', `± ${ pickOf( r, [ 3, 4, 6 ] ) } %` ],
				[ 'Bits', `${ between( r, 6, 14 ) } Stück` ],
			];
		},
		detail: oneOf(
			'Ein Prüfzertifikat mit Seriennummer liegt bei.',
			'Der Koffer hat Platz für eine zusätzliche Verlängerung.',
			'Nach dem Gebrauch bitte auf den niedrigsten Wert zurückdrehen.'
		),
	},
	{
		key: 'sattel',
		noun: 'Sattel',
		category: 'Sättel',
		tags: [ 'Komfort' ],
		price: [ 29, 169 ],
		blurb: 'Ein ergonomischer Sattel mit Entlastungskanal und stoßdämpfenden Elastomeren.',
		specs: specTable(
			'Sattelbreite: {135|143|145|155|165|180} mm',
			'Länge: {240-280/5} mm',
			'Gestell: {Stahl|CrMo|Titan|Carbon}',
			'Gewicht: {180-480/5} g'
		),
		detail: oneOf(
			'Die Sattelnase ist gekürzt, damit man aufrechter sitzt.',
			'Die Oberfläche ist vegan (ohne Leder).',
			'Unter der Sattelnase gibt es eine Aufnahme für ein Rücklicht.'
		),
	},
	{
		key: 'pedal',
		noun: 'Plattformpedale',
		category: 'Pedale',
		tags: [ 'Antrieb', 'MTB' ],
		price: [ 24, 139 ],
		blurb: 'Ein Paar Plattformpedale mit austauschbaren Pins und gedichteten Industrielagern.',
		specs: specTable(
			'Plattform: {95-110} × {95-105} mm',
			'Pins: {8-12} pro Seite',
			'Gewicht (Paar): {290-480/5} g',
			'Gewinde: 9/16 Zoll'
		),
		detail: oneOf(
			'Ersatzpins für beide Pedale liegen bei.',
			'Die Achse ist aus Chrom-Molybdän-Stahl.',
			'Reflektoren für die StVZO lassen sich an beiden Seiten anschrauben.'
		),
		axes: ( r ) =>
			r() < 0.5
				? [
						{
							name: 'Farbe',
							options: axisOptions( [
								'Schwarz',
								'Orange',
								'Türkis',
							] ),
						},
					]
				: [],
	},
];

export type { Special } from './family-catalog';

/** Products whose names hold policy and contact words, big tickets, and the gift voucher. */
export const SPECIALS: Special[] = [
	{
		name: 'Doppelakku-Set Großglockner 2 × 625 Wh',
		category: 'E-Bike',
		price: 1499.0,
		sale: 1299.0,
		description:
			'<p>Zwei 625-Wh-Akkus für Bosch-Systeme mit Dual-Battery-Kabel, zusammen 1.250 Wh für Touren über 200 km. Das Kabel muss von einer Werkstatt montiert werden; bei uns ist die Montage im Preis inbegriffen.</p>',
		specs: [
			[ 'Nennkapazität', '2 × 625 Wh' ],
			[ 'Spannung', '36 V' ],
			[ 'Passend für', 'Bosch Smart System' ],
		],
		stock: stockState.counted( 3 ),
		tags: [ 'E-Bike', 'Akku' ],
	},
	{
		name: 'Montageständer Werkstatt Pro',
		category: 'Werkzeug',
		price: 1049.9,
		description:
			'<p>Ein Profi-Montageständer mit Bodenplatte und elektrischer Hubsäule, trägt E-Bikes bis 60 kg. Derselbe Ständer steht in unserer Werkstatt in Graz.</p>',
		specs: [
			[ 'Tragkraft', '60 kg' ],
			[ 'Arbeitshöhe', '95–175 cm' ],
		],
		stock: stockState.backorder(),
		tags: [ 'Werkzeug' ],
	},
	{
		name: 'Rahmentasche Triangel',
		category: 'Taschen',
		price: 44.9,
		description:
			'<p>Eine Rahmentasche fürs Rahmendreieck mit Klettbändern, Kabeldurchführung und Reflexstreifen. Sie lässt Platz für eine Trinkflasche am Sitzrohr.</p>',
		specs: [ [ 'Material', 'X-Pac, wasserabweisend' ] ],
		stock: stockState.unmanaged(),
		tags: [ 'Pendeln', 'Bikepacking' ],
		axis: {
			name: 'Rahmengröße',
			prices: [
				[ 'S (2,5 l)', 44.9, stockState.counted( 9 ) ],
				[ 'M (3,5 l)', 49.9, stockState.soldOut() ],
				[ 'L (4,5 l)', 54.9, stockState.counted( 14 ) ],
			],
		},
	},
	{
		name: 'Garantie-Flickset',
		category: 'Pannenhilfe',
		price: 6.9,
		description:
			'<p>Unser Flickzeug mit Garantie: 8 Flicken in zwei Größen, Vulkanisierlösung, Schmirgelpapier und zwei Reifenheber. Hält ein Flicken nicht, schicken wir ein neues Set gratis.</p>',
		specs: [
			[ 'Inhalt', '8 Flicken, Vulkanisierlösung 5 ml, 2 Reifenheber' ],
		],
		stock: stockState.counted( 64 ),
		tags: [ 'Pannenhilfe' ],
	},
	{
		name: 'Versand-Karton für Räder',
		category: 'Transport',
		price: 24.9,
		description:
			'<p>Ein stabiler doppelwelliger Karton für den Versand eines ganzen Fahrrads. Innenmaße 140 × 22 × 80 cm, passend für Räder bis 29 Zoll mit abgebautem Vorderrad und quergestelltem Lenker. Mit Polsterschaum für Rahmen und Gabel.</p>',
		specs: [ [ 'Innenmaße', '140 × 22 × 80 cm' ] ],
		stock: stockState.backorder(),
		tags: [ 'Transport' ],
	},
	{
		name: 'Rückgabe-Set für E-Bike-Akkus',
		category: 'E-Bike',
		price: 39.0,
		description:
			'<p>Gefahrgutverpackung (UN 3480) für den Rückversand eines Lithium-Akkus bis 1.000 Wh an den Hersteller oder an uns, mit Aufklebern und Anleitung. Ein Akku darf nie in einer gewöhnlichen Kiste verschickt werden.</p>',
		specs: [ [ 'Für Akkus bis', '1.000 Wh' ] ],
		stock: stockState.counted( 6 ),
		tags: [ 'E-Bike', 'Akku' ],
	},
	{
		name: 'Kontaktspray für E-Bike-Steckverbindungen 50 ml',
		category: 'Pflege',
		price: 11.5,
		sale: 8.9,
		description:
			'<p>Schützt Akku- und Motorstecker vor Feuchtigkeit und Korrosion. Einmal im Herbst sprühen genügt. Nicht auf Bremsscheiben sprühen.</p>',
		specs: [ [ 'Inhalt', '50 ml' ] ],
		stock: stockState.counted( 23 ),
		tags: [ 'E-Bike', 'Pflege' ],
	},
	{
		name: 'Telefonhalter Lenker Quicklock',
		category: 'Zubehör',
		price: 29.95,
		description:
			'<p>Eine Handyhalterung aus Aluminium für Lenker von 22,2 bis 35 mm, für Smartphones von 4,7 bis 6,8 Zoll. Das Handy rastet mit einer Vierteldrehung ein.</p>',
		specs: [ [ 'Lenkerdurchmesser', '22,2–35 mm' ] ],
		stock: stockState.soldOut(),
		tags: [ 'Zubehör' ],
	},
	{
		name: 'Sperrgut-Transporttasche für Räder',
		category: 'Transport',
		price: 189.0,
		sale: 159.0,
		description:
			'<p>Eine gepolsterte Radtasche für Flugreisen und Bahn, für Räder bis 29 Zoll und 125 cm Radstand. Mit zwei Rollen und Schulterriemen; zusammengefaltet 8 cm flach.</p>',
		specs: [
			[ 'Gewicht', '7,9 kg' ],
			[ 'Maße', '130 × 30 × 90 cm' ],
		],
		stock: stockState.counted( 2 ),
		tags: [ 'Transport', 'Reisen' ],
	},
	{
		name: 'Kettenöl Nass 100 ml',
		category: 'Pflege',
		price: 9.9,
		description:
			'<p>Ein zähes Kettenöl für Regen und Winter, haftet auch bei Nässe. Tropfflasche mit Dosierspitze; reicht für etwa 60 Anwendungen.</p>',
		specs: [ [ 'Inhalt', '100 ml' ] ],
		stock: stockState.unmanaged(),
		tags: [ 'Pflege', 'Antrieb' ],
	},
	{
		name: 'Garantieverlängerung E-Bike-Akku +2 Jahre',
		category: 'Service',
		price: 49.0,
		description:
			'<p>Verlängert die Garantie eines bei uns gekauften E-Bike-Akkus von 2 auf 4 Jahre. Buchbar innerhalb von 60 Tagen nach dem Akkukauf; gilt, solange der Akku noch mindestens 60 % seiner Kapazität hat.</p>',
		specs: [ [ 'Laufzeit', '+2 Jahre' ] ],
		stock: stockState.unmanaged(),
		tags: [ 'Service', 'E-Bike' ],
	},
	{
		name: 'Speiche &amp; Kette Gutschein',
		category: 'Gutscheine',
		price: 20,
		description:
			'<p>Ein Gutschein zum Verschenken, den wir nach Zahlungseingang als PDF per E-Mail schicken. Er gilt 3 Jahre, online und in der Werkstatt in Graz.</p>',
		specs: [],
		stock: stockState.unmanaged(),
		tags: [ 'Geschenk' ],
		axis: {
			name: 'Wert',
			prices: [
				[ '20 €', 20 ],
				[ '50 €', 50 ],
				[ '100 €', 100 ],
			],
		},
	},
];
