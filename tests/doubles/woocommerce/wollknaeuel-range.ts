/**
 * The variable products of Wollknäuel (wollknaeuel.ts): yarns by colour, needles by size
 * (and cable length), fabrics and thread by colour, zips by length, courses by date and the
 * gift voucher. Each option row is "option[ / option] | price | stock" (price "regular>sale"
 * when on sale), stock coded as in wollknaeuel-catalog.ts.
 */
export interface Ranged {
	name: string;
	category: string;
	/** The axes' names, in the order a row's options are written. */
	axes: string[];
	rows: string[];
	specs: string;
	text: string;
	detail: string;
}

/** Rows for every combination of sizes and lengths, priced by length. */
const grid = (
	sizes: string[],
	lengths: Array< [ string, number ] >,
	stock: ( size: string, length: string ) => string
) =>
	sizes.flatMap( ( size ) =>
		lengths.map(
			( [ length, price ] ) =>
				`${ size } / ${ length } | ${ price } | ${ stock( size, length ) }`
		)
	);

const sizes = ( from: number, to: number ) =>
	Array.from(
		{ length: ( to - from ) * 2 + 1 },
		( _, i ) => `${ String( from + i / 2 ).replace( '.', ',' ) } mm`
	);

export const YARNS: Ranged[] = [
	{
		name: 'Merino Soft 50 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Naturweiß | 6.90 | 22',
			'Schwarz | 6.90 | 14',
			'Rosenholz | 6.90 | out',
			'Petrol | 6.90 | 8',
			'Senfgelb | 6.90 | back:12. Jänner',
		],
		specs: 'Material=100 % Merinowolle extrafein (superwash, mulesingfrei); Lauflänge=125 m / 50 g; Nadelstärke=3,5–4 mm; Waschtemperatur=30 °C Wollwaschgang',
		text: 'Unser meistverkauftes Garn: weich, kratzt nicht und ist maschinenwaschbar.',
		detail: 'Für einen Damenpullover in Größe M brauchen Sie etwa 10 Knäuel.',
	},
	{
		name: 'Alpaka Wolke 25 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Hellgrau | 8.50 | 9',
			'Altrosa | 8.50 | 5',
			'Salbei | 8.50 | -',
			'Creme | 8.50 | out',
		],
		specs: 'Material=72 % Baby-Alpaka, 28 % Polyamid; Lauflänge=200 m / 25 g; Nadelstärke=4–5 mm; Waschtemperatur=Handwäsche kalt',
		text: 'Gebürstetes Alpakagarn, flauschig wie eine Wolke.',
		detail: 'Doppelt genommen ergibt es eine dicke, luftige Jacke.',
	},
	{
		name: 'Sockenwolle 4-fach 100 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Jeans | 9.90 | 16',
			'Herbstwald | 9.90 | 7',
			'Regenbogen | 9.90 | 3',
			'Grau meliert | 9.90 | 20',
		],
		specs: 'Material=75 % Schurwolle (superwash), 25 % Polyamid; Lauflänge=420 m / 100 g; Nadelstärke=2,5–3 mm; Waschtemperatur=40 °C',
		text: 'Strapazierfähiges Sockengarn, ein Knäuel reicht für ein Paar Socken.',
		detail: 'Das Polyamid macht Ferse und Spitze besonders haltbar.',
	},
	{
		name: 'Cotton Fine 50 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Weiß | 3.90 | 40',
			'Rot | 3.90 | 12',
			'Mint | 3.90 | 0',
			'Marine | 3.90 | 18',
			'Sonnengelb | 3.90 | 6',
		],
		specs: 'Material=100 % Baumwolle (mercerisiert); Lauflänge=125 m / 50 g; Nadelstärke=2,5–3,5 mm; Waschtemperatur=60 °C',
		text: 'Glänzendes Baumwollgarn für Sommertops, Amigurumi und Topflappen, vegan.',
		detail: 'Verträgt auch den Trockner bei niedriger Stufe.',
	},
	{
		name: 'Chunky Merino 100 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Petrol | 12.90>10.90 | 10',
			'Rost | 12.90>10.90 | 4',
			'Creme | 12.90>10.90 | 6',
			'Anthrazit | 12.90>10.90 | out:12. Jänner',
		],
		specs: 'Material=100 % Merinowolle; Lauflänge=80 m / 100 g; Nadelstärke=8–10 mm; Waschtemperatur=Handwäsche',
		text: 'Dickes Garn für schnelle Mützen, Schals und Decken.',
		detail: 'Für eine Mütze reichen 1–2 Knäuel.',
	},
	{
		name: 'Alpaka Classic 50 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Naturbraun | 7.90 | 8',
			'Schwarz | 7.90 | 5',
			'Beige | 7.90 | 12',
		],
		specs: 'Material=100 % Alpaka; Lauflänge=167 m / 50 g; Nadelstärke=3,5–4 mm; Waschtemperatur=Handwäsche kalt',
		text: 'Reines, ungefärbtes bis sanft gefärbtes Alpaka aus Peru, wärmer als Schafwolle.',
		detail: 'Alpaka enthält kein Lanolin und ist daher oft auch für Wollallergiker verträglich.',
	},
	{
		name: 'Tiroler Bergschafwolle 100 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Natur | 7.80 | 15',
			'Dunkelbraun | 7.80 | 6',
			'Grau | 7.80 | 0',
		],
		specs: 'Material=100 % Schurwolle vom Tiroler Bergschaf (nicht superwash); Lauflänge=200 m / 100 g; Nadelstärke=4–5 mm; Waschtemperatur=Handwäsche',
		text: 'Rustikale Wolle aus Österreich, ideal für Patschen und zum Filzen.',
		detail: 'Filzt in der Waschmaschine bei 40 °C, gewollt für Filzpatschen.',
	},
	{
		name: 'Leinengarn 50 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Natur | 5.40 | 20',
			'Blau | 5.40 | 8',
			'Terrakotta | 5.40 | back:3. Februar',
		],
		specs: 'Material=100 % Leinen; Lauflänge=150 m / 50 g; Nadelstärke=3–3,5 mm; Waschtemperatur=40 °C',
		text: 'Kühles Sommergarn für luftige Tops und Tücher, vegan.',
		detail: 'Wird mit jeder Wäsche weicher und glänzender.',
	},
	{
		name: 'Bambus Baby 50 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [ 'Weiß | 4.60 | 11', 'Hellblau | 4.60 | 9', 'Rosa | 4.60 | 7' ],
		specs: 'Material=100 % Bambusviskose; Lauflänge=120 m / 50 g; Nadelstärke=3,5–4 mm; Waschtemperatur=30 °C',
		text: 'Seidig glänzendes Garn, angenehm kühl auf der Haut, vegan.',
		detail: 'Nicht in den Trockner geben.',
	},
	{
		name: 'Vegan Cotton-Acryl 50 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Weiß | 3.20 | -',
			'Schwarz | 3.20 | -',
			'Flieder | 3.20 | -',
			'Ocker | 3.20 | out',
			'Grasgrün | 3.20 | -',
		],
		specs: 'Material=50 % Baumwolle, 50 % Polyacryl; Lauflänge=130 m / 50 g; Nadelstärke=3,5–4 mm; Waschtemperatur=40 °C',
		text: 'Pflegeleichtes Allround-Garn ohne tierische Fasern, auch für Kinderkleidung.',
		detail: 'Läuft beim Waschen nicht ein.',
	},
	{
		name: 'Textilgarn Zpagetti 250 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Schwarz | 6.90 | 5',
			'Grau | 6.90 | 3',
			'Bunt gemischt | 6.90 | 12',
		],
		specs: 'Material=recycelte T-Shirt-Stoffreste (überwiegend Baumwolle); Lauflänge=ca. 120 m / 250 g; Nadelstärke=10–12 mm (Häkelnadel)',
		text: 'Breites Bändchengarn aus Stoffresten für Körbe, Teppiche und Taschen.',
		detail: 'Farbton kann von Knäuel zu Knäuel leicht abweichen.',
	},
	{
		name: 'Bobbel Verlaufsgarn 200 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [
			'Sonnenuntergang | 14.90 | 4',
			'Ozean | 14.90 | 8',
			'Wiese | 14.90 | out',
		],
		specs: 'Material=100 % Baumwolle; Lauflänge=800 m / 200 g; Fädigkeit=4-fädig; Nadelstärke=3–3,5 mm; Waschtemperatur=40 °C',
		text: 'Farbverlaufsgarn auf der Bobbel: ein Tuch ganz ohne Farbwechsel.',
		detail: 'Für ein Dreieckstuch reicht eine Bobbel.',
	},
	{
		name: 'Maulbeerseide Lace 50 g',
		category: 'Wolle & Garn',
		axes: [ 'Farbe' ],
		rows: [ 'Perlmutt | 16.90 | 3', 'Smaragd | 16.90 | 2' ],
		specs: 'Material=100 % Maulbeerseide; Lauflänge=400 m / 50 g; Nadelstärke=2,5–3,5 mm; Waschtemperatur=Handwäsche kalt',
		text: 'Glänzendes Seidengarn für feine Lacetücher.',
		detail: 'Handgefärbt in kleinen Partien, bitte genug von einer Partie kaufen.',
	},
];

export const NEEDLES: Ranged[] = [
	{
		name: 'Rundstricknadel Bambus',
		category: 'Nadeln & Häkeln',
		axes: [ 'Nadelstärke', 'Seillänge' ],
		rows: grid(
			sizes( 2.5, 6 ).concat( '8 mm' ),
			[
				[ '40 cm', 7.9 ],
				[ '80 cm', 8.9 ],
			],
			( size, length ) => {
				if ( size === '3,5 mm' && length === '40 cm' ) {
					return 'out';
				}
				return size === '8 mm' ? '4' : '-';
			}
		),
		specs: 'Material=Bambus, Seil aus Nylon; Spitzenlänge=10 cm',
		text: 'Warme, leichte Rundstricknadel, rutschfest für glattes Garn.',
		detail: 'Das Seil vor dem Stricken kurz in warmes Wasser legen, dann verdreht es sich nicht.',
	},
	{
		name: 'Rundstricknadel Edelstahl',
		category: 'Nadeln & Häkeln',
		axes: [ 'Nadelstärke', 'Seillänge' ],
		rows: grid(
			sizes( 2, 5 ),
			[
				[ '60 cm', 9.5 ],
				[ '100 cm', 10.5 ],
			],
			( size ) => ( size === '2 mm' ? 'back:12. Jänner' : '-' )
		),
		specs: 'Material=Edelstahl, Seil aus Nylon; Spitzenlänge=12 cm',
		text: 'Glatte, spitze Metallnadel für schnelles Stricken und Lace.',
		detail: 'Nickelfrei.',
	},
	{
		name: 'Nadelspiel Birke 20 cm',
		category: 'Nadeln & Häkeln',
		axes: [ 'Nadelstärke' ],
		rows: [
			'2 mm | 8.90 | 6',
			'2,5 mm | 8.90 | 12',
			'3 mm | 8.90 | 0',
			'3,5 mm | 8.90 | 9',
			'4 mm | 8.90 | 5',
			'5 mm | 9.50 | 3',
		],
		specs: 'Inhalt=5 Nadeln; Länge=20 cm; Material=Birkenholz',
		text: 'Fünf Nadeln für Socken, Ärmel und Handschuhe.',
		detail: 'Fünf statt vier Nadeln: das Gestrick liegt ruhiger.',
	},
	{
		name: 'Häkelnadel Softgriff',
		category: 'Nadeln & Häkeln',
		axes: [ 'Nadelstärke' ],
		rows: sizes( 2, 6 ).map(
			( size ) =>
				`${ size } | 4.20 | ${ size === '4,5 mm' ? 'out' : '-' }`
		),
		specs: 'Material=Aluminium mit Gummigriff; Länge=14 cm',
		text: 'Einzelne Häkelnadel mit ergonomischem Griff.',
		detail: 'Die Stärke ist in den Griff geprägt.',
	},
];

export const SUNDRIES: Ranged[] = [
	{
		name: 'Baumwoll-Popeline uni',
		category: 'Stoffe',
		axes: [ 'Farbe' ],
		rows: [
			'Weiß | 9.90 | 40',
			'Schwarz | 9.90 | 22',
			'Rot | 9.90 | 8',
			'Flaschengrün | 9.90 | out',
			'Hellblau | 9.90 | 14',
		],
		specs: 'Material=100 % Baumwolle; Breite=145 cm; Gewicht=115 g/m²; Waschtemperatur=60 °C',
		text: 'Glatte, feste Webware für Blusen, Hemden und Futter. Preis pro Meter.',
		detail: 'Öko-Tex Standard 100.',
	},
	{
		name: 'Baumwolljersey uni',
		category: 'Stoffe',
		axes: [ 'Farbe' ],
		rows: [
			'Schwarz | 13.90 | 25',
			'Grau meliert | 13.90 | 18',
			'Senf | 13.90 | 6',
			'Altrosa | 13.90 | back:12. Jänner',
		],
		specs: 'Material=95 % Baumwolle, 5 % Elasthan; Breite=160 cm; Gewicht=200 g/m²; Waschtemperatur=40 °C',
		text: 'Einfarbiger Jersey, der Allrounder für Shirts und Kleider. Preis pro Meter.',
		detail: 'Rundum elastisch, 4-way-stretch.',
	},
	{
		name: 'Bastelfilz 3 mm 30 × 40 cm',
		category: 'Stoffe',
		axes: [ 'Farbe' ],
		rows: [
			'Rot | 3.80 | 30',
			'Grau | 3.80 | 25',
			'Senfgelb | 3.80 | 10',
			'Tannengrün | 3.80 | 0',
		],
		specs: 'Material=100 % Polyester; Stärke=3 mm; Größe=30 × 40 cm',
		text: 'Fester Filz für Untersetzer, Taschen und Deko. Preis pro Platte.',
		detail: 'Lässt sich mit dem Cutter schneiden, franst nicht aus.',
	},
	{
		name: 'Nähgarn Allesnäher 200 m',
		category: 'Kurzwaren',
		axes: [ 'Farbe' ],
		rows: [
			'Weiß | 2.95 | -',
			'Schwarz | 2.95 | -',
			'Marine | 2.95 | -',
			'Grau | 2.95 | -',
			'Rot | 2.95 | 0',
			'Beige | 2.95 | -',
		],
		specs: 'Material=100 % Polyester; Länge=200 m; Stärke=Nm 100',
		text: 'Reißfestes Nähgarn für fast alle Stoffe und Nähte.',
		detail: 'Weitere Farben führen wir im Laden in Graz.',
	},
	{
		name: 'Reißverschluss teilbar',
		category: 'Kurzwaren',
		axes: [ 'Länge' ],
		rows: [ '40 cm | 3.90 | 12', '50 cm | 4.20 | 9', '60 cm | 4.50 | 0' ],
		specs: 'Farbe=Schwarz; Zähne=Kunststoff, 5 mm',
		text: 'Teilbarer Reißverschluss für Jacken.',
		detail: 'Kürzen Sie ihn von oben, nicht von unten.',
	},
	{
		name: 'Kurs: Nähmaschinen-Führerschein',
		category: 'Kurse',
		axes: [ 'Termin' ],
		rows: [
			'Sa, 10. Jänner 2027 | 69.00 | 2',
			'Sa, 7. Februar 2027 | 69.00 | 6',
		],
		specs: 'Dauer=4 Stunden (10:00–14:00 Uhr); Teilnehmer=max. 6; Ort=Kursraum Wollknäuel, Graz',
		text: 'Einführung in die Nähmaschine: Einfädeln, Spule, Stiche, erste Naht. Maschinen werden gestellt.',
		detail: 'Bitte eine Stoffschere mitbringen, Stoff ist im Preis enthalten.',
	},
	{
		name: 'Kurs: Socken stricken',
		category: 'Kurse',
		axes: [ 'Termin' ],
		rows: [
			'Di, 13. + 20. Jänner 2027 | 59.00 | out',
			'Mi, 4. + 11. Februar 2027 | 59.00 | 5',
		],
		specs: 'Dauer=2 Abende à 3 Stunden (18:00–21:00 Uhr); Teilnehmer=max. 8; Ort=Kursraum Wollknäuel, Graz',
		text: 'Vom Anschlag bis zur Spitze, mit Bumerangferse. Grundkenntnisse im Stricken nötig.',
		detail: 'Material (Sockenwolle und Nadelspiel) ist nicht im Preis enthalten.',
	},
	{
		name: 'Geschenkgutschein',
		category: 'Sets & Geschenke',
		axes: [ 'Betrag' ],
		rows: [ '€ 20 | 20.00 | -', '€ 50 | 50.00 | -', '€ 100 | 100.00 | -' ],
		specs: 'Gültigkeit=3 Jahre; Einlösbar=online und im Laden in Graz',
		text: 'Kommt als PDF per E-Mail, zum Ausdrucken und Verschenken.',
		detail: 'Restguthaben bleibt erhalten.',
	},
];
