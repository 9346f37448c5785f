import {
	askedContactKinds,
	askedDimensions,
	asksForAmount,
	contactSentences,
	rankPassages,
} from './evidence';

const page = ( heading: string, body: string, passageId: number ) => ( {
	title: 'Page',
	url: 'https://shop.example/page/',
	heading,
	body,
	passageId,
} );

describe( 'evidence', () => {
	it( 'answers a question for a figure with the sentence that states one', () => {
		const [ best ] = rankPassages( 'What does expedited shipping cost?', [
			page(
				'Shipping zones and costs',
				'Zone Cost Delivery time\nExpedited (2-Day Air) $19.95 2 business days',
				1
			),
		] );
		expect( best!.quote ).toContain( '$19.95' );
		expect(
			asksForAmount( 'Ab welchem Bestellwert ist der Versand frei?' )
		).toBe( true );
		expect( asksForAmount( 'Do you ship to Canada?' ) ).toBe( false );
	} );

	it( 'leads with the rule that states its figure, not the steps, unless steps are asked', () => {
		const passages = [
			page( 'How to return', 'We send you a free return label.', 2 ),
			page(
				'Right of withdrawal',
				'You can return your order within 60 days.',
				1
			),
		];
		expect(
			rankPassages( 'What is your return policy?', passages )[ 0 ]!.quote
		).toContain( '60 days' );
	} );

	it( 'lets a German question reach an English page through its concepts', () => {
		const [ best ] = rankPassages(
			'Ab welchem Bestellwert ist der Versand kostenlos?',
			[
				page(
					'Shipping costs',
					'Standard shipping $7.95, free on orders over $99.',
					1
				),
			]
		);
		expect( best!.coverage ).toBeGreaterThanOrEqual( 0.5 );
	} );

	it( 'reads North American phone numbers and addresses, and "where is your store"', () => {
		expect( askedContactKinds( 'Where is your store?' ) ).toContain(
			'address'
		);
		expect(
			askedContactKinds( 'When can I call customer service?' )
		).toEqual( expect.arrayContaining( [ 'phone', 'hours' ] ) );
		const contact = page(
			'Phone',
			'Phone: (503) 555-0142 (Monday to Friday, 8:00 am – 5:00 pm)\nCairn & Crest, 1127 SE Alder Street, Portland, OR 97214',
			1
		);
		expect(
			contactSentences( 'phone', [ contact ] )[ 0 ]!.sentence
		).toContain( '(503) 555-0142' );
		expect(
			contactSentences( 'address', [ contact ] )[ 0 ]!.sentence
		).toContain( '1127 SE Alder Street' );
	} );

	it( 'reads a capacity asked in another unit system as a volume', () => {
		expect(
			askedDimensions( 'And how many quarts is the cooler?' )
		).toContain( 'volume' );
		expect( askedDimensions( 'In gallons, please' ) ).toContain( 'volume' );
	} );
} );
