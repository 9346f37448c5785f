/**
 * Fermentary Supply Co.'s pages (Shipping with its summer rules for live cultures and its
 * CO2 hazmat rules, Returns, Payment, Contact, About, Classes & Workshops, FAQ, Warranty,
 * Brew Points rewards, Local Pickup), all in English, and its orders 1–14 with their notes,
 * for fermentary.ts.
 */
import * as order from './order-kit';
import type { ShopFacts, WpPage } from './coffee-shop';
import { plannedOrders, type OrderPlan } from './order-kit';
import { pageWriter, paymentMethods } from './shop-kit';
import { PLANS } from './fermentary-orders';

export const STORE_URL = 'https://fermentarysupply.example';
const PHONE = '(503) 555-0163';
const EMAIL = 'help@fermentarysupply.example';

export const FACTS: ShopFacts = {
	returnDays: 30,
	shippingCost: '$7.95',
	freeShippingFrom: '$75.00',
	deliveryDays: '3–5',
	expressCost: '$19.95',
	phone: PHONE,
	email: EMAIL,
	street: '4117 N Mississippi Ave',
	city: 'Portland, OR 97217',
	weekdayHours: '11am to 7pm',
	saturdayHours: '10am to 6pm',
	warrantyYears: 2,
	descalingPrice: '$24.00',
	paymentMethods: paymentMethods.american( 'Venmo' ),
};

export function buildPages(): WpPage[] {
	const page = pageWriter( STORE_URL, '2026-11-29T18:10:00' );
	return [
		page(
			71,
			'shipping',
			'Shipping',
			`<p>We pack and ship Monday to Friday from our shop in North Portland. Orders placed by noon Pacific time leave the same business day.</p>
<h2>Rates (contiguous US)</h2>
<table><thead><tr><th>Service</th><th>Cost</th><th>Delivery</th></tr></thead><tbody>
<tr><td>Standard Ground (UPS)</td><td>$7.95</td><td>3&ndash;5 business days</td></tr>
<tr><td>2-Day Air</td><td>$19.95</td><td>2 business days</td></tr>
</tbody></table>
<p><strong>Free Standard Ground shipping on orders of $75 or more.</strong> Anything shipped by freight (the 14 gallon conical fermenters, kegerators) is not part of free shipping: freight with a liftgate is a flat $149.00 and takes 5&ndash;7 business days.</p>
<h2>Live cultures in summer</h2>
<p>From June 1 to September 15 we ship liquid yeast, kombucha SCOBYs, kefir grains and cheese cultures with an ice pack and 2-Day Air only, and only Monday to Wednesday. In those months we do not ship them at all to Arizona, Nevada, Texas, Florida and Louisiana: the heat kills them in the truck. Dry yeast ships all year to every state.</p>
<h2>CO2 and other hazardous goods</h2>
<p>CO2 cylinders ship empty, by ground only. Filled cylinders are hazardous material and we cannot mail them: buy it for local pickup and we fill it in the shop. We do not ship sanitizers in bottles larger than 32 oz by air.</p>
<h2>Alaska, Hawaii and abroad</h2>
<p>Alaska and Hawaii: USPS Priority Mail at a flat $29.95, no liquids and no live cultures. Canada: UPS Standard at a flat $34.95, equipment only (no ingredients, yeast or cultures), duties paid on delivery. We do not ship to other countries.</p>`
		),
		page(
			72,
			'returns',
			'Returns',
			`<p>You have <strong>30 days</strong> from delivery to return anything unopened and unused for a full refund to your original payment.</p>
<ul>
<li>Opened ingredients cannot be returned: yeast, hops, grain, cultures, SCOBYs, kefir grains and wine kits, once the seal is broken. Milled grain cannot be returned at all, opened or not.</li>
<li>Open-box items can be returned within 14 days.</li>
<li>Classes can be cancelled for a refund up to 7 days before the date; after that you can send a friend in your place.</li>
<li>Gift cards cannot be refunded.</li>
</ul>
<p>Return shipping is paid by you, unless we sent the wrong item or it arrived damaged: then email us a photo within 7 days and we send a prepaid label. Refunds go out within 5 business days of the return reaching us.</p>`
		),
		page(
			73,
			'payment',
			'Payment',
			`<p>We accept Visa, Mastercard, American Express, Discover, PayPal, Apple Pay and Venmo online. In the shop we also take cash.</p>
<p>We charge your card when the order ships, not when you place it. Orders for local pickup can be paid at pickup. We do not accept checks, and we do not offer payment in installments.</p>
<p>Oregon has no sales tax, so we charge none on any order.</p>`
		),
		page(
			74,
			'contact',
			'Contact',
			`<p>Questions about a recipe, your order or a stuck fermentation? We are brewers ourselves and happy to help.</p>
<ul>
<li>Phone: ${ PHONE }</li>
<li>Email: ${ EMAIL } (we answer within one business day)</li>
<li>Shop: 4117 N Mississippi Ave, Portland, OR 97217</li>
</ul>
<h2>Shop hours</h2>
<ul>
<li>Tuesday to Friday: 11am to 7pm</li>
<li>Saturday: 10am to 6pm</li>
<li>Sunday: noon to 5pm</li>
<li>Monday: closed</li>
</ul>
<p>Street parking is free on Mississippi Avenue; the #4 bus stops at the corner.</p>`
		),
		page(
			75,
			'about',
			'About Us',
			`<p>Fermentary Supply Co. started in 2014 as a table at the Portland Farmers Market, run by two homebrewers, Dana Okafor and Luis Ferreira. Today we are a shop and brew room on Mississippi Avenue with a team of nine, most of us certified BJCP beer judges.</p>
<p>We weigh grain and repack hops in-house every week, keep our own kombucha and kefir cultures going, and test every recipe kit we sell on our own system first.</p>`
		),
		page(
			76,
			'classes',
			'Classes & Workshops',
			`<p>All classes take place in our brew room behind the shop. Book online like any product; the price includes all ingredients.</p>
<table><thead><tr><th>Class</th><th>Date</th><th>Time</th><th>Price</th></tr></thead><tbody>
<tr><td>All-Grain Brew Day (21+)</td><td>Sat, Jan 16, Feb 13 and Mar 13, 2027</td><td>10am&ndash;3pm</td><td>$85.00</td></tr>
<tr><td>Kombucha 101</td><td>Sun, Jan 24, 2027</td><td>1pm&ndash;3pm</td><td>$35.00</td></tr>
<tr><td>Fermented Vegetables: Kraut &amp; Kimchi</td><td>Thu, Feb 4, 2027</td><td>6pm&ndash;8pm</td><td>$40.00</td></tr>
<tr><td>Cheese Making Basics</td><td>Sat, Feb 27, 2027</td><td>10am&ndash;1pm</td><td>$65.00</td></tr>
</tbody></table>
<p>Kombucha 101 participants take home a SCOBY. In the kraut class you make a quart jar of sauerkraut to take home. Private classes for groups of 6 or more can be booked by email.</p>`
		),
		page(
			77,
			'faq',
			'FAQ',
			`<h3>Do you sell beer or wine?</h3><p>No. We sell supplies only and do not hold a liquor license.</p>
<h3>Can you mill my grain?</h3><p>Yes, for free: choose &ldquo;milled&rdquo; at checkout. Milled grain cannot be returned.</p>
<h3>Do you sell distilling equipment?</h3><p>No, we do not sell stills or distilling supplies.</p>
<h3>Do you have gluten-free brewing ingredients?</h3><p>We carry no gluten-free malts at the moment.</p>
<h3>Can I bring my own CO2 cylinder to fill?</h3><p>Yes, if its hydro test date is less than 5 years old. A 5 lb fill is $24.00, a 20 lb fill $38.00, done while you wait.</p>
<h3>Do you buy used equipment?</h3><p>No, but we sell refurbished kegs and kegerators that we rebuilt ourselves.</p>
<h3>Is your hop stock fresh?</h3><p>We buy hops from the newest crop each fall and store them at 0&deg;F.</p>`
		),
		page(
			78,
			'warranty',
			'Warranty',
			`<p>All new equipment carries a <strong>2-year warranty</strong> against defects in materials and workmanship. The Summit stainless conical fermenters carry 5 years.</p>
<ul>
<li>Refurbished equipment: 90 days.</li>
<li>Open-box items: the same warranty as new.</li>
<li>Not covered: glass that breaks after delivery, wear parts such as O-rings and gaskets, and damage from cleaning with bleach.</li>
</ul>
<p>To make a claim, email us your order number and a photo. We repair or replace the item; we do not refund warranty claims.</p>`
		),
		page(
			79,
			'rewards',
			'Brew Points Rewards',
			`<p>Brew Points is our free rewards program. Create an account and you are in.</p>
<ul>
<li>Earn 1 point for every $1 you spend, online or in the shop.</li>
<li>100 points take $5 off an order.</li>
<li>50 bonus points on your birthday, and double points on class bookings.</li>
<li>Points expire 12 months after you earn them.</li>
</ul>
<p>Points cannot be used on gift cards or CO2 fills.</p>`
		),
		page(
			80,
			'local-pickup',
			'Local Pickup',
			`<p>Choose Local Pickup at checkout and collect your order for free at 4117 N Mississippi Ave during shop hours.</p>
<p>We email you when it is ready, usually within 2 hours. We hold orders for 7 days; after that we cancel and refund them. Filled CO2 cylinders and kegerators are easiest to pick up. Bring your order number and an ID.</p>`
		),
	];
}

/** A UPS tracking number for order `n`. */
const track = ( n: number ) => `1Z4F77E20${ String( 31400 + n * 173 ) }`;

const NOTES: Record< string, ( n: number ) => string > = {
	completed: ( n ) =>
		`Shipped with UPS Ground, tracking number ${ track( n ) }. Delivered.`,
	processing: () =>
		'We are packing your order; you will get a tracking number by email when it ships.',
	refunded: () =>
		'Your return arrived and we refunded the full amount to your original payment.',
	pending: () => 'Payment pending: the payment was not completed.',
};

/** The items that go by freight only. */
const FREIGHT = /conical fermenter 14 gal|kegerator/i;

/** The items that never ship: gift cards and classes (emailed). */
const EMAILED = /gift card|^class:/i;

/**
 * What shipping the shopper paid: nothing for gift cards and classes only, local pickup free,
 * $149.00 freight for a 14 gal conical or a kegerator, free ground shipping from $75, else
 * $7.95 (Alaska and Hawaii $29.95).
 */
function shippingFor(
	country: string,
	subtotal: number,
	items: Array< [ string, number ] >
): { cost: number; method: string } {
	if ( items.every( ( [ name ] ) => EMAILED.test( name ) ) ) {
		return { cost: 0, method: 'Email delivery' };
	}
	if ( country === 'US-PICKUP' ) {
		return { cost: 0, method: 'Local Pickup' };
	}
	if ( items.some( ( [ name ] ) => FREIGHT.test( name ) ) ) {
		return { cost: 149, method: 'Freight with liftgate' };
	}
	if ( country === 'US-AK' ) {
		return { cost: 29.95, method: 'USPS Priority Mail' };
	}
	return subtotal >= 75
		? { cost: 0, method: 'UPS Ground (free)' }
		: { cost: 7.95, method: 'UPS Ground' };
}

export { track };

export function buildOrders( built: order.Catalog ) {
	const plans: OrderPlan[] = PLANS.map(
		( plan ) =>
			[
				plan[ 0 ],
				plan[ 1 ],
				plan[ 2 ].startsWith( 'US' ) ? 'US' : plan[ 2 ],
				...plan.slice( 3 ),
			] as OrderPlan
	);
	return plannedOrders( built, plans, {
		currency: 'USD',
		shipping: ( _country, subtotal, items ) => {
			const index = PLANS.findIndex( ( p ) => p[ 4 ] === items );
			return shippingFor( PLANS[ index ]![ 2 ], subtotal, items );
		},
		placed: ( index ) =>
			order.placedAt(
				10 + index,
				8 + ( index % 10 ),
				( index * 13 ) % 60
			),
		notes: NOTES,
		internal: 'Address verified (internal).',
	} );
}
