/**
 * Copper & Cast's pages (shipping, returns, warranty, care, contact, about, FAQ, sharpening,
 * gift cards, size guide) and its orders, for copper-cast.ts.
 */
import * as order from './order-kit';
import type { ShopFacts, WpPage } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';
import { pageWriter, paymentMethods } from './shop-kit';

export const STORE_URL = 'https://copperandcast.example';
const PHONE = '(503) 555-0182';
const EMAIL = 'help@copperandcast.example';

export const FACTS: ShopFacts = {
	returnDays: 45,
	shippingCost: '$8.95',
	freeShippingFrom: '$99.00',
	deliveryDays: '3–6',
	expressCost: '$24.95',
	phone: PHONE,
	email: EMAIL,
	street: '2218 SE Division Street',
	city: 'Portland, OR 97202',
	weekdayHours: '10am to 6pm',
	saturdayHours: '10am to 5pm',
	warrantyYears: 10,
	descalingPrice: '$7.00',
	paymentMethods: paymentMethods.american( 'Shop Pay' ),
};

export function buildPages(): WpPage[] {
	const page = pageWriter( STORE_URL, '2026-11-28T07:45:00' );
	return [
		page(
			61,
			'shipping',
			'Shipping',
			`<p>Orders placed by 1pm Pacific time on a business day leave our Portland warehouse the same day. Cast iron is heavy, so we ship it in double boxes.</p>
<h2>Contiguous US (lower 48 states)</h2>
<table><thead><tr><th>Service</th><th>Cost</th><th>Delivery</th></tr></thead><tbody>
<tr><td>Standard Ground (UPS or USPS)</td><td>$8.95</td><td>3&ndash;6 business days</td></tr>
<tr><td>Expedited 2-Day</td><td>$24.95</td><td>2 business days</td></tr>
<tr><td>Overnight</td><td>$49.95</td><td>next business day (order by 11am PT)</td></tr>
</tbody></table>
<p><strong>Free Standard Ground shipping on orders of $99 or more</strong> (after discounts, gift cards not counted).</p>
<h2>Alaska, Hawaii &amp; US territories</h2>
<p>We ship to Alaska and Hawaii by USPS Priority Mail for a flat $29.95 (free shipping does not apply). Allow 5&ndash;10 business days. We also ship to Puerto Rico and Guam at the same rate, and to APO/FPO addresses.</p>
<h2>Canada</h2>
<p>We ship to Canada by UPS Standard for a flat $34.95. Duties and taxes are collected by the carrier on delivery. Allow 6&ndash;12 business days.</p>
<h2>Other countries</h2>
<p>Sorry &#8212; we don&#8217;t ship outside the US and Canada at the moment.</p>
<h2>Local pickup</h2>
<p>Pick up for free at our Division Street showroom in Portland; we&#8217;ll e-mail you when your order is ready, usually within 2 hours during opening hours.</p>
<p>Butcher blocks made to order ship by freight in 3&ndash;4 weeks; we call you to book delivery.</p>`
		),
		page(
			62,
			'returns',
			'Returns & Exchanges',
			`<p>Not quite right? You have <strong>45 days</strong> from delivery to return anything unused, in its original packaging, for a full refund.</p>
<ol><li>Start your return at copperandcast.example/returns with your order number and e-mail.</li><li>We send a prepaid UPS label. <strong>Return shipping is $9.95</strong>, taken from your refund &#8212; unless the item is defective or we sent the wrong thing, then it&#8217;s on us.</li><li>Your refund goes to your original payment method within 5 business days of the return reaching us.</li></ol>
<h3>What we can&#8217;t take back</h3>
<ul><li>Cast iron or carbon steel you have already seasoned or cooked with</li><li>Knives that have been used or sharpened</li><li>Made-to-order butcher blocks</li><li>Gift cards</li></ul>
<p>Exchanges for a different size or colour are free: we send the new one as soon as the original is scanned by UPS.</p>
<p>Showroom purchases can be returned in person at Division Street within the same 45 days.</p>`
		),
		page(
			63,
			'warranty',
			'Warranty',
			`<p>We only sell cookware we expect to outlive us. Here is how long each piece is covered against defects in materials and workmanship:</p>
<table><thead><tr><th>Product</th><th>Warranty</th></tr></thead><tbody>
<tr><td>Cast iron (skillets, griddles, grill pans)</td><td>Lifetime</td></tr>
<tr><td>Carbon steel pans and woks</td><td>Lifetime</td></tr>
<tr><td>Enameled cast iron</td><td>Lifetime on the cast iron; 10 years on the enamel</td></tr>
<tr><td>Tri-ply stainless steel</td><td>Lifetime</td></tr>
<tr><td>Copper</td><td>25 years; tin linings are a wear part and not covered</td></tr>
<tr><td>Knives</td><td>10 years</td></tr>
<tr><td>Cutting boards and butcher blocks</td><td>2 years</td></tr>
<tr><td>Kitchen tools and bakeware</td><td>1 year</td></tr>
</tbody></table>
<p>Not covered: rust from storage, thermal shock (cold water in a hot pan), chipped enamel from dropping, normal wear and discoloration, and damage from the dishwasher where the product says hand wash only.</p>
<p>To make a claim, e-mail ${ EMAIL } with your order number and photos. We repair, replace or refund. Rusty cast iron is not a defect &#8212; see our care guide.</p>`
		),
		page(
			64,
			'care-guide',
			'Care Guide: Cast Iron, Carbon Steel & Copper',
			`<h2>Seasoning cast iron and carbon steel</h2>
<ol><li>Wash with hot water and a little soap; dry completely on a burner for 2&ndash;3 minutes.</li><li>Rub a very thin layer of flaxseed or vegetable oil all over, then wipe it off as if you made a mistake.</li><li>Bake upside down at 450&ndash;500 °F for one hour; let it cool in the oven.</li><li>Repeat 3 to 4 times for a new pan.</li></ol>
<p>Rust spots? Scrub them off with steel wool, rinse, dry and re-season. Never soak cast iron or put it in the dishwasher.</p>
<h2>Enameled cast iron</h2>
<p>Let it cool before washing. Use wooden or silicone tools. For stains, simmer 2 tablespoons of baking soda in water for 5 minutes.</p>
<h2>Polishing copper</h2>
<p>Copper darkens with use; that patina doesn&#8217;t affect cooking. To bring back the shine, rub with our Copper Polish Cream or a paste of lemon juice and salt, rinse, and dry at once. Never use abrasive pads on a tin lining.</p>
<p>A tin lining wears through after years of use: when you see copper showing through over an area the size of a quarter, it&#8217;s time to re-tin. We re-tin pans up to 28 cm for $95 and larger ones for $135 (about 3 weeks).</p>
<h2>Knives</h2>
<p>Hand wash and dry right away. Hone weekly, and sharpen 2&ndash;3 times a year.</p>`
		),
		page(
			65,
			'contact',
			'Contact Us',
			`<p>Real cooks answer the phone here.</p>
<table><tbody>
<tr><th>Phone</th><td>${ PHONE }</td></tr>
<tr><th>E-mail</th><td><a href="mailto:${ EMAIL }">${ EMAIL }</a> &#8212; we answer within one business day</td></tr>
<tr><th>Showroom</th><td>Copper &amp; Cast, 2218 SE Division Street, Portland, OR 97202</td></tr>
</tbody></table>
<h2>Showroom &amp; phone hours (Pacific time)</h2>
<ul><li>Monday: closed</li><li>Tuesday to Friday: 10am to 6pm</li><li>Saturday: 10am to 5pm</li><li>Sunday: 11am to 4pm</li></ul>
<p>Street parking on Division; the #2 bus stops right outside. Closed on Thanksgiving, Christmas Day and New Year&#8217;s Day.</p>`
		),
		page(
			66,
			'about',
			'About Copper & Cast',
			`<p>Copper &amp; Cast opened in 2011 in a former hardware store on Division Street, started by line cook Dana Whitfield and metalworker Marco Reyes.</p>
<p>We sell cookware we&#8217;d cook with ourselves: American cast iron, French copper and carbon steel, Japanese and German knives, and boards made in our own Portland workshop.</p>
<p>Today we&#8217;re a team of 14. Every Thursday evening we hold a free cast iron seasoning clinic in the showroom.</p>`
		),
		page(
			67,
			'faq',
			'FAQ',
			`<h3>Do you have cooking classes?</h3><p>Only our free Thursday seasoning clinic, 6pm to 7pm. No sign-up needed.</p>
<h3>Do you price match?</h3><p>No, sorry &#8212; we don&#8217;t price match.</p>
<h3>Do you sell nonstick pans?</h3><p>No. We don&#8217;t sell PTFE (Teflon) or ceramic nonstick; a well-seasoned carbon steel pan is our answer.</p>
<h3>Can I pay in installments?</h3><p>Yes, with Shop Pay Installments on orders from $150: four interest-free payments.</p>
<h3>Which payment methods do you accept?</h3><p>Visa, Mastercard, American Express, Discover, PayPal, Apple Pay and Shop Pay.</p>
<h3>Do you charge sales tax?</h3><p>Oregon has no sales tax. We collect sales tax for other states where the law requires it, shown at checkout.</p>
<h3>Will cast iron work on my glass-top stove?</h3><p>Yes; lift it rather than sliding it, so you don&#8217;t scratch the glass.</p>
<h3>Do you offer engraving?</h3><p>Yes, on cutting boards and knife handles: $15 per item, adds 2 business days.</p>`
		),
		page(
			68,
			'knife-sharpening',
			'Knife Sharpening Service',
			`<p>Our sharpener, Kenji, sharpens by hand on water stones. Drop knives at the showroom (ready in 3 business days) or send them with our Mail-In Sharpening Kit.</p>
<table><thead><tr><th>Knife</th><th>Price</th></tr></thead><tbody>
<tr><td>Straight-edge kitchen knife up to 8&quot;</td><td>$7.00</td></tr>
<tr><td>Straight-edge kitchen knife over 8&quot;</td><td>$9.00</td></tr>
<tr><td>Serrated / bread knife</td><td>$12.00</td></tr>
<tr><td>Single-bevel Japanese knife</td><td>$18.00</td></tr>
<tr><td>Chip or broken tip repair</td><td>$15.00 extra</td></tr>
<tr><td>Kitchen scissors</td><td>$8.00</td></tr>
</tbody></table>
<p>Express same-day service: $5 per knife on top, if dropped off before noon. Knives bought from us get their first sharpening free within the first year.</p>
<p>We don&#8217;t sharpen ceramic knives, axes or lawn tools.</p>`
		),
		page(
			69,
			'gift-cards',
			'Gift Cards',
			`<p>Our e-gift cards come in $25, $50, $100 and $250 and arrive by e-mail within an hour. You can choose a delivery date and add a message.</p>
<ul><li>They never expire and have no fees.</li><li>They can be used online and in the showroom, also for sharpening.</li><li>They can&#8217;t be exchanged for cash or returned.</li><li>A gift card doesn&#8217;t count toward the $99 free-shipping threshold.</li></ul>
<p>Lost the e-mail? Call us and we&#8217;ll resend it.</p>`
		),
		page(
			70,
			'size-guide',
			'Size Guide',
			`<p>Pan sizes are measured across the top rim; the flat cooking surface is about 2 inches smaller.</p>
<table><thead><tr><th>Skillet size</th><th>Cooking surface</th><th>Serves</th></tr></thead><tbody>
<tr><td>8&quot; (20 cm)</td><td>6&quot;</td><td>1&ndash;2 eggs, one person</td></tr>
<tr><td>10&quot; (25 cm)</td><td>8&quot;</td><td>2&ndash;3 people</td></tr>
<tr><td>12&quot; (30 cm)</td><td>10&quot;</td><td>4&ndash;5 people</td></tr>
</tbody></table>
<table><thead><tr><th>Dutch oven</th><th>Liters</th><th>Serves</th></tr></thead><tbody>
<tr><td>3.5 qt</td><td>3.3 L</td><td>2&ndash;3</td></tr>
<tr><td>5.5 qt</td><td>5.2 L</td><td>4&ndash;6</td></tr>
<tr><td>7.25 qt</td><td>6.9 L</td><td>6&ndash;8</td></tr>
</tbody></table>
<p>For a no-knead bread loaf, pick a 4.5 qt to 5.5 qt Dutch oven.</p>`
		),
	];
}

interface OrderPlan {
	number: number;
	status: string;
	first: string;
	last: string;
	email: string;
	state: string;
	/** Product index in the catalog, variation index (or -1), quantity. */
	lines: Array< [ number, number, number ] >;
	note?: string;
}

const PLANS: OrderPlan[] = [
	{
		number: 1,
		status: 'completed',
		first: 'Megan',
		last: 'Alvarez',
		email: 'megan.alvarez@fastmail.example',
		state: 'OR',
		lines: [ [ 0, 1, 1 ] ],
	},
	{
		number: 2,
		status: 'processing',
		first: 'Brian',
		last: 'Cho',
		email: 'bcho@gmail.example',
		state: 'WA',
		lines: [
			[ 6, -1, 1 ],
			[ 113, -1, 1 ],
		],
	},
	{
		number: 3,
		status: 'on-hold',
		first: 'Priya',
		last: 'Nair',
		email: 'priya.nair@outlook.example',
		state: 'CA',
		lines: [ [ 118, -1, 1 ] ],
		note: 'Waiting for the Copper Polish Cream to come back in stock.',
	},
	{
		number: 4,
		status: 'completed',
		first: 'Daniel',
		last: 'Okoro',
		email: 'dokoro@skillet.example',
		state: 'TX',
		lines: [
			[ 4, 0, 1 ],
			[ 117, -1, 1 ],
		],
	},
	{
		number: 5,
		status: 'cancelled',
		first: 'Hannah',
		last: 'Becker',
		email: 'hannah.becker@web.example',
		state: 'NY',
		lines: [ [ 3, -1, 1 ] ],
	},
	{
		number: 6,
		status: 'refunded',
		first: 'Luis',
		last: 'Ortega',
		email: 'luis.ortega@dutchoven.example',
		state: 'AZ',
		lines: [ [ 18, 2, 1 ] ],
	},
	{
		number: 7,
		status: 'completed',
		first: 'Sarah',
		last: 'Kim',
		email: 'sarah.kim@yahoo.example',
		state: 'HI',
		lines: [ [ 9, -1, 2 ] ],
	},
	{
		number: 8,
		status: 'processing',
		first: 'Tom',
		last: 'Fischer',
		email: 'tom.fischer@gmx.example',
		state: 'AK',
		lines: [
			[ 2, 2, 1 ],
			[ 115, -1, 1 ],
		],
	},
	{
		number: 9,
		status: 'pending',
		first: 'Olivia',
		last: 'Grant',
		email: 'ogrant@icloud.example',
		state: 'IL',
		lines: [ [ 11, -1, 1 ] ],
	},
	{
		number: 10,
		status: 'completed',
		first: 'Jamal',
		last: 'Wright',
		email: 'jamal@copper.example',
		state: 'GA',
		lines: [ [ 10, -1, 3 ] ],
	},
	{
		number: 11,
		status: 'on-hold',
		first: 'Emma',
		last: 'Larsen',
		email: 'emma.larsen@proton.example',
		state: 'MN',
		lines: [ [ 122, -1, 1 ] ],
		note: 'Your butcher block is being made to order; it ships by freight in 3 to 4 weeks.',
	},
	{
		number: 12,
		status: 'processing',
		first: 'Kevin',
		last: 'Tran',
		email: 'kevin.tran@hotmail.example',
		state: 'OR',
		lines: [
			[ 14, 0, 1 ],
			[ 12, -1, 1 ],
		],
	},
	{
		number: 1045,
		status: 'completed',
		first: 'Grace',
		last: 'Murphy',
		email: 'grace.murphy@comcast.example',
		state: 'CO',
		lines: [ [ 112, -1, 1 ] ],
	},
	{
		number: 2210,
		status: 'refunded',
		first: 'Noah',
		last: 'Peters',
		email: 'noah.peters@knives.example',
		state: 'MA',
		lines: [ [ 20, -1, 1 ] ],
	},
	{
		number: 10387,
		status: 'processing',
		first: 'Ava',
		last: 'Schmidt',
		email: 'ava.schmidt@gmail.example',
		state: 'BC',
		lines: [ [ 5, -1, 1 ] ],
	},
];

const NOTES: Record< string, ( n: number ) => string > = {
	completed: ( n ) =>
		`Shipped with UPS Ground. Tracking number: 1Z84V${ String( 3170000 + n * 733 ).padStart( 7, '0' ) }0${ n % 10 }. Delivered.`,
	processing: () =>
		'We&#8217;re packing your order; it leaves Portland within one business day.',
	refunded: () =>
		'Return received in our warehouse; your refund has been issued to the original payment method.',
	cancelled: () =>
		'Order cancelled at the customer&#8217;s request before shipping. No charge was made.',
	pending: () => 'Awaiting payment: the PayPal payment was not completed.',
};

export function buildOrders(
	products: WcProduct[],
	variations: Map< number, WcVariation[] >
) {
	return order.ordersOf( PLANS, ( plan, index ) => {
		const lines = plan.lines.map( ( [ at, variationAt, quantity ], i ) => {
			const product = products[ at ]!;
			const chosen =
				variationAt >= 0
					? variations.get( product.id )![ variationAt ]!
					: undefined;
			return order.line(
				plan.number * 10 + i,
				product,
				quantity,
				chosen
			);
		} );
		const subtotal = order.subtotal( lines );
		let shipping = subtotal >= 99 ? 0 : 8.95;
		if ( plan.state === 'HI' || plan.state === 'AK' ) {
			shipping = 29.95;
		} else if ( plan.state === 'BC' ) {
			shipping = 34.95;
		}
		return {
			order: {
				...order.orderHead(
					plan.number,
					plan.status,
					'USD',
					subtotal,
					shipping
				),
				payment_method_title:
					plan.status === 'pending'
						? 'PayPal'
						: [ 'Credit card', 'PayPal', 'Apple Pay', 'Shop Pay' ][
								index % 4
							],
				date_created_gmt: order.placedAt(
					10 + index,
					15 + ( index % 8 ),
					5 + index * 3
				),
				billing: {
					first_name: plan.first,
					last_name: plan.last,
					email: plan.email,
					country: plan.state === 'BC' ? 'CA' : 'US',
					state: plan.state,
				},
				customer_note:
					plan.number === 4
						? 'Please leave it at the side door.'
						: '',
				line_items: lines,
			},
			told: plan.note ?? NOTES[ plan.status ]?.( plan.number ),
			internal: 'Address verified (internal).',
		};
	} );
}
