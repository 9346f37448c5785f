/**
 * Whisker & Wag's pages (each in its own voice) and its ten orders, for whiskerwag.ts.
 */
import type { ShopFacts, WpPage } from './coffee-shop';
import type {
	WcOrder,
	WcProduct,
	WcVariation,
	WooCommerceData,
} from './server';
import * as order from './order-kit';
import { pageWriter, paymentMethods, pickOf, type Random } from './shop-kit';

export const STORE_URL = 'https://whiskerandwag.example';
const PHONE = '01632 960 418';
const EMAIL = 'hello@whiskerandwag.example';

export const FACTS: ShopFacts = {
	returnDays: 30,
	shippingCost: '£3.95',
	freeShippingFrom: '£40.00',
	deliveryDays: '2–3',
	expressCost: '£6.95',
	phone: PHONE,
	email: EMAIL,
	street: 'Unit 4, Tannery Yard, Station Parade',
	city: 'Harrogate HG1 1TX',
	weekdayHours: '8:30am to 6pm',
	saturdayHours: '9am to 5pm',
	warrantyYears: 1,
	descalingPrice: '£35.00',
	paymentMethods: paymentMethods.britishOrIrish(),
};

export function buildPages( entities: ( html: string ) => string ): WpPage[] {
	const page = pageWriter( STORE_URL, '2026-11-28T07:45:00', entities );
	return [
		page(
			51,
			'delivery',
			'Delivery Information',
			`<p>We pack every order ourselves in Harrogate, usually within a day.</p>
<h2>UK mainland</h2><ul><li>Standard delivery (Royal Mail Tracked 48): £3.95, 2–3 working days</li><li>FREE standard delivery on orders over £40</li><li>Next-day delivery with DPD: £6.95 if you order by 1pm Monday to Thursday (orders after 1pm on Friday arrive on Tuesday)</li></ul>
<h2>Scottish Highlands, islands and Northern Ireland</h2><p>There is a £7.50 surcharge per order for the Scottish Highlands, the Scottish islands, the Isle of Man, the Isles of Scilly and Northern Ireland, even when standard delivery is free. Allow 3–5 working days.</p>
<h2>Heavy and bulky items</h2><p>Aquariums over 100 litres, hutches and cat trees over 150&nbsp;cm travel by pallet courier. We will ring you to book a day; it costs £24.95 on top of your order.</p>
<h2>Click &amp; collect</h2><p>Collect from our Harrogate shop for free, usually ready in 2 hours.</p>
<p>We don't deliver outside the UK at the moment, sorry!</p>`
		),
		page(
			52,
			'returns',
			'Returns & Refunds',
			`<p>Changed your mind? No problem. You have <strong>30 days</strong> from the day your parcel arrives to send back anything unused and unopened.</p>
<ol><li>E-mail us with your order number and we send you a returns form.</li><li>Post it back (return postage is yours to pay unless the item is faulty or we made a mistake).</li><li>We refund you within 5 working days of receiving it, to the card or account you paid with.</li></ol>
<p>For hygiene reasons we can't take back opened food, treats, litter or grooming products, or anything engraved or made to order.</p>
<p>Live fish and plants are not sold online, so they are not covered here.</p>
<p>Faulty? Tell us within 30 days and we refund or replace it straight away, postage on us.</p>`
		),
		page(
			53,
			'guarantee',
			'Our Guarantee',
			`<p>We stand behind what we sell. Every electrical product (filters, pumps, heaters, heat lamps, clippers, automatic feeders) comes with a <strong>2-year guarantee</strong>; beds, cages, hutches, crates and furniture are guaranteed for <strong>1 year</strong>.</p>
<p>The guarantee covers faults in materials and workmanship. It does not cover chewing, scratching or other damage by pets, normal wear, or bulbs, sponges and filter media.</p>
<p>To claim, send us your order number and a photo or short video of the fault. We'll repair or replace the item, or refund it if we can't.</p>
<p>Your statutory rights under the Consumer Rights Act 2015 are not affected.</p>`
		),
		page(
			54,
			'payment',
			'Ways to Pay',
			`<p>At checkout you can pay with:</p>
<ul><li>Visa, Mastercard and American Express</li><li>PayPal</li><li>Apple Pay and Google Pay</li><li>Klarna – pay in 3 interest-free instalments on orders from £30 to £1,000</li></ul>
<p>All prices include VAT at 20%. We take payment when you place your order.</p>
<p>Sorry, we don't accept cheques or bank transfers online. Cash is welcome in the shop.</p>`
		),
		page(
			55,
			'contact',
			'Contact Us',
			`<p>Hello! Ask us anything – we're pet people too.</p>
<table><tbody>
<tr><th>Phone</th><td>${ PHONE }</td></tr>
<tr><th>E-mail</th><td><a href="mailto:${ EMAIL }">${ EMAIL }</a> (we reply within 1 working day)</td></tr>
<tr><th>Shop</th><td>Whisker &amp; Wag, Unit 4, Tannery Yard, Station Parade, Harrogate HG1 1TX</td></tr>
</tbody></table>
<h2>Opening hours</h2>
<ul><li>Monday to Friday: 8:30am to 6pm</li><li>Saturday: 9am to 5pm</li><li>Sunday: 10am to 2pm (shop only, phones closed)</li><li>Closed on bank holidays</li></ul>
<p>There's a free car park behind the shop, and dogs on leads are always welcome inside.</p>`
		),
		page(
			56,
			'services',
			'Grooming & Aquarium Services',
			`<p>Our salon is at the back of the Harrogate shop. Book by phone or in the shop.</p>
<h2>Dog grooming</h2><table><tbody>
<tr><td>Small dog full groom (up to 10 kg)</td><td>£38.00</td></tr>
<tr><td>Medium dog full groom (10–25 kg)</td><td>£48.00</td></tr>
<tr><td>Large dog full groom (over 25 kg)</td><td>£62.00</td></tr>
<tr><td>Bath &amp; brush only</td><td>£25.00</td></tr>
<tr><td>Nail clipping (no appointment needed)</td><td>£8.00</td></tr>
</tbody></table>
<p>A full groom takes 2 to 3 hours. Puppies get their first introduction groom for £20.00.</p>
<h2>Aquarium services</h2><p>We set up your new aquarium at home, fill, cycle-start and test the water: £35.00 within 15 miles of Harrogate. A monthly maintenance visit (water change, glass and filter clean) costs £29.00.</p>
<p>Cancellations with less than 24 hours' notice are charged at half price.</p>`
		),
		page(
			57,
			'faq',
			'FAQ',
			`<h3>Do you sell live animals?</h3><p>No. We don't sell any animals, fish included – we work with two local rescues instead.</p>
<h3>Do you price match?</h3><p>Yes, we match the price of any UK pet shop with stock of the same item. Call us with a link.</p>
<h3>Can I get a sample of the dog food?</h3><p>Yes, ask in the shop for a free 100&nbsp;g sample of any of our dry foods.</p>
<h3>Is there a loyalty scheme?</h3><p>Our Waggy Points scheme gives you 1 point per £1 spent; 100 points are worth £5 off.</p>
<h3>Do you have a subscription?</h3><p>Yes – subscribe to dry food or litter and save 10% on every delivery. Skip or cancel any time.</p>`
		),
		page(
			58,
			'about',
			'About Whisker & Wag',
			`<p>Whisker &amp; Wag started in 2014 as a market stall at Harrogate's Sunday market, run by sisters Megan and Rhiannon Lloyd and their lurcher, Biscuit.</p>
<p>Today we're a team of 11 in a converted tannery near the station, with a grooming salon and an aquarium room. We still test every toy on Biscuit's successor, Pickle, a very determined Jack Russell.</p>
<p>We give 1% of every sale to the Yorkshire Coast Animal Rescue.</p>`
		),
	];
}

const SHOPPERS: Array< [ string, string, string ] > = [
	[ 'Jess', 'Patel', 'dogbed.example' ],
	[ 'Tom', 'Hughes', 'catlitter.co.uk' ],
	[ 'Amara', 'Okafor', 'aquarium.example' ],
	[ 'Gareth', 'Jones', 'leash.example' ],
	[ 'Fiona', 'Mackay', 'btinternet.example' ],
	[ 'Liam', "O'Brien", 'budgie.example' ],
	[ 'Chloe', 'Evans', 'outlook.example' ],
	[ 'Ravi', 'Sharma', 'hutch.example' ],
	[ 'Ellie', 'Walsh', 'collar.example' ],
	[ 'Owen', 'Price', 'salmonoil.example' ],
];

export function buildOrders(
	r: Random,
	products: WcProduct[],
	variations: Map< number, WcVariation[] >
): { orders: WcOrder[]; notes: WooCommerceData[ 'notes' ] } {
	const { simple, variable } = order.orderable( products, {
		simple: 150,
		variable: 120,
	} );
	return order.ordersOf( SHOPPERS, ( [ first, last, domain ], index ) => {
		const id = index + 1;
		const lines = order.drawLines( r, id, {
			simple,
			twoOdds: 0.3,
			variable: id % 3 !== 0 ? variable : undefined,
			variations,
		} );
		const subtotal = order.subtotal( lines );
		const shipping = subtotal > 40 ? 0 : 3.95;
		const status = order.TEN_STATUSES[ index ]!;
		const placed: WcOrder = {
			...order.orderHead( id, status, 'GBP', subtotal, shipping ),
			payment_method_title:
				status === 'pending'
					? 'PayPal'
					: pickOf( r, [
							'Credit / debit card',
							'PayPal',
							'Klarna',
							'Apple Pay',
						] ),
			date_created_gmt: order.placedAt(
				14 + index,
				9 + index,
				7 + index * 4
			),
			billing: {
				first_name: first,
				last_name: last,
				email:
					`${ first }.${ last }`.toLowerCase().replace( /'/g, '' ) +
					`@${ domain }`,
				country: 'GB',
				postcode: index === 4 ? 'IV2 3PY' : 'LS6 2AB',
			},
			customer_note:
				id === 4
					? 'Please leave in the blue recycling bin if out.'
					: '',
			line_items: lines,
		};
		const told: Partial< Record< string, string > > = {
			completed: `Your parcel is on its way with Royal Mail Tracked 48. Tracking number: WW${ String( 40817300 + id * 1379 ) }GB.`,
			processing:
				"We're packing your order now; it leaves Harrogate by the next working day.",
			'on-hold':
				'Your order is on hold: one item is on backorder and we will ship everything together as soon as it arrives.',
			refunded:
				'We have received your return and refunded the full amount to your card.',
			cancelled: 'Order cancelled at your request. No payment was taken.',
		};
		return {
			order: placed,
			told: told[ status ],
			internal: 'Fraud check passed (internal).',
		};
	} );
}
