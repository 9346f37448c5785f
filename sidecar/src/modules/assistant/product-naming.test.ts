/**
 * nameVariations: the option a question names, however it writes it.
 */
import type { ProductMatch } from '../commerce/service';
import { productMatch } from '../../../../tests/support/product-match';
import {
	bestNamed,
	contradictsName,
	nameVariations,
	wordMatches,
} from './product-naming';

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
		'das Fünferpack',
	] )( 'reads a pack by its count: %s', ( question ) => {
		const match = filmWithPacks();
		nameVariations( match, question );
		expect( match.namedVariations.map( ( v ) => v.externalId ) ).toEqual( [
			'2',
		] );
	} );

	it.each( [ 'als Einzelrolle', 'a single roll' ] )(
		'reads a single one: %s',
		( question ) => {
			const match = filmWithPacks();
			nameVariations( match, question );
			expect(
				match.namedVariations.map( ( v ) => v.externalId )
			).toEqual( [ '1' ] );
		}
	);

	it( 'reads an option written in the other language ("in Rot" is "Red")', () => {
		const lead = {
			product: { name: 'Padded Dog Lead' },
			variations: [ 'Red', 'Navy', 'Black' ].map( ( colour, i ) => ( {
				externalId: String( i ),
				attributes: [ { name: 'Colour', options: [ colour ] } ],
			} ) ),
			namedVariations: [],
		} as unknown as ProductMatch;
		nameVariations( lead, 'Gibt es die Leine in Rot?' );
		expect( lead.namedVariations.map( ( v ) => v.externalId ) ).toEqual( [
			'0',
		] );
	} );

	it( 'names no pack of another count', () => {
		const match = filmWithPacks();
		nameVariations( match, 'Was kostet das 10er-Pack?' );
		expect( match.namedVariations ).toEqual( [] );
	} );
} );

describe( 'contradictsName', () => {
	const tank = {
		product: {
			name: 'Paterson Universal Developing Tank',
			sku: '',
			description:
				'<p>The tank takes two 35mm reels or one 120 reel, and you can fill it in daylight.</p>',
			categories: [ 'Darkroom' ],
			tags: [],
			attributes: [],
		},
		variations: [],
		namedVariations: [],
	} as unknown as ProductMatch;
	const question = 'Wie teuer ist die Paterson Entwicklungsdose?';

	it( 'reads a word the vocabulary does not know, beside a name word, as another product', () => {
		expect( contradictsName( tank, question ) ).toBe( true );
	} );

	it( 'lets it be the kind in the other language when the search found this product alone', () => {
		expect( contradictsName( tank, question, true ) ).toBe( false );
	} );

	it( 'reads a German noun after the whole name as what the product is used on', () => {
		const santoku = {
			...tank,
			product: { ...tank.product, name: 'Höhscheid Santoku 18 cm' },
		} as ProductMatch;
		expect(
			contradictsName(
				santoku,
				'Darf ich mit dem Höhscheid Santoku Tiefkühlsachen schneiden?'
			)
		).toBe( false );
		// Where the name goes on, a stranger in its place names another product.
		const turntable = {
			...tank,
			product: {
				...tank.product,
				name: 'Plattenspieler Lindqvist Gurten',
			},
		} as ProductMatch;
		expect(
			contradictsName(
				turntable,
				'Plattenspieler Lindqvist Hallwil – an Lager?'
			)
		).toBe( true );
	} );
} );

describe( 'a word of the question typed with a typo', () => {
	it( 'matches a name word within the typo allowance, not past its first letter', () => {
		expect( wordMatches( [ 'kettel' ], 'kettle' ) ).toBe( true );
		// "has to … work on induction" names no "York Tri-Ply Stock Pot".
		expect( wordMatches( [ 'work' ], 'york' ) ).toBe( false );
	} );
} );

describe( 'bestNamed between names alike', () => {
	it( 'takes the one whose figures the question holds', () => {
		const three = productMatch( 'Foche Messerset 3-teilig' );
		const five = productMatch( 'Foche Messerset 5-teilig' );
		expect(
			bestNamed(
				[ three, five ],
				'Wie viele Lagen hat der Damast beim Foche Messerset 5-teilig?'
			)?.product.name
		).toBe( 'Foche Messerset 5-teilig' );
		expect(
			bestNamed( [ three, five ], 'Was kostet das Foche Messerset?' )
				?.product.name
		).toBe( 'Foche Messerset 3-teilig' );
	} );
} );
