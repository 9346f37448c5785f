/**
 * Fermentary Supply Co.'s orders 1–14 as planned by hand, for fermentary-pages.ts: status,
 * shopper, where it goes ("US", "US-AK" for Alaska by USPS, "US-PICKUP" for local pickup;
 * billed in the US either way), payment, items and what the shop told the shopper
 * (undefined: its status's note).
 */
import type { OrderPlan } from './order-kit';

export const PLANS: OrderPlan[] = [
	[
		'completed',
		'Megan Holloway megan.holloway@mail.example',
		'US',
		'Visa',
		[
			[ 'Brew Day Starter Kit', 1 ],
			[ 'Santiam Pale Ale Recipe Kit [5 gallon]', 1 ],
		],
		undefined,
	],
	[
		'processing',
		'Tyler Nguyen tnguyen@mail.example',
		'US',
		'PayPal',
		[
			[ 'Citra Hop Pellets [4 oz]', 2 ],
			[ 'Klamath Dry Ale Yeast', 2 ],
		],
		undefined,
	],
	[
		'on-hold',
		'Rosa Delgado rosa.delgado@mail.example',
		'US',
		'Venmo',
		[ [ 'Summit Stainless Conical Fermenter 14 gal', 1 ] ],
		'Freight delivery: we are waiting for you to confirm a delivery day with the freight company. Call us at (503) 555-0163 to book the liftgate.',
	],
	[
		'completed',
		'Jonas Weber jonas.weber@mail.example',
		'US',
		'Mastercard',
		[
			[ 'Umpqua Stoneware Fermentation Crock [10 L]', 1 ],
			[ 'Hood Mason Jar Fermenting Lids [4-pack]', 1 ],
		],
		undefined,
	],
	[
		'refunded',
		'Priya Raman priya.raman@mail.example',
		'US',
		'Apple Pay',
		[ [ 'Continuous Brew Kombucha Dispenser 2.5 gal', 1 ] ],
		'The dispenser arrived with a cracked spigot. We refunded the full amount to your Apple Pay; there is no need to send it back.',
	],
	[
		'pending',
		'Ben Carter ben.carter@mail.example',
		'US',
		'PayPal',
		[ [ 'Fermentary Gift Card [$100]', 1 ] ],
		undefined,
	],
	[
		'cancelled',
		'Lena Fischer lena.fischer@mail.example',
		'US',
		'Visa',
		[ [ 'Refurbished Dual-Tap Kegerator', 1 ] ],
		'Cancelled at your request on November 17; your card was never charged.',
	],
	[
		'completed',
		'Marcus Bell marcus.bell@mail.example',
		'US-AK',
		'Discover',
		[
			[ 'Sisters Twin-Lever Capper', 1 ],
			[ 'Sisters Amber Bottles 12 oz (case of 24)', 2 ],
		],
		'Shipped to Alaska with USPS Priority Mail, tracking number 9405 5036 9930 0187 2245 16. Delivered.',
	],
	[
		'processing',
		'Hannah Schmidt hannah.schmidt@mail.example',
		'US',
		'Mastercard',
		[ [ 'Class: All-Grain Brew Day [Sat, Jan 16, 2027]', 2 ] ],
		'Your two places in the All-Grain Brew Day on Sat, Jan 16, 2027 are booked. We email a reminder a week before.',
	],
	[
		'on-hold',
		'Carlos Mendez carlos.mendez@mail.example',
		'US',
		'PayPal',
		[
			[ 'Stainless Immersion Wort Chiller 50 ft', 1 ],
			[ 'Stainless Brew Kettle [8 gal]', 1 ],
		],
		'The wort chiller is on backorder. We hold your order and ship both items together when the chillers arrive on January 12, 2027.',
	],
	[
		'completed',
		'Aiko Tanaka aiko.tanaka@mail.example',
		'US-PICKUP',
		'Visa',
		[ [ 'CO2 Cylinder 5 lb Aluminum', 1 ] ],
		'Picked up in the shop on November 21, filled; the fill was paid at the counter.',
	],
	[
		'refunded',
		'Derek Olsen derek.olsen@mail.example',
		'US',
		'American Express',
		[ [ 'McKenzie Cabernet Sauvignon Wine Kit', 1 ] ],
		undefined,
	],
	[
		'processing',
		'Sophie Wagner sophie.wagner@mail.example',
		'US',
		'Apple Pay',
		[
			[ 'Milk Kefir Grains', 1 ],
			[ 'Owyhee Jun SCOBY', 1 ],
		],
		'Live cultures ship Monday to Wednesday only, so your order leaves us on Monday, November 23.',
	],
	[
		'completed',
		'Kevin Brooks kevin.brooks@mail.example',
		'US',
		'Venmo',
		[
			[ 'Sisters Ball Lock Keg 5 gal [Refurbished]', 2 ],
			[ 'Tualatin Dual-Gauge CO2 Regulator', 1 ],
		],
		undefined,
	],
];
