import {
	analyze,
	conceptsOf,
	detectTextLanguage,
	expandQuery,
	fold,
	langOfLocale,
	queryTerms,
	stem,
	textNamesConcept,
} from '.';

describe( 'detectTextLanguage', () => {
	it.each( [
		[ 'Wie lange dauert der Versand?', 'de' ],
		[ 'Kann ich das zurückschicken?', 'de' ],
		[ 'Habt ihr eine Telefonnummer?', 'de' ],
		[ 'Öffnungszeiten?', 'de' ],
		[ 'Bestellung 7', 'de' ],
		[ 'How long does shipping take?', 'en' ],
		[ 'Can I return my jacket?', 'en' ],
		[ 'What are your opening hours', 'en' ],
		[ 'refund', 'en' ],
	] )( '%s → %s', ( text, lang ) => {
		expect( detectTextLanguage( text ) ).toBe( lang );
	} );

	it( 'stays undecided without evidence', () => {
		expect( detectTextLanguage( 'XK-200' ) ).toBeNull();
		expect( detectTextLanguage( '' ) ).toBeNull();
	} );
} );

describe( 'analyze', () => {
	it( 'folds umlauts and ß the same way for any spelling', () => {
		expect( stem( 'Größe', 'de' ) ).toBe( stem( 'grösse', 'de' ) );
		expect( stem( 'Straße', 'de' ) ).toBe( stem( 'strasse', 'de' ) );
		expect( fold( 'Crème Brûlée' ) ).toBe( 'creme brulee' );
	} );

	it( 'stems word forms to one token per language', () => {
		expect( queryTerms( 'shipping shipped ships', 'en' ) ).toEqual( [
			'ship',
		] );
		expect( queryTerms( 'Bestellung Bestellungen', 'de' ) ).toEqual( [
			'bestell',
		] );
	} );

	it( 'drops stop words of the language', () => {
		expect( analyze( 'Wie lange dauert der Versand?', 'de' ) ).toEqual( [
			'lang',
			'dauert',
			'versand',
		] );
		expect( analyze( 'what is the price of it', 'en' ) ).toEqual( [
			'price',
		] );
	} );

	it( 'finds shop words inside German compounds', () => {
		const tokens = analyze( 'Versandkosten', 'de' );
		expect( tokens ).toEqual(
			expect.arrayContaining( [ 'versandkost', 'versand', 'kost' ] )
		);
		// a verb is not a compound root: Österreich is not about reaching someone
		expect( conceptsOf( analyze( 'Österreich', 'de' ), 'de' ) ).toEqual(
			[]
		);
	} );

	it( 'keeps numbers and splits them from units; e-mail addresses are not words', () => {
		expect( analyze( '500ml', 'en' ) ).toEqual( [ '500ml', '500', 'ml' ] );
		expect( analyze( 'order 4 from jo@shop-example.com', 'en' ) ).toEqual( [
			'order',
			'4',
		] );
	} );

	it( 'analyses in both languages when the language is unknown', () => {
		const tokens = analyze( 'Lieferung shipping', null );
		expect( tokens ).toEqual(
			expect.arrayContaining( [ 'liefer', 'ship' ] )
		);
	} );
} );

describe( 'concepts', () => {
	it.each( [
		[ 'How do I return an item?', 'Rückgabe und Widerruf' ],
		[ 'Do you offer a refund?', 'Erstattung des Kaufpreises' ],
		[ 'How much is delivery?', 'Versandkosten' ],
		[ 'What warranty do you give?', 'Gewährleistung' ],
		[ 'opening hours', 'Öffnungszeiten' ],
		[ 'phone number', 'Telefon' ],
		[ 'Wie kann ich bezahlen?', 'Payment methods' ],
		[ 'Wo ist meine Bestellung?', 'Your order' ],
		[ 'Welche Maße hat der Tisch?', 'Dimensions' ],
		[ 'Fassungsvermögen', 'capacity' ],
	] )( '"%s" and "%s" share a concept', ( question, page ) => {
		const q = expandQuery( question, detectTextLanguage( question ) );
		const p = expandQuery( page, null );
		expect(
			q.filter( ( t ) => t.startsWith( 'concept' ) && p.includes( t ) )
		).not.toHaveLength( 0 );
	} );

	it( 'names a concept in a sentence of either language', () => {
		expect(
			textNamesConcept(
				'Sie können Waren 30 Tage zurückgeben.',
				'returns'
			)
		).toBe( true );
		expect(
			textNamesConcept( 'Our shop sells tea and cups.', 'returns' )
		).toBe( false );
	} );

	it( 'maps a locale to a language', () => {
		expect( langOfLocale( 'de_DE' ) ).toBe( 'de' );
		expect( langOfLocale( 'en-GB' ) ).toBe( 'en' );
		expect( langOfLocale( 'fr_FR' ) ).toBeNull();
		expect( langOfLocale( null ) ).toBeNull();
	} );
} );
