import {
	byStatedFigures,
	meetingConstraints,
	quantityConstraints,
} from './constraints';
import type { ProductMatch } from '../commerce/service';
import { productMatch } from '../../../../tests/support/product-match';

const product = (
	name: string,
	attributes: Array< [ string, string[] ] >
): ProductMatch =>
	productMatch( name, {
		permalink: `https://shop.example/${ name }`,
		currency: 'USD',
		priceMinor: 1000,
		regularPriceMinor: 1000,
		attributes: attributes.map( ( [ n, options ] ) => ( {
			name: n,
			options,
		} ) ),
	} );

const names = ( matches: ProductMatch[] ) =>
	matches.map( ( m ) => m.product.name );

describe( 'quantity constraints', () => {
	it( 'reads a quantity with a comparison before or after it, in either language', () => {
		expect( quantityConstraints( 'a bag rated -7 °C or colder' ) ).toEqual(
			[ { dimension: 'temperature', base: -7, op: 'max' } ]
		);
		expect(
			quantityConstraints( 'headlamps with at least 350 lumens' )
		).toEqual( [ { dimension: 'light', base: 350, op: 'min' } ] );
		const [ load ] = quantityConstraints(
			'Welche Stühle tragen mindestens 140 kg?'
		);
		expect( load ).toEqual( { dimension: 'weight', base: 140, op: 'min' } );
		const [ litres ] = quantityConstraints(
			'Rucksack mit mindestens 65 Litern'
		);
		expect( litres ).toMatchObject( {
			dimension: 'volume',
			base: 65,
			op: 'min',
		} );
		const [ fahrenheit ] = quantityConstraints( 'good to 20 °F or lower' );
		expect( fahrenheit!.base ).toBeCloseTo( -6.67, 1 );
		expect( fahrenheit!.op ).toBe( 'max' );
		const [ pounds ] = quantityConstraints( 'a pack under 3 lb' );
		expect( pounds!.base ).toBeCloseTo( 1.36, 2 );
		// A quantity without a comparison, a price limit and a range are no quantity limits.
		expect( quantityConstraints( 'a pump that does 11 bar' ) ).toEqual(
			[]
		);
		expect( quantityConstraints( 'a tent under $300' ) ).toEqual( [] );
		expect( quantityConstraints( 'a 20-30 kg bag' ) ).toEqual( [] );
	} );

	it( 'filters by the attribute the question means, converting units, never assuming', () => {
		const chairs = [
			product( 'Light Chair', [
				[ 'Max load', [ '100 kg (220 lb)' ] ],
				[ 'Weight', [ '0.87 kg (1 lb 15 oz)' ] ],
			] ),
			product( 'Strong Chair', [
				[ 'Max load', [ '309 lb' ] ],
				[ 'Weight', [ '1.24 kg' ] ],
			] ),
			product( 'Mystery Chair', [ [ 'Weight', [ '2 kg' ] ] ] ),
		];
		// 140 kg is a load (the values nearest it), not the chair's own weight; 309 lb ≈ 140 kg.
		expect(
			names(
				meetingConstraints(
					chairs,
					quantityConstraints( 'chairs for at least 140 kg' ),
					'chairs for at least 140 kg'
				)
			)
		).toEqual( [ 'Strong Chair' ] );
		// A chair under 1 kg: the weight attribute now.
		expect(
			names(
				meetingConstraints(
					chairs,
					quantityConstraints( 'a chair under 1 kg' ),
					'a chair under 1 kg'
				)
			)
		).toEqual( [ 'Light Chair' ] );

		const bags = [
			product( 'Warm Bag', [
				[ 'Comfort rating', [ '-9 °C (16 °F)' ] ],
				[ 'Limit rating', [ '-16 °C (3 °F)' ] ],
				[ 'Packed size', [ '20 × 32 cm' ] ],
			] ),
			product( 'Summer Bag', [
				[ 'Comfort rating', [ '4 °C (39 °F)' ] ],
				[ 'Limit rating', [ '-8 °C (18 °F)' ] ],
			] ),
		];
		const question =
			'a sleeping bag with a comfort rating of 19 °F or colder';
		expect(
			names(
				meetingConstraints(
					bags,
					quantityConstraints( question ),
					question
				)
			)
		).toEqual( [ 'Warm Bag' ] );
		// No listed product states the dimension: the list stays as it was.
		const lumens = 'at least 300 lumens';
		expect(
			names(
				meetingConstraints(
					bags,
					quantityConstraints( lumens ),
					lumens
				)
			)
		).toEqual( [ 'Warm Bag', 'Summer Bag' ] );
	} );
} );

describe( 'a figure the question names with its unit', () => {
	it( 'puts the products stating it first', () => {
		const light = product( 'Maam Towel', [ [ 'Weight', [ '450 GSM' ] ] ] );
		const heavy = product( 'Inverin Towel', [
			[ 'Weight', [ '700 GSM' ] ],
		] );
		const plain = product( 'Salthill Towel', [] );
		expect(
			names(
				byStatedFigures(
					[ light, plain, heavy ],
					'I want the heaviest towel ye do, 700 gsm'
				)
			)
		).toEqual( [ 'Inverin Towel', 'Maam Towel', 'Salthill Towel' ] );
		expect(
			names( byStatedFigures( [ light, heavy ], 'a heavy towel' ) )
		).toEqual( [ 'Maam Towel', 'Inverin Towel' ] );
	} );

	it( 'knows a figure in another unit of the same measure', () => {
		const small = product( 'Slim Filter', [ [ 'Thread', [ '52 mm' ] ] ] );
		const wide = product( 'Wide Filter', [ [ 'Thread', [ '77 mm' ] ] ] );
		expect(
			names( byStatedFigures( [ small, wide ], 'a filter for 7,7 cm' ) )
		).toEqual( [ 'Wide Filter', 'Slim Filter' ] );
	} );
} );
