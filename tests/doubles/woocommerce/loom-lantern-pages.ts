/**
 * Loom & Lantern's pages (delivery, returns, warranty, care, contact, about, FAQ, payment)
 * and its orders, for loom-lantern.ts.
 */
import * as order from './order-kit';
import type { ShopFacts, WpPage } from './coffee-shop';
import type { WcProduct, WcVariation } from './server';
import { money, pageWriter, paymentMethods, readable } from './shop-kit';

export const STORE_URL = 'https://loomandlantern.example';
const PHONE = '+353 91 555 0147';
const EMAIL = 'hello@loomandlantern.example';

export const FACTS: ShopFacts = {
	returnDays: 30,
	shippingCost: '€6.95',
	freeShippingFrom: '€75.00',
	deliveryDays: '1–3',
	expressCost: '€9.95',
	phone: PHONE,
	email: EMAIL,
	street: '14 Quay Street',
	city: 'Galway H91 X2T7',
	weekdayHours: '10:00 to 18:00',
	saturdayHours: '10:00 to 18:00',
	warrantyYears: 2,
	descalingPrice: '€4.50',
	paymentMethods: paymentMethods.britishOrIrish(),
};

export function buildPages(): WpPage[] {
	const page = pageWriter( STORE_URL, '2026-11-28T07:45:00' );
	return [
		page(
			71,
			'delivery',
			'Delivery',
			`<p>Orders placed before 2pm Monday to Friday leave our Galway studio the same day. All prices include Irish VAT at 23%.</p>
<h2>Republic of Ireland</h2>
<table><thead><tr><th>Service</th><th>Cost</th><th>Delivery</th></tr></thead><tbody>
<tr><td>An Post Standard</td><td>&euro;6.95</td><td>1&ndash;3 working days</td></tr>
<tr><td>DPD Next Day (order by 2pm)</td><td>&euro;9.95</td><td>next working day</td></tr>
</tbody></table>
<p><strong>Free An Post delivery in Ireland on orders over &euro;75.</strong></p>
<h2>Northern Ireland</h2>
<p>An Post / Royal Mail, &euro;8.95, 2&ndash;4 working days. No customs charges for Northern Ireland. Free over &euro;100.</p>
<h2>Great Britain (England, Scotland, Wales)</h2>
<p>DPD, &euro;14.95, 3&ndash;5 working days. Since Brexit, parcels to Great Britain go through customs: we remove Irish VAT at checkout, and UK import VAT (20%) plus a courier handling fee of about &pound;8 are paid to DPD before delivery. Free delivery does not apply to Great Britain.</p>
<h2>European Union</h2>
<p>An Post International or DPD, &euro;12.95, 4&ndash;7 working days. No customs inside the EU. Free over &euro;150.</p>
<h2>Rest of the world</h2>
<p>Sorry, we only deliver to Ireland, the UK and the EU at the moment.</p>
<p>Large items (floor lamps, the Corrib chandelier) go by DPD everywhere.</p>`
		),
		page(
			72,
			'returns',
			'Returns & Refunds',
			`<p>You have <strong>30 days</strong> from delivery to return anything you are not happy with, for a full refund.</p>
<ul>
<li>Items must be unused and in their original condition.</li>
<li><strong>Bed linen, pillowcases and towels</strong>: for hygiene reasons we can only take these back <strong>unopened</strong>, in their sealed packaging.</li>
<li>Candles that have been lit cannot be returned.</li>
<li>Gift cards are not refundable.</li>
</ul>
<p>Return postage is paid by you, unless the item is faulty or we sent the wrong one. Send it to Loom &amp; Lantern Returns, 14 Quay Street, Galway H91 X2T7, with your order number inside. Refunds go back to the original payment method within 14 days of the parcel reaching us.</p>
<p>Exchanges: return the item and place a new order; we don&#8217;t hold stock for exchanges.</p>`
		),
		page(
			73,
			'warranty',
			'Warranty',
			`<p>All our lighting &ndash; table lamps, floor lamps, pendants, outdoor lanterns and chandeliers &ndash; carries a <strong>2-year warranty</strong> from the date of delivery, covering faults in wiring, switches and fittings.</p>
<ul><li>LED bulbs: 1-year warranty.</li><li>Not covered: broken glass, weathering of brass or steel outdoors, damage from fitting by someone other than a registered electrician.</li><li>Textiles and candles: tell us about any fault within 30 days of delivery.</li></ul>
<p>To make a claim, e-mail us a photo and your order number. We repair, replace or refund.</p>`
		),
		page(
			74,
			'care-guides',
			'Care Guides',
			`<h2>Wool throws &amp; blankets</h2>
<ol><li>Air your throw outdoors on a dry day instead of washing it; wool cleans itself.</li>
<li>Spot clean with cold water.</li>
<li>If you must wash it: hand wash in cool water, no warmer than 30 &deg;C, with a wool detergent. Never wring &ndash; roll it in a towel.</li>
<li>Dry flat, away from radiators and direct sun. Never tumble dry.</li></ol>
<p>Store wool folded in a cotton bag with cedar against moths.</p>
<h2>Cashmere</h2>
<p>Small bobbles (pilling) are normal in the first months; remove them with a cashmere comb. Dry clean once a season.</p>
<h2>Bed linen</h2><p>Wash at 40 &deg;C, inside out. Linen can be tumble dried on low and is best ironed damp.</p>
<h2>Towels</h2><p>Wash at 60 &deg;C. Skip fabric softener: it makes towels less absorbent.</p>
<h2>Candles</h2><p>Trim the wick to 5 mm, never burn for more than 4 hours at a time, and keep away from draughts.</p>`
		),
		page(
			75,
			'contact',
			'Contact Us',
			`<p>Come and see us in Galway&#8217;s Latin Quarter, or get in touch.</p>
<p>Loom &amp; Lantern<br>14 Quay Street<br>Galway H91 X2T7<br>Ireland</p>
<p>Phone: <a href="tel:+353915550147">+353 91 555 0147</a> (Monday to Friday, 9:30 to 17:00)<br>E-mail: <a href="mailto:${ EMAIL }">${ EMAIL }</a> &ndash; we reply within one working day.</p>
<h2>Shop opening hours</h2>
<table><tbody>
<tr><td>Monday to Wednesday</td><td>10:00 to 18:00</td></tr>
<tr><td>Thursday (late opening)</td><td>10:00 to 20:00</td></tr>
<tr><td>Friday and Saturday</td><td>10:00 to 18:00</td></tr>
<tr><td>Sunday</td><td>12:00 to 17:00</td></tr>
</tbody></table>
<p>Closed on 25 and 26 December and 1 January.</p>`
		),
		page(
			76,
			'about',
			'About Us',
			`<p>Loom &amp; Lantern was started in 2014 by Aoife Keane with one stall at the Galway Market. Today we sell throws from family mills in Donegal and Mayo, candles poured in Co. Galway and lamps made with Irish makers.</p>
<p>Around 70% of what we sell is made in Ireland. Our candles are poured by hand in Moycullen.</p>`
		),
		page(
			77,
			'faq',
			'FAQ',
			`<h3>Do you gift wrap?</h3><p>Yes: &euro;4.50 per item, in recycled paper with a linen ribbon. Choose it at checkout. A handwritten card is free.</p>
<h3>Can I collect my order?</h3><p>Yes, Click &amp; Collect from our shop on Quay Street is free. Your order is ready within 2 hours during opening hours; we e-mail you when it is. We keep it for 14 days. Bring your order number.</p>
<h3>Do you sell bulbs with the lamps?</h3><p>Some lamps include a bulb (see &quot;Bulb included&quot; on the product page). All our lamps work with LED bulbs.</p>
<h3>Do your lamps have Irish plugs?</h3><p>Yes, every plug-in lamp has an Irish/UK 3-pin plug (type G). Customers in the EU will need an adapter.</p>
<h3>Can I change or cancel my order?</h3><p>Ring or e-mail us before it ships (usually the same day, before 2pm) and we&#8217;ll change or cancel it.</p>`
		),
		page(
			78,
			'payment',
			'Payment Methods',
			`<p>We accept:</p><ul><li>Visa, Mastercard and American Express</li><li>PayPal</li><li>Apple Pay and Google Pay</li><li>Klarna (pay in 3 instalments, interest free, on orders from &euro;35)</li><li>Bank transfer for orders over &euro;500 (your order is on hold until the money arrives)</li></ul>
<p>We don&#8217;t accept cheques. All prices are in euro and include VAT.</p>`
		),
	];
}

interface Plan {
	number: number;
	status: string;
	first: string;
	last: string;
	email: string;
	country: string;
	/** [ product name, variation options or '', quantity ]. */
	lines: Array< [ string, string, number ] >;
	note?: string;
}

const track = ( n: number ) => `CE${ 480000000 + n * 7919 }IE`;

const PLANS: Plan[] = [
	{
		number: 1,
		status: 'completed',
		first: 'Siobhán',
		last: 'Murphy',
		email: 'siobhan.murphy@eircom.example',
		country: 'IE',
		lines: [ [ 'Aran Cable Knit Throw', 'Báinín Cream', 1 ] ],
	},
	{
		number: 2,
		status: 'processing',
		first: 'Declan',
		last: 'Byrne',
		email: 'dec.byrne@mail.example',
		country: 'IE',
		lines: [ [ 'Claddagh Bedside Lamp', '', 2 ] ],
	},
	{
		number: 3,
		status: 'on-hold',
		first: 'Niamh',
		last: 'Fitzgerald',
		email: 'niamhfitz@post.example',
		country: 'IE',
		lines: [ [ 'Corrib Brass Chandelier, 8-Arm', '', 1 ] ],
		note: 'Waiting for your bank transfer of €1,249.00; the order ships once it arrives.',
	},
	{
		number: 4,
		status: 'completed',
		first: 'Klaus',
		last: 'Hoffmann',
		email: 'k.hoffmann@web.example',
		country: 'DE',
		lines: [ [ 'Inishmore Cashmere Throw', '', 1 ] ],
	},
	{
		number: 5,
		status: 'cancelled',
		first: 'Ciarán',
		last: 'Walsh',
		email: 'ciaran.walsh@galway.example',
		country: 'IE',
		lines: [ [ 'Wool Wash & Care Liquid 500 ml', '', 2 ] ],
	},
	{
		number: 6,
		status: 'refunded',
		first: 'Emma',
		last: 'Clarke',
		email: 'emma.clarke@belfast.example',
		country: 'GB',
		lines: [ [ 'Hotel Sateen Duvet Cover Set', 'Double, White', 1 ] ],
	},
	{
		number: 7,
		status: 'processing',
		first: 'Aisling',
		last: 'Doyle',
		email: 'aisling.doyle@mail.example',
		country: 'IE',
		lines: [
			[ 'Candle Care Kit', '', 1 ],
			[ 'Bog Oak Candle Holder', '', 1 ],
		],
	},
	{
		number: 8,
		status: 'completed',
		first: 'Sabine',
		last: 'Keller',
		email: 'sabine.keller@gmx.example',
		country: 'AT',
		lines: [ [ 'Kids’ Star Night Light', '', 2 ] ],
	},
	{
		number: 9,
		status: 'pending',
		first: 'Pádraig',
		last: 'Ó Sé',
		email: 'padraig.ose@kerry.example',
		country: 'IE',
		lines: [ [ 'Loom & Lantern Gift Card', '€50', 1 ] ],
	},
	{
		number: 10,
		status: 'completed',
		first: 'Gráinne',
		last: 'Kelly',
		email: 'grainne.kelly@mail.example',
		country: 'IE',
		lines: [
			[ 'Hotel Sateen Duvet Cover Set', 'King, White', 1 ],
			[ 'Wool Wash & Care Liquid 500 ml', '', 1 ],
		],
	},
	{
		number: 11,
		status: 'processing',
		first: 'Jonas',
		last: 'Weber',
		email: 'jonas.weber@posteo.example',
		country: 'DE',
		lines: [ [ 'Salthill Linen Lampshade 40 cm', '', 1 ] ],
		note: 'The lampshade is on backorder; we expect it in mid-December and will send it then.',
	},
	{
		number: 12,
		status: 'on-hold',
		first: 'Orla',
		last: 'Brennan',
		email: 'orla.brennan@mail.example',
		country: 'IE',
		lines: [
			[ 'Inishmore Cashmere Throw', '', 1 ],
			[ 'Aran Cable Knit Throw', 'Báinín Cream', 1 ],
		],
		note: 'Payment is being checked by our card processor; no action needed from you yet.',
	},
];

const NOTES: Record< string, ( n: number ) => string > = {
	completed: ( n ) =>
		`Posted with An Post. Tracking number: ${ track( n ) }. Delivered.`,
	processing: ( n ) =>
		`Packed and handed to An Post today. Tracking number: ${ track( n ) }.`,
	refunded: () =>
		'Your return arrived unopened; the refund has been issued to your original payment method.',
	cancelled: () =>
		'Order cancelled at your request before it was posted. No charge was made.',
	pending: () => 'Awaiting payment: the PayPal payment was not completed.',
};

function paymentOf( plan: Plan, index: number ): string {
	if ( plan.number === 3 ) {
		return 'Bank transfer';
	}
	if ( plan.status === 'pending' ) {
		return 'PayPal';
	}
	return [ 'Visa', 'PayPal', 'Apple Pay', 'Klarna' ][ index % 4 ]!;
}

function shippingFor( country: string, subtotal: number ): number {
	if ( country === 'IE' ) {
		return subtotal > 75 ? 0 : 6.95;
	}
	if ( country === 'GB' ) {
		return 8.95; // Belfast: Northern Ireland rate
	}
	return subtotal > 150 ? 0 : 12.95;
}

export function buildOrders(
	products: WcProduct[],
	variations: Map< number, WcVariation[] >
) {
	return order.ordersOf( PLANS, ( plan, index ) => {
		const lines = plan.lines.map( ( [ name, options, quantity ], i ) => {
			const product = products.find(
				( p ) => readable( p.name ) === name
			)!;
			const chosen = options
				? variations
						.get( product.id )!
						.find(
							( v ) =>
								( v.attributes as Array< { option: string } > )
									.map( ( a ) => a.option )
									.join( ', ' ) === options
						)!
				: undefined;
			return {
				id: plan.number * 10 + i,
				name: chosen ? `${ name } - ${ options }` : name,
				product_id: product.id,
				variation_id: chosen?.id ?? 0,
				quantity,
				total: money(
					Number( ( chosen ?? product ).price ) * quantity
				),
			};
		} );
		const subtotal = order.subtotal( lines );
		const shipping = shippingFor( plan.country, subtotal );
		return {
			order: {
				...order.orderHead(
					plan.number,
					plan.status,
					'EUR',
					subtotal,
					shipping
				),
				payment_method_title: paymentOf( plan, index ),
				date_created_gmt: order.placedAt(
					12 + index,
					9 + ( index % 9 ),
					4 + index * 4
				),
				billing: {
					first_name: plan.first,
					last_name: plan.last,
					email: plan.email,
					country: plan.country,
				},
				customer_note:
					plan.number === 7
						? 'Please leave with the neighbour at number 16 if nobody is in.'
						: '',
				line_items: lines,
			},
			told: plan.note ?? NOTES[ plan.status ]?.( plan.number ),
			internal: 'Address checked (internal).',
		};
	} );
}
