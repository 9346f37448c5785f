/**
 * Teekontor Alster's hand-written products (a cast-iron flagship kettle, matcha, sample sets,
 * an Advent calendar, an East Frisian tea set, a samovar, gift vouchers), for teekontor.ts.
 * Prices and stock are fixed here, not drawn.
 */
import type { Special } from './family-catalog';
import { stockState } from './shop-kit';

export const SPECIALS: Special[] = [
	{
		name: 'Tetsubin Hokusai, handgegossene Gusseisen-Teekanne',
		category: 'Teekannen',
		tags: [ 'Teekanne', 'Teegeschirr', 'Handarbeit' ],
		price: 1249,
		stock: stockState.counted( 2 ),
		description: `<p>Unser schönstes Stück: in Morioka von Meister Sato in der vierten Generation gegossen, innen unemailliert wie die alten Tetsubin.</p>
<ul><li>Volumen: 1,2 l</li><li>Gewicht: 2,6 kg</li><li>Nur für den Herd, nicht für Induktion</li></ul>
<p>Nach dem Gebrauch mit heißem Wasser ausspülen und offen trocknen lassen, niemals Spülmittel verwenden.</p>`,
		specs: [
			[ 'Volumen', '1,2 l' ],
			[ 'Material', 'Gusseisen' ],
			[ 'Gewicht', '2,6 kg' ],
			[ 'Spülmaschinengeeignet', 'Nein' ],
		],
	},
	{
		name: 'Matcha Uji Zeremonie 30 g',
		category: 'Grüner Tee',
		tags: [ 'Grüntee', 'Matcha' ],
		price: 34.9,
		sale: 29.9,
		stock: stockState.counted( 14 ),
		description: `<p>Steingemahlener Matcha aus Uji bei Kyoto, leuchtend grün und cremig aufgeschlagen.</p>
<p>Für eine Schale 2 g Pulver mit 70 ml Wasser von 80 °C mit dem Bambusbesen aufschlagen.</p>`,
		specs: [
			[ 'Herkunft', 'Japan (Uji)' ],
			[ 'Inhalt', '30 g' ],
			[ 'Wassertemperatur', '80 °C' ],
			[ 'Koffeingehalt', 'hoch' ],
			[ 'Bio', 'Ja' ],
		],
	},
	{
		name: 'Matcha-Set mit Chasen und Chawan',
		category: 'Filter & Zubehör',
		tags: [ 'Matcha', 'Zubehör', 'Geschenk' ],
		price: 69,
		stock: stockState.soldOut(),
		description: `<p>Alles für den Einstieg: Bambusbesen (Chasen) mit 100 Borsten, Teeschale (Chawan) aus Steingut, Bambuslöffel (Chashaku) und 30 g Matcha Uji.</p>
<p>Der Besen hält länger, wenn Sie ihn nach dem Gebrauch auf einem Besenhalter trocknen.</p>`,
		specs: [
			[ 'Inhalt', 'Chasen, Chawan, Chashaku, 30 g Matcha' ],
			[ 'Material', 'Bambus und Steingut' ],
		],
	},
	{
		name: 'Probierset Schwarztee (5 × 20 g)',
		category: 'Probiersets',
		tags: [ 'Probierset', 'Schwarztee', 'Geschenk' ],
		price: 14.9,
		stock: stockState.counted( 23 ),
		description: `<p>Fünf unserer beliebtesten Schwarztees zum Kennenlernen: Assam, Darjeeling First Flush, Ceylon, Keemun und Ostfriesische Mischung.</p>
<p>Jede Sorte reicht für etwa acht Kannen.</p>`,
		specs: [
			[ 'Inhalt', '5 × 20 g' ],
			[ 'Koffeingehalt', 'hoch' ],
		],
	},
	{
		name: 'Probierset Grüntee (5 × 20 g)',
		category: 'Probiersets',
		tags: [ 'Probierset', 'Grüntee', 'Geschenk' ],
		price: 16.9,
		stock: stockState.backorder(),
		description: `<p>Fünf grüne Tees aus Japan und China: Sencha, Genmaicha, Bancha, Lung Ching und Jasmintee.</p>
<p>Die nächste Lieferung aus Japan erwarten wir in der zweiten Januarwoche.</p>`,
		specs: [
			[ 'Inhalt', '5 × 20 g' ],
			[ 'Koffeingehalt', 'mittel' ],
		],
	},
	{
		name: 'Probierset Kräuter & Früchte (6 × 20 g)',
		category: 'Probiersets',
		tags: [ 'Probierset', 'koffeinfrei', 'Geschenk' ],
		price: 12.9,
		stock: stockState.unmanaged(),
		description: `<p>Sechs koffeinfreie Sorten für Kinder und für den Abend: Pfefferminze, Kamille, Rooibos Vanille, Waldfrucht, Apfel-Zimt und Ingwer-Zitrone.</p>
<p>Verpackt in einer Schachtel aus Recyclingkarton.</p>`,
		specs: [
			[ 'Inhalt', '6 × 20 g' ],
			[ 'Koffeingehalt', 'koffeinfrei' ],
		],
	},
	{
		name: 'Tee-Adventskalender 2026',
		category: 'Probiersets',
		tags: [ 'Probierset', 'Geschenk', 'Weihnachten' ],
		price: 39.9,
		stock: stockState.soldOut(),
		description: `<p>24 Türchen mit 24 verschiedenen Tees aus unserem Sortiment, je eine Portion für eine Kanne.</p>
<p>Jedes Jahr nur in einer Auflage von 500 Stück.</p>`,
		specs: [
			[ 'Inhalt', '24 Sorten' ],
			[ 'Bio', 'Nein' ],
		],
	},
	{
		name: 'Ostfriesen-Teeservice „Rote Rose“',
		category: 'Teekannen',
		tags: [ 'Teekanne', 'Teegeschirr', 'Ostfriesland' ],
		price: 189,
		stock: stockState.counted( 3 ),
		description: `<p>Das klassische Service mit Rosendekor: Teekanne 1,4 l, sechs Tassen mit Untertassen, Sahnekännchen und Stövchen.</p>
<p>Das Dekor ist unter der Glasur und daher spülmaschinenfest.</p>`,
		specs: [
			[ 'Volumen', '1,4 l' ],
			[ 'Material', 'Porzellan' ],
			[
				'Inhalt',
				'Kanne, 6 Tassen, 6 Untertassen, Sahnekännchen, Stövchen',
			],
			[ 'Spülmaschinengeeignet', 'Ja' ],
		],
	},
	{
		name: 'Stövchen Edelstahl',
		category: 'Filter & Zubehör',
		tags: [ 'Zubehör', 'Ostfriesland' ],
		price: 24.9,
		stock: stockState.counted( 18 ),
		description: `<p>Hält die Kanne mit einem Teelicht stundenlang warm.</p>
<p>Die Auflage misst 14 cm im Durchmesser.</p>`,
		specs: [
			[ 'Material', 'Edelstahl' ],
			[ 'Durchmesser', '14 cm' ],
		],
	},
	{
		name: 'Entkalker für Wasserkocher 250 g',
		category: 'Filter & Zubehör',
		tags: [ 'Zubehör', 'Wasserkocher' ],
		price: 4.95,
		stock: stockState.unmanaged(),
		description: `<p>Reine Zitronensäure zum Entkalken von Wasserkochern, Kannen und Samowaren.</p>
<p>Ein Beutel reicht für etwa zehn Anwendungen.</p>`,
		specs: [
			[ 'Inhalt', '250 g' ],
			[ 'Material', 'Zitronensäure' ],
		],
	},
	{
		name: 'Samowar Elektro 3 l',
		category: 'Wasserkocher',
		tags: [ 'Wasserkocher', 'Elektro' ],
		price: 219,
		sale: 189,
		stock: stockState.backorder(),
		description: `<p>Ein elektrischer Samowar aus Edelstahl mit Teekännchen obenauf, wie man ihn aus Ostfriesland und Russland kennt.</p>
<p>Wieder lieferbar ab Mitte Januar 2027.</p>`,
		specs: [
			[ 'Volumen', '3 l' ],
			[ 'Leistung', '1.500 W' ],
			[ 'Temperaturstufen', '1 Stufe (100 °C) und Warmhalten' ],
			[ 'Warmhaltefunktion', 'unbegrenzt' ],
			[ 'Material', 'Edelstahl' ],
		],
	},
	{
		name: 'Kandis braun (Kluntjes) 500 g',
		category: 'Gewürze & Mischungen',
		tags: [ 'Ostfriesland', 'Zucker' ],
		price: 3.99,
		stock: stockState.counted( 40 ),
		description: `<p>Große braune Kandisstücke für den Ostfriesentee, die beim Aufgießen leise knistern.</p>
<p>Hergestellt in einer Zuckerraffinerie in Nordrhein-Westfalen.</p>`,
		specs: [
			[ 'Inhalt', '500 g' ],
			[ 'Bio', 'Nein' ],
		],
	},
	{
		name: 'Geschenkgutschein',
		category: 'Geschenkgutscheine',
		tags: [ 'Gutschein', 'Geschenk' ],
		price: 15,
		description: `<p>Der Gutschein kommt als PDF per E-Mail oder gedruckt in einer Karte mit der Post (plus 1,50 €).</p>
<p>Er ist drei Jahre gültig und im Laden wie im Onlineshop einlösbar.</p>`,
		specs: [ [ 'Gültigkeit', '3 Jahre' ] ],
		axis: {
			name: 'Betrag',
			prices: [
				[ '15 €', 15 ],
				[ '25 €', 25 ],
				[ '50 €', 50 ],
				[ '100 €', 100 ],
			],
		},
	},
];
