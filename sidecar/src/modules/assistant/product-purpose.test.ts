import { productMatch } from '../../../../tests/support/product-match';
import { purposeOf, purposeQueries, servingPurpose } from './product-purpose';

/** The names of the products servingPurpose offers for a question, in its order. */
function offered(
	matches: ReturnType< typeof productMatch >[],
	question: string
): string[] {
	const purpose = purposeOf( question );
	return purpose
		? servingPurpose( matches, purpose ).map( ( m ) => m.product.name )
		: [];
}

describe( 'products found by what they are for', () => {
	const breadKnife = productMatch( 'Gräfrath Brotmesser 23 cm', {
		categories: [ 'Messer' ],
	} );
	const santoku = productMatch( 'Theegarten Santoku 18 cm', {
		categories: [ 'Messer' ],
		description: 'Ein Allrounder für Gemüse, Fisch und Fleisch.',
	} );
	const knifeBlock = productMatch( 'Fuhr Messerblock Walnuss', {
		categories: [ 'Aufbewahrung' ],
		description: 'Hält sechs Messer sicher auf der Arbeitsfläche.',
	} );
	const magnetStrip = productMatch( 'Wald Magnetleiste Walnuss', {
		categories: [ 'Aufbewahrung' ],
		description:
			'Hält Ihre Messer an der Wand. Montage mit Klebepads, ganz ohne Bohren – keine Löcher in den Fliesen.',
	} );
	const herbScissors = productMatch( 'Dorp Kräuterschere', {
		categories: [ 'Scheren' ],
	} );
	const vegetableKnife = productMatch( 'Gemüsemesser Kinder-Set', {
		categories: [ 'Messer' ],
	} );

	it( 'reads a purpose only in a question asking for a thing by it', () => {
		expect( purposeOf( 'what do you have for cutting bread?' ) ).not.toBe(
			null
		);
		expect( purposeOf( 'was habt ihr zum Brot schneiden?' ) ).not.toBe(
			null
		);
		expect(
			purposeOf( 'Ich brauch was zum Transport meiner Messer' )
		).not.toBe( null );
		// Naming the product is no purpose; nor is the cue alone.
		expect( purposeOf( 'do you have the Santoku 18 cm?' ) ).toBe( null );
		expect( purposeOf( 'do you have anything?' ) ).toBe( null );
	} );

	it( 'finds a product by a compound its name begins with, in either language', () => {
		const all = [ breadKnife, santoku, knifeBlock, herbScissors ];
		expect( offered( all, 'what do you have for cutting bread?' ) ).toEqual(
			[ 'Gräfrath Brotmesser 23 cm' ]
		);
		expect( offered( all, 'was habt ihr zum Brot schneiden?' ) ).toEqual( [
			'Gräfrath Brotmesser 23 cm',
		] );
		// An example of the purpose counts less than the purpose itself.
		expect(
			offered( all, 'something for herbs, like chives, snipping' )
		).toEqual( [ 'Dorp Kräuterschere' ] );
	} );

	it( 'finds a product by its description when it holds most of the purpose', () => {
		expect(
			offered(
				[ santoku, knifeBlock, magnetStrip ],
				'need something to keep my knives on the wall without drilling holes'
			)
		).toEqual( [ 'Wald Magnetleiste Walnuss' ] );
	} );

	it( 'never reads the kind asked for as the first part of a compound', () => {
		// A "Messerblock" is no knife, though its name begins with "Messer".
		expect(
			offered(
				[ knifeBlock, vegetableKnife ],
				'Habt ihr ein Messer zum Gemüse schneiden?'
			)
		).toEqual( [ 'Gemüsemesser Kinder-Set' ] );
	} );

	it( 'offers nothing for a purpose the products do not serve', () => {
		expect(
			offered(
				[ breadKnife, santoku, knifeBlock, magnetStrip ],
				'do you have anything for cleaning my car?'
			)
		).toEqual( [] );
	} );

	it( 'searches the whole purpose, then each thing it names alone, in both languages', () => {
		const purpose = purposeOf( 'something to keep my knives on the wall' )!;
		const [ all, ...alone ] = purposeQueries( purpose );
		expect( all ).toContain( 'messer' );
		expect( all ).toContain( 'wand' );
		expect( alone ).toContainEqual( expect.stringContaining( 'wall' ) );
	} );
} );
