/**
 * Klangraum dev questions that need more than one product or one page: search with several
 * constraints, comparisons, follow-ups in the same conversation, products the shop does not
 * carry, questions its pages do not answer, and asking for a person.
 */
import { NOT_FOUND, PERSON } from '../phrases';
import type { EvalQuestion } from '../types';
import { chf, HONEST_NO, q, UNSURE } from './klangraum-kit';

export const SEARCH: EvalQuestion[] = [
	q(
		'kr-search-01',
		'search',
		'de',
		'Kopfhörer unter 300 Franken mit Bluetooth 5.3?',
		[ [ 'Nordhall Murten', 'Vela Eiger' ] ],
		[ 'Aarklang Glärnisch', 'Aarklang Calanda' ]
	),
	q(
		'kr-search-02',
		'search',
		'en',
		'I need a bluetooth speaker for the lake, waterproof IP67, under 300 CHF',
		[ 'Gurten' ],
		NOT_FOUND
	),
	q(
		'kr-search-03',
		'search',
		'de',
		'suche einen plattenspieler mit eingebautem phono vorverstärker, unter 1000 franken',
		[ 'Bachtel' ],
		[ 'Lindqvist Gurten' ]
	),
	q(
		'kr-search-04',
		'search',
		'en',
		'Which of your headphone amps can drive 600 ohm headphones?',
		[ [ 'Pfäffikon', 'Glärnisch', 'Moléson', 'Biel' ] ],
		NOT_FOUND
	),
	q(
		'kr-search-05',
		'search',
		'de',
		'Welche Subwoofer habt ihr unter 600 Franken?',
		[ 'Napf', 'Biel' ],
		[ 'Nordhall Greifensee', 'Kessler Speer' ]
	),
	q(
		'kr-search-06',
		'search',
		'en',
		'Looking for a DAC with XLR outputs',
		[ [ 'Greifensee', 'Biel' ] ],
		NOT_FOUND
	),
	q(
		'kr-search-07',
		'search',
		'de',
		'Habt ihr Standlautsprecher in Weiss für unter 2500 Franken?',
		[ [ 'Lindqvist Tödi', 'Kessler Lägern' ] ],
		NOT_FOUND
	),
	q(
		'kr-search-08',
		'search',
		'en',
		'any turntable that plays 78s?',
		[ [ 'Chasseral', 'Bachtel' ] ],
		NOT_FOUND
	),
	q(
		'kr-search-09',
		'search',
		'de',
		'brauche ein cinch kabel 5m, max 150 franken',
		[ [ 'Aarklang Hörnli', 'Aarklang Thun', 'Aarklang Eiger' ] ],
		NOT_FOUND
	),
	q(
		'kr-search-10',
		'search',
		'de',
		'Soundbar mit Dolby Atmos unter 1000 Franken?',
		[ [ 'Speer', 'Calanda', 'Pfäffikon', 'Hörnli' ] ],
		NOT_FOUND
	),
	q(
		'kr-search-11',
		'search',
		'de',
		'Ich suche Over-Ear-Kopfhörer in der Farbe Sand, sofort lieferbar, unter 300.-',
		[ [ 'Murten', 'Säntis' ] ],
		[ 'Aarklang Moléson' ]
	),
	q(
		'kr-search-12',
		'search',
		'en',
		'Which streamers are Roon Ready?',
		[ [ 'Pfäffikon', 'Stockhorn', 'Tödi', 'Eiger' ] ],
		NOT_FOUND
	),
	q(
		'kr-search-13',
		'search',
		'de',
		'Welcher Vollverstärker hat Bluetooth? Budget bis 2000 Fr.',
		[ 'Brienz' ],
		NOT_FOUND
	),
	q(
		'kr-search-14',
		'search',
		'de',
		'Lautsprecher für die Badi, wasserdicht, Akku mindestens 20 Stunden?',
		[ [ 'Titlis', 'Biel' ] ],
		NOT_FOUND
	),
];

export const COMPARE: EvalQuestion[] = [
	q(
		'kr-compare-01',
		'compare',
		'de',
		'Was ist der Unterschied zwischen den Vollverstärkern Kessler Ägeri und Kessler Uto?',
		[
			[ '120 w', '120w', '120 watt' ],
			[ '100 w', '100w', '100 watt' ],
		],
		NOT_FOUND
	),
	q(
		'kr-compare-02',
		'compare',
		'en',
		'Lindqvist Moléson vs Lindqvist Gurten headphones: which one is closed-back, and which is lighter?',
		[ [ '305' ], [ '440' ] ],
		NOT_FOUND
	),
	q(
		'kr-compare-03',
		'compare',
		'de',
		'Welcher ist leichter, der Subwoofer Nordhall Napf oder der Vela Biel?',
		[
			[ '16,0', '16.0', '16 kg' ],
			[ '22,5', '22.5' ],
		],
		NOT_FOUND
	),
	q(
		'kr-compare-04',
		'compare',
		'en',
		'Compare the Nordhall Eiger and the Vela Sarnen streamers - price and resolution',
		[ chf( '439.00' ), chf( '1929.00' ), [ '384' ] ],
		NOT_FOUND
	),
	q(
		'kr-compare-05',
		'compare',
		'de',
		'Regallautsprecher Alpenton Brienz oder Lindqvist Pfäffikon – welcher geht tiefer im Bass?',
		[
			[ '38 hz', '38hz' ],
			[ '60 hz', '60hz' ],
		],
		NOT_FOUND
	),
	q(
		'kr-compare-06',
		'compare',
		'en',
		'Which bluetooth speaker has the longer battery, the Aarklang Titlis or the Nordhall Biel?',
		[ [ '22' ] ],
		NOT_FOUND
	),
	q(
		'kr-compare-07',
		'compare',
		'de',
		'phono vorverstärker lindqvist calanda vs aarklang murten, welcher ist günstiger?',
		[ chf( '499.00' ), chf( '519.00' ) ],
		NOT_FOUND
	),
	q(
		'kr-compare-08',
		'compare',
		'de',
		'Was unterscheidet die In-Ear-Kopfhörer Vela Eiger und Vela Titlis?',
		[ chf( '165.50' ), chf( '269.00' ) ],
		NOT_FOUND
	),
];

export const FOLLOWUP: EvalQuestion[] = [
	q(
		'kr-followup-01',
		'followup',
		'de',
		'und in Nussbaum?',
		[ chf( '1149.00' ) ],
		NOT_FOUND,
		[ 'Was kostet der Plattenspieler Lindqvist Gurten?' ]
	),
	q(
		'kr-followup-02',
		'followup',
		'en',
		'how heavy is it?',
		[ [ '13,7', '13.7' ] ],
		NOT_FOUND,
		[ 'Tell me about the Kessler Speer subwoofer' ]
	),
	q(
		'kr-followup-03',
		'followup',
		'de',
		'welche farben gibts und was kostet er?',
		[ chf( '249.00' ), [ 'sand' ] ],
		NOT_FOUND,
		[ 'Habt ihr den Over-Ear-Kopfhörer Vela Säntis?' ]
	),
	q(
		'kr-followup-04',
		'followup',
		'en',
		'and as a pair in white?',
		[ chf( '1969.00' ) ],
		NOT_FOUND,
		[ 'How much is the Alpenton Weissenstein bookshelf speaker?' ]
	),
	q(
		'kr-followup-05',
		'followup',
		'de',
		'hat der auch Bluetooth?',
		[ [ '5.2', '5,2' ] ],
		NOT_FOUND,
		[ 'Ich suche einen Netzwerk-Streamer unter 500 Franken' ]
	),
	q(
		'kr-followup-06',
		'followup',
		'en',
		'what tracking force does it need?',
		[ [ '2,0 g', '2.0 g', '2 g', '2,0g', '2.0g', '2 grams' ] ],
		NOT_FOUND,
		[ 'Do you sell the Lindqvist Rigi cartridge?' ]
	),
	q(
		'kr-followup-07',
		'followup',
		'de',
		'Meine Mail ist sophie.mueller@protonmail.ch. Kommen die Lautsprecher mit der Post?',
		[ [ 'spedition' ] ],
		NOT_FOUND,
		[ 'Grüezi, ich habe eine Frage zur Bestellung 3051' ]
	),
	q(
		'kr-followup-08',
		'followup',
		'en',
		'and who pays the return shipping from Switzerland?',
		[ [ 'free', 'kostenlos', 'gratis', 'no charge', 'no cost' ] ],
		NOT_FOUND,
		[ "What's your return policy?" ]
	),
	q(
		'kr-followup-09',
		'followup',
		'de',
		'und die 5 m Version? ist die an Lager?',
		[ chf( '459.00' ), '22' ],
		NOT_FOUND,
		[ 'Was kostet das Lautsprecherkabel Kessler Eiger?' ]
	),
	q(
		'kr-followup-10',
		'followup',
		'en',
		'how many watts, and does it have DAB?',
		[ [ '50 w', '50w', '50 watt' ], [ 'dab' ] ],
		NOT_FOUND,
		[ 'Is the Stereo-Receiver Nordhall Pilatus any good for a small flat?' ]
	),
	q(
		'kr-followup-11',
		'followup',
		'de',
		'und welcher davon ist am günstigsten?',
		[ 'Napf', chf( '509.00' ) ],
		NOT_FOUND,
		[ 'Welche Subwoofer habt ihr in Weiss?' ]
	),
];

export const ABSENT: EvalQuestion[] = [
	q(
		'kr-absent-01',
		'absent',
		'de',
		'Habt ihr Fernseher von Samsung?',
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-02',
		'absent',
		'en',
		'Do you have the Sonos Era 100?',
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-03',
		'absent',
		'de',
		'Verkauft ihr auch Schallplatten? Suche was von Pink Floyd',
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-04',
		'absent',
		'en',
		'do you sell projectors?',
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-05',
		'absent',
		'de',
		'Habt ihr einen CD-Player?',
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-06',
		'absent',
		'en',
		"I'm looking for Bose QuietComfort headphones",
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-07',
		'absent',
		'de',
		'Gibt es bei euch Autoradios?',
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-08',
		'absent',
		'de',
		'habt ihr xlr kabel, 3 m?',
		[ HONEST_NO ],
		[]
	),
	q(
		'kr-absent-09',
		'absent',
		'de',
		'Führt ihr AV-Receiver mit 7.2 Kanälen fürs Heimkino?',
		[ HONEST_NO ],
		[]
	),
];

export const UNKNOWN: EvalQuestion[] = [
	q(
		'kr-unknown-01',
		'unknown',
		'de',
		'Habt ihr am 26. Dezember offen?',
		[ UNSURE ],
		[]
	),
	q(
		'kr-unknown-02',
		'unknown',
		'de',
		'Wie lange dauert bei euch eine Reparatur normalerweise?',
		[ UNSURE ],
		[ 'drei bis vier', '3 bis 4', '3–4', '3-4' ]
	),
	q(
		'kr-unknown-03',
		'unknown',
		'en',
		'Do I get a discount if I buy three pairs of speakers at once?',
		[ UNSURE ],
		[ /\b10 ?%/ ]
	),
	q(
		'kr-unknown-04',
		'unknown',
		'de',
		'Kann ich den Plattenspieler-Service am selben Tag abholen?',
		[ UNSURE ],
		[]
	),
	q(
		'kr-unknown-05',
		'unknown',
		'de',
		'Verkauft ihr auch Occasionen, und gibt es darauf Garantie?',
		[ UNSURE ],
		[]
	),
	q(
		'kr-unknown-06',
		'unknown',
		'en',
		'Can I pay with Bitcoin?',
		[
			[
				'twint',
				'postfinance',
				'not',
				"don't",
				'unfortunately',
				'no,',
				'no.',
			],
		],
		[]
	),
];

export const HANDOFF: EvalQuestion[] = [
	q(
		'kr-handoff-01',
		'handoff',
		'de',
		'Ich möchte bitte mit einem Menschen sprechen, nicht mit einem Bot.',
		[ PERSON ],
		[]
	),
	q(
		'kr-handoff-02',
		'handoff',
		'en',
		'Can I talk to a real person about a big home cinema project?',
		[ PERSON ],
		[]
	),
];
