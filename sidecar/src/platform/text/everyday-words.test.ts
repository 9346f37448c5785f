import { everydayForms } from './everyday-words';

describe( 'everyday words across the two languages', () => {
	it( 'gives the other forms of a word in either language, inflected or not', () => {
		expect( everydayForms( 'walls' ) ).toEqual(
			expect.arrayContaining( [ 'wall', 'wand' ] )
		);
		expect( everydayForms( 'Löcher' ) ).toEqual(
			expect.arrayContaining( [ 'hole', 'loch' ] )
		);
		expect( everydayForms( 'cutting' ) ).toContain( 'schneiden' );
		expect( everydayForms( 'Brot' ) ).toContain( 'bread' );
	} );

	it( 'keeps words apart that only share a beginning', () => {
		// "Messer" (knife) and "messen" (to measure) share a stem, not a meaning.
		expect( everydayForms( 'Messer' ) ).not.toContain( 'measure' );
		expect( everydayForms( 'messen' ) ).not.toContain( 'knife' );
		// English endings are not German ones: "cute" is no form of "cut".
		expect( everydayForms( 'cute' ) ).toEqual( [] );
	} );

	it( 'knows nothing of a word it does not list', () => {
		expect( everydayForms( 'spaceship' ) ).toEqual( [] );
	} );
} );
