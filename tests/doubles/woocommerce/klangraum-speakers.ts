/**
 * Klangraum's loudspeakers and amplifiers (klangraum.ts): the families of the categories
 * Lautsprecher and Verstärker with their specifications, the one fact each product states
 * only in its long description, and their variations (colour, pair or single speaker).
 */
import {
	axis,
	between,
	chNumber,
	COLOURS,
	oneOf,
	sometimes,
	specTable,
	type Family,
} from './klangraum-kit';

export const SPEAKERS: Family[] = [
	{
		key: 'regal',
		noun: 'Regallautsprecher',
		category: 'Lautsprecher',
		tags: [ 'Stereo', 'Passiv' ],
		brands: [ 'Alpenton', 'Nordhall', 'Lindqvist' ],
		price: [ 390, 2400 ],
		blurb: 'Ein kompakter 2-Wege-Regallautsprecher mit Bassreflex-Port auf der Rückseite, für Räume bis etwa 25 m².',
		unit: 'Preis pro Paar; einzeln als «Einzelstück» erhältlich.',
		specs: specTable(
			'Leistung: {40-150/10} W',
			'Impedanz: {4|6|8} Ohm',
			'Frequenzgang: {38-62/2} Hz – {25|28|30|35} kHz',
			'Empfindlichkeit: {84-90} dB',
			'Gewicht: {4.0-9.0} kg pro Stück',
			'Masse (B × H × T): {16-22} × {28-38} × {22-30} cm'
		),
		detail: oneOf(
			'Die magnetische Stoffabdeckung liegt bei.',
			'Der Hochtöner ist ein 25-mm-Seidenkalotten-Hochtöner.',
			'Mitgeliefert werden Schaumstoffstopfen für den Bassreflex-Port, falls der Lautsprecher näher als {15-30/5} cm an der Wand steht.',
			'Die Lautsprecher sind bi-wiring-fähig (zwei Paar Anschlussklemmen).'
		),
		axes: () => [
			axis( 'Ausführung', [ 'Paar', 'Einzelstück' ], [ 1, 0.55 ] ),
			axis( 'Farbe', COLOURS, [ 1, 1, 1.08 ] ),
		],
	},
	{
		key: 'stand',
		noun: 'Standlautsprecher',
		category: 'Lautsprecher',
		tags: [ 'Stereo', 'Passiv', 'Heimkino' ],
		brands: [ 'Alpenton', 'Lindqvist', 'Kessler' ],
		price: [ 1490, 6900 ],
		blurb: 'Ein schlanker 3-Wege-Standlautsprecher mit zwei Tieftönern, der grosse Räume ohne Subwoofer füllt.',
		unit: 'Preis pro Paar.',
		specs: specTable(
			'Leistung: {120-300/10} W',
			'Impedanz: {4|8} Ohm',
			'Frequenzgang: {28-40/2} Hz – {28|30|40} kHz',
			'Empfindlichkeit: {87-92} dB',
			'Gewicht: {18.0-38.0} kg pro Stück',
			'Masse (B × H × T): {19-26} × {95-118} × {28-38} cm'
		),
		detail: oneOf(
			'Spikes und Filzgleiter für Parkett liegen bei.',
			'Die Lieferung erfolgt in zwei Kartons zu je {25-45} kg.',
			'Das Gehäuse ist innen mit Versteifungsstreben in drei Ebenen verstärkt.'
		),
		axes: () => [ axis( 'Farbe', COLOURS, [ 1, 1, 1.1 ] ) ],
	},
	{
		key: 'sub',
		noun: 'Subwoofer',
		category: 'Lautsprecher',
		tags: [ 'Heimkino', 'Aktiv', 'Bass' ],
		brands: [ 'Nordhall', 'Kessler', 'Vela' ],
		price: [ 490, 2490 ],
		blurb: 'Ein aktiver Subwoofer mit geschlossenem Gehäuse und stufenlos einstellbarer Trennfrequenz.',
		specs: specTable(
			'Leistung: {150-600/50} W (RMS)',
			'Chassis: {20|25|30} cm',
			'Frequenzgang: {18-32/2} Hz – 150 Hz',
			'Anschlüsse: Cinch (LFE), Hochpegel-Eingang',
			'Gewicht: {11.0-28.0} kg',
			'Masse (B × H × T): {30-42} × {32-46} × {32-45} cm'
		),
		detail: oneOf(
			'Er lässt sich per App über Bluetooth einmessen.',
			'Ein 3-m-Subwoofer-Kabel liegt bei.',
			'Im Standby braucht er weniger als {0.5|1} W.'
		),
		axes: sometimes( 0.5, axis( 'Farbe', [ 'Schwarz', 'Weiss' ] ) ),
	},
	{
		key: 'bt',
		noun: 'Bluetooth-Lautsprecher',
		category: 'Lautsprecher',
		tags: [ 'Bluetooth', 'Tragbar', 'Outdoor' ],
		brands: [ 'Vela', 'Aarklang', 'Nordhall' ],
		price: [ 89, 449 ],
		blurb: 'Ein tragbarer Bluetooth-Lautsprecher mit Akku, wasserdicht und robust genug für Badi und Balkon.',
		specs: specTable(
			'Leistung: {10-60/5} W',
			'Bluetooth-Version: {5.0|5.1|5.3}',
			'Akkulaufzeit: {10-24/2} Stunden',
			'Schutzklasse: {IP67|IPX5|IP66}',
			'Gewicht: {0.5-2.2} kg'
		),
		detail: oneOf(
			'Zwei Geräte lassen sich zu einem Stereopaar koppeln.',
			'Er schwimmt im Wasser.',
			'Über den USB-C-Ausgang lädt er auch Ihr Natel.'
		),
		axes: sometimes(
			0.6,
			axis( 'Farbe', [ 'Schwarz', 'Weiss', 'Salbeigrün' ] )
		),
	},
	{
		key: 'soundbar',
		noun: 'Soundbar',
		category: 'Lautsprecher',
		tags: [ 'Heimkino', 'TV', 'Bluetooth' ],
		brands: [ 'Vela', 'Kessler', 'Aarklang' ],
		price: [ 290, 1490 ],
		blurb: 'Eine flache Soundbar für den Fernseher mit Dialogverstärkung und Nachtmodus.',
		specs: specTable(
			'Leistung: {120-480/20} W',
			'Kanäle: {2.1|3.1|5.1.2}',
			'Anschlüsse: HDMI eARC, optisch, USB',
			'Bluetooth-Version: {5.0|5.2|5.3}',
			'Gewicht: {2.5-7.0} kg',
			'Masse (B × H × T): {80-120} × {6-8} × {10-14} cm'
		),
		detail: oneOf(
			'Eine Wandhalterung ist im Lieferumfang enthalten.',
			'Sie unterstützt Dolby Atmos und DTS:X.',
			'Der kabellose Subwoofer wird separat verkauft.'
		),
		axes: sometimes( 0.3, axis( 'Farbe', [ 'Schwarz', 'Weiss' ] ) ),
	},
];

export const AMPLIFIERS: Family[] = [
	{
		key: 'vollv',
		noun: 'Vollverstärker',
		category: 'Verstärker',
		tags: [ 'Stereo', 'Phono' ],
		brands: [ 'Lindqvist', 'Alpenton', 'Kessler' ],
		price: [ 690, 4900 ],
		blurb: 'Ein analoger Stereo-Vollverstärker mit Phono-Eingang und eingebautem DAC.',
		specs: specTable(
			'Leistung: 2 × {50-200/10} W an 8 Ohm',
			'Impedanz: 4–8 Ohm',
			'Frequenzgang: 10 Hz – {50|80|100} kHz',
			'Anschlüsse: {3-5} × Cinch, Phono MM, optisch, koaxial, Kopfhörer 6,35 mm',
			'Bluetooth-Version: {keine|5.0 (aptX HD)|5.1 (aptX Adaptive)}',
			'Gewicht: {7.0-22.0} kg',
			'Masse (B × H × T): {43-44} × {10-16} × {33-42} cm'
		),
		detail: oneOf(
			'Eine Fernbedienung aus Aluminium liegt bei.',
			'Er hat einen Vorverstärker-Ausgang für einen Subwoofer.',
			'Die Endstufe arbeitet in Class A bis {5-15} W.'
		),
		axes: sometimes( 0.5, axis( 'Farbe', [ 'Schwarz', 'Silber' ] ) ),
	},
	{
		key: 'receiver',
		noun: 'Stereo-Receiver',
		category: 'Verstärker',
		tags: [ 'Stereo', 'Radio', 'DAB+' ],
		brands: [ 'Nordhall', 'Vela' ],
		price: [ 490, 1690 ],
		blurb: 'Ein Stereo-Receiver mit DAB+, UKW und Internetradio, dazu zwei Paar Lautsprecherausgänge.',
		specs: specTable(
			'Leistung: 2 × {50-120/10} W an 8 Ohm',
			'Impedanz: 6–16 Ohm',
			'Empfang: DAB+, UKW, Internetradio',
			'Bluetooth-Version: {4.2|5.0|5.2}',
			'Gewicht: {6.0-11.0} kg'
		),
		detail: oneOf(
			'Bis zu 40 Radiosender lassen sich als Favoriten speichern.',
			'Er lässt sich mit Alexa und Google Home steuern.',
			'Er hat zwei Subwoofer-Ausgänge.'
		),
	},
	{
		key: 'kva',
		noun: 'Kopfhörerverstärker',
		category: 'Verstärker',
		tags: [ 'Kopfhörer', 'Desktop' ],
		brands: [ 'Lindqvist', 'Aarklang' ],
		price: [ 190, 1290 ],
		blurb: 'Ein Kopfhörerverstärker für den Schreibtisch, stark genug für hochohmige Kopfhörer.',
		specs: specTable(
			// Milliwatts from 1'000 up are grouped the Swiss way.
			( r ) => [
				'Leistung',
				`${ chNumber( between( r, 300, 2000, 100 ) ) } mW an 32 Ohm`,
			],
			'Impedanz: geeignet für 16–{300|600} Ohm',
			'Anschlüsse: Cinch-Eingang, 6,35 mm, 4,4 mm symmetrisch',
			'Gewicht: {0.6-3.0} kg'
		),
		detail: oneOf(
			'Er hat einen eingebauten USB-DAC bis 32 Bit / 384 kHz.',
			'Die Verstärkung lässt sich in zwei Stufen (Low/High) umschalten.',
			'Das Lautstärkepotentiometer ist von ALPS.'
		),
	},
	{
		key: 'phono',
		noun: 'Phono-Vorverstärker',
		category: 'Verstärker',
		tags: [ 'Vinyl', 'Phono' ],
		brands: [ 'Aarklang', 'Lindqvist', 'Nordhall' ],
		price: [ 149, 890 ],
		blurb: 'Ein Phono-Vorverstärker für Plattenspieler ohne eingebaute Vorstufe, für MM- und MC-Tonabnehmer.',
		specs: specTable(
			'Tonabnehmer: {MM|MM und MC}',
			'Verstärkung: {38-42} dB (MM)',
			'Anschlüsse: Cinch-Eingang, Cinch-Ausgang, Erdungsklemme',
			'Gewicht: {0.3-2.5} kg'
		),
		detail: oneOf(
			'Ein Subsonic-Filter lässt sich zuschalten.',
			'Das Netzteil ist extern.',
			'Die Abschlussimpedanz für MC ist in {4-8} Stufen wählbar.'
		),
	},
];
