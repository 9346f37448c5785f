/**
 * The DEV set for Whisker & Wag (tests/doubles/woocommerce/whiskerwag.json), an ENGLISH-language
 * pet supplies shop in Harrogate priced in pounds ("£1,234.50"). About a third of the shoppers
 * ask in German: they must get a German reply about an English shop (its English product
 * names and pages), with the shop's own prices; German replies may write them "24,99".
 *
 * Written by hand from the shop's JSON, BEFORE any of them was asked, by someone who has not
 * read the responder's code or the earlier sets' questions, the way shoppers write: typos,
 * lowercase, British slang ("quid"), indirect questions, several constraints in one message,
 * and follow-ups in the same conversation. Free to be read and tuned against.
 */
import {
	ASK_EMAIL,
	BACKORDER,
	CANNOT_VERIFY,
	inStock,
	NOT_FOUND,
	OUT_OF_STOCK,
	PERSON,
	STATUS,
} from '../phrases';
import { numberedQuestions } from '../question-kit';
import type { EvalQuestion } from '../types';

const { questions, ofClass } = numberedQuestions( 'ww' );

/** An amount as the shop writes it, or with a decimal comma in a German reply. */
const gbp = ( amount: string ): string[] => [
	amount,
	amount.replace( '.', ',' ),
];

const PEOPLE = PERSON as string[];
/** A reply that does not know a fact: says so, or hands over to a person. */
const UNSURE: string[] = [
	...NOT_FOUND,
	"don't know",
	'do not know',
	'not sure',
	"doesn't say",
	'does not say',
	"doesn't mention",
	'does not mention',
	'not mentioned',
	'not stated',
	'no details',
	"don't have",
	'do not have',
	'weiß ich nicht',
	'nicht sicher',
	'keine angabe',
	'nicht angegeben',
	'keine details',
	'liegen mir nicht vor',
	...PEOPLE,
];
/** The shop delivers within the UK only (asked from Dublin and from Berlin). */
const UK_ONLY = [
	'outside the uk',
	'only within the uk',
	'uk only',
	'only to the uk',
	'only deliver to the uk',
	'only ship to the uk',
	'only deliver within the uk',
	'only ship within the uk',
];

const HUTCH_PRODUCTS = /(?:rabbit|guinea pig) hutch/i;
const AQUARIUM_PRODUCTS =
	/aquarium (?:starter kit|set)|glass aquarium with cabinet/i;
const COLLAR_PRODUCTS = /(?:leather|padded) dog collar|martingale collar/i;

// ---- price ----
const price = ofClass( 'price' );
price.en( 'how much is the delivery day treat box?', [ '14.99' ] );
price.en( 'whats the price on the aquascape display cabinet set', [
	[ '1,249', '1249' ],
] );
price.en(
	'Fen silica crystal litter - is it on offer atm? how much is it now',
	[ '3.99' ]
);
price.en(
	'price for the Heather Parrot Cage pls',
	[ '77.99' ],
	[ ...NOT_FOUND, '286.99', '267.00' ]
);
price.en(
	"How much does the Guarantee Chew cost? Just the price, I don't need the guarantee blurb",
	[ '9.99' ]
);
price.en( 'parcel box cat scratcher how much', [ '12.99' ] );
price.en( 'how much is the returnable water bottle thing', [ '12.50' ] );
price.en( 'What does the Opening Hours Automatic Feeder cost at the moment?', [
	'64',
] );
price.en( 'refund rabbit toy price?', [ '6.49' ] );
price.de( 'Was kostet der Aquarium Heater 300 W?', [ gbp( '34.99' ) ] );
price.de( 'wie teuer ist das highland salmon oil', [ gbp( '17.99' ) ] );
price.de( 'Was kostet das Stainless Steel Bowl Set mit der Matte?', [
	gbp( '18.50' ),
] );
price.de(
	'Preis vom Thistle Rabbit Hutch?',
	[ gbp( '233.99' ) ],
	[ ...NOT_FOUND, '156.99', '107.00' ]
);
price.de(
	'Ich brauche eine Wärmelampe fürs Terrarium – was kostet die Sedge Ceramic Heat Lamp?',
	[ gbp( '56.49' ) ]
);

// ---- spec ----
const spec = ofClass( 'spec' );
spec.en(
	'how many litres is the aquascape display cabinet set and how big is it?',
	[ '450', /150\s?(?:×|x|by)\s?60\s?(?:×|x|by)\s?55/i ]
);
spec.en( "what's the flow rate on the Wensley External Canister Filter", [
	[ '300 l/h', '300 litres per hour', '300 liters per hour' ],
] );
spec.en( 'how thick is the foam on the marram orthopaedic dog bed?', [
	[ '6 cm', '6cm' ],
] );
spec.en(
	'Skye Adult Dry Dog Food Chicken & Rice - how much protein is in it and is it grain free?',
	[ [ '29%', '29 %', '29 percent' ] ]
);
spec.en( 'how long does the battery last on the hazel cordless clippers', [
	[ '60 minutes', '60 mins', '60 min' ],
] );
spec.en( 'bar spacing on the Loch Budgie Cage? mine are tiny', [
	[ '12 mm', '12mm' ],
] );
spec.en( 'juniper cat climbing tower, how tall is it in inches?', [ '37' ] );
spec.en(
	'whats the max weight for the alder pet carrier and how heavy is it empty',
	[
		[ '38 kg', '38kg' ],
		[ '2.3 kg', '2.3kg' ],
	]
);
spec.en(
	'Rowan Padded Dog Lead - how strong is it? my lab pulls like a train',
	[ [ '200 kg', '200kg' ] ]
);
spec.en( 'how much of the highland salmon oil do I give a 20kg dog?', [
	[ '3 pumps', 'three pumps' ],
] );
spec.en( 'What size is the Parcel Box Cat Scratcher?', [
	/45\s?(?:×|x|by)\s?30\s?(?:×|x|by)\s?25/i,
] );
spec.de( 'Wie viel Watt hat die Sedge Ceramic Heat Lamp?', [
	[ '25 W', '25 Watt', '25W' ],
] );
spec.de( 'wie lange hält der akku bei den Mallow Cordless Pet Clippers?', [
	[ '60 min', '60 Min' ],
] );
spec.de( 'Wie stark ist die Heizung beim Juniper Tropical Aquarium Set?', [
	[ '50 W', '50 Watt', '50W' ],
] );
spec.de( 'Ist die Thistle Silica Crystal Litter parfümiert?', [
	[ 'baby powder', 'babypuder' ],
] );
spec.de(
	'Wie lange reicht ein 12-kg-Sack Wensley Puppy Dry Food für einen 20 kg schweren Hund?',
	[ '59' ]
);
spec.de( 'Wie warm wird die Larch Heat Mat maximal?', [
	[ '39 °C', '39°C', '39 Grad', '39 °c' ],
] );

// ---- stock ----
const stock = ofClass( 'stock' );
stock.en( 'is the opening hours automatic feeder in stock?', [ OUT_OF_STOCK ] );
stock.en( 'do you have the highland salmon oil in stock', [ BACKORDER ] );
stock.en(
	'Parcel Box Cat Scratcher - how many have you got left?',
	...inStock( '3' )
);
stock.en(
	'is the aquascape cabinet set actually available to buy?',
	...inStock( '2' )
);
stock.en(
	'Sedge dog shampoo oatmeal & aloe - got any?',
	[ OUT_OF_STOCK ],
	[ ...NOT_FOUND, '39.49' ]
);
stock.en( 'Harris Flight Cage in stock?', [ BACKORDER ] );
stock.en(
	'is the delivery day treat box still available? want it for my sisters dog on saturday',
	...inStock( '9' )
);
stock.en( 'juniper cat scratching post in stock?', [ OUT_OF_STOCK ] );
stock.en( 'Do you have the Contact Me ID tags in stock?', ...inStock() );
stock.de( 'Ist die Teasel Wire Dog Crate auf Lager?', ...inStock( '1' ) );
stock.de( 'Habt ihr den Moss Bird Cage vorrätig?', [ OUT_OF_STOCK ] );
stock.de( 'Ist das Pennine Clumping Clay Cat Litter lieferbar?', [
	BACKORDER,
] );
stock.de(
	'Gibt es den Aquarium Heater 300 W noch? Wie viele habt ihr?',
	...inStock( '6' )
);
stock.de( 'ist das Wensley Wet Cat Food Tuna in Jelly verfügbar?', [
	OUT_OF_STOCK,
] );

// ---- variation ----
const variation = ofClass( 'variation' );
variation.en(
	'skye adult dry dog food chicken and rice, how much is the 12kg bag and have you got it',
	[ '66.99', OUT_OF_STOCK ]
);
variation.en( 'Pennine Reflective Lead in navy - available?', [ BACKORDER ] );
variation.en(
	'price of the larch leather dog collar in a medium?',
	[ '27.99' ],
	[ ...NOT_FOUND, '37.99' ]
);
variation.en(
	'What sizes does the Wensley Padded Dog Collar come in, and how much is the XL?',
	[ '21.99' ]
);
variation.en(
	'Sedge Wet Cat Food Tuna in Jelly - price for the pack of 24?',
	[ '17.99' ],
	[ ...NOT_FOUND, '22.99' ]
);
variation.en( 'teasel orthopaedic dog bed, large size, how much?', [
	'53.99',
] );
variation.en( 'how much is the 200 litre Wensley Aquarium Starter Kit', [
	'844.99',
] );
variation.en( 'what amounts does the gift card come in?', [
	'10',
	'25',
	'50',
	'100',
] );
variation.en(
	'Ember treat puzzle ball - the pack of 3, price and how many in stock?',
	[ '28.99', '40' ]
);
variation.de(
	'Was kostet das Bramble Senior Dry Dog Food Turkey im 6-kg-Sack?',
	[ gbp( '34.99' ) ]
);
variation.de( 'Sorrel Padded Dog Collar in Größe M – ist der lieferbar?', [
	BACKORDER,
] );
variation.de(
	'Welche Farben gibt es bei der Thistle Rope Dog Lead, und ist Navy da?',
	[ OUT_OF_STOCK ]
);
variation.de( 'Was kostet das Tarn Donut Dog Bed in Extra Large?', [
	gbp( '99.99' ),
] );
variation.de( 'Juniper Waterproof Dog Bed in Medium – habt ihr das da?', [
	OUT_OF_STOCK,
] );

// ---- order ----
const order = ofClass( 'order' );
order.en( "where's my order?? #7, email chloe.evans@outlook.example", [
	STATUS.completed!,
	'WW40826953GB',
] );
order.en(
	'order no. 2 - tom.hughes@catlitter.co.uk - has it shipped yet',
	[ STATUS.processing! ],
	[
		...NOT_FOUND,
		/(?:clumping clay|wood pellet|silica crystal|paper) (?:cat )?litter/i,
	]
);
order.en(
	'owen.price@salmonoil.example',
	[ STATUS.completed!, 'WW40831090GB' ],
	[ ...NOT_FOUND, 'Highland Salmon Oil' ],
	[ 'hi can you check on my order 10' ]
);
order.en(
	'Could you tell me the status of order 3? My email is amara.okafor@aquarium.example',
	[ STATUS[ 'on-hold' ]! ],
	[ ...NOT_FOUND, AQUARIUM_PRODUCTS ]
);
order.en(
	'order 5, email fiona.mackay@gmail.com',
	[ CANNOT_VERIFY ],
	[ STATUS.pending!, '68.48' ]
);
order.en(
	"what's the status of my order #9",
	[ ASK_EMAIL ],
	[ STATUS.processing!, '78.98' ]
);
order.en(
	'order 8, ravi.sharma@hutch.example - did my refund go through?',
	[ STATUS.refunded! ],
	[ ...NOT_FOUND, HUTCH_PRODUCTS ]
);
order.en(
	'hi its liam, order 6 (liam.obrien@budgie.example). was it cancelled ok?',
	[ STATUS.cancelled! ]
);
order.en(
	"it's order 1, jess.patel@dogbed.example",
	[ 'WW40818679GB' ],
	[ ...NOT_FOUND, /donut dog bed|orthopaedic dog bed/i ],
	[ 'i want to track my parcel' ]
);
order.en( 'how much did i pay for order 4? gareth.jones@leash.example', [
	'39.93',
] );
order.en(
	'order 4 - gareth.jones@leash.co.uk - tracking number?',
	[ CANNOT_VERIFY ],
	[ '39.93', 'WW40822816GB' ]
);
order.en(
	'can you check order 10 for me, tom.hughes@catlitter.co.uk',
	[ CANNOT_VERIFY ],
	[ 'WW40831090GB', '99.48', STATUS.completed! ]
);
order.de(
	'Wo bleibt meine Bestellung Nr. 2? E-Mail: tom.hughes@catlitter.co.uk',
	[ STATUS.processing! ]
);
order.de(
	'Bestellung 5, fiona.mackay@btinternet.example – warum ist die noch nicht unterwegs?',
	[ STATUS.pending! ]
);
order.de(
	'Nummer 7',
	[ ASK_EMAIL ],
	[ 'WW40826953GB', STATUS.completed! ],
	[ 'Hallo, ich möchte wissen, wo meine Bestellung ist.' ]
);
order.de(
	'Bestellung #1 mit jess.patel@dogbed.example – wie ist die Sendungsnummer?',
	[ 'WW40818679GB' ]
);
order.de(
	'Status von Bestellung 9? ellie.walsh@collar.example',
	[ STATUS.processing! ],
	[ ...NOT_FOUND, COLLAR_PRODUCTS ]
);
order.de(
	'Bestellung 3, meine E-Mail ist amara@aquarium.example',
	[ CANNOT_VERIFY ],
	[ STATUS[ 'on-hold' ]!, '35.93' ]
);

// ---- policy ----
const policy = ofClass( 'policy' );
policy.en( 'how long have i got to send stuff back?', [ [ '30 days' ] ] );
policy.en( 'do you do free delivery? whats the minimum spend', [ '40' ] );
policy.en(
	'i live near inverness in the highlands, does delivery cost extra up here?',
	[ '7.50' ],
	[ ...NOT_FOUND, 'Highland Salmon Oil' ]
);
policy.en( "my dog won't touch the food, can i send back an opened bag?", [
	[
		'hygiene',
		"can't take back",
		'cannot take back',
		"can't accept",
		'cannot accept',
		"can't be returned",
		'cannot be returned',
	],
] );
policy.en( "how long's the guarantee on an aquarium filter", [
	[ '2 years', '2-year', 'two years', 'two-year', '2 year' ],
] );
policy.en( 'does the guarantee cover it if my dog chews the bed to bits?', [
	[
		"doesn't cover",
		'does not cover',
		'not covered',
		"isn't covered",
		'is not covered',
		'excluded',
		"won't cover",
	],
] );
policy.en( 'what payment methods do you take? klarna?', [
	'Klarna',
	'PayPal',
] );
policy.en( 'do you ship to ireland? (dublin)', [ UK_ONLY ] );
policy.en( 'whats next day delivery cost and when do i need to order by', [
	'6.95',
	[ '1pm', '1 pm', '13:00' ],
] );
policy.en( 'once you get my return how long till i see the money?', [
	[ '5 working days', 'five working days' ],
] );
policy.en(
	"I'm thinking of the 200 litre Juniper Aquarium Starter Kit, is it delivered like a normal parcel?",
	[ '24.95' ]
);
policy.de( 'Wie lange habe ich Zeit, etwas zurückzuschicken?', [
	[ '30 Tage', '30 days', '30 Tagen' ],
] );
policy.de( 'Ab welchem Bestellwert ist der Versand kostenlos?', [ '40' ] );
policy.de( 'Muss ich das Porto für eine Rücksendung selbst zahlen?', [
	[
		'selbst',
		'ihre kosten',
		'auf kosten',
		'tragen sie',
		'zahlen sie',
		'bezahlen sie',
		'übernehmen sie',
	],
] );
policy.de( 'Kann ich mit Klarna in Raten zahlen?', [ 'Klarna', '3' ] );
policy.de( 'Wie lange ist die Garantie auf Hundebetten?', [
	[ '1 Jahr', 'ein Jahr', 'einem Jahr', '1 year', '12 Monate' ],
] );
policy.de( 'Was kostet der Expressversand am nächsten Tag?', [
	gbp( '6.95' ),
] );

// ---- contact ----
const contact = ofClass( 'contact' );
contact.en( 'whats your phone number', [ '01632 960 418' ] );
contact.en( 'are you open on sundays?', [
	[ '10am', '10 am', '10:00' ],
	[ '2pm', '2 pm', '14:00' ],
] );
contact.en( "where's the shop? need the postcode for the satnav", [
	'HG1 1TX',
] );
contact.en( 'email address for customer service?', [
	'hello@whiskerandwag.example',
] );
contact.en( 'can i ring you on a sunday?', [ [ 'closed' ] ] );
contact.en( 'what time do you shut on a saturday', [
	[ '5pm', '5 pm', '17:00' ],
] );
contact.de( 'Wie sind eure Öffnungszeiten unter der Woche?', [
	'8:30',
	[ '6pm', '6 pm', '18:00', '18 Uhr' ],
] );
contact.de( 'Welche Telefonnummer hat der Kundenservice?', [
	'01632 960 418',
] );
contact.de( 'Habt ihr auch einen Laden? Adresse bitte', [
	'Harrogate',
	'Tannery Yard',
] );

// ---- search ----
const search = ofClass( 'search' );
search.en(
	'any dog beds under £40?',
	[ [ 'Marram Orthopaedic Dog Bed', 'Teasel Orthopaedic Dog Bed' ] ],
	[ ...NOT_FOUND, 'Thistle Donut Dog Bed', 'Larch Donut Dog Bed' ]
);
search.en( 'do you guys sell cat trees', [
	[ 'Dale Cat Tree', 'Cat Climbing Tower', 'Cat Scratching Post' ],
] );
search.en(
	'looking for a cage for my budgie, what have you got',
	[ [ 'Budgie Cage', 'Bird Cage', 'Flight Cage' ] ],
	[ ...NOT_FOUND, HUTCH_PRODUCTS ]
);
search.en( 'need a heater for a big tank, about 400 litres', [
	'Aquarium Heater 300 W',
] );
search.en( 'got anything to keep my leopard gecko warm?', [
	[ 'Heat Mat', 'Heat Lamp' ],
] );
search.en(
	'grain free dry food for my dog, what do you have?',
	[
		[
			'Skye Adult Dry Dog Food',
			'Wensley Puppy Dry Food',
			'Sedge Working Dog Food',
			'Tarn Senior Dry Dog Food',
		],
	],
	[
		...NOT_FOUND,
		'Sorrel Senior Dry Dog Food Turkey',
		'Bramble Senior Dry Dog Food Turkey',
		'Marram Adult Dry Dog Food Chicken & Rice',
		'Cobble Adult Dry Dog Food Chicken & Rice',
	]
);
search.en( 'waterproof bed for a muddy springer?', [
	[
		'Juniper Waterproof Dog Bed',
		'Teasel Orthopaedic',
		'Marram Orthopaedic',
	],
] );
search.en( "what's the cheapest cat litter you do", [
	'Fen Silica Crystal Litter',
	'3.99',
] );
search.en(
	'something for my rabbits to live in outside, under 120 quid',
	[ [ 'Beck Rabbit Hutch', 'Dale Guinea Pig Hutch' ] ],
	[
		...NOT_FOUND,
		'Thistle Rabbit Hutch',
		'Rowan Guinea Pig Hutch',
		'Pennine Hutch & Run',
	]
);
search.de( 'Habt ihr Katzenstreu aus Holz?', [ 'Wood Pellet' ] );
search.de( 'ich suche einen kratzbaum für zwei katzen', [
	[ 'Cat Tree', 'Cat Climbing Tower', 'Scratching Post' ],
] );
search.de( 'Habt ihr Hundeboxen fürs Auto?', [
	[ 'Wire Dog Crate', 'Pet Carrier', 'Soft Travel Crate' ],
] );
search.de( 'Gibt es bei euch Hundeshampoo?', [ 'Dog Shampoo' ] );
search.de(
	'Zeig mir Aquarien unter 100 Pfund',
	[ [ 'Juniper Tropical Aquarium Set', 'Rowan Glass Aquarium' ] ],
	[
		...NOT_FOUND,
		'Aquascape Display Cabinet Set',
		'Teasel Tropical Aquarium Set',
		'Bracken Tropical Aquarium Set',
	]
);

// ---- handoff ----
const handoff = ofClass( 'handoff' );
handoff.en( 'can i talk to a real person please', [ PERSON ], [] );
handoff.en( 'this bot is useless get me a human', [ PERSON ], [] );
handoff.en(
	'I want to complain about how my dog was groomed on Saturday, who do I speak to?',
	[ PERSON ],
	[]
);
handoff.en(
	'the hutch arrived with a split panel, i need someone to sort it out',
	[ PERSON ],
	[]
);
handoff.de(
	'Ich möchte bitte mit einem Mitarbeiter sprechen.',
	[ PERSON ],
	[]
);
handoff.de( 'Kann mich jemand von euch zurückrufen?', [ PERSON ], [] );

// ---- unknown ----
const unknown = ofClass( 'unknown' );
unknown.en(
	'is the skye adult dry dog food made with british chicken?',
	[ UNSURE ],
	[ /\byes\b/i ]
);
unknown.en(
	'do you do dog walking as well as grooming?',
	[ UNSURE ],
	[ /we (?:do|offer) dog walking/i, /dog walking (?:costs|is £)/i ]
);
unknown.en(
	'is the guarantee chew vet approved?',
	[ UNSURE ],
	[ /\byes\b/i, /vet[- ]approved\./i ]
);
unknown.en(
	'when will the highland salmon oil be back in stock?',
	[ UNSURE ],
	[
		/next week/i,
		/\b\d{1,2}(?:st|nd|rd|th)? (?:of )?(?:january|february|march|april|may|june|july|august|september|october|november|december)/i,
	]
);
unknown.en(
	'would the Loch Budgie Cage be ok for a cockatiel?',
	[ UNSURE ],
	[ /\byes\b/i ]
);
unknown.en( 'what brand of LED is in the Teasel Tropical Aquarium Set?', [
	UNSURE,
] );
unknown.de(
	'Ist das Fen Cat Food Ocean Fish in Jelly MSC-zertifiziert?',
	[ UNSURE ],
	[ /\bja\b/i ]
);
unknown.de(
	'Bietet ihr auch eine Tierarztberatung an?',
	[ UNSURE ],
	[ /bieten (?:wir )?(?:eine )?tierarztberatung an/i ]
);
unknown.de(
	'Wie viele Kalorien hat das Marram Adult Dry Dog Food Chicken & Rice?',
	[ UNSURE ],
	[ /\d+\s?kcal/i ]
);
unknown.de(
	'Aus welchem Land kommt der Harris Flight Cage?',
	[ UNSURE ],
	[ /hergestellt in|made in|aus china|aus deutschland/i ]
);

// ---- language ----
const language = ofClass( 'language' );
language.de(
	'Entschuldigung, können wir auf Deutsch weitermachen? Was kostet das Harris Paper Cat Litter?',
	[ gbp( '19.99' ) ],
	NOT_FOUND,
	[ 'hi, do you sell cat litter?' ]
);
language.en(
	'sorry, english please - how much is the Tarn Reflective Lead?',
	[ '27.99' ],
	NOT_FOUND,
	[ 'Hallo, habt ihr Hundeleinen?' ]
);
language.de(
	'Sprechen Sie Deutsch? Ich suche ein Geschenk für eine Hundebesitzerin.',
	[ [ 'Gift Card', 'Gutschein', 'Delivery Day Treat Box' ] ]
);
language.en( 'Hello from Germany! Do you deliver to Berlin?', [ UK_ONLY ] );
language.de(
	'Kannst du mir auf Deutsch erklären, wie eine Rücksendung bei euch funktioniert?',
	[ [ '30 Tage', '30 Tagen', '30 days' ] ]
);
language.en(
	"do you speak german? never mind. what's the price of the Marram Adult Dry Dog Food Chicken & Rice in 12kg",
	[ '41.99' ]
);

// ---- more shoppers, mixed classes ----
price.en( 'how much r the Mallow cordless pet clippers', [ '6.99' ] );
price.de(
	'Was kostet die Willow Vivarium Thermostat gerade? Ist die reduziert?',
	[ gbp( '29.99' ) ]
);
spec.en(
	"how long can i leave an opened pouch of the Sedge Wet Cat Food Tuna in Jelly? it's in the fridge",
	[ [ '24 hours', '24 hrs', '24h' ] ]
);
spec.en(
	'is the engraving on the contact me id tag on one side or both? how many lines?',
	[
		[ 'both sides', 'both' ],
		[ '4 lines', 'four lines', 'up to 4' ],
	]
);
spec.de( 'Wie viel Futter passt in den Opening Hours Automatic Feeder?', [
	[ '4.5 litres', '4,5 Liter', '4.5 liters', '4,5 l', '4.5 l' ],
] );
stock.en(
	'have you got any of the Bracken dog shampoo oatmeal and aloe',
	...inStock( '43' )
);
variation.en(
	'what about the pack of 3? is it in stock',
	[ OUT_OF_STOCK ],
	NOT_FOUND,
	[ 'how much is the Pennine Catnip Mouse?' ]
);
variation.en( 'and the extra large one?', [ '72.99' ], NOT_FOUND, [
	'how much is the Juniper Waterproof Dog Bed in large?',
] );
policy.en( 'Can I return an engraved ID tag if the phone number is wrong?', [
	[
		'cannot be returned',
		"can't be returned",
		'made to order',
		'not returnable',
		"can't take back",
		'cannot take back',
		"can't return",
		'cannot return',
	],
] );
policy.en( 'is there a subscription discount on dog food?', [
	[ '10%', '10 %', '10 percent' ],
] );
policy.en( 'do you price match?', [ [ 'yes', 'we match', 'price match' ] ] );
policy.de(
	'Verkauft ihr auch Fische oder andere Tiere?',
	[ [ 'keine tiere', 'keine lebenden', 'nicht', 'keine' ] ],
	[ /\bja,/i ]
);
policy.en(
	'how much is a full groom for a cockapoo, she is about 12kg',
	[ '48' ],
	[ ...NOT_FOUND, '38.00', '62.00' ]
);
policy.de(
	'Was kostet bei euch das Krallenschneiden beim Hund? Brauche ich einen Termin?',
	[ '8' ]
);
policy.en(
	'how much to have someone set up my new aquarium at home? I live in Knaresborough',
	[ '35' ]
);
policy.en( 'what do waggy points get me', [ [ '£5', '5 off', '5.00' ] ] );
contact.en( 'can i bring my dog into the shop', [ [ 'welcome', 'yes' ] ] );
search.en( 'do u have a nylon bone that my staffy wont destroy', [
	'Guarantee Chew',
] );
search.de( 'Habt ihr ein Futterautomat mit Zeitschaltung für meine Katze?', [
	'Opening Hours Automatic Feeder',
] );
order.en(
	'order 10 please, the email on it is owen.price@salmonoil.example - what was in it?',
	[ 'Juniper Cat Climbing Tower' ],
	[ ...NOT_FOUND, 'Highland Salmon Oil' ]
);
order.de(
	'Meine Bestellung 8 – ravi.sharma@hutch.example – wurde das Geld schon zurücküberwiesen?',
	[ STATUS.refunded! ],
	[ ...NOT_FOUND, HUTCH_PRODUCTS ]
);
unknown.en(
	'do you sell insurance for pets?',
	[ UNSURE ],
	[ /we (?:do |also )?(?:sell|offer) (?:pet )?insurance/i ]
);
handoff.en(
	'i need to speak to the manager about a refund that never arrived',
	[ PERSON ],
	[]
);
language.de(
	'hallo! habt ihr Leinen in rot? am liebsten eine Reflective Lead',
	[ 'Reflective Lead', [ 'red', 'rot' ] ]
);

export const WHISKERWAG_DEV: readonly EvalQuestion[] = questions;
