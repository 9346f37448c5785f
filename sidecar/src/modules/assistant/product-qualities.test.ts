import type { ProductMatch } from '../commerce/service';
import { productMatch } from '../../../../tests/support/product-match';
import { oppositeWords } from './product-naming';

import {
	holdsMostOf,
	rankByQualities,
	ruledOut,
	withoutRuledOut,
	withoutRuledOutWords,
} from './product-qualities';

const match = (
	name: string,
	attributes: Array< [ string, string ] >,
	tags: string[] = []
): ProductMatch =>
	productMatch( name, {
		currency: 'USD',
		tags,
		attributes: attributes.map( ( [ attribute, option ] ) => ( {
			name: attribute,
			options: [ option ],
		} ) ),
	} );

const names = ( matches: ProductMatch[] ) =>
	matches.map( ( m ) => m.product.name );

/** The names `rankByQualities` keeps for a question, best first. */
const namesRanked = ( matches: ProductMatch[], question: string ) =>
	names( rankByQualities( matches, question ).matches );

describe( 'choosing products by a quality', () => {
	it( 'never takes a thing for its absence ("ungiftig" is no "giftig")', () => {
		const plants = [
			match( 'Monstera', [
				[ 'Haustiere', 'giftig für Katzen und Hunde' ],
			] ),
			match( 'Pilea', [
				[ 'Haustiere', 'ungiftig für Katzen und Hunde' ],
			] ),
			match( 'Calathea', [
				[ 'Haustiere', 'ungiftig für Katzen und Hunde' ],
			] ),
		];
		expect(
			namesRanked( plants, 'Welche Pflanzen sind ungiftig für Katzen?' )
		).toEqual( [ 'Pilea', 'Calathea' ] );
		expect(
			namesRanked( plants, 'Welche Pflanzen sind giftig für Katzen?' )
		).toEqual( [ 'Monstera' ] );
		expect( oppositeWords( 'glutenfrei', 'gluten' ) ).toBe( true );
		expect( oppositeWords( 'fragrance-free', 'fragrance' ) ).toBe( true );
		expect( oppositeWords( 'ungiftig', 'ungiftige' ) ).toBe( false );
	} );

	it( 'does not take the head of an asked compound for it ("mit Topf" is no "Übertopf")', () => {
		const found = [
			match( 'Calathea White Fusion', [
				[ 'Höhe', 'ca. 40 cm (mit Topf)' ],
			] ),
			match( 'Übertopf Keramik Matt', [ [ 'Farbe', 'Weiß' ] ] ),
		];
		expect( namesRanked( found, 'brauch nen weißen Übertopf' ) ).toEqual( [
			'Übertopf Keramik Matt',
		] );
	} );

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

/** A found product with only the fields withoutRuledOut reads. */
const product = ( name: string, categories: string[] = [] ) =>
	( {
		product: { name, categories },
		variations: [],
	} ) as unknown as ProductMatch;

describe( 'ruled-out kinds', () => {
	it( 'reads the kind after kein / no / but not', () => {
		expect(
			ruledOut(
				'Ich suche Tee mit wenig Koffein, aber bitte keinen Kräutertee.'
			)
		).toEqual( [ 'Kräutertee' ] );
		expect( ruledOut( 'a flash with a battery, no AA cells' ) ).toEqual( [
			'AA cells',
		] );
		expect( ruledOut( 'green tea but not matcha' ) ).toEqual( [
			'matcha',
		] );
	} );

	it( 'rules out nothing with words that name no kind', () => {
		expect( ruledOut( 'no more than 50 euros, please' ) ).toEqual( [] );
		expect( ruledOut( 'kein großer Aufwand' ) ).toEqual( [] );
		expect( ruledOut( 'Do you have it in stock or no?' ) ).toEqual( [] );
	} );

	it( 'leaves out the products named or filed under a ruled-out kind', () => {
		const found = [
			product( 'Pfefferminze Blankenese', [ 'Kräutertee' ] ),
			product( 'Pai Mu Tan Blankenese', [ 'Weißer Tee' ] ),
			product( 'Kräutertee-Probierset' ),
		];
		expect(
			withoutRuledOut( found, 'Tee, aber keinen Kräutertee' ).map(
				( m ) => m.product.name
			)
		).toEqual( [ 'Pai Mu Tan Blankenese' ] );
	} );

	it( 'takes the ruled-out words out of the product search', () => {
		expect(
			withoutRuledOutWords(
				'Tee mit wenig Koffein, aber keinen Kräutertee.'
			)
		).not.toMatch( /Kräutertee/ );
		expect( withoutRuledOutWords( 'no more than 50 euros' ) ).toBe(
			'no more than 50 euros'
		);
	} );
} );

describe( 'a product holding most of what a question asks', () => {
	it( 'need not hold words any product may be ("the heaviest")', () => {
		const towel = match(
			'Inverin Cotton Towel',
			[ [ 'Weight', '700 GSM' ] ],
			[ 'towel' ]
		);
		expect(
			holdsMostOf( towel, 'I want the heaviest towel ye do, 700 gsm' )
		).toBe( true );
		expect(
			holdsMostOf( towel, 'I want a striped linen beach towel' )
		).toBe( false );
	} );
} );

describe( 'what a shopper wants instead of something', () => {
	it( 'rules the other thing out', () => {
		expect(
			ruledOut(
				'any greenhouse with safety glass instead of plastic panels?'
			)
		).toEqual( [ 'plastic panels' ] );
		expect(
			ruledOut(
				'Habt ihr ein Gewächshaus mit Sicherheitsglas statt Kunststoff?'
			)
		).toEqual( [ 'Kunststoff' ] );
		expect(
			withoutRuledOutWords(
				'any greenhouse with safety glass instead of plastic panels?'
			)
		).toBe( 'any greenhouse with safety glass  ?' );
	} );
} );
