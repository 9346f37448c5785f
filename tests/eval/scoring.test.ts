/** The eval's own scoring: if it were wrong, every figure it prints would be too. */
import {
	inLanguage,
	matches,
	moneyAmounts,
	rawMarkup,
	scoreReply,
	stockCounts,
} from './scoring';

describe( 'eval scoring', () => {
	it( 'matches bare numbers as whole numbers and alternatives as any-of', () => {
		expect( matches( 'noch 3 Stück', '3' ) ).toBe( true );
		expect( matches( 'noch 13 Stück', '3' ) ).toBe( false );
		expect( matches( 'kostet 3,90 €', '3' ) ).toBe( false );
		expect( matches( 'ab 75,00 € versandkostenfrei', '75' ) ).toBe( true );
		expect(
			matches( 'within 60\u00a0days', [ '60 Tage', '60 days' ] )
		).toBe( true );
		expect( matches( 'Hello', /\d\s?db/i ) ).toBe( false );
	} );

	it( 'reads money in German and English formats, in cents', () => {
		expect(
			moneyAmounts( '1.134,00 € statt €1,299.00, ab 60 Euro, EUR 4,5' )
		).toEqual( [ 113400, 129900, 6000, 450 ] );
	} );

	it( 'reads US dollar amounts as the US shop writes them, in cents', () => {
		expect(
			moneyAmounts(
				'from $1,899.50, was US$2,410.00, USD 42, under 40 Dollar, 60 dollars'
			)
		).toEqual( [ 189950, 241000, 4200, 4000, 6000 ] );
	} );

	it( 'reads pound amounts as the UK shop writes them, in cents', () => {
		expect(
			moneyAmounts(
				'from £1,249.00, GBP 12, 24,99 £, a 12 kg (26.5 lbs) bag'
			)
		).toEqual( [ 124900, 1200, 2499 ] );
	} );

	it( 'reads Swiss franc amounts and a budget in slang, in cents', () => {
		expect(
			moneyAmounts(
				"CHF 1'249.00, ab Fr. 79.90, unter 300 Franken, 1’119 CHF, under 20 bucks, 50 quid"
			)
		).toEqual( [ 124900, 7990, 30000, 111900, 2000, 5000 ] );
	} );

	it( 'reads stock levels in English and German, but not delivery times', () => {
		expect(
			stockCounts(
				'(3 left), 5 in stock, noch 12 Stück, 7 auf Lager, noch 2 Werktage'
			).sort()
		).toEqual( [ '12', '3', '5', '7' ] );
	} );

	it( 'tells a German reply from an English one', () => {
		expect( inLanguage( '„Tamper Sole“ ist ausverkauft.', 'de' ) ).toBe(
			true
		);
		expect( inLanguage( 'The Tamper Sole is sold out.', 'de' ) ).toBe(
			false
		);
		expect(
			inLanguage(
				'From our “Versand” page: Die Lieferzeit beträgt 1–3 Werktage.',
				'en'
			)
		).toBe( true );
		expect( inLanguage( 'Der Versand kostet 6,90 €.', 'en' ) ).toBe(
			false
		);
	} );

	it( 'fails a reply with an invented price, stock level or raw entity', () => {
		const question = {
			id: 'q',
			category: 'price',
			lang: 'en' as const,
			text: 'How much is the Tamper Sole?',
			mustContain: [ '28,90' ],
			mustNotContain: [],
		};
		const known = {
			amounts: new Set( [ 2890 ] ),
			stock: new Set( [ '10' ] ),
		};
		expect(
			scoreReply( question, 'The Tamper Sole costs 28,90 €.', known )
				.passed
		).toBe( true );
		const invented = scoreReply(
			question,
			'The Tamper Sole costs 28,90 € (was 34,90 €), 11 left.',
			known
		);
		expect( invented.passed ).toBe( false );
		expect( invented.inventedPrices ).toEqual( [ '34.90' ] );
		expect( invented.inventedStock ).toEqual( [ '11' ] );
		expect( rawMarkup( 'Ma&szlig;e: 28 &times; 46 cm' ) ).toEqual( [
			'&szlig;',
			'&times;',
		] );
		expect(
			rawMarkup( 'E-Mail > Kundenservice">service@x.example' )
		).toEqual( [ 'e">' ] );
		expect( rawMarkup( 'Hours: 9:00 > 18:00, "quoted"' ) ).toEqual( [] );
	} );
} );
