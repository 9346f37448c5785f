import { countriesNamed, countriesNotIn, euRegionCovers } from './places';

describe( 'countries in questions', () => {
	it( 'finds a country in either language, as written', () => {
		expect( countriesNamed( 'Do you ship to Poland?' ) ).toEqual( [
			expect.objectContaining( { written: 'Poland' } ),
		] );
		expect(
			countriesNamed( 'Was kostet der Versand nach Österreich?' )[ 0 ]
				?.forms
		).toContain( 'Austria' );
		expect( countriesNamed( 'Can you send it to us?' ) ).toEqual( [] );
		// "US" in capitals is the country.
		expect( countriesNamed( 'and to the US?' )[ 0 ]?.forms ).toContain(
			'United States'
		);
		expect(
			countriesNotIn( 'Do you ship to the US?', 'United States: £39.95' )
		).toEqual( [] );
	} );

	it( 'names the countries a page does not, in any form', () => {
		const page =
			'Deutschland 4,90 €. Austria 9,90 €. Alle anderen Länder auf Anfrage.';
		expect(
			countriesNotIn( 'Versand nach Polen oder Österreich?', page )
		).toEqual( [ 'Polen' ] );
		expect( countriesNotIn( 'Do you ship to Germany?', page ) ).toEqual(
			[]
		);
		expect(
			countriesNotIn(
				'Do you ship to Ireland?',
				'A surcharge applies to Northern Ireland.'
			)
		).toEqual( [ 'Ireland' ] );
		// Nor does a question about Northern Ireland ask about Ireland.
		expect(
			countriesNotIn(
				'Delivery to Northern Ireland - is there customs on that?',
				'No customs charges for Northern Ireland.'
			)
		).toEqual( [] );
	} );

	it( 'counts a member of the EU as named where the page speaks of the EU', () => {
		const page = 'Ireland €6.95. EU countries €12.95. UK €14.95.';
		expect(
			countriesNotIn( 'Was kostet der Versand nach Deutschland?', page )
		).toEqual( [] );
		expect( countriesNotIn( 'Do you ship to Norway?', page ) ).toEqual( [
			'Norway',
		] );
		expect(
			euRegionCovers( 'Versand nach Polen?', 'EU countries €12.95' )
		).toBe( true );
		expect(
			euRegionCovers( 'Versand in die Schweiz?', 'EU countries €12.95' )
		).toBe( false );
	} );
} );
