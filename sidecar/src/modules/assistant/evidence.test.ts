import {
	askedContactKinds,
	askedDimensions,
	askedFigure,
	asksForAmount,
	contactSentences,
	passageNamesMore,
	rankPassages,
	wordsNotIn,
} from './evidence';
import { factWords, findSpec } from './evidence-facts';
import { figuresInShort, figuresSaidIn } from './evidence-figures';
import { MESSAGES } from './messages';
import { MIN_COVERAGE } from './embedded-responder';
import { cognates, overlap } from './evidence-words';

/** A product record as findSpec reads it: name, description, categories, attributes. */
const specProduct = (
	name: string,
	fields: {
		description?: string;
		categories?: string[];
		attributes: Array< { name: string; options: string[] } >;
	}
) =>
	( {
		name,
		description: fields.description ?? '',
		categories: fields.categories ?? [],
		tags: [],
		attributes: fields.attributes,
	} ) as unknown as Parameters< typeof findSpec >[ 1 ];

const page = ( heading: string, body: string, passageId: number ) => ( {
	title: 'Page',
	url: 'https://shop.example/page/',
	heading,
	body,
	passageId,
} );

describe( 'evidence', () => {
	it( 'quotes the opening hours of the shop’s own page, not a delivery cut-off', () => {
		const lines = contactSentences(
			'hours',
			[
				{
					...page(
						'Delivery',
						'Next-day delivery: £6.95 if you order by 1pm Monday to Thursday.',
						1
					),
					title: 'Delivery Information',
				},
				{
					...page(
						'Opening hours',
						'Monday to Friday: 8:30am to 6pm\nSaturday: 9am to 5pm',
						2
					),
					title: 'Contact Us',
				},
			],
			'Wie sind eure Öffnungszeiten unter der Woche?'
		);
		expect( lines[ 0 ]!.sentence ).toBe(
			'Monday to Friday: 8:30am to 6pm'
		);
		expect(
			askedContactKinds( 'how quickly do you answer emails?' )
		).toEqual( [ 'email' ] );
		const [ address ] = contactSentences(
			'address',
			[
				{
					...page(
						'Visit us',
						'Street parking on Division; the #2 bus stops right outside.\nShowroom: 2218 SE Division Street, Portland, OR 97202',
						3
					),
					title: 'Contact Us',
				},
			],
			'Wo genau ist euer Laden?'
		);
		expect( address!.sentence ).toContain( '2218 SE Division Street' );
	} );

	it( 'reads a compound that makes the asked thing a property as the answer ("spülmaschinenfest")', () => {
		const knife = specProduct( 'Höhscheid Santoku 18 cm', {
			description:
				'<p>Nicht für Knochen oder Tiefkühlware geeignet: dafür ist der feine Schliff zu dünn.</p>',
			attributes: [
				{ name: 'Stahl', options: [ 'C60 Carbonstahl' ] },
				{ name: 'Spülmaschinenfest', options: [ 'Nein' ] },
			],
		} );
		expect(
			findSpec(
				'kann man das Höhscheid Santoku in die spülmaschine tun',
				knife
			)?.quote
		).toBe( 'Spülmaschinenfest: Nein' );
	} );

	it( 'answers the kind of length asked: height, not the pot’s diameter', () => {
		const plant = specProduct( 'Drachenbaum Marginata', {
			categories: [ 'Zimmerpflanzen' ],
			attributes: [
				{ name: 'Topfdurchmesser', options: [ '21 cm' ] },
				{ name: 'Höhe', options: [ 'ca. 120 cm (mit Topf)' ] },
			],
		} );
		expect(
			findSpec( 'Wie hoch ist der Drachenbaum Marginata?', plant )?.quote
		).toBe( 'Höhe: ca. 120 cm (mit Topf)' );
		expect(
			findSpec( 'Welchen Durchmesser hat der Topf?', plant )?.quote
		).toBe( 'Topfdurchmesser: 21 cm' );
	} );

	it( 'quotes a named attribute only in part when a property of it is asked', () => {
		const light = specProduct( 'Frontlicht Koralpe', {
			description: 'Ein Akku-Frontlicht mit USB-C-Ladebuchse.',
			attributes: [ { name: 'Akku', options: [ 'Li-Ion 3.400 mAh' ] } ],
		} );
		expect(
			findSpec(
				'Ist der Akku vom Frontlicht Koralpe austauschbar?',
				light
			)
		).toEqual( {
			quote: 'Akku: Li-Ion 3.400 mAh',
			score: 10,
			partial: true,
		} );
		expect(
			findSpec( 'Welchen Akku hat das Frontlicht Koralpe?', light )
		).toEqual( { quote: 'Akku: Li-Ion 3.400 mAh', score: 10 } );
	} );

	it( 'reads a word of a category as naming the product only beside the rest of it', () => {
		const cocotte = specProduct( 'Raleigh Round Cocotte', {
			categories: [ 'Dutch Ovens' ],
			attributes: [ { name: 'Oven-safe to', options: [ '500 °F' ] } ],
		} );
		expect(
			factWords(
				'is the Raleigh Round Cocotte ok in the oven at 500?',
				cocotte
			)
		).toContain( 'oven' );
		expect(
			factWords( 'how heavy is the Raleigh dutch oven?', cocotte )
		).not.toContain( 'oven' );
		expect(
			findSpec(
				'is the Raleigh Round Cocotte ok in the oven at 500?',
				cocotte
			)?.quote
		).toBe( 'Oven-safe to: 500 °F' );
	} );

	it( 'meets a phrase of the question in the other language of the description', () => {
		const battery = specProduct( 'E-Bike-Akku Kaunertal', {
			description:
				'Ein Ersatzakku mit Lithium-Ionen-Zellen. Die Zellen halten laut Hersteller rund 700 Ladezyklen.',
			attributes: [ { name: 'Nennkapazität', options: [ '960 Wh' ] } ],
		} );
		expect(
			findSpec(
				'How many charge cycles does the E-Bike-Akku Kaunertal last?',
				battery
			)?.quote
		).toBe( 'Die Zellen halten laut Hersteller rund 700 Ladezyklen.' );
	} );

	it( 'reads a German word as its English cognate, a compound by its last part', () => {
		expect( cognates( 'Entwicklungsprozess', 'process' ) ).toBe( true );
		expect( cognates( 'fokussieren', 'focus' ) ).toBe( true );
		expect( cognates( 'Kapazität', 'capacity' ) ).toBe( true );
		expect( cognates( 'Temperatur', 'temperature' ) ).toBe( true );
		// Short words are too often false friends; unrelated words stay apart.
		expect( cognates( 'Rat', 'rat' ) ).toBe( false );
		expect( cognates( 'Leistung', 'listing' ) ).toBe( false );
		const film = specProduct( 'Slide 100 Film', {
			categories: [ 'Film' ],
			attributes: [
				{ name: 'Format', options: [ '35mm' ] },
				{ name: 'Process', options: [ 'E-6' ] },
			],
		} );
		expect(
			findSpec(
				'Welcher Entwicklungsprozess ist für den Film nötig?',
				film
			)?.quote
		).toBe( 'Process: E-6' );
	} );

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

	it( 'quotes the section holding the list that names a word of the question, with its lead-in', () => {
		const [ best ] = rankPassages(
			'What payment methods do you take? Klarna?',
			[
				page(
					'Ways to pay',
					'At checkout you can pay with:\n* Visa and Mastercard\n* PayPal\n* Klarna – pay in 3 instalments\n' +
						'All prices include VAT. We take payment when you place your order.\n' +
						'Cash is welcome in the shop.',
					1
				),
			]
		);
		expect( best!.quote ).toContain( 'Klarna – pay in 3 instalments' );
		expect( best!.quote ).toContain( 'At checkout you can pay with:' );
		expect( best!.quote ).toContain( 'PayPal' );
		expect( best!.quote ).toContain(
			'We take payment when you place your order.'
		);
	} );

	it( 'reads accepting and methods as how a payment question asks', () => {
		const [ best ] = rankPassages( 'What payment methods do you accept?', [
			page(
				'Zahlungsarten',
				'Im Onlineshop können Sie so bezahlen:\n* PayPal\n* Klarna Rechnung\n* Vorkasse',
				1
			),
		] );
		expect( best!.coverage ).toBeGreaterThanOrEqual( MIN_COVERAGE );
	} );

	it( 'puts the row naming the country before the row for the rest of the EU', () => {
		const [ best ] = rankPassages( 'How much is shipping within Germany?', [
			page(
				'Übrige EU-Länder',
				'Übrige EU-Länder: DHL Paket International, 11,90 €, 4–8 Werktage.',
				2
			),
			page(
				'Deutschland',
				'Deutschland: DHL Paket — Kosten: 4,90 €; Lieferzeit: 1–3 Werktage',
				1
			),
		] );
		expect( best!.heading ).toBe( 'Deutschland' );
		expect(
			wordsNotIn( 'How much is shipping within Germany?', best! )
		).toEqual( [] );
	} );

	it( 'reads a shop as the store a shopper collects from', () => {
		const [ best ] = rankPassages( 'Can I collect my order in store?', [
			page(
				'Delivery',
				'Collect from our Harrogate shop for free, usually ready in 2 hours.',
				1
			),
		] );
		expect( best!.coverage ).toBeGreaterThanOrEqual( MIN_COVERAGE );
	} );

	it( 'takes the passage naming the country something is sent to', () => {
		const [ best ] = rankPassages( 'How much is delivery to the US?', [
			page( 'Delivery', 'We pack every camera in a double box.', 1 ),
			page(
				'Delivery',
				'United States: FedEx, £39.95, 3–5 working days.',
				2
			),
		] );
		expect( best!.quote ).toContain( '£39.95' );
	} );

	it( 'answers a member state from the EU’s row, a price standing for the cost asked, under its heading', () => {
		const [ best ] = rankPassages(
			'Was kostet der Versand nach Deutschland?',
			[
				{
					...page(
						'Republic of Ireland',
						'An Post Standard — Cost: €6.95; Delivery: 1–3 working days',
						1
					),
					title: 'Delivery',
				},
				{
					...page(
						'European Union',
						'An Post International or DPD, €12.95, 4–7 working days.',
						2
					),
					title: 'Delivery',
				},
			]
		);
		expect( best!.quote ).toBe(
			'European Union: An Post International or DPD, €12.95, 4–7 working days.'
		);
		// Where the shopper lives is not where something is sent: no EU row for it.
		const [ invoice ] = rankPassages(
			'Can I pay by invoice if I live in Germany?',
			[
				page(
					'Invoice',
					'Invoice with 30 days to pay, in Ireland only.',
					1
				),
				page( 'European Union', 'Customs are paid on delivery.', 2 ),
			]
		);
		expect( invoice!.quote ).toContain( 'Invoice' );
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

	it( 'takes the page of the topic asked, not one sharing the aspect ("how long")', () => {
		// A German garden shop's pages, asked in German and English.
		const passages = [
			page(
				'Lieferzeit',
				'Wir liefern innerhalb von 2 bis 4 Werktagen.',
				1
			),
			page(
				'Rückgaberecht',
				'Sie können Pflanzen innerhalb von 21 Tagen zurückgeben.',
				2
			),
		];
		expect(
			rankPassages(
				'Wie lange habe ich Zeit, etwas zurückzuschicken?',
				passages
			)[ 0 ]!.quote
		).toContain( '21 Tagen' );
		expect(
			rankPassages(
				'How many days do I have to send a plant back?',
				passages
			)[ 0 ]!.quote
		).toContain( '21 Tagen' );
	} );

	it( 'quotes the sentence stating the kind of figure asked: a duration, a time, money', () => {
		const [ refund ] = rankPassages( 'Wann bekomme ich mein Geld zurück?', [
			page(
				'Refunds',
				'Send the plant back well packed. We refund the amount within 10 days.',
				1
			),
		] );
		expect( refund!.quote ).toContain( '10 days' );
		expect( refund!.quote ).not.toContain( 'packed' );
		expect( askedFigure( 'How long does a repair take?' ) ).toBe(
			'duration'
		);
		expect(
			askedFigure( 'If I order before 3 pm, when does it ship?' )
		).toBe( 'time' );
		expect( askedFigure( 'Was kostet die Montage?' ) ).toBe( 'money' );
		expect( askedFigure( 'Do you ship to Canada?' ) ).toBeNull();
	} );

	it( 'reads a particle left alone as its verb only beside that verb', () => {
		const passages = [
			page(
				'Zahlungsarten',
				'Bei Vorkasse halten wir Ihre Ware 7 Tage lang für Sie zurück.',
				1
			),
			page(
				'Rückgabe',
				'Sie haben ein Rückgaberecht von 30 Tagen ab Erhalt der Ware.',
				2
			),
		];
		expect(
			rankPassages(
				'Wie lange kann ich Sachen zurückschicken?',
				passages
			)[ 0 ]!.heading
		).toBe( 'Rückgabe' );
		// "nehmen … zurück" is still a return.
		expect(
			overlap(
				[ 'zurückgeben' ],
				'Ungeöffnete Spiele nehmen wir gern zurück.'
			)
		).toBeGreaterThan( 0 );
		expect(
			overlap(
				[ 'zurückgeben' ],
				'Bei Vorkasse halten wir Ihre Ware für Sie zurück.'
			)
		).toBe( 0 );
	} );

	it( 'quotes a line stating each kind of figure asked', () => {
		const [ best ] = rankPassages(
			'do you ship to Switzerland, what does it cost, and is there customs?',
			[
				page(
					'Schweiz',
					'DHL Paket, 14,90 €, 4–7 Werktage. In die Schweiz gibt es keinen kostenlosen Versand. Wir ziehen die deutsche Mehrwertsteuer ab; Einfuhrumsatzsteuer und Zollgebühren zahlen Sie bei der Zustellung.',
					1
				),
			]
		);
		expect( best!.quote ).toContain( '14,90 €' );
		expect( best!.quote ).toContain( 'Zollgebühren' );
	} );

	it( 'reads "from what amount" as a question for money, and "amount" as naming nothing', () => {
		expect( askedFigure( 'do you do 0% finance? from what amount' ) ).toBe(
			'money'
		);
		expect(
			askedFigure( 'Ab welchem Betrag ist der Versand kostenlos?' )
		).toBe( 'money' );
		expect(
			wordsNotIn(
				'Ab welchem Betrag ist der Versand kostenlos?',
				page( 'Versand', 'Versandkostenfrei ab 50 € Warenwert.', 1 )
			)
		).toEqual( [] );
	} );

	it( 'reads "pay over time" and "monthly payments" as paying in instalments', () => {
		expect(
			overlap(
				[ 'raten' ],
				'With Affirm you can split orders of $250 or more into monthly payments at checkout.',
				true
			)
		).toBeGreaterThan( 0 );
		expect(
			overlap( [ 'financing' ], 'Pay over time with Klarna.', true )
		).toBeGreaterThan( 0 );
		expect(
			overlap( [ 'raten' ], 'We take Visa, Mastercard and PayPal.', true )
		).toBe( 0 );
	} );

	it( 'does not answer gift wrapping with the gift card page', () => {
		const [ cards ] = rankPassages( 'do you offer gift wrapping?', [
			page(
				'Gift Cards',
				'Our e-gift cards come in $25, $50 and $100 and never expire.',
				1
			),
		] );
		expect( cards!.coverage ).toBeLessThan( 0.5 );
		const [ wrapping ] = rankPassages( 'do you offer gift wrapping?', [
			page(
				'Do you offer gift wrapping?',
				'Gift wrapping costs $5.00 per item.',
				1
			),
		] );
		expect( wrapping!.coverage ).toBeGreaterThan( 0.8 );
	} );

	it( 'reads a German compound by its first part too: "Kupfertöpfe" are copper', () => {
		expect(
			overlap(
				[ 'kupfertöpfe' ],
				'Copper — Warranty: 25 years; tin linings are a wear part',
				true
			)
		).toBeGreaterThan( 0 );
		expect(
			overlap(
				[ 'kupfertöpfe' ],
				'Enameled cast iron — Warranty: Lifetime',
				true
			)
		).toBe( 0 );
	} );

	it( 'quotes the rate for "how much is shipping", not only the free-shipping threshold', () => {
		const passage = page(
			'Contiguous US',
			'Service — Cost — Delivery\nStandard Ground — Cost: $8.95; Delivery: 3–6 business days\nFree Standard Ground shipping on orders of $99 or more.',
			1
		);
		// German questions on an English page: the reply quotes the answering sentence only.
		expect(
			rankPassages( 'Was kostet der Versand?', [ passage ] )[ 0 ]!.quote
		).toContain( '$8.95' );
		expect(
			rankPassages( 'Wann ist der Versand kostenlos?', [ passage ] )[ 0 ]!
				.quote
		).not.toContain( '$8.95' );
	} );

	it( 'reads "next-day" as express delivery in either language', () => {
		const [ best ] = rankPassages(
			'Can I get next-day delivery and what does it cost?',
			[
				page(
					'Versandkosten',
					'Deutschland Standard — 5,90 €; Laufzeit: 1–3 Werktage',
					1
				),
				page(
					'Express',
					'Deutschland Express — 14,90 €; Laufzeit: nächster Werktag',
					2
				),
			]
		);
		expect( best!.quote ).toContain( '14,90 €' );
	} );

	it( 'puts the passage headed by the topic before one that only mentions it', () => {
		const [ best ] = rankPassages( 'What payment options do you have?', [
			page(
				'Refunds',
				'We refund within 10 days to your original payment method.',
				1
			),
			page( 'Payment', 'Pay by card, PayPal or bank transfer.', 2 ),
		] );
		expect( best!.heading ).toBe( 'Payment' );
	} );

	it( 'reads a repair as a service, not as the warranty', () => {
		const [ best ] = rankPassages( 'How long does a repair take?', [
			page( 'Warranty', 'All mowers carry a 2-year warranty.', 1 ),
			page( 'Repairs', 'A repair usually takes 5 working days.', 2 ),
		] );
		expect( best!.heading ).toBe( 'Repairs' );
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

	it( 'quotes a street with a hyphenated name or a capitalised street word whole', () => {
		const leipzig = page(
			'Kontakt',
			'Blattwerk\nKarl-Liebknecht-Straße 74\n04275 Leipzig\nTelefon: +49 341 2470 5590',
			1
		);
		expect(
			contactSentences( 'address', [ leipzig ] )[ 0 ]!.sentence
		).toBe( 'Karl-Liebknecht-Straße 74, 04275 Leipzig' );
		const galway = page(
			'Contact',
			'Loom & Lantern\n14 Quay Street\nGalway H91 X2T7\nIreland',
			1
		);
		expect( contactSentences( 'address', [ galway ] )[ 0 ]!.sentence ).toBe(
			'14 Quay Street, Galway H91 X2T7'
		);
		expect( askedContactKinds( 'wo is euer geschäft in graz?' ) ).toContain(
			'address'
		);
	} );

	it( 'reads a capacity asked in another unit system as a volume', () => {
		expect(
			askedDimensions( 'And how many quarts is the cooler?' )
		).toContain( 'volume' );
		expect( askedDimensions( 'In gallons, please' ) ).toContain( 'volume' );
	} );

	it( 'reads "how long does it last" as a time, not a length', () => {
		for ( const question of [
			'Wie lange hält der Akku?',
			'How long does one tank last?',
		] ) {
			expect( askedDimensions( question ) ).toContain( 'time' );
			expect( askedDimensions( question ) ).not.toContain( 'length' );
		}
		expect( askedDimensions( 'How long is the hose?' ) ).toContain(
			'length'
		);
	} );

	it( 'names the things a question asks about that a passage never mentions', () => {
		const shipping = page(
			'Shipping',
			'Free shipping on orders over $99, after discounts.',
			1
		);
		expect(
			wordsNotIn( 'Do you have a student discount?', shipping )
		).toEqual( [ 'student' ] );
		expect(
			wordsNotIn( 'How many calories are in the meals?', shipping )
		).toEqual( [ 'calories', 'meals' ] );
		expect(
			wordsNotIn( 'Wie viele Mitarbeiter hat der Laden?', shipping )
		).toEqual( [ 'Mitarbeiter', 'Laden' ] );
		expect(
			wordsNotIn( 'Is shipping free for the Alder Skillet?', shipping, [
				'Alder Skillet',
			] )
		).toEqual( [] );
		expect(
			wordsNotIn( 'Do you ship a sofa to Berlin?', shipping )
		).toEqual( [ 'sofa', 'Berlin' ] );
		// A country named in the other language is named.
		expect(
			wordsNotIn(
				'Versendet ihr nach Kanada?',
				page( 'Shipping', 'We ship to Canada by UPS for $34.95.', 1 )
			)
		).toEqual( [] );
	} );

	it( 'takes a word asking whether a product can be had for no topic of a page', () => {
		const delivery = page(
			'Versand & Lieferzeiten',
			'Was lieferbar ist, verschicken wir in 2–3 Werktagen; Versand 5,90 €.',
			1
		);
		expect(
			passageNamesMore(
				'Radtrikot Schneeberg in XL, lieferbar? und was kostets?',
				delivery,
				[ 'Radtrikot Schneeberg' ]
			)
		).toBe( false );
		expect(
			passageNamesMore(
				'Was kostet der Versand fürs Radtrikot?',
				delivery,
				[ 'Radtrikot Schneeberg' ]
			)
		).toBe( true );
	} );

	it( 'quotes a short list whole, with the line leading into it', () => {
		const [ best ] = rankPassages( 'Welche Zahlungsarten gibt es?', [
			page(
				'Zahlungsarten',
				'Wir liefern schnell.\nIm Onlineshop können Sie so bezahlen:\n* PayPal\n* Kreditkarte (Visa, Mastercard)\n* Klarna Rechnung\n* Vorkasse',
				1
			),
		] );
		expect( best!.quote ).toContain(
			'Im Onlineshop können Sie so bezahlen:\n* PayPal\n* Kreditkarte (Visa, Mastercard)\n* Klarna Rechnung\n* Vorkasse'
		);
	} );
} );

describe( 'figures of a quote in the other language', () => {
	it( 'says durations in the reply language, amounts and percentages as written', () => {
		expect(
			figuresSaidIn(
				'You have 30 days from delivery to return anything, refunded within 5 working days.',
				'duration',
				MESSAGES.de,
				'de'
			)
		).toEqual( [ '30 Tage', '5 Werktage' ] );
		expect(
			figuresSaidIn(
				'Wir erstatten den Betrag binnen 10 Tagen; Rücksendung 4,95 €.',
				'money',
				MESSAGES.en,
				'en'
			)
		).toEqual( [ '4,95 €' ] );
		expect(
			figuresSaidIn(
				'Lieferung in 1 Tag oder 2 bis 3 Tagen, 5% Rabatt.',
				null,
				MESSAGES.en,
				'en'
			)
		).toEqual( [ '1 day', '2–3 days', '5%' ] );
	} );
} );

describe( 'a gist of figures for shop text in the other language', () => {
	it( 'says them for a reply in the other language only', () => {
		const battery = 'The battery runs for 60 minutes on one charge.';
		expect(
			figuresInShort( battery, 'Wie lange hält der Akku?', 'de' )
		).toBe( 'Kurz gesagt: 60 Minuten.' );
		expect(
			figuresInShort( battery, 'How long does it last?', 'en' )
		).toBe( '' );
	} );

	it( 'says none for a quote holding more figures than a gist', () => {
		const workshop =
			'Unsere Werkstatt repariert Räder aller Marken, auch E-Bikes.\nInspektion Basic: 59,00 €\nInspektion Komplett: 89,00 €\nKette wechseln: 15,00 €';
		expect(
			figuresInShort( workshop, 'do you repair e-bikes?', 'en' )
		).toBe( '' );
		expect(
			figuresInShort(
				'Die Kette wechseln wir für 15,00 € und nur mit Termin.',
				'what does it cost?',
				'en'
			)
		).toBe( 'In short: 15,00 €.' );
	} );
} );
