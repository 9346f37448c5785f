/**
 * What Whisker & Wag (whiskerwag.ts) sells: 15 product families with their specs, units and
 * a fact each product states only in its long description, and the hand-written special
 * products whose names hold policy and contact words.
 */
import {
	oneOf,
	specTable,
	type NounFamily as Family,
	type ShortSpecial as Special,
} from './family-catalog';
import {
	axisOptions,
	between,
	pickOf,
	stockState,
	type Spec,
} from './shop-kit';

export type { Axis, Spec } from './shop-kit';
export type {
	NounFamily as Family,
	ShortSpecial as Special,
} from './family-catalog';

const options = axisOptions;

const lbs = ( kg: number ) => ( kg * 2.20462 ).toFixed( 1 );
const inches = ( cm: number ) => Math.round( cm / 2.54 );

export const FAMILIES: Family[] = [
	{
		key: 'dogfood',
		nouns: [
			'Adult Dry Dog Food Chicken &amp; Rice',
			'Puppy Dry Food Salmon &amp; Potato',
			'Senior Dry Dog Food Turkey',
			'Working Dog Food Lamb',
		],
		category: 'Dog Food',
		tags: [ 'Dog', 'Dry food' ],
		price: [ 8, 16 ],
		blurb: 'Complete dry food cooked in small batches in Yorkshire, with no artificial colours or preservatives.',
		specs: specTable(
			'Protein: {22-32}%',
			'Fat: {10-18}%',
			'Grain free: {Yes|No}',
			'Kibble size: {8-16} mm'
		),
		detail: oneOf(
			'A 12 kg bag feeds a 20 kg dog for about {40-60} days.',
			'The recipe contains {2-6}% dried seaweed for healthy teeth.',
			'The bag has a resealable zip and is recyclable at large supermarkets.'
		),
		axes: [
			{
				name: 'Bag size',
				options: options(
					[
						`2 kg (${ lbs( 2 ) } lbs)`,
						`6 kg (${ lbs( 6 ) } lbs)`,
						`12 kg (${ lbs( 12 ) } lbs)`,
					],
					[ 1, 2.5, 4.2 ]
				),
			},
		],
	},
	{
		key: 'catfood',
		nouns: [
			'Wet Cat Food Tuna in Jelly',
			'Kitten Pouches Chicken in Gravy',
			'Senior Cat Pate Duck',
			'Cat Food Ocean Fish in Jelly',
		],
		category: 'Cat Food',
		tags: [ 'Cat', 'Wet food' ],
		price: [ 4, 8 ],
		blurb: 'Tender chunks in a light jelly or gravy, 85 g pouches with at least 60% meat or fish.',
		specs: specTable(
			'Pouch size: 85 g',
			'Meat or fish content: {60-80/5}%',
			'Moisture: {78-84}%'
		),
		detail: oneOf(
			'Feed an adult 4 kg cat about {3-4} pouches a day.',
			'Made without added sugar or cereals.',
			'Once opened, keep the pouch in the fridge and use within 24 hours.'
		),
		axes: [
			{
				name: 'Pack',
				options: options(
					[ 'Pack of 6', 'Pack of 12', 'Pack of 24' ],
					[ 1, 1.8, 3.3 ]
				),
			},
		],
	},
	{
		key: 'litter',
		nouns: [
			'Clumping Clay Cat Litter',
			'Wood Pellet Cat Litter',
			'Silica Crystal Litter',
			'Paper Cat Litter',
		],
		category: 'Cat Litter & Trays',
		tags: [ 'Cat', 'Litter' ],
		price: [ 6, 24 ],
		blurb: 'A low-dust cat litter that locks away odour.',
		specs: ( r ) => {
			const litres = pickOf( r, [ 5, 10, 15, 20, 30 ] );
			return [
				[ 'Volume', `${ litres } litres` ],
				[
					'Weight',
					`${ ( litres * pickOf( r, [ 0.45, 0.6, 0.8 ] ) ).toFixed( 1 ) } kg`,
				],
				[
					'Scented',
					pickOf( r, [ 'Unscented', 'Lavender', 'Baby powder' ] ),
				],
			];
		},
		detail: oneOf(
			'One bag lasts a single cat about {3-6} weeks.',
			'It is flushable in small amounts (never in septic tanks).',
			'The used litter can go on the compost heap, but not on vegetables.'
		),
	},
	{
		key: 'aquarium',
		nouns: [
			'Aquarium Starter Kit',
			'Tropical Aquarium Set',
			'Glass Aquarium with Cabinet',
		],
		category: 'Aquariums',
		tags: [ 'Fish', 'Aquarium' ],
		price: [ 89, 399 ],
		blurb: 'A complete glass aquarium with LED lighting, internal filter and heater, ready to set up.',
		specs: specTable(
			'Glass thickness: {4|5|6|8} mm',
			'Heater: {50|100|150|200} W',
			'LED lighting: {6-24} W',
			'Suitable for: {Tropical fish|Coldwater fish|Tropical and coldwater fish}'
		),
		detail: oneOf(
			'The heater keeps the water between 20 and {28-32} °C.',
			'The lid has two feeding hatches and a cable cut-out at the back.',
			'Gravel and plants are not included.'
		),
		axes: [
			{
				name: 'Tank volume',
				options: options(
					[ '60 litres', '120 litres', '200 litres' ],
					[ 1, 1.7, 2.9 ]
				),
			},
		],
	},
	{
		key: 'filter',
		nouns: [
			'External Canister Filter',
			'Internal Aquarium Filter',
			'Aquarium Air Pump',
		],
		category: 'Aquarium Equipment',
		tags: [ 'Fish', 'Aquarium' ],
		price: [ 14, 139 ],
		blurb: 'Quiet filtration for clear, healthy water.',
		specs: specTable(
			'Flow rate: {200-1400/50} l/h',
			'Power: {3-24} W',
			'For tanks up to: {60|100|150|250|400} litres'
		),
		detail: oneOf(
			'It runs at {28-38} dB, quieter than a whisper.',
			'Replacement sponges are sold separately.',
			'The flow can be turned down for bettas and shrimp.'
		),
	},
	{
		key: 'birdcage',
		nouns: [ 'Bird Cage', 'Budgie Cage', 'Parrot Cage', 'Flight Cage' ],
		category: 'Birds',
		tags: [ 'Bird', 'Cage' ],
		price: [ 39, 289 ],
		blurb: 'A powder-coated steel bird cage with pull-out tray, perches and feeding bowls.',
		specs: ( r ) => {
			const w = between( r, 40, 120, 5 );
			const h = between( r, 50, 160, 5 );
			return [
				[
					'Dimensions (W × D × H)',
					`${ w } × ${ between( r, 30, 70, 5 ) } × ${ h } cm`,
				],
				[
					'Bar spacing',
					`${ pickOf( r, [ 10, 12, 15, 20, 25 ] ) } mm`,
				],
				[ 'Doors', `${ between( r, 2, 4 ) }` ],
			];
		},
		detail: oneOf(
			'It comes with {2-5} wooden perches and two steel bowls.',
			'The stand is on four lockable castors.',
			'Assembly takes about 20 minutes with the supplied Allen key.'
		),
	},
	{
		key: 'hutch',
		nouns: [ 'Rabbit Hutch', 'Guinea Pig Hutch', 'Hutch &amp; Run' ],
		category: 'Small Animals',
		tags: [ 'Rabbit', 'Outdoor' ],
		price: [ 69, 329 ],
		blurb: 'A fir-wood hutch with a weatherproof felt roof, sleeping area and wire-mesh run.',
		specs: ( r ) => {
			const w = between( r, 90, 180, 10 );
			return [
				[
					'Dimensions',
					`${ w } × ${ between( r, 50, 80, 5 ) } × ${ between( r, 60, 110, 5 ) } cm`,
				],
				[ 'Width in inches', `${ inches( w ) } inches` ],
				[ 'Levels', pickOf( r, [ '1', '2' ] ) ],
			];
		},
		detail: oneOf(
			'The wood is treated with a water-based, pet-safe stain.',
			'It is big enough for {2-3} medium rabbits.',
			'The roof lifts up for cleaning and locks with a barrel bolt.'
		),
	},
	{
		key: 'lead',
		nouns: [
			'Padded Dog Lead',
			'Rope Dog Lead',
			'Training Lead',
			'Reflective Lead',
		],
		category: 'Leads & Collars',
		tags: [ 'Dog', 'Walking' ],
		price: [ 9, 29 ],
		blurb: 'A soft, strong lead with a padded handle and a solid brass trigger hook.',
		specs: specTable(
			'Length: {1.2 m|1.5 m|1.8 m|2 m|5 m|10 m}',
			'Width: {15|20|25} mm',
			'Material: {Nylon webbing|Braided rope|Biothane}'
		),
		detail: oneOf(
			'It was tested to a pulling force of {150-400/50} kg.',
			'It is machine washable at 30 °C.',
			'The handle has a D-ring for poo bags.'
		),
		axes: [
			{
				name: 'Colour',
				options: options(
					[ 'Red', 'Navy', 'Forest Green' ],
					[ 1, 1, 1 ]
				),
			},
		],
	},
	{
		key: 'collar',
		nouns: [
			'Leather Dog Collar',
			'Padded Dog Collar',
			'Martingale Collar',
		],
		category: 'Leads & Collars',
		tags: [ 'Dog', 'Walking' ],
		price: [ 11, 34 ],
		blurb: 'A comfortable collar with a strong buckle and a welded D-ring for the lead and ID tag.',
		specs: specTable(
			'Material: {Full-grain leather|Nylon|Biothane}',
			'Buckle: {Brass|Stainless steel|Quick-release plastic}'
		),
		detail: oneOf(
			'Measure around the neck and add two fingers to choose the size.',
			'The leather is {3-5} mm thick and hand-stitched.',
			'It is waterproof and does not smell after a swim.'
		),
		axes: [
			{
				name: 'Size',
				options: options(
					[
						'S (25–35 cm / 10–14 in)',
						'M (33–45 cm / 13–18 in)',
						'L (43–56 cm / 17–22 in)',
						'XL (53–66 cm / 21–26 in)',
					],
					[ 1, 1.1, 1.2, 1.3 ]
				),
			},
		],
	},
	{
		key: 'dogbed',
		nouns: [
			'Orthopaedic Dog Bed',
			'Donut Dog Bed',
			'Waterproof Dog Bed',
			'Dog Sofa Bed',
		],
		category: 'Beds & Blankets',
		tags: [ 'Dog', 'Bed' ],
		price: [ 24, 69 ],
		blurb: 'A cosy dog bed with a removable, washable cover and a non-slip base.',
		specs: specTable(
			'Filling: {Memory foam|Hollowfibre|Recycled fibre}',
			'Cover: {Cord|Faux suede|Waterproof oxford fabric}',
			'Washable at: {30|40} °C'
		),
		detail: oneOf(
			'The foam is {5-12} cm deep.',
			'The cover zips off and goes in the washing machine; the inner cushion does not.',
			'It arrives vacuum-packed and takes 48 hours to regain its full shape.'
		),
		axes: [
			{
				name: 'Bed size',
				options: options(
					[
						'Medium (75 × 55 cm)',
						'Large (90 × 70 cm)',
						'Extra Large (110 × 85 cm)',
					],
					[ 1, 1.35, 1.8 ]
				),
			},
		],
	},
	{
		key: 'cattree',
		nouns: [ 'Cat Tree', 'Cat Scratching Post', 'Cat Climbing Tower' ],
		category: 'Cat Furniture',
		tags: [ 'Cat', 'Scratching' ],
		price: [ 19, 149 ],
		blurb: 'Sisal-wrapped posts with plush platforms for climbing, scratching and napping.',
		specs: ( r ) => {
			const h = between( r, 50, 180, 5 );
			return [
				[ 'Height', `${ h } cm (${ inches( h ) } inches)` ],
				[
					'Base',
					`${ between( r, 35, 60, 5 ) } × ${ between( r, 35, 60, 5 ) } cm`,
				],
				[ 'Platforms', `${ between( r, 1, 5 ) }` ],
			];
		},
		detail: oneOf(
			'A wall strap is included to stop it tipping over.',
			'The top platform holds a cat up to {6-10} kg.',
			'The sisal rope can be replaced with our spare rope kit.'
		),
	},
	{
		key: 'toy',
		nouns: [
			'Squeaky Dog Toy',
			'Rope Tug Toy',
			'Treat Puzzle Ball',
			'Catnip Mouse',
		],
		category: 'Toys',
		tags: [ 'Toys' ],
		price: [ 3, 15 ],
		blurb: 'A tough toy for playtime indoors and out.',
		specs: specTable(
			'Size: {6-30} cm',
			'Material: {Natural rubber|Cotton rope|Recycled polyester|Felt}'
		),
		detail: ( r, noun ) =>
			noun === 'Catnip Mouse'
				? pickOf( r, [
						'The catnip is grown organically in Devon.',
						`Each mouse holds ${ between( r, 3, 8 ) } g of catnip and can be refilled.`,
					] )
				: pickOf( r, [
						'It floats, so it is good for the beach and the pond.',
						`It is not suitable for puppies under ${ between( r, 8, 16, 4 ) } weeks.`,
					] ),
		axes: [
			{
				name: 'Bundle',
				options: options( [ 'Single', 'Pack of 3' ], [ 1, 2.6 ] ),
			},
		],
	},
	{
		key: 'grooming',
		nouns: [
			'Slicker Brush',
			'Dog Shampoo Oatmeal &amp; Aloe',
			'Cordless Pet Clippers',
			'Nail Clippers',
			'Deshedding Comb',
		],
		category: 'Grooming',
		tags: [ 'Grooming' ],
		price: [ 5, 69 ],
		blurb: 'Salon-quality grooming at home, gentle on skin and coat.',
		specs: ( r, noun ) => {
			const forWhom: Spec = [
				'Suitable for',
				pickOf( r, [
					'Dogs',
					'Cats',
					'Dogs and cats',
					'Rabbits and small animals',
				] ),
			];
			if ( noun.startsWith( 'Dog Shampoo' ) ) {
				return [
					[
						'Volume',
						pickOf( r, [ '250 ml', '500 ml', '1 litre' ] ),
					],
					[ 'Suitable for', 'Dogs' ],
				];
			}
			if ( noun === 'Cordless Pet Clippers' ) {
				return [
					forWhom,
					[ 'Blade', `${ pickOf( r, [ 3, 6, 9, 12 ] ) } mm` ],
					[ 'Noise', `${ between( r, 50, 65 ) } dB` ],
				];
			}
			return [ forWhom, [ 'Length', `${ between( r, 12, 24 ) } cm` ] ];
		},
		detail: ( r, noun ) => {
			if ( noun.startsWith( 'Dog Shampoo' ) ) {
				return `It is pH-balanced at ${ pickOf( r, [ '6.5', '7', '7.5' ] ) } for sensitive skin.`;
			}
			if ( noun === 'Cordless Pet Clippers' ) {
				return `The battery runs for ${ between( r, 60, 150, 30 ) } minutes on one charge.`;
			}
			return pickOf( r, [
				'The pins have rounded tips that do not scratch the skin.',
				'A safety guard stops you cutting too far.',
				'The handle is made from recycled beech wood.',
			] );
		},
	},
	{
		key: 'reptile',
		nouns: [
			'Ceramic Heat Lamp',
			'Heat Mat',
			'UVB Basking Bulb',
			'Vivarium Thermostat',
		],
		category: 'Reptiles',
		tags: [ 'Reptile', 'Heating' ],
		price: [ 12, 59 ],
		blurb: 'Safe, steady heat for vivariums, with a long life.',
		specs: ( r, noun ) => {
			if ( noun === 'Vivarium Thermostat' ) {
				return [
					[ 'Max load', `${ pickOf( r, [ 300, 600, 1000 ] ) } W` ],
					[
						'Range',
						`${ between( r, 15, 20 ) }–${ between( r, 38, 42 ) } °C`,
					],
				];
			}
			return [
				[ 'Power', `${ pickOf( r, [ 25, 40, 60, 100, 150 ] ) } W` ],
				[
					'Fitting',
					noun === 'Heat Mat' ? 'Stick-on mat' : 'E27 screw',
				],
				[ 'Max temperature', `${ between( r, 35, 55 ) } °C` ],
			];
		},
		detail: ( r, noun ) =>
			noun === 'Vivarium Thermostat'
				? `It has a day and night setting with a ${ between( r, 3, 8 ) } °C drop at night.`
				: pickOf( r, [
						'Always use it with a thermostat.',
						`Its rated life is ${ between( r, 6, 12 ) },000 hours.`,
						'It gives no light, so it can stay on at night.',
					] ),
	},
	{
		key: 'carrier',
		nouns: [
			'Pet Carrier',
			'Wire Dog Crate',
			'Soft Travel Crate',
			'Cat Carrier',
		],
		category: 'Travel & Crates',
		tags: [ 'Travel' ],
		price: [ 22, 119 ],
		blurb: 'Safe travel and a calm den at home.',
		specs: ( r ) => {
			const inch = pickOf( r, [ 18, 24, 30, 36, 42 ] );
			return [
				[
					'Size',
					`${ inch } inch (${ Math.round( inch * 2.54 ) } cm long)`,
				],
				[ 'Max pet weight', `${ between( r, 6, 40, 2 ) } kg` ],
				[ 'Doors', pickOf( r, [ '1', '2' ] ) ],
			];
		},
		detail: ( r ) =>
			pickOf( r, [
				'It folds flat in seconds for the car boot.',
				'It is airline approved (IATA) for pets in the hold.',
				`It weighs only ${ ( 1 + r() * 9 ).toFixed( 1 ) } kg empty.`,
			] ),
	},
];

const { counted, soldOut, unmanaged, backorder } = stockState;

export const SPECIALS: Special[] = [
	{
		name: 'Returnable Glass Water Bottle 500 ml',
		category: 'Travel & Crates',
		tags: [ 'Dog', 'Travel' ],
		price: 12.5,
		short: 'A glass travel bottle with a fold-out drinking bowl.',
		description:
			'<p>A borosilicate glass water bottle with a silicone sleeve and a fold-out drinking trough. Bring the empty bottle back to our Harrogate shop and we refund a £2 deposit &ndash; that is where the name comes from.</p>',
		specs: [ [ 'Capacity', '500 ml' ] ],
		stock: counted( 18 ),
	},
	{
		name: 'Delivery Day Treat Box',
		category: 'Dog Treats',
		tags: [ 'Dog', 'Treats', 'Gift' ],
		price: 14.99,
		short: 'A monthly surprise box of natural dog treats.',
		description:
			'<p>Six bags of natural, single-protein treats in a gift box, packed by hand on the day it ships. Every box contains one new treat we are testing.</p>',
		specs: [ [ 'Contents', '6 bags, about 600 g in total' ] ],
		stock: counted( 9 ),
	},
	{
		name: 'Guarantee Chew Tough Nylon Bone',
		category: 'Toys',
		tags: [ 'Dog', 'Toys' ],
		price: 9.99,
		short: 'Our toughest chew for power chewers.',
		description:
			'<p>Made of solid nylon with a bacon flavour all the way through. If your dog breaks it within 60 days, send us a photo and we post a replacement free of charge &ndash; this chew-through promise is separate from our normal product guarantee.</p>',
		specs: [
			[ 'Length', '16 cm' ],
			[ 'For dogs up to', '30 kg' ],
		],
		stock: counted( 26 ),
	},
	{
		name: 'Contact Me ID Tag (engraved)',
		category: 'Leads & Collars',
		tags: [ 'Dog', 'Cat' ],
		price: 7.5,
		short: 'A stainless steel ID tag engraved with your phone number.',
		description:
			'<p>A 30&nbsp;mm round stainless steel tag, laser-engraved on both sides with up to 4 lines of 18 characters. Engraved tags are made to order and cannot be returned.</p>',
		specs: [ [ 'Diameter', '30 mm' ] ],
		stock: unmanaged(),
	},
	{
		name: 'Parcel Box Cat Scratcher',
		category: 'Cat Furniture',
		tags: [ 'Cat', 'Scratching' ],
		price: 16.99,
		sale: 12.99,
		short: 'A corrugated cardboard scratcher shaped like a delivery parcel.',
		description:
			'<p>Cats love boxes, so we made one to scratch: corrugated cardboard inside a printed parcel, 45 &times; 30 &times; 25&nbsp;cm, with a bag of catnip. The inserts are reversible for twice the life.</p>',
		specs: [ [ 'Dimensions', '45 × 30 × 25 cm' ] ],
		stock: counted( 3 ),
	},
	{
		name: 'Highland Salmon Oil 500 ml',
		category: 'Dog Food',
		tags: [ 'Dog', 'Cat', 'Supplements' ],
		price: 17.99,
		short: 'Pure Scottish salmon oil for a shiny coat.',
		description:
			'<p>Cold-pressed oil from Scottish farmed salmon, rich in omega-3. Pump it over food: one pump is 2&nbsp;ml, a 20&nbsp;kg dog needs 3 pumps a day. Keep it in the fridge after opening.</p>',
		specs: [ [ 'Volume', '500 ml' ] ],
		stock: backorder(),
	},
	{
		name: 'Opening Hours Automatic Feeder',
		category: 'Bowls & Feeders',
		tags: [ 'Cat', 'Dog', 'Feeding' ],
		price: 79.0,
		sale: 64.0,
		short: 'An automatic feeder that opens at the times you set.',
		description:
			'<p>Set up to 4 meals a day; the lid opens at each meal time and plays your recorded call. Holds 4.5&nbsp;litres of dry food and runs on mains power with 3 &times; D batteries as back-up.</p>',
		specs: [
			[ 'Capacity', '4.5 litres' ],
			[ 'Meals per day', 'up to 4' ],
		],
		stock: soldOut(),
	},
	{
		name: 'Refund Rabbit Plush Toy',
		category: 'Toys',
		tags: [ 'Dog', 'Toys' ],
		price: 6.49,
		short: 'A floppy-eared plush rabbit with three squeakers.',
		description:
			'<p>Named after our shop rabbit, Refund, who came to us with a returned hutch in 2019. Soft plush with three squeakers and no stuffing to pull out.</p>',
		specs: [ [ 'Length', '38 cm' ] ],
		stock: counted( 14 ),
	},
	{
		name: 'Stainless Steel Bowl Set &amp; Mat',
		category: 'Bowls & Feeders',
		tags: [ 'Dog', 'Feeding' ],
		price: 18.5,
		short: 'Two steel bowls in a non-slip silicone mat.',
		description:
			'<p>Two 850&nbsp;ml stainless steel bowls (about 1&frac12; pints each) set into a silicone mat that catches spills. Dishwasher safe.</p>',
		specs: [ [ 'Bowl volume', '2 × 850 ml' ] ],
		stock: unmanaged(),
	},
	{
		name: 'Aquarium Heater 300 W',
		category: 'Aquarium Equipment',
		tags: [ 'Fish', 'Aquarium' ],
		price: 34.99,
		short: 'A shatterproof titanium heater for large tanks.',
		description:
			'<p>A titanium heater for tanks from 250 to 500 litres, adjustable from 18 to 34&nbsp;&deg;C, with an automatic cut-out if it is ever out of the water.</p>',
		specs: [
			[ 'Power', '300 W' ],
			[ 'For tanks', '250–500 litres' ],
		],
		stock: counted( 6 ),
	},
	{
		name: 'Whisker &amp; Wag Gift Card',
		category: 'Gift Cards',
		tags: [ 'Gift' ],
		price: 10,
		short: 'A gift card by e-mail, for the shop and our grooming salon.',
		description:
			'<p>A digital gift card sent by e-mail within an hour of payment. It is valid for 2 years and can be spent online, in our Harrogate shop and in the grooming salon.</p>',
		specs: [],
		axis: {
			name: 'Amount',
			prices: [
				[ '£10', 10, unmanaged() ],
				[ '£25', 25, unmanaged() ],
				[ '£50', 50, unmanaged() ],
				[ '£100', 100, unmanaged() ],
			],
		},
	},
	{
		name: 'Aquascape Display Cabinet Set 450 litres',
		category: 'Aquariums',
		tags: [ 'Fish', 'Aquarium' ],
		price: 1249.0,
		short: 'Our flagship aquarium with a matching oak cabinet.',
		description:
			'<p>A 450-litre optiwhite glass aquarium (150 &times; 60 &times; 55&nbsp;cm) on an oak-veneer cabinet, with a 1,200&nbsp;l/h external filter, two 200&nbsp;W heaters and a programmable sunrise LED. Delivered by two-person crew to the room of your choice.</p>',
		specs: [
			[ 'Volume', '450 litres' ],
			[ 'Dimensions', '150 × 60 × 55 cm' ],
		],
		stock: counted( 2 ),
	},
];
