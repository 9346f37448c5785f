/**
 * The frame of a comparison: it says when the quoted product information is in the other
 * language than the shopper's.
 */
import { comparedFrame, specFrame } from './compare-lines';
import { messages } from './messages';

describe( 'comparedFrame', () => {
	it( 'tells a German shopper that the quoted lines are English', () => {
		const frame = comparedFrame(
			'de',
			[
				'Material: 2 mm copper, hand-wiped tin lining',
				'Oven-safe to: 425 °F',
			],
			[ '<p>A saucier for sauces and risotto, with a tin lining.</p>' ]
		);
		expect( frame ).toBe( messages( 'de' ).comparedOtherLanguage );
	} );

	it( 'reads the descriptions when the lines are only names and figures', () => {
		const frame = comparedFrame(
			'de',
			[ 'Height: 140 cm', 'Weight: 5 kg' ],
			[ '<p>An arc floor lamp with a marble base and a linen shade.</p>' ]
		);
		expect( frame ).toBe( messages( 'de' ).comparedOtherLanguage );
	} );

	it( 'keeps the plain frame when the lines are in the shopper’s language or none are shown', () => {
		expect(
			comparedFrame(
				'de',
				[ 'Gewicht: 440 g' ],
				[ '<p>Ein kabelgebundener Kopfhörer für zuhause.</p>' ]
			)
		).toBe( messages( 'de' ).compared );
		expect( comparedFrame( 'de', [], [ 'The lamp is tall.' ] ) ).toBe(
			messages( 'de' ).compared
		);
	} );
} );

describe( 'specFrame', () => {
	it( 'says when a product’s quoted specification is in the other language', () => {
		expect(
			specFrame(
				'de',
				'Scree Hiking Boot',
				[ 'The lugs are 6 mm deep.' ],
				'<p>A leather hiking boot with a Vibram sole.</p>'
			)
		).toBe(
			messages( 'de' ).specFoundOtherLanguage( 'Scree Hiking Boot' )
		);
		expect(
			specFrame(
				'en',
				'Reifen Wechsel',
				[
					'Er ist tubeless-ready und kann ohne Schlauch gefahren werden.',
				],
				''
			)
		).toBe( messages( 'en' ).specFoundOtherLanguage( 'Reifen Wechsel' ) );
		expect(
			specFrame(
				'en',
				'Scree Hiking Boot',
				[ 'The lugs are 6 mm deep.' ],
				''
			)
		).toBe( messages( 'en' ).specFound( 'Scree Hiking Boot' ) );
	} );
} );
