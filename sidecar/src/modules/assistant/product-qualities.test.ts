import type { ProductMatch } from '../commerce/service';
import { rankByQualities } from './product-qualities';

function match(
	name: string,
	attributes: Array< [ string, string ] >,
	tags: string[] = []
): ProductMatch {
	return {
		product: {
			externalId: name,
			parentExternalId: null,
			kind: 'simple',
			name,
			sku: '',
			permalink: '',
			stockQuantity: null,
			imageUrl: null,
			categories: [],
			tags,
			attributes: attributes.map( ( [ attribute, option ] ) => ( {
				name: attribute,
				options: [ option ],
			} ) ),
			description: '',
			currency: 'USD',
			priceMinor: 5000,
			regularPriceMinor: 5000,
			salePriceMinor: null,
			stockStatus: 'instock',
		},
		variations: [],
		namedVariations: [],
	};
}

const names = ( matches: ProductMatch[] ) =>
	matches.map( ( m ) => m.product.name );

describe( 'choosing products by a quality', () => {
	it( 'lets the attribute a quality is a value of decide over a tag that says otherwise', () => {
		const ranked = rankByQualities(
			[
				match(
					'Obsidian Cook Pot',
					[ [ 'Material', 'Titanium' ] ],
					[ 'titanium' ]
				),
				// Tagged like its family, made of steel.
				match(
					'Mesa Cook Pot',
					[ [ 'Material', 'Stainless steel' ] ],
					[ 'titanium' ]
				),
				match( 'Alder Cook Pot', [ [ 'Material', 'Titanium' ] ] ),
			],
			'a titanium cook pot'
		);
		expect( names( ranked.matches ) ).toEqual( [
			'Obsidian Cook Pot',
			'Alder Cook Pot',
		] );
	} );

	it( 'takes the quality from the name before an attribute that mentions it in passing', () => {
		const ranked = rankByQualities(
			[
				match( 'Castlefield Portrait 160 Film', [
					[ 'Format', '35mm' ],
				] ),
				match( 'Used Pentax 67', [ [ 'Format', '120 film (6 × 7)' ] ] ),
			],
			'a film for portraits'
		);
		expect( names( ranked.matches ) ).toEqual( [
			'Castlefield Portrait 160 Film',
		] );
	} );
} );
