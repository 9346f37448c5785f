import { productMatch } from '../../../../tests/support/product-match';
import {
	needQuery,
	needsOf,
	servingProducts,
	servingStrength,
} from './product-needs';

type Match = ReturnType< typeof productMatch >;

/** The names of the products `servingProducts` keeps for a question, in its order. */
function served( matches: Match[], question: string ): string[] {
	return servingProducts( matches, needsOf( question ), question ).map(
		( match ) => match.product.name
	);
}

describe( 'needs a shopper states instead of a product', () => {
	const heatMat = productMatch( 'Larch Heat Mat', {
		categories: [ 'Reptiles' ],
		tags: [ 'Reptile', 'Heating' ],
	} );
	const aquarium = productMatch( 'Juniper Aquarium Starter Kit', {
		attributes: [ { name: 'Heater', options: [ '150 W' ] } ],
	} );
	const bowl = productMatch( 'Ceramic Food Bowl', {
		tags: [ 'Feeding' ],
	} );

	it( 'reads a need only in a question asking for a thing to meet it', () => {
		expect(
			needsOf( 'got anything to keep my leopard gecko warm?' )
		).toHaveLength( 1 );
		expect(
			needsOf( 'Womit poliere ich meine Kupfertöpfe? Habt ihr da was?' )
		).toHaveLength( 1 );
		expect(
			needsOf( 'something to raise the humidity for my calathea?' )
		).toHaveLength( 1 );
		// How warm it gets asks a fact of a product, no product for a need.
		expect( needsOf( 'How warm does the heat mat get?' ) ).toEqual( [] );
		expect( needsOf( 'something for my dog' ) ).toEqual( [] );
	} );

	it( 'searches the serving words as the shop writes them', () => {
		const query = needQuery(
			needsOf( 'something to sharpen my knives at home?' )
		);
		expect( query ).toContain( 'whetstone' );
		expect( query ).toContain( 'schleifstein' );
		expect( needQuery( needsOf( 'etwas zum Warmhalten?' ) ) ).toContain(
			'wärmematte'
		);
	} );

	it( 'lists only the products serving the need most plainly', () => {
		const needs = needsOf( 'got anything to keep my leopard gecko warm?' );
		expect( servingStrength( heatMat, needs ) ).toBe( 3 );
		expect(
			servingStrength(
				productMatch( 'Vivarium Kit', { tags: [ 'Heating' ] } ),
				needs
			)
		).toBe( 2 );
		expect( servingStrength( aquarium, needs ) ).toBe( 1 );
		expect( servingStrength( bowl, needs ) ).toBe( 0 );
		expect(
			servingProducts(
				[ bowl, aquarium, heatMat ],
				needs,
				'got anything to keep my leopard gecko warm?'
			).map( ( match ) => match.product.name )
		).toEqual( [ 'Larch Heat Mat' ] );
	} );

	it( 'puts the products naming what the need is for first', () => {
		const question = 'something to raise the humidity for my calathea?';
		const humidifier = productMatch( 'Luftbefeuchter Ultraschall 2 l', {
			tags: [ 'Luftfeuchtigkeit' ],
		} );
		const mister = productMatch( 'Sprühflasche Glas 300 ml', {
			tags: [ 'Luftfeuchtigkeit' ],
			description: 'Feiner Sprühnebel für Calathea & Co.',
		} );
		expect( served( [ humidifier, mister ], question ) ).toEqual( [
			'Sprühflasche Glas 300 ml',
			'Luftbefeuchter Ultraschall 2 l',
		] );
	} );

	it( 'reads a compound by its first word only as written', () => {
		const question =
			'Ich möchte meine Negative zu Hause digitalisieren, was brauche ich dafür?';
		const adapter = productMatch( 'Film Scanning Adapter', {
			tags: [ 'scanning', 'film' ],
		} );
		const film = productMatch( 'Heaton Mono 400 Film', {
			tags: [ 'film' ],
		} );
		expect( served( [ film, adapter ], question ) ).toEqual( [
			'Film Scanning Adapter',
		] );
	} );

	it( 'keeps the kind the question names among the products serving it', () => {
		const question =
			'what lights would you recommend for filming youtube videos at home';
		const light = productMatch( 'Denton COB Video Light', {
			categories: [ 'Lighting' ],
			tags: [ 'lighting', 'video' ],
		} );
		const tripod = productMatch( 'Ardwick Video Tripod', {
			categories: [ 'Tripods' ],
		} );
		expect( served( [ tripod, light ], question ) ).toEqual( [
			'Denton COB Video Light',
		] );
	} );

	it( 'reads brewing as a need for an infuser or a brewer', () => {
		const question =
			'I need something to brew loose tea straight in my mug, like an infuser';
		const strainer = productMatch( 'Teesieb Edelstahl Hohenfelde', {
			tags: [ 'Zubehör' ],
		} );
		const tea = productMatch( 'Assam Langenhorn', {
			tags: [ 'Schwarztee', 'loser Tee' ],
		} );
		expect( served( [ tea, strainer ], question ) ).toEqual( [
			'Teesieb Edelstahl Hohenfelde',
		] );
	} );

	it( 'changes nothing when no product serves the need', () => {
		const question = 'anything to polish my copper pans?';
		expect(
			servingProducts( [ bowl, heatMat ], needsOf( question ), question )
		).toEqual( [] );
	} );
} );
