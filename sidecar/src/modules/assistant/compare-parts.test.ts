/**
 * Which product each part of a comparison names: no product twice, a tie to the other
 * part's kind, and a part that names only what tells two products apart.
 */
import { productMatch } from '../../../../tests/support/product-match';
import { rankedOfPart, settleChoices, siblingOfPart } from './compare-parts';

const match = ( name: string ) => productMatch( name );

const poolOf = ( names: string[] ) =>
	new Map( names.map( ( name ) => [ name, match( name ) ] ) );

/** Each part's product as the comparison settles them. */
function settled( names: string[], parts: string[], question: string ) {
	const pool = poolOf( names );
	return settleChoices(
		parts,
		parts.map( ( part ) => rankedOfPart( pool, part, question ) )
	).map( ( choice ) => choice?.product.name ?? null );
}

describe( 'the products a comparison names', () => {
	it( 'gives a product to one part only: the other takes the product it names by its own word', () => {
		expect(
			settled(
				[
					'Sansevieria trifasciata (Bogenhanf)',
					'Sansevieria cylindrica',
				],
				[ 'Sansevieria trifasciata', 'cylindrica' ],
				'Sansevieria trifasciata oder cylindrica, welche braucht weniger Licht?'
			)
		).toEqual( [
			'Sansevieria trifasciata (Bogenhanf)',
			'Sansevieria cylindrica',
		] );
	} );

	it( 'takes, of two products a part names alike, the one of the other part’s kind', () => {
		expect(
			settled(
				[
					'Kopfhörerverstärker Lindqvist Moléson',
					'Hi-Fi-Kopfhörer Lindqvist Moléson',
					'Hi-Fi-Kopfhörer Lindqvist Gurten',
				],
				[ 'Lindqvist Moléson', 'Lindqvist Gurten' ],
				'Lindqvist Moléson vs Lindqvist Gurten: which one is lighter?'
			)
		).toEqual( [
			'Hi-Fi-Kopfhörer Lindqvist Moléson',
			'Hi-Fi-Kopfhörer Lindqvist Gurten',
		] );
	} );

	it( 'finds the sibling a part names only by what tells them apart', () => {
		const pool = poolOf( [
			'Pflanzenleuchte Pendel 35 W',
			'Pflanzenleuchte Pendel 50 W',
			'Pflanzenleuchte Leiste 50 W',
		] );
		const model = pool.get( 'Pflanzenleuchte Pendel 35 W' )!;
		expect(
			siblingOfPart(
				pool,
				'50 W',
				model,
				'Pflanzenleuchte Pendel 35 W oder 50 W, wie viel Lumen?'
			)?.product.name
		).toBe( 'Pflanzenleuchte Pendel 50 W' );
	} );
} );
