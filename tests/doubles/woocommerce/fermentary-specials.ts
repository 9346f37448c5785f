/**
 * Fermentary Supply Co.'s hand-written products, each with a long description whose prose
 * holds facts no spec row states (a starter equipment kit, a 14-gallon stainless conical, a
 * CO2 cylinder shipped empty, a fermentation heat wrap, an all-grain brewing class by date, a
 * gift card, a kombucha dispenser on sale, an open-box refractometer, a refurbished
 * kegerator, a discontinued wort chiller and its successor out of stock with a restock date,
 * milk kefir grains, a temperature controller, brew kettles by size, a grain mill, a mead
 * kit without honey), for fermentary.ts. Prices and stock are fixed here.
 */
import { shortSpecial as item, type ShortSpecial } from './family-catalog';
import { stockState } from './shop-kit';

const { soldOut, backorder, counted, unmanaged } = stockState;

export const SPECIALS: ShortSpecial[] = [
	item(
		'Brew Day Starter Kit',
		'Brewing Equipment',
		[ 'equipment kit', 'beginner', 'gift' ],
		'All the equipment for your first 5-gallon batch of beer, minus the kettle and the ingredients.',
		'<p>Our best-selling way to start: a 6.5 gallon fermenting bucket with a drilled lid and spigot, a 5 gallon bottling bucket, a three-piece airlock, a triple-scale hydrometer, an auto-siphon with 5 ft of tubing, a bottling wand, a twin-lever capper, 60 crown caps and a 4 oz bottle of no-rinse sanitizer. Everything nests inside the two buckets.</p>\n<p>Not included: a boil kettle, bottles and a recipe kit. Most people add one of our 5 gallon recipe kits and a case of bottles. Assembly takes about 20 minutes, and we include a printed 12-page brewing guide written by our staff.</p>',
		[
			[ 'Batch size', '5 gallons' ],
			[ 'Pieces', '11' ],
			[ 'Country of origin', 'USA' ],
		],
		{ price: 119, sale: 99, stock: counted( 9 ) }
	),
	item(
		'Summit Stainless Conical Fermenter 14 gal',
		'Fermenters',
		[ 'fermenter', 'conical', 'stainless', 'equipment' ],
		'A 14 gallon stainless steel conical with a rotating racking arm and a dump valve.',
		'<p>Our flagship fermenter for 10-gallon batches: 304 stainless steel, electropolished inside, with 1.5 inch tri-clamp ports, a rotating racking arm and a 1.5 inch butterfly dump valve for harvesting yeast. The thermowell takes probes up to 8 mm thick.</p>\n<p>It ships by freight in 5 to 7 business days and needs a loading dock or a liftgate, which we book for you. Not dishwasher safe (it will not fit anyway). Rated for 15 PSI, so you can pressure-ferment and transfer under CO2.</p>',
		[
			[ 'Capacity', '14 gal' ],
			[ 'Material', '304 stainless steel' ],
			[ 'Dimensions', '19 × 19 × 42 in' ],
			[ 'Weight', '38 lb' ],
			[ 'Country of origin', 'Taiwan' ],
		],
		{ price: 1249, stock: counted( 2 ) }
	),
	item(
		'CO2 Cylinder 5 lb Aluminum',
		'Kegging',
		[ 'co2', 'cylinder', 'kegging' ],
		'A 5 lb aluminum CO2 tank with a CGA-320 valve, for kegging and force carbonation.',
		'<p>Lightweight aluminum cylinder, DOT certified, with a hydro test date stamped in 2026. It ships EMPTY by ground only, as a filled cylinder is hazardous material.</p>\n<p>Want it full? Order it for local pickup and we fill it in the shop for $24.00 before you collect it. A full 5 lb cylinder serves about 8 to 10 five-gallon kegs.</p>',
		[
			[ 'Capacity', '5 lb CO2' ],
			[ 'Valve', 'CGA-320' ],
			[ 'Material', 'Aluminum' ],
			[ 'Height', '18 in' ],
		],
		{ price: 89, stock: counted( 5 ) }
	),
	item(
		'FermWrap Heat Belt',
		'Temperature Control',
		[ 'heating', 'temperature', 'winter' ],
		'A flexible heating wrap that keeps a fermenter warm in a cold garage or basement.',
		'<p>Wrap it around a bucket or carboy and plug it in: it raises the fermenter 10 to 15°F above room temperature. It fits fermenters from 3 to 7 gallons and draws 25 watts.</p>\n<p>There is no thermostat built in. For steady temperatures, plug it into our Dual-Stage Temperature Controller. Do not use it on glass carboys that sit on a cold concrete floor without a mat.</p>',
		[
			[ 'Power', '25 W' ],
			[ 'Voltage', '120 V' ],
			[ 'Cord length', '6 ft' ],
		],
		{ price: 34.95, stock: counted( 17 ) }
	),
	item(
		'Class: All-Grain Brew Day',
		'Classes & Gift Cards',
		[ 'class', 'workshop', 'gift' ],
		'Brew a full all-grain batch with our head brewer, from mash to pitching the yeast.',
		"<p>A hands-on Saturday class in our brew room behind the shop: milling, mashing, sparging, the boil and chilling, then pitching the yeast. It runs from 10am to 3pm, about 5 hours, and lunch is included.</p>\n<p>You must be 21 or older, as we taste beer during the class. At most 10 people per class. You go home with a growler of last month's class beer.</p>",
		[
			[ 'Length', '5 hours' ],
			[ 'Class size', 'max. 10' ],
			[ 'Minimum age', '21' ],
		],
		{
			axis: 'Date',
			options: [
				[ 'Sat, Jan 16, 2027', 85, counted( 4 ) ],
				[ 'Sat, Feb 13, 2027', 85, soldOut() ],
				[ 'Sat, Mar 13, 2027', 85, counted( 10 ) ],
			],
		}
	),
	item(
		'Fermentary Gift Card',
		'Classes & Gift Cards',
		[ 'gift card', 'gift' ],
		'A gift card for anything in the shop, classes included, sent by email.',
		'<p>Delivered by email within an hour of your order, with your message. It never expires and can be used online and in the shop on Mississippi Avenue, also for classes.</p>',
		[ [ 'Delivery', 'Email' ] ],
		{
			axis: 'Amount',
			options: [
				[ '$25', 25, unmanaged() ],
				[ '$50', 50, unmanaged() ],
				[ '$100', 100, unmanaged() ],
				[ '$200', 200, unmanaged() ],
			],
		}
	),
	item(
		'Continuous Brew Kombucha Dispenser 2.5 gal',
		'Kombucha & Cultures',
		[ 'kombucha', 'dispenser', 'continuous brew' ],
		'A 2.5 gallon glass jar with a stainless spigot for continuous-brew kombucha.',
		'<p>Lead-free glass with a 304 stainless steel spigot (not plastic, which can crack with the acidity). The wide mouth fits a hand for lifting out the SCOBY, and a cotton cover with an elastic band is included.</p>\n<p>Not dishwasher safe. Draw off up to a third of the batch every few days and top it up with sweet tea. The SCOBY is sold separately.</p>',
		[
			[ 'Capacity', '2.5 gal' ],
			[ 'Material', 'Glass, stainless steel spigot' ],
			[ 'Height', '14 in' ],
		],
		{ price: 64.95, sale: 54.95, stock: counted( 6 ) }
	),
	item(
		'Open Box: Digital Refractometer ATC',
		'Open Box & Refurbished',
		[ 'open box', 'refractometer', 'measuring' ],
		'A digital Brix refractometer with automatic temperature compensation, returned unused in an opened box.',
		'<p>This one came back to us unused with the box opened; it has been checked and calibrated by our staff. New it sells for $129.00. It reads 0 to 35% Brix and converts to specific gravity on the display.</p>\n<p>It keeps the full 1-year warranty of a new unit. Only one available. Open-box items can be returned within 14 days, not 30.</p>',
		[
			[ 'Range', '0–35% Brix' ],
			[ 'Accuracy', '±0.2% Brix' ],
			[ 'Condition', 'Open box, unused' ],
			[ 'Battery', '2 × AAA (included)' ],
		],
		{ price: 79, stock: counted( 1 ) }
	),
	item(
		'Refurbished Dual-Tap Kegerator',
		'Open Box & Refurbished',
		[ 'kegerator', 'refurbished', 'kegging', 'draft' ],
		'A refurbished kegerator with two taps that holds two 5 gallon ball lock kegs.',
		'<p>Rebuilt in our shop with new lines, new faucets and a new thermostat. It holds two 5 gallon ball lock kegs, or one keg and a 5 lb CO2 cylinder inside. It runs on a standard 115 V outlet.</p>\n<p>Refurbished units carry a 90-day warranty instead of the 2 years on new equipment. Kegs and CO2 cylinder are not included. Local pickup or freight only; it cannot go by parcel.</p>',
		[
			[ 'Taps', '2' ],
			[ 'Voltage', '115 V' ],
			[ 'Dimensions', '24 × 25 × 33 in' ],
			[ 'Condition', 'Refurbished' ],
		],
		{ price: 429, stock: counted( 1 ) }
	),
	item(
		'Copper Immersion Wort Chiller 25 ft',
		'Brewing Equipment',
		[ 'wort chiller', 'copper', 'discontinued' ],
		'A 25 ft copper coil for chilling 5 gallons of wort with tap water.',
		'<p>Discontinued: our supplier stopped making it and it will not be restocked. Its successor is our Stainless Immersion Wort Chiller 50 ft.</p>\n<p>It chilled 5 gallons from boiling to 70°F in about 20 minutes with 55°F tap water, and came with a garden-hose adapter.</p>',
		[
			[ 'Length', '25 ft' ],
			[ 'Tubing', '3/8 in copper' ],
		],
		{ price: 79.95, stock: soldOut() }
	),
	item(
		'Stainless Immersion Wort Chiller 50 ft',
		'Brewing Equipment',
		[ 'wort chiller', 'stainless', 'equipment' ],
		'A 50 ft stainless coil that chills 5 to 10 gallons of wort quickly.',
		'<p>Out of stock right now: the next shipment is due on January 12, 2027, and you can order it now to reserve one from that shipment.</p>\n<p>It chills 5 gallons from boiling to pitching temperature in about 12 minutes with 55°F tap water. Stainless steel does not tarnish like copper, so it needs no cleaning beyond a rinse. Garden-hose fittings included.</p>',
		[
			[ 'Length', '50 ft' ],
			[ 'Tubing', '3/8 in stainless steel' ],
			[ 'Batch size', '5–10 gallons' ],
		],
		{ price: 119.95, stock: backorder() }
	),
	item(
		'Milk Kefir Grains',
		'Kombucha & Cultures',
		[ 'kefir', 'culture' ],
		'Live milk kefir grains from our own batches, to make kefir at home every day.',
		'<p>About a tablespoon of live grains, enough to ferment 1 to 2 cups of milk a day. They ship Monday to Wednesday only, so they never sit in a warehouse over the weekend.</p>\n<p>On arrival they last 2 weeks in the refrigerator before you need to start them. They work with cow or goat milk, not with plant milks.</p>',
		[
			[ 'Amount', '1 tbsp' ],
			[ 'Organic', 'Yes' ],
		],
		{ price: 19.95, stock: counted( 12 ) }
	),
	item(
		'Dual-Stage Temperature Controller',
		'Temperature Control',
		[ 'temperature', 'controller', 'heating', 'cooling' ],
		'Holds your fermentation chamber at the temperature you set, heating and cooling.',
		'<p>Plug a fridge or chest freezer into one outlet and a heat belt into the other, tape the probe to your fermenter, set the temperature, and it switches between the two. It holds within 1°F.</p>\n<p>It handles up to 10 A per outlet, shows Fahrenheit or Celsius, and the probe cable is 6.5 ft long. It remembers your setting after a power cut.</p>',
		[
			[ 'Outlets', '2 (heating and cooling)' ],
			[ 'Max load', '10 A per outlet' ],
			[ 'Range', '-40–212°F' ],
		],
		{ price: 69.95, stock: counted( 11 ) }
	),
	item(
		'Stainless Brew Kettle',
		'Brewing Equipment',
		[ 'kettle', 'equipment', 'stainless' ],
		'A stainless steel boil kettle with a ball valve and a built-in thermometer.',
		'<p>304 stainless steel with a tri-ply bottom that works on gas, electric and induction stoves. A 1/2 inch ball valve and a dial thermometer are fitted, and the volume marks are etched inside in gallons.</p>\n<p>For a 5 gallon batch, take the 8 gal kettle: it leaves room for the boil. It is dishwasher safe once you remove the valve.</p>\n<p>The 10 gal kettle is sold out; the next ones arrive on February 1, 2027.</p>',
		[
			[ 'Material', '304 stainless steel' ],
			[ 'Valve', '1/2 in ball valve' ],
		],
		{
			axis: 'Size',
			options: [
				[ '5 gal', 89.95, counted( 7 ) ],
				[ '8 gal', 129.95, counted( 3 ) ],
				[ '10 gal', 169.95, soldOut() ],
			],
		}
	),
	item(
		'Two-Roller Grain Mill',
		'Brewing Equipment',
		[ 'grain mill', 'all-grain', 'equipment' ],
		'A two-roller mill to crush your own malt, by hand crank or drill.',
		'<p>Hardened steel rollers with an adjustable gap from 0.025 to 0.070 inch. The hopper holds 7 lb of grain. Turn it by the hand crank or fit a drill on the shaft.</p>\n<p>It sits on a bucket or a board; the base board is not included. Do not mill anything but malted grain in it.</p>',
		[
			[ 'Rollers', '2, hardened steel' ],
			[ 'Hopper', '7 lb' ],
			[ 'Weight', '11 lb' ],
		],
		{ price: 179, stock: backorder() }
	),
	item(
		'Mead Making Kit',
		'Wine Kits',
		[ 'mead', 'wine kit', 'honey' ],
		'Everything but the honey for one gallon of traditional mead.',
		'<p>A 1 gallon glass jug, a drilled bung and airlock, mead yeast, yeast nutrient, sanitizer and a recipe card. The honey is not included: you need about 3 lb of honey for the gallon.</p>\n<p>Mead is patient: allow 3 to 6 months before you bottle it.</p>',
		[
			[ 'Batch size', '1 gallon' ],
			[ 'Honey included', 'No' ],
		],
		{ price: 44.95, stock: counted( 8 ) }
	),
	item(
		'StarBright No-Rinse Sanitizer',
		'Cleaning & Sanitizing',
		[ 'sanitizer', 'no-rinse', 'cleaning' ],
		'Our own acid-based no-rinse sanitizer: mix, wet every surface, wait a minute, done.',
		'<p>Mix 1 oz in 5 gallons of water and give every surface that touches your beer one minute of contact. No rinsing: the foam is harmless to yeast and even feeds it a little.</p>\n<p>Mixed with distilled water it stays active for weeks, as long as it is below pH 3. It is not for cleaning: wash off the dirt first. Keep it away from natural stone countertops, which it can etch.</p>',
		[
			[ 'Dilution', '1 oz per 5 gallons' ],
			[ 'Contact time', '1 minute' ],
			[ 'Rinse needed', 'No' ],
		],
		{
			axis: 'Size',
			options: [
				[ '4 oz', 8.95, counted( 31 ) ],
				[ '16 oz', 19.95, counted( 14 ) ],
				[ '32 oz', 32.95, soldOut() ],
			],
		}
	),
];
