/**
 * Countries a shopper may ask about ("Do you ship to Poland?", "Versand nach Polen?"), in
 * English and German. A page that names none of a country's forms does not answer a
 * question about that country, however well it covers the rest ("shipping costs"): the
 * answer says so instead of letting the shop's rule for other countries stand in for it.
 */
import { formLines } from '../../platform/text';
import { textMemo } from './memo';

/** One country per line: its English forms, " = ", its German forms. */
const COUNTRIES = `
Germany = Deutschland
Austria = Österreich
Switzerland = Schweiz
Liechtenstein = Liechtenstein
Luxembourg = Luxemburg
Belgium = Belgien
Netherlands, Holland = Niederlande, Holland
France = Frankreich
Italy = Italien
Spain = Spanien
Portugal = Portugal
Poland = Polen
Czech Republic, Czechia = Tschechien
Slovakia = Slowakei
Hungary = Ungarn
Slovenia = Slowenien
Croatia = Kroatien
Romania = Rumänien
Bulgaria = Bulgarien
Greece = Griechenland
Denmark = Dänemark
Sweden = Schweden
Norway = Norwegen
Finland = Finnland
Iceland = Island
Ireland = Irland
United Kingdom, UK, Great Britain, Britain, England, Scotland, Wales = Großbritannien, Vereinigtes Königreich, England, Schottland, Wales
Northern Ireland = Nordirland
Estonia = Estland
Latvia = Lettland
Lithuania = Litauen
Malta = Malta
Cyprus = Zypern
Serbia = Serbien
Turkey = Türkei
Ukraine = Ukraine
United States, USA, America = USA, Vereinigte Staaten, Amerika
Canada = Kanada
Mexico = Mexiko
Australia = Australien
New Zealand = Neuseeland
Japan = Japan
China = China
India = Indien
`;

/**
 * Large cities a shopper names instead of their country ("Versand nach Wien?", "ship to
 * London?"): one country per line, its first English form above, " = ", the cities in
 * both languages. A page naming the country names them.
 */
const CITIES = `
Germany = Berlin, Hamburg, München, Munich, Köln, Cologne, Frankfurt, Stuttgart, Düsseldorf, Leipzig, Dresden, Hannover, Nürnberg, Nuremberg, Bremen
Austria = Wien, Vienna, Graz, Linz, Salzburg, Innsbruck, Klagenfurt
Switzerland = Zürich, Zurich, Basel, Genf, Geneva, Lausanne, Luzern, Lucerne
United Kingdom = London, Manchester, Birmingham, Liverpool, Leeds, Bristol, Edinburgh, Glasgow, Cardiff
Northern Ireland = Belfast
Ireland = Dublin
France = Paris, Lyon, Marseille
Italy = Rome, Mailand, Milan
Spain = Madrid, Barcelona
Netherlands = Amsterdam, Rotterdam
Belgium = Brüssel, Brussels
Poland = Warschau, Warsaw
Czech Republic = Prag, Prague
Denmark = Kopenhagen, Copenhagen
Sweden = Stockholm
Norway = Oslo
United States = New York, Los Angeles, Chicago, San Francisco, Seattle, Boston
Canada = Toronto, Vancouver, Montreal
`;

const CITY_FORMS = new Map(
	formLines( CITIES ).map( ( [ [ country = '' ], cities ] ) => [
		country,
		cities,
	] )
);

const PLACES: readonly string[][] = formLines( COUNTRIES ).map(
	( [ english, german ] ) => [
		...english,
		...german,
		...( CITY_FORMS.get( english[ 0 ] ?? '' ) ?? [] ),
	]
);

/** German country names that take a genitive s ("Deutschlands", "Österreichs", "Italiens"). */
const GENITIVE = /^(?!Island$)\p{Lu}\p{L}+(land|reich|ien|ei|ark)$/u;

const escape = ( form: string ) =>
	form.replace( /[.*+?^${}()|[\]\\]/g, '\\$&' );

const wholeWords = ( forms: string[], flags: string ) =>
	new RegExp(
		`(?<![\\p{L}\\p{N}])(?:${ forms
			.map( ( form ) =>
				// A German genitive ("innerhalb Deutschlands", "Österreichs") names the
				// country; "Island" (Iceland) is no "islands".
				GENITIVE.test( form ) ? `${ escape( form ) }s?` : escape( form )
			)
			.join( '|' ) })(?![\\p{L}\\p{N}])`,
		flags
	);

/**
 * Each country's forms as one whole-word pattern ("us" is no country: "US" is left out),
 * and the other countries' names that hold one of them ("Northern Ireland" for "Ireland"),
 * built once.
 */
const PATTERNS = PLACES.map( ( forms ) => {
	const longer = PLACES.flat().filter(
		( other ) =>
			! forms.includes( other ) &&
			forms.some( ( form ) =>
				other.toLowerCase().includes( form.toLowerCase() )
			)
	);
	return {
		forms,
		pattern: wholeWords( forms, 'iu' ),
		// "US" in capitals only: "us" is a word.
		capitals:
			forms[ 0 ] === 'United States'
				? /(?<![\p{L}\p{N}])U\.?S\.?A?(?![\p{L}\p{N}])/u
				: null,
		longer: longer.length > 0 ? wholeWords( longer, 'giu' ) : null,
	};
} );

/** Where a text names this country, in any of its forms. */
const placeIn = ( place: ( typeof PATTERNS )[ number ], text: string ) =>
	place.pattern.exec( text ) ?? place.capitals?.exec( text ) ?? null;

/** Whether a text names this country ("Northern Ireland" names no "Ireland"). */
const namedIn = ( place: ( typeof PATTERNS )[ number ], text: string ) =>
	placeIn(
		place,
		place.longer ? text.replace( place.longer, ' ' ) : text
	) !== null;

/** The countries a text names, each as the shopper wrote it and with all its forms. */
export function countriesNamed(
	text: string
): Array< { written: string; forms: string[] } > {
	return namedPlaces( text ).map( ( { written, place } ) => ( {
		written,
		forms: place.forms,
	} ) );
}

type NamedPlace = { written: string; place: ( typeof PATTERNS )[ number ] };

/**
 * Memory of placesNamedIn (issue 12): page ranking asks it of the same question several
 * times per message, each time running every country's patterns over it.
 */
const placesMemo = textMemo< readonly NamedPlace[] >();

function namedPlaces( text: string ): readonly NamedPlace[] {
	return placesMemo( text, placesNamedIn );
}

function placesNamedIn( text: string ): NamedPlace[] {
	return PATTERNS.flatMap( ( place ) => {
		// "Northern Ireland" names no "Ireland".
		const rest = place.longer ? text.replace( place.longer, ' ' ) : text;
		const found = placeIn( place, rest );
		return found ? [ { written: found[ 0 ], place } ] : [];
	} );
}

/** The members of the European Union, by their first English form above. */
const EU_MEMBERS = new Set(
	(
		'Germany,Austria,Luxembourg,Belgium,Netherlands,France,Italy,Spain,Portugal,Poland,' +
		'Czech Republic,Slovakia,Hungary,Slovenia,Croatia,Romania,Bulgaria,Greece,Denmark,' +
		'Sweden,Finland,Ireland,Estonia,Latvia,Lithuania,Malta,Cyprus'
	).split( ',' )
);

/** A text's words for the EU as a whole ("EU countries", "innerhalb der EU", "Europa"). */
const EU_REGION = wholeWords(
	[
		'EU',
		'European Union',
		'Europe',
		'EU-Länder',
		'EU-Ausland',
		'Europäische Union',
		'Europa',
	],
	'u'
);

/** Whether a country is a member of the EU. */
const inEu = ( place: ( typeof PATTERNS )[ number ] ) =>
	EU_MEMBERS.has( place.forms[ 0 ]! );

/** Whether the question names a member of the EU ("Versand nach Deutschland?"). */
export function namesEuMember( question: string ): boolean {
	return namedPlaces( question ).some( ( { place } ) => inEu( place ) );
}

/** Whether a text speaks of the EU as a whole ("EU countries", "innerhalb der EU"). */
export function speaksOfEu( text: string ): boolean {
	return EU_REGION.test( text );
}

/**
 * Whether the question names a member of the EU and the text speaks of the EU as a whole
 * ("EU countries: €12.95" answers "Versand nach Deutschland?" on an Irish shop's page).
 * @param question
 * @param text
 */
export function euRegionCovers( question: string, text: string ): boolean {
	return namesEuMember( question ) && speaksOfEu( text );
}

/**
 * The countries a question names that a text does not name in any form, nor as a member of
 * a region the text names (the EU). Another country
 * whose name holds this one's does not count ("Northern Ireland" names no "Ireland").
 * @param question
 * @param text
 */
export function countriesNotIn( question: string, text: string ): string[] {
	return namedPlaces( question )
		.filter(
			( { place } ) =>
				! namedIn( place, text ) &&
				! ( inEu( place ) && speaksOfEu( text ) )
		)
		.map( ( { written } ) => written );
}

/**
 * The countries a question names that a text names too, in any of their forms ("Kanada"
 * in the question, "Canada" on the page), as the question writes them.
 * @param question
 * @param text
 */
export function countriesAlsoIn( question: string, text: string ): string[] {
	return namedPlaces( question )
		.filter( ( { place } ) => namedIn( place, text ) )
		.map( ( { written } ) => written );
}
