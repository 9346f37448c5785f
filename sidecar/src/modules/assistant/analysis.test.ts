import {
	analyze,
	conceptsOf,
	signalOnlyInQuantities,
	answerLanguage,
	findOrderNumber,
	findPriceLimit,
	guessLanguage,
	findSkus,
	quantities,
	sameWord,
	signalsOf,
	withoutEmails,
} from './analysis';
import type { ProductMatch } from '../commerce/service';
import { productRecord } from '../../../../tests/support/product-match';
import { separatedVerbs } from './analysis-words';
import { asksToCompare, swappedNames } from './embedded-compare';
import { asksForOptions } from './product-options';
import {
	missingFromCatalog,
	missingKind,
	missingModifier,
	nameTheShopLacks,
} from './product-absence';
import {
	askedContactKinds,
	findSpec,
	overlap,
	rankPassages,
	sentences,
} from './evidence';
import { LANGS, MESSAGES } from './messages';

describe( 'question analysis', () => {
	it( 'answers in the shopper’s language, else earlier messages, else the shop’s', () => {
		expect( answerLanguage( 'Wo ist meine Bestellung?', 'en_US' ) ).toBe(
			'de'
		);
		expect( answerLanguage( 'Where is my order?', 'de_DE' ) ).toBe( 'en' );
		expect( answerLanguage( '12', 'de_DE' ) ).toBe( 'de' );
		expect(
			answerLanguage( 'a@b.example', 'de_DE', [ 'Where is my order?' ] )
		).toBe( 'en' );
		expect( answerLanguage( '12', 'fr_FR' ) ).toBe( 'en' );
		// Product words alone say the language too.
		expect( answerLanguage( 'electric knife sharpener?', 'de_DE' ) ).toBe(
			'en'
		);
		expect( answerLanguage( 'schleifstein?', 'en_US' ) ).toBe( 'de' );
	} );

	it( 'reads an English question naming a German product as English', () => {
		// "was" is a word of both languages, and the umlaut is the product name's.
		for ( const question of [
			'Which year was the Kaffeemühle Rondo designed in?',
			'What was the Mähroboter Nord made from?',
			'Is the Gießkanne sold in green?',
		] ) {
			expect( [ question, answerLanguage( question, 'de_DE' ) ] ).toEqual(
				[ question, 'en' ]
			);
		}
		// English words in an English product name do not make a German question English.
		expect(
			answerLanguage(
				'Wie viel Strom braucht Bella Bean-to-Cup Machine im Standby?',
				'en_US'
			)
		).toBe( 'de' );
		expect( answerLanguage( 'Was kostet die Gießkanne?', 'en_US' ) ).toBe(
			'de'
		);
		expect(
			answerLanguage(
				'In welchem Jahr wurde die Mühle entworfen?',
				'en_US'
			)
		).toBe( 'de' );
	} );

	it( 'finds order numbers of any length, labelled in English or German', () => {
		expect( findOrderNumber( 'Where is order #12?' ) ).toBe( '12' );
		expect( findOrderNumber( 'order 7 please' ) ).toBe( '7' );
		expect(
			findOrderNumber( 'Hallo, was ist mit meiner Bestellung? Nummer 5.' )
		).toBe( '5' );
		expect(
			findOrderNumber(
				'hi, my order number is 9, did you get my payment?'
			)
		).toBe( '9' );
		expect( findOrderNumber( 'order no. 7' ) ).toBe( '7' );
		expect( findOrderNumber( 'Bestellung 12, danke' ) ).toBe( '12' );
		expect( findOrderNumber( 'Bestellnummer 3' ) ).toBe( '3' );
		expect( findOrderNumber( 'Bestell-Nr. 45' ) ).toBe( '45' );
		expect( findOrderNumber( 'where is #1234?' ) ).toBe( '1234' );
		// A grit or size after "in", "Körnung", "size" names no order.
		expect(
			findOrderNumber( 'Was kostet der Keramik-Schleifstein in #1000?' )
		).toBeNull();
		expect( findOrderNumber( 'Schleifstein Körnung #3000' ) ).toBeNull();
		expect( findOrderNumber( '#4321' ) ).toBe( '4321' );
		// A bare number only after the assistant asked for it.
		expect( findOrderNumber( '12' ) ).toBeNull();
		expect( findOrderNumber( '12', true ) ).toBe( '12' );
		expect( findOrderNumber( "it's 12", true ) ).toBe( '12' );
		// Not an order: a quantity, a reorder, digits in an e-mail address.
		expect(
			findOrderNumber( 'I want to order 2 kg of coffee' )
		).toBeNull();
		expect( findOrderNumber( 'reorder 5' ) ).toBeNull();
		expect( findOrderNumber( 'mail me at a1234@b.example' ) ).toBeNull();
		expect( findOrderNumber( '2 kg', true ) ).toBeNull();
	} );

	it( 'removes e-mail addresses before any search', () => {
		const analysis = analyze(
			'Order 12, email anna@espresso-maschinen.example',
			{ locale: 'en' }
		);
		expect( analysis.email ).toBe( 'anna@espresso-maschinen.example' );
		expect( analysis.searchText ).not.toContain( 'espresso' );
		expect( withoutEmails( 'x a@b.co y' ) ).toBe( 'x   y' );
	} );

	it( 'finds SKUs but not quantities', () => {
		expect( findSkus( 'Do you have WM-2044 or AB123X?' ) ).toEqual( [
			'WM-2044',
			'AB123X',
		] );
		expect( findSkus( 'a 15-bar pump' ) ).toEqual( [] );
	} );

	it( 'reads quantities with units, metric and imperial, to base units', () => {
		const found = quantities(
			'15 bar, 1,5 l, 2kg, 12 inch, 1200 W, 500 ml, 3 lbs, 40 cm'
		);
		expect( found.map( ( q ) => [ q.dimension, q.base ] ) ).toEqual( [
			[ 'pressure', 15 ],
			[ 'volume', 1.5 ],
			[ 'weight', 2 ],
			[ 'length', 12 * 0.0254 ],
			[ 'power', 1200 ],
			[ 'volume', 0.5 ],
			[ 'weight', 3 * 0.4536 ],
			[ 'length', 0.4 ],
		] );
		expect( quantities( 'Is it in stock?' ) ).toEqual( [] );
	} );

	it( 'reads price limits in English and German', () => {
		expect( findPriceLimit( 'Headphones under $30?' ) ).toBe( 30 );
		expect( findPriceLimit( 'Habt ihr Kannen unter 50 €?' ) ).toBe( 50 );
		// A quantity's limit is no price's; a pound after "unter" is money.
		expect(
			findPriceLimit( 'a carbon tripod, under 2kg ideally' )
		).toBeNull();
		expect( findPriceLimit( 'Teekanne bis 1,5 Liter' ) ).toBeNull();
		expect( findPriceLimit( 'Zeig mir Aquarien unter 100 Pfund' ) ).toBe(
			100
		);
		expect( findPriceLimit( 'Vollverstärker, Budget bis 2000 Fr.' ) ).toBe(
			2000
		);
		expect( findPriceLimit( 'etwas bis 19,90 Euro' ) ).toBe( 19.9 );
		expect( findPriceLimit( 'Schuhe bis Größe 44' ) ).toBeNull();
		expect(
			findPriceLimit( 'Laubbläser mit Akku, aber nicht über 200 €' )
		).toBe( 200 );
		expect( findPriceLimit( 'a tripod, not more than £80' ) ).toBe( 80 );
		expect( findPriceLimit( 'my budget is $60' ) ).toBe( 60 );
		expect( findPriceLimit( 'eine Kanne, max. 40 Euro' ) ).toBe( 40 );
	} );

	it( 'reads thousands separators in amounts and quantities as the shopper wrote them', () => {
		expect( findPriceLimit( 'Maschinen unter 1.000 Euro?' ) ).toBe( 1000 );
		expect( findPriceLimit( 'anything under $1,500?' ) ).toBe( 1500 );
		expect( findPriceLimit( 'bis 1.299,50 €' ) ).toBe( 1299.5 );
		expect( findPriceLimit( 'under $1,299.50' ) ).toBe( 1299.5 );
		expect( quantities( 'mit 1.200 W' )[ 0 ]?.base ).toBe( 1200 );
		expect( quantities( 'a 1,500 W kettle' )[ 0 ]?.base ).toBe( 1500 );
		expect( quantities( '1,5 l Wasser' )[ 0 ]?.base ).toBeCloseTo( 1.5 );
		expect( quantities( '1.25 kg' )[ 0 ]?.base ).toBeCloseTo( 1.25 );
		// US liquid quarts: a cooler's "35 qt (33.1 L)".
		expect( quantities( '35 qt (33.1 L)' )[ 0 ]?.base ).toBeCloseTo(
			33.1,
			1
		);
	} );

	it( 'tells a specification from a price in "how much" questions', () => {
		const signals = ( text: string ) =>
			analyze( text, { locale: 'en' } ).signals;
		expect(
			signals( 'How much does the kettle weigh?' ).has( 'price' )
		).toBe( false );
		expect(
			signals( 'How much does the kettle weigh?' ).has( 'spec' )
		).toBe( true );
		expect(
			signals( 'How much water does the kettle hold?' ).has( 'price' )
		).toBe( false );
		expect( signals( 'How much is the kettle?' ).has( 'price' ) ).toBe(
			true
		);
		expect( signals( 'Was kostet die Kanne?' ).has( 'price' ) ).toBe(
			true
		);
		expect( signals( 'Ist die Kanne lieferbar?' ).has( 'stock' ) ).toBe(
			true
		);
		// Colloquial availability: a variation named and "gibts den?", "bestellbar?".
		for ( const availability of [
			'Reifen Koralpe in 29 Zoll, gibts den?',
			'Gibts das Fahrradschloss grad, oder is des aus?',
			'Rahmentasche in Größe M – hamma die?',
			'Gunpowder 50 g bestellbar?',
			'Ist die Laterne zu haben?',
			'Optisches Kabel in 1 m – wann kann ich das haben?',
			'when can I get the cable in 1 m?',
			'Ist die Luftpumpe Traun lagernd?',
			'Rossaveal wall lantern, can I get one?',
			'EN-EL15c battery for my nikon - have you got one?',
			'Gibts das Gemüsemesser Kinder-Set grade?',
		] ) {
			expect( signals( availability ).has( 'stock' ) ).toBe( true );
		}
		// "Gibt's die Anleitung auch auf Deutsch?" asks no stock.
		expect(
			signals( "Gibt's die Anleitung auch auf Deutsch?" ).has( 'stock' )
		).toBe( false );
		expect(
			signals( 'Radtrikot in XL, was kostets?' ).has( 'price' )
		).toBe( true );
		expect(
			signals( 'Das Doppelakku-Set, was zahlt man da?' ).has( 'price' )
		).toBe( true );
		// A currency after "wie viel" asks a price, not a quantity.
		expect( signals( 'Wie viel Fr. kostet der DAC?' ).has( 'spec' ) ).toBe(
			false
		);
		expect( signals( 'Wo ist meine Bestellung?' ).has( 'order' ) ).toBe(
			true
		);
		expect( signals( 'Habt ihr Kannen?' ).has( 'search' ) ).toBe( true );
		// Chat spellings are read as the words they stand for.
		expect(
			analyze( 'do u have a nylon bone?', {
				locale: 'en_US',
			} ).signals.has( 'search' )
		).toBe( true );
		expect(
			analyze( 'r u open on sunday?', { locale: 'en_US' } ).signals.has(
				'contact'
			)
		).toBe( true );
		// A discount for buying several is an arrangement a page may state, not a price.
		expect(
			signals(
				'Do I get a discount if I buy three pairs of speakers at once?'
			).has( 'policy' )
		).toBe( true );
		// "Wo genau ist euer Laden?" asks the address.
		expect( signals( 'Wo genau ist euer Laden?' ).has( 'contact' ) ).toBe(
			true
		);
		// A property written as one word asks a specification.
		for ( const property of [
			'Ist der Topf induktionsgeeignet?',
			'Ist die Jacke wasserdicht?',
			'Is the tyre tubeless-ready?',
			'Is the pan oven-safe?',
		] ) {
			expect( signals( property ).has( 'spec' ) ).toBe( true );
		}
		// "What have you got for …" browses like "what do you have for …".
		expect(
			signals( 'What have you got for cleaning my sensor?' ).has(
				'search'
			)
		).toBe( true );
		expect( signals( 'Got anything for a cold?' ).has( 'search' ) ).toBe(
			true
		);
		expect(
			signals( 'Wie lange dauert der Versand?' ).has( 'policy' )
		).toBe( true );
	} );

	it( 'tells a question choosing products by a quality from one asking a fact of one', () => {
		const choosing = ( text: string ) =>
			analyze( text, { locale: 'en_US' } ).choosing;
		expect( choosing( 'Which gravel bikes have a carbon frame?' ) ).toBe(
			true
		);
		expect(
			choosing( 'Which e-bike batteries fit a Bosch PowerTube?' )
		).toBe( true );
		expect( choosing( 'Welcher Vollverstärker hat Bluetooth?' ) ).toBe(
			true
		);
		expect(
			choosing( 'Welche Heckenscheren haben 70 cm Schnittlänge?' )
		).toBe( true );
		expect(
			choosing( 'Ich bin Linkshänder, welche Gartenscheren gehen da?' )
		).toBe( true );
		expect( choosing( 'How much is the Summit Tent?' ) ).toBe( false );
		expect( choosing( 'Which one is lighter?' ) ).toBe( false );
	} );
} );

describe( 'evidence', () => {
	const kettle = productRecord( 'Camp Kettle', {
		externalId: '1',
		sku: 'K-1',
		permalink: 'https://x.test/k',
		priceMinor: 3900,
		regularPriceMinor: 3900,
		attributes: [ { name: 'Material', options: [ 'Edelstahl' ] } ],
		description:
			'Der Kessel fasst 1,2 Liter. Er wiegt 450 g. Ideal für Touren.',
	} );

	it( 'reads a unit named without a number as the kind of quantity asked', () => {
		const spice = productRecord( 'Chai-Gewürzmischung Finkenwerder', {
			attributes: [
				{ name: 'Herkunft', options: [ 'Deutschland' ] },
				{ name: 'Inhalt', options: [ '40 g' ] },
			],
		} );
		expect(
			findSpec(
				'how many grams are in the Chai-Gewürzmischung Finkenwerder?',
				spice
			)?.quote
		).toBe( 'Inhalt: 40 g' );
		const wrench = productRecord( 'Drehmomentschlüssel Hochkar', {
			attributes: [
				{ name: 'Messbereich', options: [ '3–23 Nm' ] },
				{ name: 'Antrieb', options: [ '1/4 Zoll' ] },
			],
		} );
		expect(
			findSpec(
				'Bis wie viel Nm geht der Drehmomentschlüssel Hochkar?',
				wrench
			)?.quote
		).toBe( 'Messbereich: 3–23 Nm' );
	} );

	it( 'answers "the dimensions" with the line that states them all', () => {
		const turntable = {
			...kettle,
			name: 'Plattenspieler Alpenton Albis',
			attributes: [
				{ name: 'Masse (B × H × T)', options: [ '45 × 15 × 36 cm' ] },
			],
			description: 'Der Tonarm ist 10 Zoll lang.',
		};
		expect(
			findSpec(
				'What are the dimensions of the Alpenton Albis turntable?',
				turntable
			)?.quote
		).toBe( 'Masse (B × H × T): 45 × 15 × 36 cm' );
	} );

	it( "reads the kind of quantity asked from the shopper's words, not the product name", () => {
		const turntable = {
			...kettle,
			name: 'Plattenspieler Aarklang Chasseral',
			attributes: [
				{
					name: 'Geschwindigkeiten',
					options: [ '33, 45 und 78 U/min' ],
				},
				{ name: 'Maße (B × H × T)', options: [ '48 × 17 × 35 cm' ] },
			],
			description: '',
		};
		// "Aarklang" ends in "lang" (long), which asked a length.
		expect(
			findSpec(
				'which speeds does the Aarklang Chasseral turntable play?',
				turntable
			)?.quote
		).toBe( 'Geschwindigkeiten: 33, 45 und 78 U/min' );
	} );

	it( 'quotes the attribute or the sentence that states the asked fact', () => {
		expect(
			findSpec( 'Aus welchem Material ist der Kessel?', kettle )?.quote
		).toBe( 'Material: Edelstahl' );
		expect( findSpec( 'Wie schwer ist der Kessel?', kettle )?.quote ).toBe(
			'Er wiegt 450 g.'
		);
		expect( findSpec( 'How much does it weigh?', kettle )?.quote ).toBe(
			'Er wiegt 450 g.'
		);
		expect( findSpec( 'Does it have bluetooth?', kettle ) ).toBeNull();
	} );

	it( 'quotes a statement that holds part of what is asked as partial, so a person is offered too', () => {
		const lamp = {
			...kettle,
			name: 'Bedside Lamp',
			attributes: [ { name: 'USB-C port', options: [ 'Yes' ] } ],
			description: 'A small lamp with a linen shade.',
		};
		// The port is there; fast charging is not said.
		expect(
			findSpec(
				'Hat die Bedside Lamp einen USB-Ausgang mit Schnellladefunktion?',
				lamp
			)
		).toEqual( { quote: 'USB-C port: Yes', score: 2, partial: true } );
		// A charging socket is the port: the whole of what is asked.
		const socket = findSpec(
			'Hat die Bedside Lamp eine USB-Ladebuchse?',
			lamp
		);
		expect( socket?.quote ).toBe( 'USB-C port: Yes' );
		expect( socket?.partial ).toBeUndefined();
		expect(
			findSpec( 'Does the Bedside Lamp have a USB-C port?', lamp )
				?.partial
		).toBeUndefined();
		expect( findSpec( 'whats the gsm of the lamp?', lamp ) ).toBeNull();
	} );

	it( 'answers cookware questions asked with fillers, in US units and in German', () => {
		const pan = {
			...kettle,
			externalId: '3',
			name: 'Kearney Copper Sauté Pan',
			description: '',
			attributes: [
				{ name: 'Capacity', options: [ '2.0 qt' ] },
				{ name: 'Oven-safe to', options: [ '500 °F' ] },
				{ name: 'Dishwasher safe', options: [ 'No, hand wash only' ] },
				{ name: 'Induction compatible', options: [ 'No' ] },
			],
		};
		const quote = ( question: string ) => findSpec( question, pan )?.quote;
		expect(
			quote( 'can the kearney saute pan go in the dishwasher' )
		).toBe( 'Dishwasher safe: No, hand wash only' );
		expect( quote( 'is it ok in the oven at 500?' ) ).toBe(
			'Oven-safe to: 500 °F'
		);
		expect( quote( 'what temp is it oven safe to' ) ).toBe(
			'Oven-safe to: 500 °F'
		);
		expect( quote( 'how many qts is it' ) ).toBe( 'Capacity: 2.0 qt' );
		expect( quote( 'Darf die Pfanne in die Spülmaschine?' ) ).toBe(
			'Dishwasher safe: No, hand wash only'
		);
		expect( quote( 'Funktioniert sie auf Induktion?' ) ).toBe(
			'Induction compatible: No'
		);
		expect( quantities( '500 °F' )[ 0 ] ).toMatchObject( {
			dimension: 'temperature',
			base: 260,
		} );
	} );

	const lantern = {
		...kettle,
		externalId: '2',
		name: 'Glow Lantern',
		sku: 'L-1',
		attributes: [
			{ name: 'Runtime', options: [ '12 h' ] },
			{ name: 'Packed weight', options: [ '320 g' ] },
			{ name: 'Height', options: [ '18 cm' ] },
			{ name: 'IP-rating', options: [ 'IP67' ] },
		],
		description:
			'A camp lantern with a dimmer and a red night mode. One 18650 cell lasts about 12 hours on low.\n\nSpecifications\n * Runtime: 12 h\n * Packed weight: 320 g',
	};

	it( 'does not answer with a neighbouring property the shop states instead', () => {
		// Strobe mode and packed size are stated nowhere: no "Runtime", no "Height".
		expect(
			findSpec(
				'How long does the lantern last in strobe mode?',
				lantern
			)
		).toBeNull();
		expect(
			findSpec( 'What is the packed size of the lantern?', lantern )
		).toBeNull();
		// The description sentence about what is asked is quoted.
		expect(
			findSpec( 'How long does a 18650 cell last in it?', lantern )?.quote
		).toBe( 'One 18650 cell lasts about 12 hours on low.' );
	} );

	it( 'quotes an attribute the question names as the shop writes it, alone', () => {
		expect(
			findSpec( 'What is the IP-rating of the Glow Lantern?', lantern )
				?.quote
		).toBe( 'IP-rating: IP67' );
		// "standby runtime" names no "Runtime".
		expect(
			findSpec( 'What is the standby runtime of the lantern?', lantern )
		).toBeNull();
	} );

	it( 'reads where a product is from, how long it steeps and its caffeine content', () => {
		const tea = {
			...lantern,
			name: 'Lung Ching Sasel',
			attributes: [
				{ name: 'Herkunft', options: [ 'China (Zhejiang)' ] },
				{ name: 'Ziehzeit', options: [ '2 Minuten' ] },
				{ name: 'Koffeingehalt', options: [ 'mittel' ] },
			],
			description: 'Ein grüner Tee mit frischem, grasigem Charakter.',
		};
		for ( const question of [
			'Woher kommt der Lung Ching Sasel?',
			'Where is the Lung Ching Sasel from?',
		] ) {
			expect( findSpec( question, tea )?.quote ).toBe(
				'Herkunft: China (Zhejiang)'
			);
		}
		expect(
			findSpec( 'Wie lange muss der Lung Ching Sasel ziehen?', tea )
				?.quote
		).toBe( 'Ziehzeit: 2 Minuten' );
		expect(
			findSpec( 'how long should I steep the Lung Ching Sasel?', tea )
				?.quote
		).toBe( 'Ziehzeit: 2 Minuten' );
		expect(
			findSpec( 'Wie viel Koffein hat der Lung Ching Sasel?', tea )?.quote
		).toBe( 'Koffeingehalt: mittel' );
	} );

	it( 'reads the measure a question asks by its word in the attribute’s name', () => {
		const mower = {
			...lantern,
			name: 'Akku-Rasenmäher Specht',
			attributes: [
				{ name: 'Schnittbreite', options: [ '42 cm' ] },
				{ name: 'Grundfläche', options: [ '8,0 m²' ] },
				{ name: 'Gewicht', options: [ '23,5 kg' ] },
			],
			description: 'Ein leiser Akku-Rasenmäher mit Mulchfunktion.',
		};
		expect(
			findSpec( 'Wie breit schneidet der Akku-Rasenmäher Specht?', mower )
				?.quote
		).toBe( 'Schnittbreite: 42 cm' );
		// An English qualifier of the German attribute's kind: quoted, with a person offered.
		expect(
			findSpec(
				'How big is the Akku-Rasenmäher Specht, floor area?',
				mower
			)
		).toEqual(
			expect.objectContaining( {
				quote: 'Grundfläche: 8,0 m²',
				partial: true,
			} )
		);
	} );

	it( 'ranks the passage that answers and quotes it', () => {
		const [ best ] = rankPassages( 'How long does delivery take?', [
			{
				title: 'Versand',
				url: 'u1',
				heading: 'Kosten',
				body: 'Der Versand kostet 4,90 €.',
			},
			{
				title: 'Versand',
				url: 'u1',
				heading: 'Lieferzeit',
				body: 'Wir packen schnell. Die Lieferung dauert 2 bis 3 Werktage.',
			},
		] );
		expect( best?.heading ).toBe( 'Lieferzeit' );
		expect( best?.quote ).toContain(
			'Die Lieferung dauert 2 bis 3 Werktage.'
		);
	} );

	it( 'splits sentences without breaking numbers and knows contact questions', () => {
		expect( sentences( 'Es kostet 19.99 €. Danach nichts.' ) ).toEqual( [
			'Es kostet 19.99 €.',
			'Danach nichts.',
		] );
		// A run-on spec list splits before each key; one "key: value" is one fact.
		expect( sentences( 'Druck: 15 bar Wassertank: 2,0 l' ) ).toEqual( [
			'Druck: 15 bar',
			'Wassertank: 2,0 l',
		] );
		expect(
			sentences(
				'Pflanzen bis 17 cm Topf: 8,00 €\nAT — ab 59 € Bestellwert frei'
			)
		).toEqual( [
			'Pflanzen bis 17 cm Topf: 8,00 €',
			'AT — ab 59 € Bestellwert frei',
		] );
		expect( askedContactKinds( 'Welche Telefonnummer habt ihr?' ) ).toEqual(
			[ 'phone' ]
		);
		expect( askedContactKinds( 'When are you open?' ) ).toEqual( [
			'hours',
		] );
	} );
} );

describe( 'message catalogs', () => {
	it( 'hold the same keys (and status names) in every language', () => {
		const keys = ( lang: ( typeof LANGS )[ number ] ) =>
			Object.keys( MESSAGES[ lang ] ).sort();
		for ( const lang of LANGS ) {
			expect( keys( lang ) ).toEqual( keys( 'en' ) );
			expect( Object.keys( MESSAGES[ lang ].status ).sort() ).toEqual(
				Object.keys( MESSAGES.en.status ).sort()
			);
			expect(
				Object.keys( MESSAGES[ lang ].contactKinds ).sort()
			).toEqual( Object.keys( MESSAGES.en.contactKinds ).sort() );
		}
	} );
} );

describe( 'language of a short search', () => {
	it( 'reads a German product word with a German price limit as German', () => {
		expect( guessLanguage( 'Laubbläser unter 150 Euro?' ) ).toBe( 'de' );
		expect( guessLanguage( 'Rasenmäher ohne Akku?' ) ).toBe( 'de' );
		// A hyphenated name is no greeting ("Hi-Fi"), "vom" is German.
		expect(
			guessLanguage( 'Empfindlichkeit vom Hi-Fi-Kopfhörer Kessler Uto?' )
		).toBe( 'de' );
	} );
} );

describe( 'arrangements a shop makes', () => {
	it.each( [
		'Do you price match other camera shops?',
		'Gibt es Mengenrabatt?',
		'Wie kündige ich mein Tee-Abo?',
		'My kettle arrived damaged',
		'Kann ich per Nachnahme zahlen?',
	] )( '%s asks about the shop’s terms', ( question ) => {
		expect( signalsOf( question ).has( 'policy' ) ).toBe( true );
	} );

	it( 'reads collecting an order as a question about collection, with no number or e-mail', () => {
		const collect = analyze(
			'Kann ich meine Bestellung im Laden abholen?',
			{
				locale: 'de_DE',
			}
		);
		expect( collect.signals.has( 'order' ) ).toBe( false );
		expect( collect.signals.has( 'policy' ) ).toBe( true );
		const numbered = analyze( 'Kann ich Bestellung 12 im Laden abholen?', {
			locale: 'de_DE',
		} );
		expect( numbered.signals.has( 'order' ) ).toBe( true );
	} );
} );

describe( 'handoff requests in other words', () => {
	it.each( [
		'Can someone call me back?',
		'Ich möchte mich beschweren',
		'Kann mir ein Mitarbeiter helfen?',
		'I want to speak to customer service',
		'Bitte rufen Sie mich zurück',
	] )( '%s asks for a person', ( question ) => {
		expect( signalsOf( question ).has( 'handoff' ) ).toBe( true );
	} );

	it.each( [
		'This is ridiculous, the kettle broke twice and nobody helps!',
		'Please have someone contact me',
		'Your bot is useless, get me an employee',
		'I would like to speak with customer support',
		'Could you forward this to your team?',
		'Kann mich jemand anrufen?',
		'Das ist eine Frechheit, ich warte seit Wochen!',
		'Ich will eine Reklamation machen',
		'Kann ich mit dem Chef sprechen?',
		'Bitte melden Sie sich bei mir',
		'Ich bin total verärgert',
		'Kann mich bitte jemand aus der Buchhaltung zurückrufen?',
		'operator please',
		'Mitarbeiter bitte!',
	] )(
		'%s (a complaint, anger or a person asked to act) is a handoff',
		( question ) => {
			expect( signalsOf( question ).has( 'handoff' ) ).toBe( true );
		}
	);

	it.each( [
		'Can I call you on Saturdays?',
		'Does someone answer the phone on Sundays?',
		'I am disappointed the lantern is sold out, when is it back in stock?',
		'Can someone check order 12 for me?',
	] )( '%s asks something else, not for a person', ( question ) => {
		expect( signalsOf( question ).has( 'handoff' ) ).toBe( false );
	} );

	it( 'reads what a shop charges as a price and a colloquial "brauch nen" as a search', () => {
		expect(
			signalsOf( 'How much do you charge per hour to install it?' ).has(
				'price'
			)
		).toBe( true );
		expect( signalsOf( 'Was verrechnet ihr dafür?' ).has( 'price' ) ).toBe(
			true
		);
		expect(
			signalsOf( 'how long does it take to charge the battery?' ).has(
				'price'
			)
		).toBe( false );
		expect(
			signalsOf( 'brauch nen weißen Übertopf mit 21 cm' ).has( 'search' )
		).toBe( true );
	} );

	it( 'reads places and seats of a course as its stock', () => {
		expect(
			signalsOf(
				'Schleifkurs am 13. Februar – sind da noch Plätze frei?'
			).has( 'stock' )
		).toBe( true );
		expect(
			signalsOf( 'any spots left on the sharpening course?' ).has(
				'stock'
			)
		).toBe( true );
		expect(
			signalsOf( 'is the course on 13 February full?' ).has( 'stock' )
		).toBe( true );
		expect( signalsOf( 'Ist der Kurs ausgebucht?' ).has( 'stock' ) ).toBe(
			true
		);
		expect( signalsOf( 'How full is the tank?' ).has( 'stock' ) ).toBe(
			false
		);
	} );

	it( 'a question about the customer service phone number is not a handoff', () => {
		expect(
			signalsOf( 'What is your customer service phone number?' ).has(
				'handoff'
			)
		).toBe( false );
	} );

	it( 'knows German word forms a prefix does not: umlaut plurals and verb forms, not compound heads', () => {
		expect( sameWord( 'gartenhäuser', 'gartenhaus' ) ).toBe( true );
		expect( sameWord( 'baut', 'bauen' ) ).toBe( true );
		expect( sameWord( 'macht', 'machen' ) ).toBe( true );
		expect( sameWord( 'garantiefällen', 'fallen' ) ).toBe( false );
		expect( sameWord( 'zählen', 'zahlung' ) ).toBe( false );
	} );

	it( 'knows a past participle, an "-ieren" verb\'s noun and compounds of a head that says only "things"', () => {
		expect( sameWord( 'gewässert', 'wässern' ) ).toBe( true );
		expect( sameWord( 'montiert', 'montage' ) ).toBe( true );
		expect( sameWord( 'installieren', 'installation' ) ).toBe( true );
		expect( sameWord( 'tiefkühlsachen', 'tiefkühlware' ) ).toBe( true );
		// An umlaut plural ends the word; "wässern" is no "Wasserstein".
		expect( sameWord( 'wässern', 'wasserstein' ) ).toBe( false );
		expect( sameWord( 'garage', 'garten' ) ).toBe( false );
	} );

	it( 'reads a compound by its head, not a word that merely ends in a short one', () => {
		expect( sameWord( 'werktage', 'tage' ) ).toBe( true );
		expect( sameWord( 'expressversand', 'versand' ) ).toBe( true );
		// English words ending in "-tage" / "-take" are no days and no taking.
		expect( sameWord( 'wattage', 'tage' ) ).toBe( false );
		expect( sameWord( 'postage', 'tage' ) ).toBe( false );
		expect( sameWord( 'mistake', 'take' ) ).toBe( false );
		// A phrase is no compound: "send back" does not make every "back" a return.
		expect( sameWord( 'send back', 'back' ) ).toBe( false );
	} );

	it( 'reads Swiss spellings without ß as the same words', () => {
		expect( sameWord( 'maße', 'masse' ) ).toBe( true );
		expect( sameWord( 'größe', 'grösse' ) ).toBe( true );
	} );

	it( 'matches English inflections on a short stem ("chews" / "chewing")', () => {
		expect( sameWord( 'chews', 'chewing' ) ).toBe( true );
		expect( sameWord( 'pulls', 'pulling' ) ).toBe( true );
		expect( sameWord( 'news', 'newt' ) ).toBe( false );
	} );

	it( 'finds the concept a text names with a phrase ("send it back"), not with its last word', () => {
		const refund = 'We refund you within 5 working days of receiving it.';
		const window =
			'You have 30 days from the day your parcel arrives to send back anything unused.';
		expect( overlap( [ 'return' ], window ) ).toBeGreaterThan( 0 );
		expect( overlap( [ 'money' ], window ) ).toBe( 0 );
		expect( overlap( [ 'money' ], refund ) ).toBeGreaterThan( 0 );
	} );

	it( 'joins a separable verb a question splits, and reads it as a service', () => {
		expect( separatedVerbs( 'Baut ihr auch Gewächshäuser auf?' ) ).toEqual(
			[ 'aufbauen' ]
		);
		expect(
			separatedVerbs( 'Hallo! Nehmt ihr alte Akkus zurück? Danke' )
		).toEqual( [ 'zurücknehmen' ] );
		expect( separatedVerbs( 'Was kostet der Versand?' ) ).toEqual( [] );
		expect(
			analyze( 'Baut ihr auch Gewächshäuser auf?', { locale: 'de_DE' } )
				.signals
		).toContain( 'policy' );
	} );

	it( 'reads which sizes a product sold in one dimension comes in as its options', () => {
		const tea = {
			product: { name: 'Gyokuro Iserbrook' },
			variations: [ '50 g', '100 g', '1 kg' ].map( ( option ) => ( {
				attributes: [ { name: 'Gewicht', options: [ option ] } ],
			} ) ),
		} as unknown as Parameters< typeof asksForOptions >[ 1 ];
		expect(
			asksForOptions( 'Gyokuro Iserbrook – which sizes can I buy?', tea )
		).toBe( true );
		expect( asksForOptions( 'Welche Gewichte gibt es?', tea ) ).toBe(
			true
		);
		// One size asked is the product's size, not its options.
		expect(
			asksForOptions( 'what size is the Gyokuro Iserbrook?', tea )
		).toBe( false );
	} );

	it( 'tells a comparison from a question that only names two products', () => {
		expect( asksToCompare( 'Kessler Ägeri vs Kessler Uto?' ) ).toBe( true );
		expect(
			asksToCompare( 'Welcher ist leichter, der Napf oder der Biel?' )
		).toBe( true );
		expect(
			asksToCompare( 'Was unterscheidet die Vela Eiger und Vela Titlis?' )
		).toBe( true );
		expect(
			asksToCompare(
				'Do you have the Trail Kettle or the Ridge Kettle in stock?'
			)
		).toBe( false );
		expect( asksToCompare( 'Is the Trail Kettle lighter?' ) ).toBe( false );
		// A bare choice between two names is a comparison; a choice of colours is not.
		expect(
			asksToCompare( 'Steingut-Teekanne Iserbrook oder Volksdorf?' )
		).toBe( true );
		expect( asksToCompare( 'Is it in stock in blue or red?' ) ).toBe(
			false
		);
		// "more" or "less" of any fact in a choice compares.
		expect(
			asksToCompare(
				'Sony A7 IV or Nikon Z6 III, which one has more megapixels?'
			)
		).toBe( true );
		expect( asksToCompare( 'Do you have more of the Sony A7 IV?' ) ).toBe(
			false
		);
	} );

	it( 'completes a part that names only the maker with the first product’s kind', () => {
		const york = {
			product: { name: 'York Half Sheet Pan' },
		} as unknown as ProductMatch;
		const question =
			'Half Sheet Pan von York oder von Multnomah – worin unterscheiden die sich?';
		// Search words, folded to lower case.
		expect( swappedNames( york, 'von Multnomah', question ) ).toContain(
			'multnomah half sheet pan'
		);
	} );

	it( 'tells a product the shop lacks from one it has, by the kind and the word before it', () => {
		const cushion = {
			product: {
				externalId: '1',
				name: 'Renvyle Tweed Cushion',
				categories: [ 'Cushions' ],
				tags: [],
				attributes: [ { name: 'Material', options: [ 'Wool' ] } ],
				description: 'A wool tweed cushion.',
			},
			variations: [],
			namedVariations: [],
		} as unknown as Parameters< typeof missingKind >[ 1 ][ number ];
		expect(
			missingKind( 'do ye sell rugs? a big wool rug', [ cushion ] )
		).toBe( 'rugs' );
		expect(
			missingKind( 'any wool cushions for the sofa?', [ cushion ] )
		).toBeNull();
		expect(
			missingModifier( 'a sequinned cushion please', [ cushion ] )
		).toBe( 'sequinned' );
		// A material the vocabulary knows as a kind of its own (velvet, a fabric) is
		// found missing as the kind.
		expect(
			missingFromCatalog( 'a velvet cushion please', [ cushion ] )
		).toBe( 'velvet' );
		expect(
			missingModifier( 'a good tweed cushion please', [ cushion ] )
		).toBeNull();
	} );

	it( 'tells a thing the shop does not sell by the name asked for, looking each word up alone', async () => {
		const carrier = {
			product: {
				externalId: '2',
				name: 'Alder Pet Carrier',
				categories: [ 'Pets' ],
				tags: [],
				attributes: [],
				description: 'A carrier for cats and small dogs.',
			},
			variations: [],
			namedVariations: [],
		} as unknown as Parameters< typeof nameTheShopLacks >[ 1 ][ number ];
		const lookedUp: string[] = [];
		// The catalog knows only what the carrier's data says.
		const searchAlone = async ( word: string ) => {
			lookedUp.push( word );
			return [ 'carrier', 'cats', 'dogs' ].includes( word )
				? [ carrier ]
				: [];
		};
		await expect(
			nameTheShopLacks(
				'do you sell insurance for pets?',
				[ carrier ],
				searchAlone
			)
		).resolves.toBe( 'insurance' );
		// Words the found products hold, and questions that ask no "do you have …",
		// are never looked up.
		await expect(
			nameTheShopLacks(
				'do you sell carriers for cats?',
				[ carrier ],
				searchAlone
			)
		).resolves.toBeNull();
		await expect(
			nameTheShopLacks(
				'what does shipping of a carrier cost?',
				[ carrier ],
				searchAlone
			)
		).resolves.toBeNull();
		// A limit is no name ("unter 40 Dollar").
		await expect(
			nameTheShopLacks(
				'Habt ihr einen Carrier unter 40 Dollar?',
				[ carrier ],
				searchAlone
			)
		).resolves.toBeNull();
		expect( lookedUp ).toEqual( [ 'insurance' ] );
	} );
} );

describe( 'a signal only in the unit of a quantity', () => {
	it( 'is no question about opening hours', () => {
		expect(
			signalOnlyInQuantities(
				'i want a candle that burns for more than 80 hours',
				'contact'
			)
		).toBe( true );
		expect(
			signalOnlyInQuantities( 'what are your opening hours?', 'contact' )
		).toBe( false );
		expect(
			signalOnlyInQuantities(
				'are you open on Sunday? I need a lamp for 20 hours',
				'contact'
			)
		).toBe( false );
		expect(
			signalOnlyInQuantities(
				'a candle with a long burn time',
				'contact'
			)
		).toBe( false );
	} );

	it( 'leaves no contact signal in the analysis', () => {
		const candle = analyze(
			'i want a candle that burns for more than 80 hours',
			{ locale: 'en' }
		);
		expect( candle.signals.has( 'contact' ) ).toBe( false );
		expect(
			analyze( 'what are your opening hours?', { locale: 'en' } ).signals
		).toContain( 'contact' );
	} );
} );

describe( 'concepts of shipping in cold weather', () => {
	it( 'meets winter and freezing in a page’s frost pause', () => {
		expect( conceptsOf( 'winter' ) ).toContain( 'frost' );
		expect( conceptsOf( 'freezing' ) ).toContain( 'frost' );
		expect( conceptsOf( 'Frostpause'.toLowerCase() ) ).toContain( 'frost' );
	} );
} );

describe( 'concepts of the pages of many trades', () => {
	it( 'meets a question and a page in either language', () => {
		expect( conceptsOf( 'samples' ) ).toContain( 'samples' );
		expect( conceptsOf( 'warenprobe' ) ).toContain( 'samples' );
		expect( conceptsOf( 'loyalty' ) ).toContain( 'loyalty' );
		expect( conceptsOf( 'treuepunkte' ) ).toContain( 'loyalty' );
		expect( conceptsOf( 'bespoke' ) ).toContain( 'bespoke' );
		expect( conceptsOf( 'sonderanfertigung' ) ).toContain( 'bespoke' );
		expect( conceptsOf( 'workshops' ) ).toContain( 'courses' );
		expect( conceptsOf( 'kurse' ) ).toContain( 'courses' );
		expect( conceptsOf( 'preorder' ) ).toContain( 'preorder' );
		expect( conceptsOf( 'vorbestellung' ) ).toContain( 'preorder' );
		expect( conceptsOf( 'vat' ) ).toContain( 'vat' );
		expect( conceptsOf( 'mehrwertsteuer' ) ).toContain( 'vat' );
		expect( conceptsOf( 'lost' ) ).toContain( 'lost' );
		expect( conceptsOf( 'verloren' ) ).toContain( 'lost' );
		expect( conceptsOf( 'neighbour' ) ).toContain( 'neighbour' );
		expect( conceptsOf( 'nachbarn' ) ).toContain( 'neighbour' );
		expect( conceptsOf( 'provenance' ) ).toContain( 'origin' );
		expect( conceptsOf( 'herkunft' ) ).toContain( 'origin' );
		expect( conceptsOf( 'ingredients' ) ).toContain( 'ingredients' );
		expect( conceptsOf( 'zutaten' ) ).toContain( 'ingredients' );
	} );

	it( 'keeps words with an everyday sense out', () => {
		expect( conceptsOf( 'course' ) ).toEqual( [] );
		expect( conceptsOf( 'points' ) ).toEqual( [] );
		expect( conceptsOf( 'sicher' ) ).toEqual( [] );
	} );
} );
