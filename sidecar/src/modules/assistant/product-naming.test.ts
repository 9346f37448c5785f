/**
 * nameVariations: the option a question names, however it writes it.
 */
import type { ProductMatch } from '../commerce/service';
import { nameVariations } from './product-naming';

/** A film sold as a single roll or a 5-pack (only the fields nameVariations reads). */
function filmWithPacks(): ProductMatch {
	const variation = ( id: string, pack: string ) => ( {
		externalId: id,
		attributes: [ { name: 'Pack', options: [ pack ] } ],
	} );
	return {
		product: { name: 'Colour 400 Film' },
		variations: [
			variation( '1', 'Single roll' ),
			variation( '2', '5-pack' ),
		],
		namedVariations: [],
	} as unknown as ProductMatch;
}

describe( 'nameVariations', () => {
	it.each( [
		'Was kostet das 5er-Pack?',
		'und die 5er Packung?',
		'how much is the 5-pack?',
		'a pack of 5, please',
	] )( 'reads a pack by its count: %s', ( question ) => {
		const match = filmWithPacks();
		nameVariations( match, question );
		expect( match.namedVariations.map( ( v ) => v.externalId ) ).toEqual( [
			'2',
		] );
	} );

	it( 'names no pack of another count', () => {
		const match = filmWithPacks();
		nameVariations( match, 'Was kostet das 10er-Pack?' );
		expect( match.namedVariations ).toEqual( [] );
	} );
} );
