import { datesNamed, namesOptionDate, optionDate } from './option-dates';

describe( 'dates in options sold by date', () => {
	it( 'reads the dates a question names in words, either language', () => {
		expect(
			datesNamed( 'Schleifkurs am 13. Februar – noch Plätze frei?' )
		).toEqual( [ { month: 2, day: 13 } ] );
		expect(
			datesNamed( 'any spots left on the course in january?' )
		).toEqual( [ { month: 1, day: null } ] );
		// "may I …" is no month; "May 3" is.
		expect( datesNamed( 'may I return it?' ) ).toEqual( [] );
		expect( datesNamed( 'the class on May 3' ) ).toEqual( [
			{ month: 5, day: 3 },
		] );
	} );

	it( "reads an option's date however the shop writes it", () => {
		expect( optionDate( 'Sa 16.01.2027' ) ).toEqual( {
			day: 16,
			month: 1,
		} );
		expect( optionDate( '2027-03-13' ) ).toEqual( { month: 3, day: 13 } );
		expect( optionDate( '13 March 2027' ) ).toEqual( {
			month: 3,
			day: 13,
		} );
		expect( optionDate( '500 ml' ) ).toBeNull();
	} );

	it( 'names an option by its month, and by its day when the question gives one', () => {
		expect(
			namesOptionDate( datesNamed( 'the march date' ), 'Sa 13.03.2027' )
		).toBe( true );
		expect(
			namesOptionDate( datesNamed( 'am 13. Februar' ), 'Sa 13.03.2027' )
		).toBe( false );
		expect(
			namesOptionDate( datesNamed( 'am 12. März' ), 'Sa 13.03.2027' )
		).toBe( false );
	} );
} );
