/**
 * Klangraum's headphones, turntables, streaming gear, cables and accessories (klangraum.ts):
 * the families of the categories Kopfhörer, Plattenspieler, Streaming, Kabel and Zubehör,
 * and the special products written out in full (voucher, warranty extension, contact
 * cleaner, record brush).
 */
import {
	axis,
	between,
	COLOURS,
	kg,
	LENGTHS,
	pickOf,
	range,
	size,
	sometimes,
	type Family,
	type Special,
} from './klangraum-kit';

export const HEADPHONES: Family[] = [
	{
		key: 'overear',
		noun: 'Over-Ear-Kopfhörer',
		category: 'Kopfhörer',
		tags: [ 'Bluetooth', 'Noise Cancelling', 'Reise' ],
		brands: [ 'Vela', 'Aarklang', 'Nordhall' ],
		price: [ 149, 549 ],
		blurb: 'Ein kabelloser Over-Ear-Kopfhörer mit aktiver Geräuschunterdrückung (ANC) für Zug und Büro.',
		specs: ( r ) => [
			[
				'Bluetooth-Version',
				pickOf( r, [ '5.0', '5.2', '5.3', '5.3' ] ),
			],
			[ 'Akkulaufzeit', `${ between( r, 20, 60, 5 ) } Stunden` ],
			[ 'Impedanz', `${ pickOf( r, [ 16, 32 ] ) } Ohm` ],
			[ 'Frequenzgang', range( pickOf( r, [ 4, 10, 20 ] ), 40 ) ],
			[ 'Gewicht', `${ between( r, 220, 340, 2 ) } g` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Ein Hartschalen-Etui und ein 3,5-mm-Kabel liegen bei.',
				`Zehn Minuten Laden reichen für ${ between( r, 3, 6 ) } Stunden Musik.`,
				'Er verbindet sich mit zwei Geräten gleichzeitig (Multipoint).',
			] ),
		axes: () => [ axis( 'Farbe', [ 'Schwarz', 'Weiss', 'Sand' ] ) ],
	},
	{
		key: 'inear',
		noun: 'In-Ear-Kopfhörer',
		category: 'Kopfhörer',
		tags: [ 'Bluetooth', 'True Wireless', 'Sport' ],
		brands: [ 'Vela', 'Aarklang' ],
		price: [ 79, 349 ],
		blurb: 'Kabellose In-Ear-Kopfhörer mit Ladeetui, klein genug für jede Hosentasche.',
		specs: ( r ) => [
			[ 'Bluetooth-Version', pickOf( r, [ '5.2', '5.3', '5.4' ] ) ],
			[
				'Akkulaufzeit',
				`${ between( r, 5, 10 ) } Stunden (mit Etui ${ between( r, 24, 36, 2 ) } Stunden)`,
			],
			[ 'Schutzklasse', pickOf( r, [ 'IPX4', 'IP55', 'IPX7' ] ) ],
			[ 'Gewicht', `${ between( r, 4, 7 ) } g je Hörer` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Ohrpassstücke in vier Grössen liegen bei.',
				'Das Etui lädt kabellos (Qi).',
				'Sie haben einen Transparenzmodus.',
			] ),
		axes: sometimes( 0.5, axis( 'Farbe', [ 'Schwarz', 'Weiss' ] ) ),
	},
	{
		key: 'hifikh',
		noun: 'Hi-Fi-Kopfhörer',
		category: 'Kopfhörer',
		tags: [ 'Kabelgebunden', 'Studio' ],
		brands: [ 'Lindqvist', 'Nordhall', 'Kessler' ],
		price: [ 129, 1490 ],
		blurb: 'Ein kabelgebundener Hi-Fi-Kopfhörer für zuhause, mit Velours-Polstern und abnehmbarem Kabel.',
		specs: ( r ) => [
			[ 'Bauart', pickOf( r, [ 'offen', 'geschlossen' ] ) ],
			[ 'Impedanz', `${ pickOf( r, [ 32, 80, 250, 300, 600 ] ) } Ohm` ],
			[ 'Empfindlichkeit', `${ between( r, 94, 108 ) } dB` ],
			[
				'Frequenzgang',
				range(
					pickOf( r, [ 5, 6, 8, 10 ] ),
					pickOf( r, [ 35, 40, 50 ] )
				),
			],
			[ 'Gewicht', `${ between( r, 250, 480, 5 ) } g` ],
			[ 'Kabellänge', pickOf( r, [ '1,8 m', '3 m' ] ) ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Die Ohrpolster sind austauschbar und als Ersatzteil erhältlich.',
				'Ein Adapter von 3,5 mm auf 6,35 mm liegt bei.',
				`Er wird in ${ pickOf( r, [ 'Deutschland', 'Schweden', 'Japan' ] ) } von Hand montiert.`,
			] ),
	},
];

export const VINYL: Family[] = [
	{
		key: 'turntable',
		noun: 'Plattenspieler',
		category: 'Plattenspieler',
		tags: [ 'Vinyl', 'Analog' ],
		brands: [ 'Lindqvist', 'Aarklang', 'Alpenton' ],
		price: [ 290, 3490 ],
		blurb: 'Ein Plattenspieler mit vormontiertem Tonabnehmer und Acryl-Plattenteller.',
		specs: ( r ) => [
			[ 'Antrieb', pickOf( r, [ 'Riemenantrieb', 'Direktantrieb' ] ) ],
			[
				'Geschwindigkeiten',
				pickOf( r, [ '33⅓ und 45 U/min', '33⅓, 45 und 78 U/min' ] ),
			],
			[
				'Phono-Vorverstärker',
				pickOf( r, [ 'eingebaut (abschaltbar)', 'nicht eingebaut' ] ),
			],
			[ 'Bluetooth-Version', pickOf( r, [ 'keine', 'keine', '5.0' ] ) ],
			[ 'Gewicht', kg( r, 4, 14 ) ],
			size( r, [ 42, 48 ], [ 12, 17 ], [ 33, 40 ] ),
		],
		detail: ( r ) =>
			pickOf( r, [
				'Eine Staubschutzhaube aus Acryl liegt bei.',
				`Der Tonarm ist ${ pickOf( r, [ 9, 10, 12 ] ) } Zoll lang.`,
				'Die Geschwindigkeit wird elektronisch umgeschaltet.',
			] ),
		axes: sometimes( 0.5, axis( 'Farbe', COLOURS, [ 1, 1, 1.12 ] ) ),
	},
	{
		key: 'cart',
		noun: 'Tonabnehmer',
		category: 'Plattenspieler',
		tags: [ 'Vinyl', 'Ersatzteil' ],
		brands: [ 'Lindqvist', 'Kessler' ],
		price: [ 89, 990 ],
		blurb: 'Ein Tonabnehmer für Standard-Halbzoll-Headshells, einfach nachzurüsten.',
		specs: ( r ) => [
			[ 'System', pickOf( r, [ 'MM', 'MC' ] ) ],
			[
				'Ausgangsspannung',
				`${ pickOf( r, [ 0.4, 2.5, 4, 5 ] ) } mV`.replace( '.', ',' ),
			],
			[ 'Auflagekraft', `${ pickOf( r, [ '1,8', '2,0', '2,2' ] ) } g` ],
			[
				'Nadelschliff',
				pickOf( r, [ 'elliptisch', 'sphärisch', 'Shibata' ] ),
			],
			[ 'Gewicht', `${ between( r, 5, 9 ) } g` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Die Nadel ist austauschbar.',
				'Wir montieren und justieren ihn im Geschäft für CHF 40.00.',
				`Er ist für Tonarme mit einer effektiven Masse von ${ between( r, 8, 12 ) } bis ${ between( r, 14, 20 ) } g geeignet.`,
			] ),
	},
];

export const STREAMING: Family[] = [
	{
		key: 'streamer',
		noun: 'Netzwerk-Streamer',
		category: 'Streaming',
		tags: [ 'Streaming', 'WLAN', 'Hi-Res' ],
		brands: [ 'Nordhall', 'Lindqvist', 'Vela' ],
		price: [ 390, 2990 ],
		blurb: 'Ein Netzwerk-Streamer für die Stereoanlage: Spotify Connect, TIDAL, Qobuz, AirPlay 2 und Internetradio.',
		specs: ( r ) => [
			[
				'Auflösung',
				pickOf( r, [ '24 Bit / 192 kHz', '32 Bit / 384 kHz' ] ),
			],
			[ 'Anschlüsse', 'LAN, WLAN, USB, optisch, koaxial, Cinch' ],
			[ 'Bluetooth-Version', pickOf( r, [ '5.0', '5.2', 'keine' ] ) ],
			[ 'Gewicht', kg( r, 1.5, 6 ) ],
			size( r, [ 22, 44 ], [ 6, 10 ], [ 20, 35 ] ),
		],
		detail: ( r ) =>
			pickOf( r, [
				'Er hat einen HDMI-ARC-Eingang für den Fernseher.',
				'Roon Ready ist zertifiziert.',
				'Die App gibt es für iOS und Android.',
			] ),
	},
	{
		key: 'dac',
		noun: 'DAC',
		category: 'Streaming',
		tags: [ 'Hi-Res', 'Digital' ],
		brands: [ 'Aarklang', 'Lindqvist' ],
		price: [ 149, 1490 ],
		blurb: 'Ein Digital-Analog-Wandler (DAC), der Computer, TV und CD-Laufwerk hörbar besser klingen lässt.',
		specs: ( r ) => [
			[
				'Auflösung',
				pickOf( r, [ '24 Bit / 192 kHz', '32 Bit / 384 kHz' ] ),
			],
			[ 'Anschlüsse', 'USB-C, optisch, koaxial' ],
			[ 'Ausgänge', pickOf( r, [ 'Cinch', 'Cinch und XLR' ] ) ],
			[ 'Gewicht', `${ between( r, 180, 1800, 20 ) } g` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Er decodiert MQA.',
				'Ein Kopfhörerausgang ist eingebaut.',
				'Er wird über USB mit Strom versorgt.',
			] ),
	},
	{
		key: 'multiroom',
		noun: 'Multiroom-Lautsprecher',
		category: 'Streaming',
		tags: [ 'WLAN', 'Multiroom', 'Bluetooth' ],
		brands: [ 'Vela', 'Nordhall' ],
		price: [ 249, 990 ],
		blurb: 'Ein WLAN-Lautsprecher für jedes Zimmer, der sich mit weiteren zu einem Multiroom-System verbindet.',
		specs: ( r ) => [
			[ 'Leistung', `${ between( r, 30, 150, 10 ) } W` ],
			[ 'Bluetooth-Version', pickOf( r, [ '5.0', '5.3' ] ) ],
			[ 'Anschlüsse', 'WLAN, LAN, AirPlay 2, Chromecast' ],
			[ 'Gewicht', kg( r, 1.2, 5 ) ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Zwei Lautsprecher lassen sich als Stereopaar betreiben.',
				'Ein Mikrofon für Sprachsteuerung ist eingebaut und abschaltbar.',
				'Er passt als Rear-Lautsprecher zu unseren Soundbars von Vela.',
			] ),
		axes: () => [ axis( 'Farbe', [ 'Schwarz', 'Weiss' ] ) ],
	},
];

export const CABLES: Family[] = [
	{
		key: 'lskabel',
		noun: 'Lautsprecherkabel',
		category: 'Kabel',
		tags: [ 'Kabel', 'Passiv' ],
		brands: [ 'Kessler', 'Aarklang' ],
		price: [ 39, 290 ],
		blurb: 'Ein konfektioniertes Lautsprecherkabel aus sauerstofffreiem Kupfer (OFC), fertig mit Steckern.',
		unit: 'Preis pro Paar (zwei Kabel).',
		specs: ( r ) => [
			[
				'Querschnitt',
				`2 × ${ pickOf( r, [ '1,5', '2,5', '4' ] ) } mm²`,
			],
			[ 'Stecker', pickOf( r, [ 'Bananenstecker', 'Kabelschuhe' ] ) ],
			[ 'Material', 'OFC-Kupfer' ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Die Stecker sind vergoldet.',
				'Die Laufrichtung ist auf dem Mantel markiert.',
				'Auf Wunsch kürzen wir das Kabel im Geschäft kostenlos.',
			] ),
		axes: () => [ axis( 'Länge', LENGTHS, [ 1, 1.45, 2.6 ] ) ],
	},
	{
		key: 'cinch',
		noun: 'Cinch-Kabel',
		category: 'Kabel',
		tags: [ 'Kabel', 'Analog' ],
		brands: [ 'Kessler', 'Aarklang' ],
		price: [ 29, 190 ],
		blurb: 'Ein Stereo-Cinch-Kabel (RCA) mit doppelter Schirmung für Verstärker, Phono und Streamer.',
		specs: ( r ) => [
			[ 'Stecker', 'Cinch (RCA), vergoldet' ],
			[ 'Schirmung', pickOf( r, [ 'doppelt', 'dreifach' ] ) ],
			[ 'Kapazität', `${ between( r, 40, 90, 5 ) } pF/m` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Eine Erdungsleitung für Plattenspieler ist integriert.',
				'Der Mantel ist aus Baumwollgewebe.',
			] ),
		axes: () => [ axis( 'Länge', LENGTHS, [ 1, 1.4, 2.3 ] ) ],
	},
	{
		key: 'toslink',
		noun: 'Optisches Kabel',
		category: 'Kabel',
		tags: [ 'Kabel', 'Digital' ],
		brands: [ 'Aarklang', 'Vela' ],
		price: [ 19, 89 ],
		blurb: 'Ein optisches Digitalkabel (Toslink) für TV, Soundbar und DAC.',
		specs: ( r ) => [
			[ 'Stecker', 'Toslink auf Toslink' ],
			[ 'Faser', pickOf( r, [ 'Kunststoff', 'Glasfaser' ] ) ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Ein Adapter auf Mini-Toslink (3,5 mm) liegt bei.',
				'Die Schutzkappen gehören nach dem Einstecken auf die Kabelhalterung.',
			] ),
		axes: () => [ axis( 'Länge', LENGTHS, [ 1, 1.3, 2 ] ) ],
	},
];

export const ACCESSORIES: Family[] = [
	{
		key: 'staender',
		noun: 'Lautsprecherständer',
		category: 'Zubehör',
		tags: [ 'Möbel', 'Stereo' ],
		brands: [ 'Alpenton', 'Kessler' ],
		price: [ 149, 690 ],
		blurb: 'Ein Paar stabile Lautsprecherständer für Regallautsprecher, mit Spikes und Kabelkanal.',
		unit: 'Preis pro Paar.',
		specs: ( r ) => [
			[ 'Höhe', `${ pickOf( r, [ 50, 60, 70 ] ) } cm` ],
			[ 'Belastbarkeit', `${ between( r, 15, 40, 5 ) } kg pro Ständer` ],
			[ 'Gewicht', `${ kg( r, 4, 12 ) } pro Ständer` ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Die Säule kann mit Sand befüllt werden.',
				'Die Deckplatte misst 20 × 24 cm.',
			] ),
		axes: () => [ axis( 'Farbe', COLOURS, [ 1, 1, 1.15 ] ) ],
	},
];

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
		stock: {
			stock_status: 'instock',
			manage_stock: false,
			stock_quantity: null,
		},
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
		stock: {
			stock_status: 'instock',
			manage_stock: false,
			stock_quantity: null,
		},
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
		stock: {
			stock_status: 'instock',
			manage_stock: true,
			stock_quantity: 42,
		},
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
		stock: {
			stock_status: 'outofstock',
			manage_stock: true,
			stock_quantity: 0,
		},
	},
];
