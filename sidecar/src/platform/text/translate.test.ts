import { findProductTerms, productWordAlternatives } from '.';
import { PRODUCT_VOCABULARY, type ProductTerm } from './products';
import {
	queryGroups,
	type VocabularyLookup,
} from '../../modules/commerce/search';

describe( 'findProductTerms', () => {
	it( 'finds a product phrase in either language and gives the other forms', () => {
		const [ grinder ] = findProductTerms( [ 'coffee', 'grinder', '50' ] );
		expect( grinder ).toMatchObject( { start: 0, length: 2, lang: 'en' } );
		expect( grinder!.alternatives ).toContain( 'kaffeemuhle' );
		const [ kettle ] = findProductTerms( [ 'wasserkocher' ] );
		expect( kettle!.alternatives ).toContain( 'kettle' );
	} );

	it( 'matches plurals and keeps the stop words of a hyphenated form', () => {
		expect(
			findProductTerms( [ 'kaffeemuhlen' ] )[ 0 ]!.alternatives
		).toContain( 'coffee grinder' );
		expect(
			findProductTerms( [ 'kaffeevollautomat' ] )[ 0 ]!.alternatives
		).toContain( 'bean to cup machine' );
	} );

	it( 'knows garden and tool kinds in both languages, plurals included', () => {
		expect(
			findProductTerms( [ 'leaf', 'blowers' ] )[ 0 ]!.alternatives
		).toContain( 'laubblaser' );
		expect(
			findProductTerms( [ 'regentonnen' ] )[ 0 ]!.alternatives
		).toContain( 'rain barrel' );
		expect( productWordAlternatives( 'safety glass' ) ).toContain(
			'sicherheitsglas'
		);
	} );

	it( 'knows the features a product is sold by in both languages', () => {
		expect( productWordAlternatives( 'dimmbar' ) ).toContain( 'dimmable' );
		expect( productWordAlternatives( 'machine washable' ) ).toContain(
			'waschbar'
		);
		// Hyphens are read as spaces.
		expect( productWordAlternatives( 'rutschfest' ) ).toContain(
			'non slip'
		);
	} );

	it( 'reads an unknown German compound by its head', () => {
		expect(
			findProductTerms( [ 'handkaffeemuhle' ] )[ 0 ]?.alternatives
		).toContain( 'grinder' );
	} );

	it( 'knows the product kinds of many trades, both ways', () => {
		const pairs: Array< [ string, string ] > = [
			[ 'Habt ihr Kratzbäume?', 'cat tree' ],
			[ 'inner tube', 'schlauch' ],
			[ 'Katzenklo', 'litter tray' ],
			[ 'heat mat', 'warmematte' ],
			[ 'Futterautomat', 'feeder' ],
			[ 'brake pads', 'bremsbelage' ],
			[ 'Packtaschen', 'pannier' ],
			[ 'tires', 'reifen' ],
			[ 'Heißluftfritteuse', 'air fryer' ],
			[ 'chest of drawers', 'kommode' ],
			[ 'Schermaschine', 'clippers' ],
			[ 'sunscreen', 'sonnencreme' ],
			[ 'Kinderwagen', 'stroller' ],
			[ 'Laufband', 'treadmill' ],
			[ 'screen protector', 'displayschutz' ],
			[ 'Geige', 'violin' ],
			[ 'Dachbox', 'roof box' ],
			[ 'olive oil', 'olivenol' ],
			[ 'Gutschein', 'gift card' ],
			[ 'Duftkerze aus Bienenwachs', 'beeswax' ],
			[ 'a block of walnut', 'walnuss' ],
			[ 'Lärchenholz', 'larch' ],
			[ 'is it toxic to cats', 'giftig' ],
			[ 'a toy for my pet', 'haustier' ],
			[ 'parfümiert', 'scented' ],
			[ 'battery life', 'akkulaufzeit' ],
			[ 'Nadelstärke', 'needle size' ],
			[ 'how long is the playing time', 'spieldauer' ],
			[ 'Haltbarkeit', 'shelf life' ],
			[ 'dotted', 'gepunktet' ],
			[ 'Habt ihr einen Polfilter in 77 mm?', 'circular polariser' ],
			[ 'any pet-safe plants under 10 euros?', 'tierfreundlich' ],
			[ 'etwas Pflegeleichtes', 'low maintenance' ],
		];
		for ( const [ asked, other ] of pairs ) {
			expect( productWordAlternatives( asked ) ).toContain( other );
		}
	} );

	it( 'knows attribute names a spec question asks in the other language', () => {
		expect( productWordAlternatives( 'bean hopper?' ) ).toContain(
			'bohnenbehalter'
		);
		expect( productWordAlternatives( 'Genauigkeit' ) ).toContain(
			'precision'
		);
	} );

	it( 'knows specifications, parts and labels of many trades, both ways', () => {
		const pairs: Array< [ string, string ] > = [
			[ 'Hat sie eine Heizung?', 'heater' ],
			[ 'guide number', 'leitzahl' ],
			[ 'What is the output voltage?', 'ausgangsspannung' ],
			[ 'Ist die Glasur bleifrei?', 'lead free' ],
			[ 'Wie groß ist die Brennweite?', 'focal length' ],
			[ 'foam', 'schaumstoff' ],
			[ 'Lichtschutzfaktor', 'spf' ],
			[ 'roast level', 'rostgrad' ],
			[ 'Wie viel Rohprotein hat es?', 'crude protein' ],
			[ 'Wie viel Federweg hat die Gabel?', 'suspension travel' ],
			[ 'tyre pressure', 'reifendruck' ],
			[ 'Wie hoch ist die Deckkraft?', 'opacity' ],
		];
		for ( const [ asked, other ] of pairs ) {
			expect( productWordAlternatives( asked ) ).toContain( other );
		}
		// A word that sounds like a part but asks something else is no part.
		expect( findProductTerms( [ 'ich', 'suche', 'etwas' ] ) ).toEqual( [] );
	} );

	it( 'finds materials and origins, and nothing in plain words', () => {
		expect(
			productWordAlternatives( 'made of stainless steel' )
		).toContain( 'edelstahl' );
		expect( productWordAlternatives( 'Bohnen aus Äthiopien' ) ).toContain(
			'ethiopia'
		);
		expect( findProductTerms( [ 'when', 'arrive', 'parcel' ] ) ).toEqual(
			[]
		);
	} );
} );

/** A shop vocabulary in memory: completions by prefix, no synonyms, no typos. */
function vocabulary( words: string[] ): VocabularyLookup {
	return {
		completions: async ( asked ) =>
			new Map(
				asked
					.map( ( w ): [ string, string[] ] => [
						w,
						words.filter( ( v ) => v.startsWith( w ) ).sort(),
					] )
					.filter( ( [ , found ] ) => found.length > 0 )
			),
		typoCandidates: async () => [],
		synonyms: async () => new Map(),
	};
}

describe( 'queryGroups across languages', () => {
	it( 'searches an English product kind in a German catalog by its German forms', async () => {
		const groups = await queryGroups(
			'Do you have a coffee grinder?',
			vocabulary( [
				'kaffeemuhle',
				'kaffeemuhlen',
				'rondo',
				'wasserkocher',
			] )
		);
		expect( groups ).toEqual( [ [ 'kaffeemuhle' ] ] );
	} );

	it( 'searches a German kind in an English catalog, phrases whole', async () => {
		const groups = await queryGroups(
			'Habt ihr Kaffeevollautomaten?',
			vocabulary( [ 'bean', 'cup', 'machine', 'kettle' ] )
		);
		expect( groups ).toContainEqual( [ 'bean to cup machine' ] );
	} );

	it( 'searches the shop’s own spelling of a word beside its translations', async () => {
		// "pflanzenlampen" is a plural of the shop's "pflanzenlampe": a typo away, while its
		// translation ("lamp" → "leuchte") finds only a "Leuchterblume".
		const shop = vocabulary( [ 'pflanzenlampe', 'leuchterblume' ] );
		const groups = await queryGroups( 'pflanzenlampen', {
			...shop,
			typoCandidates: async () => [ 'pflanzenlampe' ],
		} );
		expect( groups[ 0 ] ).toContain( 'pflanzenlampe' );
	} );

	it( 'leaves words the shop writes the shopper’s way alone', async () => {
		const groups = await queryGroups(
			'grinder',
			vocabulary( [ 'grinder', 'kaffeemuhle' ] )
		);
		expect( groups ).toEqual( [ [ 'grinder' ] ] );
	} );
} );

describe( 'the product vocabulary', () => {
	const formsOf = ( entry: ProductTerm ) =>
		new Set(
			[ ...entry.en, ...entry.de ].map( ( form ) => form.toLowerCase() )
		);

	it( 'says each thing once: no entry repeats another entry or a form of its own language', () => {
		const repeated: string[] = [];
		PRODUCT_VOCABULARY.forEach( ( entry, index ) => {
			const forms = formsOf( entry );
			for ( const lang of [ 'en', 'de' ] as const ) {
				const inLang = entry[ lang ].map( ( f ) => f.toLowerCase() );
				if ( new Set( inLang ).size < inLang.length ) {
					repeated.push( `${ entry.en[ 0 ] } repeats a form` );
				}
			}
			for ( const other of PRODUCT_VOCABULARY.slice( index + 1 ) ) {
				const otherForms = formsOf( other );
				const shared = [ ...forms ].filter( ( f ) =>
					otherForms.has( f )
				);
				if (
					shared.length === forms.size ||
					shared.length === otherForms.size
				) {
					repeated.push( `${ entry.en[ 0 ] } ~ ${ other.en[ 0 ] }` );
				}
			}
		} );
		expect( repeated ).toEqual( [] );
	} );
} );
