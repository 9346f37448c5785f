/**
 * Klangraum's headphones, turntables, streaming gear, cables and accessories (klangraum.ts):
 * the families of the categories Kopfhörer, Plattenspieler, Streaming, Kabel and Zubehör,
 * stored as data in klangraum-gear-families.json (read by familiesFrom), and the special
 * products written out in full (voucher, warranty extension, contact cleaner, record brush).
 */
import path from 'node:path';
import { familiesFrom, type Special } from './klangraum-kit';
import { stockState } from './shop-kit';

export const { HEADPHONES, VINYL, STREAMING, CABLES, ACCESSORIES } =
	familiesFrom( path.join( __dirname, 'klangraum-gear-families.json' ), [
		'HEADPHONES',
		'VINYL',
		'STREAMING',
		'CABLES',
		'ACCESSORIES',
	] );

export const SPECIALS: Special[] = [
	{
		name: 'Klangraum Geschenkgutschein',
		sku: 'KR-GUTSCHEIN',
		category: 'Zubehör',
		tags: [ 'Geschenk' ],
		price: 50,
		description:
			'<p>Ein Gutschein für alles bei Klangraum, auch für Services wie Einmessen und Installation. Er ist 3 Jahre gültig und wird per E-Mail als PDF zugestellt.</p>',
		short: '<p>Verschenken Sie guten Klang.</p>',
		specs: [],
		stock: stockState.unmanaged(),
		axis: {
			name: 'Betrag',
			prices: [
				[ 'CHF 50', 50 ],
				[ 'CHF 100', 100 ],
				[ 'CHF 250', 250 ],
			],
		},
	},
	{
		name: 'Garantie-Plus 3 Jahre',
		sku: 'KR-GARANTIE-PLUS',
		category: 'Zubehör',
		tags: [ 'Service' ],
		price: 89,
		description:
			"<p>Verlängert die Garantie eines Geräts bis CHF 2'000.&ndash; Kaufpreis um 3 Jahre, zusätzlich zur gesetzlichen Garantie. Nur zusammen mit dem Gerät oder innerhalb von 30 Tagen nach dem Kauf abschliessbar.</p>",
		short: '<p>Drei Jahre mehr Ruhe.</p>',
		specs: [],
		stock: stockState.unmanaged(),
	},
	{
		name: 'Kontaktreiniger Spray 100 ml',
		sku: 'KR-KONTAKT-100',
		category: 'Zubehör',
		tags: [ 'Pflege' ],
		price: 19.9,
		description:
			'<p>Reinigt Cinch-, XLR- und Lautsprecherstecker von Oxidation. Inhalt 100&nbsp;ml, reicht f&uuml;r rund 200 Anwendungen.</p>',
		short: '<p>Für saubere Kontakte.</p>',
		specs: [ [ 'Inhalt', '100 ml' ] ],
		stock: stockState.counted( 42 ),
	},
	{
		name: 'Plattenbürste Karbon',
		sku: 'KR-BUERSTE-KARBON',
		category: 'Zubehör',
		tags: [ 'Vinyl', 'Pflege' ],
		price: 29,
		sale: 24.5,
		description:
			'<p>Antistatische Plattenbürste mit &uuml;ber einer Million Karbonfasern. Vor jedem Abspielen einmal &uuml;ber die drehende Platte f&uuml;hren.</p>',
		short: '<p>Gegen Staub und Knistern.</p>',
		specs: [ [ 'Gewicht', '45 g' ] ],
		stock: stockState.soldOut(),
	},
];
