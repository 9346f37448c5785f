/**
 * Evidence's kinds of quantity: the words and units that ask for one (weight, volume,
 * length …, material, colour, origin), the kinds a question asks for, and how well a text
 * states them.
 */
import {
	contentWords,
	quantities,
	sameWord,
	unitOf,
	type Dimension,
	unicodeBoundaries,
} from './analysis';
import { textMemo } from './memo';

/** Words of a question that ask for a kind of quantity, in both languages. */
export const DIMENSION_WORDS: Record<
	Dimension | 'material' | 'colour' | 'origin',
	string[]
> = {
	weight: [
		'weigh',
		'weighs',
		'weight',
		'heavy',
		'wiegt',
		'gewicht',
		'schwer',
	],
	volume: [
		'hold',
		'holds',
		'capacity',
		'volume',
		'litre',
		'liter',
		'water',
		'fassungsvermögen',
		'tank',
		'wassertank',
		'reservoir',
		'behälter',
		'fasst',
		'passen',
		'inhalt',
		'volumen',
		'passt',
		'quart',
		'quarts',
		'qt',
		'qts',
		'gallon',
		'gallons',
		'gallon',
		'gallons',
	],
	length: [
		'long',
		'length',
		'wide',
		'width',
		'tall',
		'height',
		'high',
		'big',
		'large',
		'dimension',
		'dimensions',
		'size',
		'lang',
		'länge',
		'breit',
		'breite',
		'hoch',
		'höhe',
		'groß',
		'größe',
		'maße',
		'abmessungen',
		'durchmesser',
		'diameter',
		'thick',
		'thickness',
		'dicke',
		'deep',
		'depth',
		'tief',
		'tiefe',
	],
	area: [
		'area',
		'surface',
		'footprint',
		'fläche',
		'grundfläche',
		'rasenfläche',
		'quadratmeter',
		'qm',
	],
	voltage: [ 'voltage', 'volt', 'volts', 'spannung', 'akkuspannung' ],
	charge: [ 'ah', 'amperestunden', 'amp' ],
	torque: [ 'torque', 'drehmoment', 'nm', 'newtonmeter' ],
	speed: [
		'speed',
		'rpm',
		'fast',
		'drehzahl',
		'leerlaufdrehzahl',
		'geschwindigkeit',
		'schnell',
	],
	flow: [ 'flow', 'fördermenge', 'durchfluss', 'förderleistung' ],
	sound: [
		'loud',
		'noise',
		'noisy',
		'quiet',
		'laut',
		'leise',
		'lautstärke',
		'schallleistung',
		'schalldruck',
	],
	pressure: [ 'pressure', 'druck', 'bar', 'psi' ],
	// Not "hell": it ends too many words ("shell").
	luminous: [
		'bright',
		'brightness',
		'helligkeit',
		'lumen',
		'lichtstrom',
		'leuchtkraft',
	],
	illuminance: [ 'bright', 'lux', 'beleuchtungsstärke' ],
	temperature: [
		'temperature',
		'temp',
		'temperatur',
		'grad',
		'warm',
		'hot',
		'heiß',
		'degrees',
	],
	power: [
		'power',
		'watt',
		'watts',
		'wattage',
		'leistung',
		'powerful',
		'stark',
	],
	energy: [ 'battery', 'akku', 'capacity', 'kapazität' ],
	time: [
		'runtime',
		'battery',
		'laufzeit',
		'akkulaufzeit',
		'lasts',
		'last',
		'hours',
		'stunden',
	],
	material: [
		'material',
		'made',
		'fabric',
		'materials',
		'woraus',
		'stoff',
		'gefertigt',
		'hergestellt',
		'gemacht',
		'consist',
		'consists',
		'besteht',
		'bestehen',
	],
	colour: [ 'colour', 'color', 'colours', 'colors', 'farbe', 'farben' ],
	origin: [
		'origin',
		'provenance',
		'herkunft',
		'herkunftsland',
		'ursprung',
		'ursprungsland',
		'anbaugebiet',
		'woher',
	],
};

/** Words that ask how much fits in: answered by a volume or a weight. */
export const CAPACITY_WORDS = new Set( [
	'hold',
	'holds',
	'capacity',
	'fit',
	'fits',
	'passen',
	'passt',
	'fasst',
	'fassungsvermögen',
] );

/** Words that ask how big something is without saying in which dimension. */
export const GENERIC_SIZE_WORDS = new Set( [
	'size',
	'big',
	'large',
	'groß',
	'größe',
] );

/** A question for how long something lasts or takes (a time, though "long"/"lange" is a length word). */
const ASKS_DURATION = unicodeBoundaries(
	/\b(how long (should|must|did|to|until|till|before|has|have)\b|wie lange? (muss|müssen|soll|sollte|sollen|darf|braucht|brauchen|zieht|ziehen)\b|how long (does|do|will|would|can|is|are)\b.*\b(last|lasts|run|runs|take|takes|hold|holds|keep|keeps|charge|charging|play|burn|burns)|how many (hours|minutes|days)|wie lang(e)? (hält|halten|dauert|dauern|läuft|laufen|reicht|reichen|brennt|lädt|spielt)|wie lang(e)? .*\b(laden|aufladen|brenndauer|laufzeit|akkuladung|ladung)|wie viele (stunden|minuten|tage))\b/i
);

const ASKS_ORIGIN = unicodeBoundaries(
	/\b(where (is|are|was|were|does|do)\b.*\b(from|made|produced|grown|sourced|come)|which country|what country|aus welchem land|wo (wird|werden|wurde|wurden) .*\b(hergestellt|produziert|angebaut))\b/i
);

export function askedDimensions( question: string ): string[] {
	return dimensionsMemo( question, dimensionsAsked ).slice();
}

/**
 * Memory of dimensionsAsked (issue 12): a spec answer asks it of the same question for
 * every found product, each time comparing every question word with every dimension word.
 */
const dimensionsMemo = textMemo< readonly string[] >();

function dimensionsAsked( question: string ): string[] {
	const ws = contentWordsWithAsking( question );
	const named = Object.entries( DIMENSION_WORDS )
		.filter( ( [ , forms ] ) =>
			ws.some( ( w ) => forms.some( ( f ) => sameWord( f, w ) ) )
		)
		.map( ( [ d ] ) => d );
	// "Where is it from?", "where is it made?": where it comes from, not what of.
	if ( ASKS_ORIGIN.test( question ) ) {
		named.splice(
			0,
			named.length,
			...named.filter( ( d ) => d !== 'material' ),
			'origin'
		);
	}
	const fromQuantities = [
		...quantities( question ).map( ( q ) => q.dimension ),
		...unitsNamed( ws ),
	];
	// "Wie lange hält der Akku?", "how long does a tank last?": a time, not a length.
	const lasting = ASKS_DURATION.test( question );
	const all = [
		...new Set( [
			...named.filter( ( d ) => ! lasting || d !== 'length' ),
			...( lasting ? [ 'time' ] : [] ),
			...fromQuantities,
		] ),
	];
	// "size" / "groß" ask for a length only when nothing more specific is asked
	// ("the water tank size" is a volume).
	const genericLength = ws.every(
		( w ) =>
			! DIMENSION_WORDS.length.some( ( f ) => sameWord( f, w ) ) ||
			GENERIC_SIZE_WORDS.has( w )
	);
	return genericLength && all.length > 1
		? all.filter( ( d ) => d !== 'length' )
		: all;
}

/**
 * The kinds of quantity a question names by a unit without a number: "how many grams",
 * "wie viel Nm", "how many hours". Units that are also everyday words stay out ("in",
 * "bar", "pounds").
 * @param ws the question's words, lower-case
 */
function unitsNamed( ws: string[] ): string[] {
	return ws.flatMap( ( w ) => {
		const unit = namesUnit( w ) ? unitOf( w ) : null;
		return unit ? [ unit[ 0 ] ] : [];
	} );
}

/** Whether a word is the name of a unit that asks for a kind of quantity ("grams", "Nm"). */
export function namesUnit( word: string ): boolean {
	return (
		word.length >= 2 &&
		! UNIT_WORDS_NOT_ASKED.has( word ) &&
		unitOf( word ) !== null
	);
}

const UNIT_WORDS_NOT_ASKED = new Set( [
	'in',
	'bar',
	'pound',
	'pounds',
	'pfund',
	'ps',
	'ah',
	'grad',
	'std',
] );

export function contentWordsWithAsking( text: string ): string[] {
	return ( text.toLowerCase().match( /[\p{L}\p{N}]+/gu ) ?? [] ).filter(
		( w ) => w.length > 1
	);
}

export function dimensionScore( dimensions: string[], text: string ): number {
	if ( dimensions.length === 0 ) {
		return 0;
	}
	const found = quantities( text ).map( ( q ) => q.dimension as string );
	const ws = contentWords( text );
	let score = 0;
	for ( const d of dimensions ) {
		if ( found.includes( d ) ) {
			score += 2;
		}
		// "45 × 15 × 36 cm" states every length at once: the dimensions asked, or the one.
		if ( d === 'length' && /\d\s*[×x]\s*\d/u.test( text ) ) {
			score += 1;
		}
		const forms =
			DIMENSION_WORDS[ d as keyof typeof DIMENSION_WORDS ] ?? [];
		if ( ws.some( ( w ) => forms.some( ( f ) => sameWord( f, w ) ) ) ) {
			score += 1.5;
		}
	}
	return score;
}
