import { productMatch } from '../../../../tests/support/product-match';
import { missingFromCatalog, nameTheShopLacks } from './product-absence';

describe( 'a name the shop lacks', () => {
	const spices = [
		productMatch( 'Chai-Gewürzmischung Lokstedt', {
			categories: [ 'Gewürze & Mischungen' ],
			tags: [ 'Gewürz' ],
		} ),
		productMatch( 'Zimt Ceylon Rotherbaum', {
			categories: [ 'Gewürze & Mischungen' ],
			tags: [ 'Gewürz' ],
		} ),
	];
	const nothingAlone = async () => [];

	it( 'is no word pointing back at what was said ("dafür")', async () => {
		expect(
			await nameTheShopLacks(
				'Ich möchte Chai selber machen, welche Gewürze habt ihr dafür?',
				spices,
				nothingAlone
			)
		).toBeNull();
	} );

	it( 'is still a name no product holds', async () => {
		expect(
			await nameTheShopLacks( 'Habt ihr Safran?', spices, nothingAlone )
		).toBe( 'safran' );
	} );
} );

describe( 'a kind the shop lacks', () => {
	const knives = [
		productMatch( 'Widdert Brotmesser 23 cm', {
			categories: [ 'Messer' ],
			description: 'Ein Brotmesser mit Wellenschliff.',
		} ),
		productMatch( 'Ketzberg Santoku 18 cm', {
			categories: [ 'Messer' ],
			description: 'Ein Allrounder aus Carbonstahl.',
		} ),
	];

	it( 'is a compound whose head alone the products hold ("Keramikmesser" among knives)', () => {
		expect(
			missingFromCatalog( 'Ich suche ein Keramikmesser, weiß', knives )
		).toBe( 'keramikmesser' );
	} );

	it( 'is not a compound a product holds whole', () => {
		expect(
			missingFromCatalog( 'Habt ihr ein Brotmesser?', knives )
		).toBeNull();
	} );
} );
