/**
 * The variable products of Spielwerk (spielwerk.ts): Jass cards by pattern, mats and dice
 * by colour, a puzzle by piece count, a balance bike by colour, sleeves by size, a game
 * table by size, a board game by language edition, magnetic tiles and marbles by set size,
 * courses by date and the gift voucher. Each option row is "option | price | stock" (price
 * "regular>sale" when on sale), stock coded as in spielwerk-catalog.ts.
 */
export interface Ranged {
	name: string;
	category: string;
	/** The axis' name. */
	axis: string;
	rows: string[];
	tags: string;
	specs: string;
	text: string;
	detail: string;
}

export const RANGED: Ranged[] = [
	{
		name: 'Jasskarten',
		category: 'Karten- & Würfelspiele',
		axis: 'Bild',
		rows: [
			'Deutschschweizer Bild | 4.90 | 60',
			'Französisches Bild | 4.90 | 24',
		],
		tags: 'Jass, Schweiz',
		specs: 'Inhalt=36 Karten; Material=Karton, Leinenprägung; Format=58 × 90 mm',
		text: 'Die Karten für Schieber, Coiffeur und Differenzler, im Deutschschweizer Bild (Schellen, Schilten, Rosen, Eicheln) oder im Französischen Bild.',
		detail: 'Gedruckt in Schaffhausen.',
	},
	{
		name: 'Jassteppich Filz 60 × 60 cm',
		category: 'Karten- & Würfelspiele',
		axis: 'Farbe',
		rows: [
			'Grün | 29.90 | 14',
			'Blau | 29.90 | out:15. Januar',
			'Bordeaux | 29.90 | 5',
		],
		tags: 'Jass, Zubehör, Schweiz',
		specs: 'Masse=60 × 60 cm; Material=Wollfilz 4 mm; Rand=eingefasst',
		text: 'Dicker Filzteppich für den Jasstisch: die Karten gleiten, nichts rutscht.',
		detail: 'Rollen statt falten, dann bleiben keine Knicke.',
	},
	{
		name: 'Würfelset polyedrisch 7 Würfel',
		category: 'Karten- & Würfelspiele',
		axis: 'Ausführung',
		rows: [
			'Perlmutt Weiss | 9.90 | 20',
			'Marmor Grün | 9.90 | 8',
			'Metall Gold | 24.90 | 4',
		],
		tags: 'Würfel, Rollenspiel',
		specs: 'Inhalt=W4, W6, W8, W10, W10 (Zehner), W12, W20; Grösse=16 mm (W6); Material=Kunstharz, Metall-Ausführung aus Zinklegierung',
		text: 'Würfelset für Rollenspiele im Samtbeutel.',
		detail: 'Die Metallwürfel wiegen zusammen 150 g und sind nicht für Glastische geeignet.',
	},
	{
		name: 'Puzzle Matterhorn im Abendrot',
		category: 'Puzzles',
		axis: 'Teile',
		rows: [
			'500 Teile | 19.90 | out',
			'1000 Teile | 24.90 | 7',
			'2000 Teile | 34.90>29.90 | 3',
		],
		tags: 'Puzzle, Schweiz, Bestseller',
		specs: 'Format=49 × 36 cm (500 Teile), 68 × 48 cm (1000 Teile), 98 × 68 cm (2000 Teile); Alter=ab 12 Jahren; Material=Karton aus recycelten Fasern',
		text: 'Unser meistverkauftes Puzzle: das Matterhorn im letzten Abendlicht, vom Riffelsee aus fotografiert.',
		detail: 'Die 2000-Teile-Ausgabe hat eine Spiegelung im See, die besonders knifflig ist.',
	},
	{
		name: 'Laufrad «Velo Mini» Birke',
		category: 'Holzspielzeug',
		axis: 'Farbe',
		rows: [
			'Natur | 129.00 | 6',
			'Rot | 129.00 | 2',
			'Blau | 129.00 | back:22. Januar',
		],
		tags: 'Holz, Kleinkind, Schweizer Produktion',
		specs: 'Alter=ab 2 Jahren; Sitzhöhe=30–36 cm (verstellbar); Belastbarkeit=max. 25 kg; Gewicht=3,2 kg; Material=Birke, luftlose Gummireifen; Hersteller=Holzwerk Tösstal',
		text: 'Laufrad aus Birkenholz für die ersten Velo-Erfahrungen, mit Lenkbegrenzung.',
		detail: 'Auf Wunsch gravieren wir den Namen Ihres Kindes in den Rahmen (siehe Service).',
	},
	{
		name: 'Kartenhüllen 100 Stück',
		category: 'Zubehör',
		axis: 'Grösse',
		rows: [
			'Standard 63,5 × 88 mm | 4.90 | 50',
			'Mini-Euro 45 × 68 mm | 4.50 | 30',
			'Quadratisch 70 × 70 mm | 5.20 | out',
			'Tarot 70 × 120 mm | 6.90 | 12',
		],
		tags: 'Zubehör, Karten',
		specs: 'Inhalt=100 Hüllen; Stärke=80 Mikron; Material=Polypropylen, säurefrei, glasklar',
		text: 'Schutzhüllen (Sleeves) für Spielkarten.',
		detail: 'Welche Grösse Ihr Spiel braucht, sagen wir Ihnen gern im Laden.',
	},
	{
		name: 'Spieltisch «Tafelrunde» Eiche',
		category: 'Zubehör',
		axis: 'Grösse',
		rows: [
			'120 × 80 cm | 1249.00 | -',
			'140 × 90 cm | 1490.00 | -',
			'160 × 100 cm | 1790.00>1690.00 | -',
		],
		tags: 'Möbel, Spieltisch, Schweizer Produktion',
		specs: 'Material=Eiche massiv, geölt; Spielfläche=Neopren, 12 cm vertieft; Tischhöhe=75 cm; Abdeckung=6 Deckelplatten (als Esstisch nutzbar); Lieferzeit=6–8 Wochen (Anfertigung auf Bestellung)',
		text: 'Spieltisch und Esstisch in einem: Deckel ab, und das angefangene Spiel wartet bis zum nächsten Abend.',
		detail: 'Gefertigt von einer Schreinerei im Tösstal; Lieferung mit der Spedition und Aufbau in der ganzen Schweiz inbegriffen.',
	},
	{
		name: 'Drachenwacht',
		category: 'Strategiespiele',
		axis: 'Sprache',
		rows: [
			'Deutsch | 54.90 | 6',
			'Englisch | 54.90 | out:15. Januar',
			'Französisch | 54.90 | 2',
		],
		tags: 'Strategie, Fantasy',
		specs: 'Spieler=2–5; Alter=ab 12 Jahren; Spieldauer=90 Minuten; Verlag=Rheinfall Games',
		text: 'Fantasy-Strategiespiel: Burgen gegen Drachen verteidigen und Bündnisse schmieden.',
		detail: 'Die Miniaturen (40 Stück) sind unbemalt.',
	},
	{
		name: 'Magnetbausteine Konstrukto',
		category: 'Bauen & Experimentieren',
		axis: 'Set',
		rows: [
			'60 Teile | 64.90 | 10',
			'120 Teile | 109.00 | 4',
			'200 Teile | 169.00 | out',
		],
		tags: 'Konstruktion, Kinder',
		specs: 'Alter=ab 3 Jahren; Material=ABS-Kunststoff, Magnete vollständig eingeschweisst; Formen=Quadrate, Dreiecke, Räder',
		text: 'Magnetische Bauplatten für Häuser, Türme und Fahrzeuge.',
		detail: 'Alle Sets lassen sich miteinander kombinieren.',
	},
	{
		name: 'Glasmurmeln',
		category: 'Bauen & Experimentieren',
		axis: 'Grösse',
		rows: [
			'16 mm (50 Stück) | 6.90 | 30',
			'25 mm (20 Stück) | 7.90 | 14',
			'35 mm (6 Stück) | 8.90 | out',
		],
		tags: 'Murmelbahn, Zubehör',
		specs: 'Material=Glas; Alter=ab 3 Jahren',
		text: 'Bunte Glasmurmeln im Netzbeutel.',
		detail: 'Die 25-mm-Murmeln passen zur Kugelbahn Buche.',
	},
	{
		name: 'Geschenkgutschein',
		category: 'Gutscheine & Kurse',
		axis: 'Betrag',
		rows: [
			'CHF 20 | 20.00 | -',
			'CHF 50 | 50.00 | -',
			'CHF 100 | 100.00 | -',
			'CHF 200 | 200.00 | -',
		],
		tags: 'Geschenk, Gutschein',
		specs: 'Gültigkeit=5 Jahre; Einlösbar=online und im Laden in Winterthur',
		text: 'Kommt als PDF per E-Mail oder als Karte mit der Post.',
		detail: 'Restguthaben bleibt erhalten.',
	},
	{
		name: 'Workshop: Eigenes Spiel entwickeln',
		category: 'Gutscheine & Kurse',
		axis: 'Termin',
		rows: [
			'Sa, 16. Januar 2027 | 45.00 | 4',
			'Sa, 13. Februar 2027 | 45.00 | out',
		],
		tags: 'Workshop, Kurs',
		specs: 'Dauer=3 Stunden (13:30–16:30 Uhr); Teilnehmer=max. 10; Alter=ab 12 Jahren; Ort=Spieleraum Spielwerk, Winterthur',
		text: 'Von der Idee zum Prototyp: mit einer Spieleautorin entwickeln Sie ein eigenes kleines Spiel.',
		detail: 'Material ist im Preis inbegriffen; den Prototyp nehmen Sie mit nach Hause.',
	},
	{
		name: 'Jass-Kurs für Anfänger',
		category: 'Gutscheine & Kurse',
		axis: 'Termin',
		rows: [
			'Mi, 13. Januar 2027 | 35.00 | 6',
			'Mi, 27. Januar 2027 | 35.00 | 2',
			'Mi, 10. Februar 2027 | 35.00 | 8',
		],
		tags: 'Jass, Kurs',
		specs: 'Dauer=2,5 Stunden (19:00–21:30 Uhr); Teilnehmer=max. 12; Ort=Spieleraum Spielwerk, Winterthur',
		text: 'Schieber lernen an einem Abend: Kartenwerte, Weisen, Stöck und Zählen.',
		detail: 'Jasskarten und Tafel stellen wir, ein Getränk ist inbegriffen.',
	},
];
