/**
 * The DEV set for Cairn & Crest Outfitters (tests/doubles/woocommerce/cairncrest.json), an
 * ENGLISH-language outdoor and camping gear shop priced in US dollars ("$1,234.50"). About a
 * third of the shoppers ask in German: they must get a German reply, with the shop's own
 * prices in the shop's format and its English pages found from German words.
 *
 * Written by hand from the shop's JSON, before any of them was asked, by someone who has not
 * read the responder's code. Free to be read and tuned against, like tests/eval/dev/.
 */
import {
	ASK_EMAIL,
	BACKORDER,
	CANNOT_VERIFY,
	IN_STOCK,
	inStock,
	NOT_FOUND,
	OUT_OF_STOCK,
	PERSON,
	STATUS,
} from '../phrases';
import { numberedQuestions } from '../question-kit';
import type { EvalQuestion } from '../types';

const { questions, ofClass } = numberedQuestions( 'cc' );

// Product cards a reply must not show when the shopper only wrote an e-mail address.
const HEADLAMPS = /\b(?:basalt|tarn|larch|cirque|mesa|sawtooth|teton) headlamp/;
const GRAVEL_BIKES =
	/\b(?:cedar|kestrel|ridgeline|shasta|couloir|alder) gravel bike/;
const DAYPACKS =
	/\b(?:kestrel|bristlecone|alder|cascade|mesa|cirque|aspen) daypack/;
const STOVES =
	/\b(?:aspen|ptarmigan|kestrel|sawtooth|lupine|cascade|scree) stove/;
const COOLERS =
	/\b(?:sawtooth|bristlecone|lupine|summit|ridgeline|arroyo) cooler/;

// ---------------------------------------------------------------- price
const price = ofClass( 'price' );
price.en( 'How much is the Basalt Tent?', [ '479.99' ] );
price.en( 'What does the Cedar Gravel Bike cost?', [ '1,899.50' ] );
price.en(
	'Price of the Warranty Card Holder?',
	[ '19.95' ],
	[ ...NOT_FOUND, '2 years' ]
);
price.en(
	'How much is the Return Trip Daypack?',
	[ '74.95' ],
	[ ...NOT_FOUND, '45 days' ]
);
price.en(
	"What's the price of the Shipping Crate 60 L?",
	[ '42.00' ],
	[ ...NOT_FOUND, '7.95', '29.95' ]
);
price.en( 'How much does the Tent & Pad Repair Kit cost?', [ '13.95' ] );
price.en( 'how much for the kestrel stove', [ '99.95' ] );
price.en( 'What is the price of CC-LAMP-242?', [ '43.50' ] );
price.de( 'Was kostet die Sawtooth Cooler?', [ '285.50' ] );
price.de( 'Wie teuer ist die Tahoma Mini Pump?', [ '29.99' ] );
price.de( 'Was kostet das Ridgeline Gravel Bike?', [ '2,200.00' ] );
price.de(
	'Was kostet das Contact Lens Travel Kit?',
	[ '12.50' ],
	[ ...NOT_FOUND, '555-0142' ]
);

// ---------------------------------------------------------------- spec
const spec = ofClass( 'spec' );
spec.en(
	'What is the comfort rating of the Ptarmigan Sleeping Bag?',
	[ [ '-9 °C', '-9°C', '−9 °C', '16 °F', '16°F' ] ],
	[ ...NOT_FOUND, '399.95' ]
);
spec.en( 'How heavy is the Basalt Tent?', [ [ '1.85 kg', '4 lb 1 oz' ] ] );
spec.en( "What's the max pressure of the Whitney Mini Pump in bar?", [
	'8.3 bar',
] );
spec.en( 'What is the R-value of the Couloir Sleeping Pad?', [ '4.2' ] );
spec.en( 'How many lumens does the Teton Headlamp have?', [ '450' ] );
spec.en(
	'How many litres is the Sequoia Backpack?',
	[ '65 L' ],
	[ ...NOT_FOUND, '172.99' ]
);
spec.en( "What's the Sawtooth Cooler's capacity in quarts?", [ '35 qt' ] );
spec.en( 'How long does a 230 g gas canister last on the Lupine Stove?', [
	'90 minutes',
] );
spec.en( 'How many stakes come with the Tarn Tent?', [ '14' ] );
spec.en( 'Does the Shasta Gravel Bike come fully assembled?', [ '94%' ] );
spec.en( 'How many breaths does it take to inflate the Granite Sleeping Pad?', [
	'11',
] );
spec.en( 'What tyre clearance does the Ridgeline Gravel Bike have?', [
	'45c',
] );
spec.de(
	'Wie viel wiegt der Warranty Card Holder?',
	[ '28 g' ],
	[ ...NOT_FOUND, '2 years', '2 Jahre' ]
);
spec.de( 'Welche Wassersäule hat das Summit Tent?', [
	[ '2,200 mm', '2.200 mm', '2200 mm' ],
] );
spec.de( 'Wie lang ist die Aspen Mini Pump?', [ [ '30 cm', '11.8 in' ] ] );
spec.de( 'Wie tief sind die Stollen beim Scree Hiking Boot?', [ '6 mm' ] );
spec.de( 'Aus welchem Material ist der Obsidian Cook Pot?', [ 'Titan' ] );

// ---------------------------------------------------------------- stock
const stock = ofClass( 'stock' );
stock.en( 'Is the Bristlecone Cooler in stock?', [ OUT_OF_STOCK ] );
stock.en( 'Do you have the Arroyo Camp Chair in stock?', [ BACKORDER ] );
stock.en( 'Is the Larch Headlamp available?', ...inStock( '12' ) );
stock.en(
	'Is the Contact Lens Travel Kit in stock?',
	[ OUT_OF_STOCK ],
	[ ...NOT_FOUND, '555-0142' ]
);
stock.en(
	'Can I get the Shipping Crate 60 L right now?',
	[ BACKORDER ],
	[ ...NOT_FOUND, '7.95' ]
);
stock.en( 'How many Tahoma Cook Pots do you have left?', ...inStock( '2' ) );
stock.en( 'Is the Scree Stove available?', [ OUT_OF_STOCK ] );
stock.de( 'Ist das Bivouac Tent auf Lager?', [ OUT_OF_STOCK ] );
stock.de(
	'Habt ihr den Return Trip Daypack vorrätig?',
	[ IN_STOCK, '9' ],
	[ ...NOT_FOUND, ...OUT_OF_STOCK, '45' ]
);
stock.de( 'Ist das Sequoia Tent lieferbar?', [ BACKORDER ] );

// ---------------------------------------------------------------- variation
const variation = ofClass( 'variation' );
variation.en(
	'How much is the Ptarmigan Sleeping Bag in Long?',
	[ '431.95' ],
	[ ...NOT_FOUND, '399.95' ]
);
variation.en( 'Is the Scree Hiking Boot in US 10 in stock?', [ OUT_OF_STOCK ] );
variation.en(
	'Do you have the Scree Hiking Boot in size US 9?',
	...inStock( '23' )
);
variation.en(
	'Price of the Kestrel Gravel Bike in 58 cm?',
	[ '2,004.99' ],
	[ ...NOT_FOUND, '1,927.99' ]
);
variation.en( 'Is the Couloir Rain Jacket in M, Slate Grey available?', [
	BACKORDER,
] );
variation.en( 'Is the Ridgeline Rain Jacket available in Slate Grey, size L?', [
	OUT_OF_STOCK,
] );
variation.en(
	'How much is the 1 L Arroyo Insulated Bottle?',
	[ '59.95' ],
	[ ...NOT_FOUND, '42.50' ]
);
variation.en( 'Bivouac Trekking Poles 120 cm - do you have them?', [
	BACKORDER,
] );
variation.en( 'Is the Teton Backpack in torso size S/M in stock?', [
	OUT_OF_STOCK,
] );
variation.en(
	'How much is the $100 Cairn & Crest gift card?',
	[ '100.00' ],
	[ ...NOT_FOUND, '25.00' ]
);
variation.de(
	'Was kostet das Shasta Gravel Bike in 56 cm?',
	[ '2,243.95' ],
	[ ...NOT_FOUND, '2,200.00' ]
);
variation.de(
	'Gibt es die Cedar Rain Jacket in XL in Ember Red?',
	...inStock( '33' )
);
variation.de( 'Ist der Lupine Hiking Boot in US 11 verfügbar?', [ BACKORDER ] );
variation.de(
	'Was kostet die Lupine Insulated Bottle mit 750 ml?',
	[ '46.99' ],
	[ ...NOT_FOUND, '38.99' ]
);

// ---------------------------------------------------------------- order
const order = ofClass( 'order' );
order.en(
	'Where is my order 2? ava.nguyen@headlamp.net',
	[ STATUS.completed!, '1Z4C8E7301728422' ],
	[ ...NOT_FOUND, HEADLAMPS ]
);
order.en(
	'Status of order #8, email emma.diaz@talus.example',
	[ STATUS.refunded! ],
	[ ...NOT_FOUND, 'talus sleeping pad' ]
);
order.en(
	'lucas.kim@gravelbike.example',
	[ STATUS.processing! ],
	[ GRAVEL_BIKES ],
	[ 'Can you check order 7 for me?' ]
);
order.en(
	'What is the status of order 9?',
	[ STATUS.completed!, '1Z4C8E7307777899' ],
	[ COOLERS ],
	[ 'My email is jack.wilson@cooler.example' ]
);
order.en(
	'Order 5, email ethan.brooks@gmail.example',
	[ CANNOT_VERIFY ],
	[ STATUS.completed!, '1Z4C8E7304321055' ]
);
order.en( 'Has order 11 shipped yet?', [ ASK_EMAIL ], [ STATUS.processing! ] );
order.en( 'order 10 sofia.martin@fastmail.example', [ STATUS[ 'on-hold' ]! ] );
order.en(
	"I placed order number 4 with mia.johnson@campstove.example - what's the status?",
	[ STATUS.pending! ],
	[ ...NOT_FOUND, STOVES ]
);
order.de( 'Wo ist meine Bestellung 1? liam.carter@tentpole.example', [
	STATUS.processing!,
] );
order.de(
	'Bestellung 6, E-Mail olivia.reed@daypack.io - wie ist der Status?',
	[ STATUS.cancelled! ],
	[ ...NOT_FOUND, DAYPACKS ]
);
order.de(
	'grace.hall@rainjacket.example',
	[ STATUS.completed!, '1Z4C8E7310370522' ],
	NOT_FOUND,
	[ 'Wie ist der Stand meiner Bestellung 12?' ]
);
order.de(
	'Bestellung 3, meine Mail ist noah.patel@example.com',
	[ CANNOT_VERIFY ],
	[ STATUS[ 'on-hold' ]! ]
);

// ---------------------------------------------------------------- policy
const policy = ofClass( 'policy' );
policy.en( 'How many days do I have to return something?', [ '45' ] );
policy.en( 'Is return shipping free?', [ 'contiguous' ] );
policy.en( 'How long does it take to get my refund?', [ '7 business days' ] );
policy.en( 'How much is shipping to Canada?', [ '29.95' ] );
policy.en( 'What does expedited shipping cost?', [ '19.95' ] );
policy.en( 'Do you ship stove fuel canisters to Hawaii?', [ 'contiguous' ] );
policy.en( 'How long is the warranty on sleeping bags?', [ '5 years' ] );
policy.en( 'Can I pay with Apple Pay?', [ 'Apple Pay' ] );
policy.en( 'How much does it cost to rent a tent for the weekend?', [
	'30.00',
] );
policy.en( 'How much do you charge to resole hiking boots?', [ '95.00' ] );
policy.de( 'Wie lange habe ich Zeit, etwas zurückzugeben?', [ '45' ] );
policy.de( 'Ab welchem Bestellwert ist der Versand kostenlos?', [ '99' ] );
policy.de( 'Kann ich in Raten bezahlen?', [ 'Affirm' ] );
policy.de( 'Was kostet der Versand eines Fahrrads?', [ '89' ] );
policy.de( 'Gibt es eine Garantie auf Fahrradrahmen?', [
	[ 'lifetime', 'lebenslang' ],
] );

// ---------------------------------------------------------------- contact
const contact = ofClass( 'contact' );
contact.en( "What's your phone number?", [ '555-0142' ] );
contact.en(
	'Where is your store?',
	[ [ '1127 SE Alder', 'Alder Street' ] ],
	[ ...NOT_FOUND, /\balder (?:daypack|camp chair|cook pot|gravel bike)/ ]
);
contact.en( 'Are you open on Sunday?', [
	[ '11:00 am', '11 am', '11am', '11:00' ],
	[ '5:00 pm', '5 pm', '5pm', '17:00' ],
] );
contact.en( "What's your email address?", [ 'help@cairncrest.example' ] );
contact.en( 'When can I call customer service?', [
	[ '8:00 am', '8 am', '8am', '8:00' ],
	[ '5:00 pm', '5 pm', '5pm', '17:00' ],
] );
contact.de( 'Wie sind eure Öffnungszeiten am Samstag?', [
	[ '9:00 am', '9 am', '9:00' ],
	[ '6:00 pm', '6 pm', '18:00' ],
] );
contact.de( 'Wie kann ich euch telefonisch erreichen?', [ '555-0142' ] );
contact.de( 'Gibt es Parkplätze beim Laden?', [
	[ '12th Avenue', 'SE 12th' ],
] );

// ---------------------------------------------------------------- search
const search = ofClass( 'search' );
search.en(
	'Do you have a tent that sleeps 4?',
	[ 'Cedar Tent' ],
	[ ...NOT_FOUND, 'Tarn Tent', 'Shasta Tent', 'Bivouac Tent' ]
);
search.en(
	'I need a sleeping bag with a comfort rating of -7 °C or colder',
	[
		[
			'Ptarmigan Sleeping Bag',
			'Basin Sleeping Bag',
			'Cascade Sleeping Bag',
			'Moraine Sleeping Bag',
		],
	],
	[
		...NOT_FOUND,
		'Tarn Sleeping Bag',
		'Whitney Sleeping Bag',
		'Lupine Sleeping Bag',
	]
);
search.en(
	'Show me water filters under $60',
	[ [ 'Basalt Water Filter', 'Scree Water Filter', 'Shasta Water Filter' ] ],
	[
		...NOT_FOUND,
		'Traverse Water Filter',
		'Granite Water Filter',
		'Bristlecone Water Filter',
		'Basin Water Filter',
	]
);
search.en(
	'Which headlamps have at least 350 lumens?',
	[ [ 'Teton Headlamp', 'Sawtooth Headlamp' ] ],
	[ ...NOT_FOUND, 'Tarn Headlamp', 'Mesa Headlamp', 'Cirque Headlamp' ]
);
search.en(
	'Which gravel bikes have a carbon frame?',
	[ [ 'Kestrel Gravel Bike', 'Alder Gravel Bike' ] ],
	[ ...NOT_FOUND, 'Ridgeline Gravel Bike', 'Shasta Gravel Bike' ]
);
search.en(
	"I'm looking for a titanium cook pot",
	[ [ 'Obsidian Cook Pot', 'Alder Cook Pot' ] ],
	[ ...NOT_FOUND, 'Mesa Cook Pot', 'Switchback Cook Pot' ]
);
search.en(
	'A mini pump that does 11 bar for under $30?',
	[ [ 'Aspen Mini Pump', 'Tahoma Mini Pump' ] ],
	[ ...NOT_FOUND, 'Lupine Mini Pump', 'Cedar Mini Pump', 'Tarn Mini Pump' ]
);
search.de(
	'Ich suche einen Rucksack mit mindestens 65 Litern',
	[ [ 'Teton Backpack', 'Sequoia Backpack', 'Basalt Backpack' ] ],
	[ ...NOT_FOUND, 'Tahoma Backpack', 'Switchback Backpack' ]
);
search.de(
	'Habt ihr eine Stirnlampe unter 40 Dollar?',
	[ 'Teton Headlamp' ],
	[ ...NOT_FOUND, 'Cirque Headlamp', 'Tarn Headlamp', 'Sawtooth Headlamp' ]
);
search.de(
	'Welche Campingstühle tragen mindestens 140 kg?',
	[ [ 'Aspen Camp Chair', 'Teton Camp Chair' ] ],
	[
		...NOT_FOUND,
		'Arroyo Camp Chair',
		'Granite Camp Chair',
		'Whitney Camp Chair',
	]
);

// ---------------------------------------------------------------- unknown
const unknown = ofClass( 'unknown' );
unknown.en( 'Do you offer guided hiking tours?', [ PERSON ], [ /\$\d/ ] );
unknown.en(
	'How many calories are in your freeze-dried meals?',
	[ PERSON ],
	[ /\d\s?(?:kcal|calories)/ ]
);
unknown.en(
	'How long does the Basalt Headlamp last in strobe mode?',
	[ PERSON ],
	[ /strobe[^.]*\d+\s?h/ ]
);
unknown.en(
	'What is the packed size of the Cedar Tent?',
	[ PERSON ],
	[ /packed size:?\s*\d/ ]
);
unknown.en( 'Which factory makes the Sawtooth Cooler?', [ PERSON ], [] );
unknown.de( 'Kann man bei euch Kajaks mieten?', [ PERSON ], [ /\$\d/ ] );
unknown.de(
	'Welche Farbe hat das Cedar Tent?',
	[ PERSON ],
	[ /\b(?:grün|green|orange|gelb|yellow|blau|blue|grau|grey|gray|rot|red)\b/ ]
);

// ---------------------------------------------------------------- handoff
const handoff = ofClass( 'handoff' );
handoff.en( 'I want to talk to a real person', [ ASK_EMAIL ], [] );
handoff.en( 'Can a human help me with a warranty claim?', [ ASK_EMAIL ], [] );
handoff.de( 'Ich möchte mit einem Mitarbeiter sprechen', [ ASK_EMAIL ], [] );
handoff.de( 'Bitte verbinde mich mit dem Kundenservice', [ ASK_EMAIL ], [] );

// ---------------------------------------------------------------- language
const language = ofClass( 'language' );
language.de( 'Hallo! Verkauft ihr Schlafsäcke?', [ 'Sleeping Bag' ] );
language.de( 'Guten Tag, habt ihr Wanderschuhe?', [ 'Hiking Boot' ] );
language.de( 'Servus, gibt es bei euch Trekkingstöcke?', [ 'Trekking Poles' ] );
language.en( 'Hi there! Do you sell bike pumps?', [ 'Mini Pump' ] );
language.en( 'hey, got any insulated bottles (Thermosflasche)?', [
	'Insulated Bottle',
] );

export const CAIRNCREST_DEV: readonly EvalQuestion[] = questions;
