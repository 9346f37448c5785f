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
	kg,
	pickOf,
	range,
	size,
	sometimes,
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
		specs: ( r ) => [
			[ 'Leistung', `${ between( r, 40, 150, 10 ) } W` ],
			[ 'Impedanz', `${ pickOf( r, [ 4, 6, 8 ] ) } Ohm` ],
			[
				'Frequenzgang',
				range(
					between( r, 38, 62, 2 ),
					pickOf( r, [ 25, 28, 30, 35 ] )
				),
			],
			[ 'Empfindlichkeit', `${ between( r, 84, 90 ) } dB` ],
			[ 'Gewicht', `${ kg( r, 4, 9 ) } pro Stück` ],
			size( r, [ 16, 22 ], [ 28, 38 ], [ 22, 30 ] ),
		],
		detail: ( r ) =>
			pickOf( r, [
				'Die magnetische Stoffabdeckung liegt bei.',
				'Der Hochtöner ist ein 25-mm-Seidenkalotten-Hochtöner.',
				`Mitgeliefert werden Schaumstoffstopfen für den Bassreflex-Port, falls der Lautsprecher näher als ${ between( r, 15, 30, 5 ) } cm an der Wand steht.`,
				'Die Lautsprecher sind bi-wiring-fähig (zwei Paar Anschlussklemmen).',
			] ),
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
		specs: ( r ) => [
			[ 'Leistung', `${ between( r, 120, 300, 10 ) } W` ],
			[ 'Impedanz', `${ pickOf( r, [ 4, 8 ] ) } Ohm` ],
			[
				'Frequenzgang',
				range( between( r, 28, 40, 2 ), pickOf( r, [ 28, 30, 40 ] ) ),
			],
			[ 'Empfindlichkeit', `${ between( r, 87, 92 ) } dB` ],
			[ 'Gewicht', `${ kg( r, 18, 38 ) } pro Stück` ],
			size( r, [ 19, 26 ], [ 95, 118 ], [ 28, 38 ] ),
		],
		detail: ( r ) =>
			pickOf( r, [
				'Spikes und Filzgleiter für Parkett liegen bei.',
				`Die Lieferung erfolgt in zwei Kartons zu je ${ between( r, 25, 45 ) } kg.`,
				'Das Gehäuse ist innen mit Versteifungsstreben in drei Ebenen verstärkt.',
			] ),
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
		specs: ( r ) => [
			[ 'Leistung', `${ between( r, 150, 600, 50 ) } W (RMS)` ],
			[ 'Chassis', `${ pickOf( r, [ 20, 25, 30 ] ) } cm` ],
			[ 'Frequenzgang', `${ between( r, 18, 32, 2 ) } Hz – 150 Hz` ],
			[ 'Anschlüsse', 'Cinch (LFE), Hochpegel-Eingang' ],
			[ 'Gewicht', kg( r, 11, 28 ) ],
			size( r, [ 30, 42 ], [ 32, 46 ], [ 32, 45 ] ),
		],
		detail: ( r ) =>
			pickOf( r, [
				'Er lässt sich per App über Bluetooth einmessen.',
				'Ein 3-m-Subwoofer-Kabel liegt bei.',
				`Im Standby braucht er weniger als ${ pickOf( r, [ 0.5, 1 ] ) } W.`,
			] ),
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
		specs: ( r ) => [
			[ 'Leistung', `${ between( r, 10, 60, 5 ) } W` ],
			[ 'Bluetooth-Version', pickOf( r, [ '5.0', '5.1', '5.3' ] ) ],
			[ 'Akkulaufzeit', `${ between( r, 10, 24, 2 ) } Stunden` ],
			[ 'Schutzklasse', pickOf( r, [ 'IP67', 'IPX5', 'IP66' ] ) ],
			[ 'Gewicht', kg( r, 0.5, 2.2 ) ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Zwei Geräte lassen sich zu einem Stereopaar koppeln.',
				'Er schwimmt im Wasser.',
				'Über den USB-C-Ausgang lädt er auch Ihr Natel.',
			] ),
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
		specs: ( r ) => [
			[ 'Leistung', `${ between( r, 120, 480, 20 ) } W` ],
			[ 'Kanäle', pickOf( r, [ '2.1', '3.1', '5.1.2' ] ) ],
			[ 'Anschlüsse', 'HDMI eARC, optisch, USB' ],
			[ 'Bluetooth-Version', pickOf( r, [ '5.0', '5.2', '5.3' ] ) ],
			[ 'Gewicht', kg( r, 2.5, 7 ) ],
			size( r, [ 80, 120 ], [ 6, 8 ], [ 10, 14 ] ),
		],
		detail: ( r ) =>
			pickOf( r, [
				'Eine Wandhalterung ist im Lieferumfang enthalten.',
				'Sie unterstützt Dolby Atmos und DTS:X.',
				'Der kabellose Subwoofer wird separat verkauft.',
			] ),
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
		specs: ( r ) => {
			const watts = between( r, 50, 200, 10 );
			return [
				[ 'Leistung', `2 × ${ watts } W an 8 Ohm` ],
				[ 'Impedanz', '4–8 Ohm' ],
				[ 'Frequenzgang', range( 10, pickOf( r, [ 50, 80, 100 ] ) ) ],
				[
					'Anschlüsse',
					`${ between( r, 3, 5 ) } × Cinch, Phono MM, optisch, koaxial, Kopfhörer 6,35 mm`,
				],
				[
					'Bluetooth-Version',
					pickOf( r, [
						'keine',
						'5.0 (aptX HD)',
						'5.1 (aptX Adaptive)',
					] ),
				],
				[ 'Gewicht', kg( r, 7, 22 ) ],
				size( r, [ 43, 44 ], [ 10, 16 ], [ 33, 42 ] ),
			];
		},
		detail: ( r ) =>
			pickOf( r, [
				'Eine Fernbedienung aus Aluminium liegt bei.',
				`Er hat einen Vorverstärker-Ausgang für einen Subwoofer.`,
				`Die Endstufe arbeitet in Class A bis ${ between( r, 5, 15 ) } W.`,
			] ),
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
		specs: ( r ) => [
			[ 'Leistung', `2 × ${ between( r, 50, 120, 10 ) } W an 8 Ohm` ],
			[ 'Impedanz', '6–16 Ohm' ],
			[ 'Empfang', 'DAB+, UKW, Internetradio' ],
			[ 'Bluetooth-Version', pickOf( r, [ '4.2', '5.0', '5.2' ] ) ],
			[ 'Gewicht', kg( r, 6, 11 ) ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Bis zu 40 Radiosender lassen sich als Favoriten speichern.',
				'Er lässt sich mit Alexa und Google Home steuern.',
				'Er hat zwei Subwoofer-Ausgänge.',
			] ),
	},
	{
		key: 'kva',
		noun: 'Kopfhörerverstärker',
		category: 'Verstärker',
		tags: [ 'Kopfhörer', 'Desktop' ],
		brands: [ 'Lindqvist', 'Aarklang' ],
		price: [ 190, 1290 ],
		blurb: 'Ein Kopfhörerverstärker für den Schreibtisch, stark genug für hochohmige Kopfhörer.',
		specs: ( r ) => [
			[
				'Leistung',
				`${ chNumber( between( r, 300, 2000, 100 ) ) } mW an 32 Ohm`,
			],
			[
				'Impedanz',
				`geeignet für 16–${ pickOf( r, [ 300, 600 ] ) } Ohm`,
			],
			[ 'Anschlüsse', 'Cinch-Eingang, 6,35 mm, 4,4 mm symmetrisch' ],
			[ 'Gewicht', kg( r, 0.6, 3 ) ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Er hat einen eingebauten USB-DAC bis 32 Bit / 384 kHz.',
				'Die Verstärkung lässt sich in zwei Stufen (Low/High) umschalten.',
				'Das Lautstärkepotentiometer ist von ALPS.',
			] ),
	},
	{
		key: 'phono',
		noun: 'Phono-Vorverstärker',
		category: 'Verstärker',
		tags: [ 'Vinyl', 'Phono' ],
		brands: [ 'Aarklang', 'Lindqvist', 'Nordhall' ],
		price: [ 149, 890 ],
		blurb: 'Ein Phono-Vorverstärker für Plattenspieler ohne eingebaute Vorstufe, für MM- und MC-Tonabnehmer.',
		specs: ( r ) => [
			[ 'Tonabnehmer', pickOf( r, [ 'MM', 'MM und MC' ] ) ],
			[ 'Verstärkung', `${ between( r, 38, 42 ) } dB (MM)` ],
			[ 'Anschlüsse', 'Cinch-Eingang, Cinch-Ausgang, Erdungsklemme' ],
			[ 'Gewicht', kg( r, 0.3, 2.5 ) ],
		],
		detail: ( r ) =>
			pickOf( r, [
				'Ein Subsonic-Filter lässt sich zuschalten.',
				'Das Netzteil ist extern.',
				`Die Abschlussimpedanz für MC ist in ${ between( r, 4, 8 ) } Stufen wählbar.`,
			] ),
	},
];
