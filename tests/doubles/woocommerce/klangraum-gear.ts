/**
 * Klangraum's headphones, turntables, streaming gear, cables and accessories (klangraum.ts):
 * the families of the categories Kopfhörer, Plattenspieler, Streaming, Kabel and Zubehör,
 * and the special products written out in full (voucher, warranty extension, contact
 * cleaner, record brush).
 */
import {
	axis,
	COLOURS,
	LENGTHS,
	oneOf,
	sometimes,
	specTable,
	type Family,
	type Special,
} from './klangraum-kit';
import { stockState } from './shop-kit';

export const HEADPHONES: Family[] = [
	{
		key: 'overear',
		noun: 'Over-Ear-Kopfhörer',
		category: 'Kopfhörer',
		tags: [ 'Bluetooth', 'Noise Cancelling', 'Reise' ],
		brands: [ 'Vela', 'Aarklang', 'Nordhall' ],
		price: [ 149, 549 ],
		blurb: 'Ein kabelloser Over-Ear-Kopfhörer mit aktiver Geräuschunterdrückung (ANC) für Zug und Büro.',
		specs: specTable(
			'Bluetooth-Version: {5.0|5.2|5.3|5.3}',
			'Akkulaufzeit: {20-60/5} Stunden',
			'Impedanz: {16|32} Ohm',
			'Frequenzgang: {4|10|20} Hz – 40 kHz',
			'Gewicht: {220-340/2} g'
		),
		detail: oneOf(
			'Ein Hartschalen-Etui und ein 3,5-mm-Kabel liegen bei.',
			'Zehn Minuten Laden reichen für {3-6} Stunden Musik.',
			'Er verbindet sich mit zwei Geräten gleichzeitig (Multipoint).'
		),
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
		specs: specTable(
			'Bluetooth-Version: {5.2|5.3|5.4}',
			'Akkulaufzeit: {5-10} Stunden (mit Etui {24-36/2} Stunden)',
			'Schutzklasse: {IPX4|IP55|IPX7}',
			'Gewicht: {4-7} g je Hörer'
		),
		detail: oneOf(
			'Ohrpassstücke in vier Grössen liegen bei.',
			'Das Etui lädt kabellos (Qi).',
			'Sie haben einen Transparenzmodus.'
		),
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
		specs: specTable(
			'Bauart: {offen|geschlossen}',
			'Impedanz: {32|80|250|300|600} Ohm',
			'Empfindlichkeit: {94-108} dB',
			'Frequenzgang: {5|6|8|10} Hz – {35|40|50} kHz',
			'Gewicht: {250-480/5} g',
			'Kabellänge: {1,8 m|3 m}'
		),
		detail: oneOf(
			'Die Ohrpolster sind austauschbar und als Ersatzteil erhältlich.',
			'Ein Adapter von 3,5 mm auf 6,35 mm liegt bei.',
			'Er wird in {Deutschland|Schweden|Japan} von Hand montiert.'
		),
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
		specs: specTable(
			'Antrieb: {Riemenantrieb|Direktantrieb}',
			'Geschwindigkeiten: {33⅓ und 45 U/min|33⅓, 45 und 78 U/min}',
			'Phono-Vorverstärker: {eingebaut (abschaltbar)|nicht eingebaut}',
			'Bluetooth-Version: {keine|keine|5.0}',
			'Gewicht: {4.0-14.0} kg',
			'Masse (B × H × T): {42-48} × {12-17} × {33-40} cm'
		),
		detail: oneOf(
			'Eine Staubschutzhaube aus Acryl liegt bei.',
			'Der Tonarm ist {9|10|12} Zoll lang.',
			'Die Geschwindigkeit wird elektronisch umgeschaltet.'
		),
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
		specs: specTable(
			'System: {MM|MC}',
			'Ausgangsspannung: {0,4|2,5|4|5} mV',
			'Auflagekraft: {1,8|2,0|2,2} g',
			'Nadelschliff: {elliptisch|sphärisch|Shibata}',
			'Gewicht: {5-9} g'
		),
		detail: oneOf(
			'Die Nadel ist austauschbar.',
			'Wir montieren und justieren ihn im Geschäft für CHF 40.00.',
			'Er ist für Tonarme mit einer effektiven Masse von {8-12} bis {14-20} g geeignet.'
		),
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
		specs: specTable(
			'Auflösung: {24 Bit / 192 kHz|32 Bit / 384 kHz}',
			'Anschlüsse: LAN, WLAN, USB, optisch, koaxial, Cinch',
			'Bluetooth-Version: {5.0|5.2|keine}',
			'Gewicht: {1.5-6.0} kg',
			'Masse (B × H × T): {22-44} × {6-10} × {20-35} cm'
		),
		detail: oneOf(
			'Er hat einen HDMI-ARC-Eingang für den Fernseher.',
			'Roon Ready ist zertifiziert.',
			'Die App gibt es für iOS und Android.'
		),
	},
	{
		key: 'dac',
		noun: 'DAC',
		category: 'Streaming',
		tags: [ 'Hi-Res', 'Digital' ],
		brands: [ 'Aarklang', 'Lindqvist' ],
		price: [ 149, 1490 ],
		blurb: 'Ein Digital-Analog-Wandler (DAC), der Computer, TV und CD-Laufwerk hörbar besser klingen lässt.',
		specs: specTable(
			'Auflösung: {24 Bit / 192 kHz|32 Bit / 384 kHz}',
			'Anschlüsse: USB-C, optisch, koaxial',
			'Ausgänge: {Cinch|Cinch und XLR}',
			'Gewicht: {180-1800/20} g'
		),
		detail: oneOf(
			'Er decodiert MQA.',
			'Ein Kopfhörerausgang ist eingebaut.',
			'Er wird über USB mit Strom versorgt.'
		),
	},
	{
		key: 'multiroom',
		noun: 'Multiroom-Lautsprecher',
		category: 'Streaming',
		tags: [ 'WLAN', 'Multiroom', 'Bluetooth' ],
		brands: [ 'Vela', 'Nordhall' ],
		price: [ 249, 990 ],
		blurb: 'Ein WLAN-Lautsprecher für jedes Zimmer, der sich mit weiteren zu einem Multiroom-System verbindet.',
		specs: specTable(
			'Leistung: {30-150/10} W',
			'Bluetooth-Version: {5.0|5.3}',
			'Anschlüsse: WLAN, LAN, AirPlay 2, Chromecast',
			'Gewicht: {1.2-5.0} kg'
		),
		detail: oneOf(
			'Zwei Lautsprecher lassen sich als Stereopaar betreiben.',
			'Ein Mikrofon für Sprachsteuerung ist eingebaut und abschaltbar.',
			'Er passt als Rear-Lautsprecher zu unseren Soundbars von Vela.'
		),
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
		specs: specTable(
			'Querschnitt: 2 × {1,5|2,5|4} mm²',
			'Stecker: {Bananenstecker|Kabelschuhe}',
			'Material: OFC-Kupfer'
		),
		detail: oneOf(
			'Die Stecker sind vergoldet.',
			'Die Laufrichtung ist auf dem Mantel markiert.',
			'Auf Wunsch kürzen wir das Kabel im Geschäft kostenlos.'
		),
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
		specs: specTable(
			'Stecker: Cinch (RCA), vergoldet',
			'Schirmung: {doppelt|dreifach}',
			'Kapazität: {40-90/5} pF/m'
		),
		detail: oneOf(
			'Eine Erdungsleitung für Plattenspieler ist integriert.',
			'Der Mantel ist aus Baumwollgewebe.'
		),
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
		specs: specTable(
			'Stecker: Toslink auf Toslink',
			'Faser: {Kunststoff|Glasfaser}'
		),
		detail: oneOf(
			'Ein Adapter auf Mini-Toslink (3,5 mm) liegt bei.',
			'Die Schutzkappen gehören nach dem Einstecken auf die Kabelhalterung.'
		),
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
		specs: specTable(
			'Höhe: {50|60|70} cm',
			'Belastbarkeit: {15-40/5} kg pro Ständer',
			'Gewicht: {4.0-12.0} kg pro Ständer'
		),
		detail: oneOf(
			'Die Säule kann mit Sand befüllt werden.',
			'Die Deckplatte misst 20 × 24 cm.'
		),
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
