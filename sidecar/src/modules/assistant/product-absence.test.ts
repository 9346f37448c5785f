import { productMatch } from '../../../../tests/support/product-match';
import { nameTheShopLacks } from './product-absence';

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
