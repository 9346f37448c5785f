/**
 * Aperture & Grain's pages (delivery, returns, warranty, trade-in, repairs, film developing,
 * contact, payment) and its orders 1–20, for aperture-grain.ts.
 */
import * as order from './order-kit';
import type { ShopFacts, WpPage } from './coffee-shop';
import { pageWriter, paymentMethods } from './shop-kit';

export const STORE_URL = 'https://apertureandgrain.example';
const PHONE = '0161 555 0193';
const EMAIL = 'hello@apertureandgrain.example';

export const FACTS: ShopFacts = {
	returnDays: 30,
	shippingCost: '£4.95',
	freeShippingFrom: '£150.00',
	deliveryDays: '2–3',
	expressCost: '£8.95',
	phone: PHONE,
	email: EMAIL,
	street: '42 Tib Street',
	city: 'Manchester M4 1LA',
	weekdayHours: '9:30 to 18:00',
	saturdayHours: '10:00 to 17:30',
	warrantyYears: 2,
	descalingPrice: '£49.00',
	paymentMethods: paymentMethods.britishOrIrish(),
};

export function buildPages( entities: ( html: string ) => string ): WpPage[] {
	const page = pageWriter( STORE_URL, '2026-11-30T09:15:00', entities );
	return [
		page(
			81,
			'delivery',
			'Delivery',
			`<p>All prices include UK VAT at 20%. We pack every camera and lens in a double box with a tamper seal.</p>
<h2>UK mainland</h2>
<table><thead><tr><th>Service</th><th>Cost</th><th>Delivery</th></tr></thead><tbody>
<tr><td>Royal Mail Tracked 48</td><td>£4.95</td><td>2–3 working days</td></tr>
<tr><td>DPD Next Day</td><td>£8.95</td><td>next working day if ordered by 2:30pm, Monday to Friday</td></tr>
</tbody></table>
<p><strong>Free Tracked 48 delivery on UK mainland orders over £150.</strong> Orders placed after 2:30pm on a Friday, or at the weekend, go out on Monday.</p>
<h2>Scottish Highlands &amp; Islands, Isle of Man, Isles of Scilly</h2>
<p>DPD, £14.95, 2–4 working days. No next-day service. Free over £500.</p>
<h2>Northern Ireland</h2>
<p>DPD, £9.95, 2–3 working days. No customs charges for Northern Ireland. Free over £250.</p>
<h2>European Union</h2>
<p>DPD Classic, £24.95, 3–6 working days. UK VAT is taken off at checkout; import VAT and any duty of the country of delivery are paid to DPD on delivery.</p>
<h2>United States</h2>
<p>FedEx International Priority, £39.95, 3–5 working days. Import duties and taxes are paid by the recipient.</p>
<h2>Rest of the world</h2>
<p>Sorry, we only deliver to the UK, the EU and the US at the moment.</p>
<p>Spare lithium batteries can only be sent to UK addresses. Film is never X-rayed by us, but we cannot stop customs from doing so.</p>`
		),
		page(
			82,
			'returns',
			'Returns & Refunds',
			`<p>You have <strong>30 days</strong> from delivery to return new gear you are not happy with, for a full refund.</p>
<ul>
<li>Cameras and lenses must be unused and complete, in their original box with every accessory. We check the shutter count: a camera that has taken more than 50 shots counts as used.</li>
<li>Used (second-hand) gear: <strong>14 days</strong> from delivery.</li>
<li>We cannot take back <strong>opened film</strong>, <strong>used sensor swabs</strong>, memory cards taken out of their sealed packaging, developing and repair services, or gift cards.</li>
</ul>
<p>Return postage is paid by you, unless the item is faulty or we sent the wrong one. Returns in person at our Tib Street shop are free. Send parcels to Aperture &amp; Grain Returns, 42 Tib Street, Manchester M4 1LA, with your order number inside.</p>
<p>Refunds go back to the original payment method within <strong>5 working days</strong> of your return reaching us.</p>`
		),
		page(
			83,
			'warranty',
			'Warranty',
			`<p>New cameras and lenses carry the <strong>manufacturer&#8217;s UK warranty</strong>, which we handle for you: bring or send the item to us and we deal with the brand.</p>
<table><thead><tr><th>Brand / kind</th><th>Warranty</th><th>Who gives it</th></tr></thead><tbody>
<tr><td>Sony, Nikon, Fujifilm cameras and lenses</td><td>2 years</td><td>Manufacturer</td></tr>
<tr><td>Canon cameras and lenses</td><td>1 year, plus a second year when you register the product with Canon UK within 30 days</td><td>Manufacturer</td></tr>
<tr><td>Lenses, tripods, bags, flashes, filters and lighting of our smaller brands</td><td>3 years</td><td>Aperture &amp; Grain (shop warranty)</td></tr>
<tr><td>Memory cards</td><td>10 years (limited)</td><td>Manufacturer</td></tr>
<tr><td>Used cameras and lenses, film cameras included</td><td>6 months</td><td>Aperture &amp; Grain (shop warranty)</td></tr>
</tbody></table>
<p>Not covered: drops, water damage, sand, fungus that grows after purchase, and wear. Film, batteries and cleaning supplies have no warranty, but faulty film is replaced.</p>
<p>To claim, e-mail us your order number and a description of the fault.</p>`
		),
		page(
			84,
			'trade-in',
			'Trade-in & Used Gear',
			`<h2>How a trade-in valuation works</h2>
<ol><li>Fill in the trade-in form or e-mail us the model, serial number, photos and (for digital cameras) the shutter count.</li>
<li>We send an estimate within 1 working day. It is valid for 14 days.</li>
<li>Post the gear to us free with the label we send, or bring it to the shop.</li>
<li>Our technicians inspect it within 3 working days and confirm the final offer.</li>
<li>We pay by bank transfer within 2 working days, or you take <strong>10% more as store credit</strong>.</li></ol>
<p>If you don&#8217;t accept the final offer, we send your gear back free of charge.</p>
<h2>Our condition grades</h2>
<ul><li><strong>A+ (Like new)</strong>: no signs of use, often boxed.</li>
<li><strong>A (Excellent)</strong>: light marks only visible up close.</li>
<li><strong>B (Good)</strong>: normal signs of use, fully working, clean optics.</li>
<li><strong>C (Well used)</strong>: heavy wear, brassing or scratches, fully working.</li>
<li><strong>F (For parts)</strong>: not working; sold as seen, no warranty.</li></ul>
<p>We do not buy phones, printers, camcorders or digital compacts worth less than £100.</p>`
		),
		page(
			85,
			'repairs',
			'Camera Repairs & Sensor Cleaning',
			`<p>Our repair bench is open Tuesday to Saturday.</p>
<table><thead><tr><th>Service</th><th>Price</th><th>Turnaround</th></tr></thead><tbody>
<tr><td>Sensor cleaning (mirrorless or DSLR)</td><td>£49</td><td>same day if in by 11am</td></tr>
<tr><td>Sensor cleaning, medium format</td><td>£69</td><td>2 working days</td></tr>
<tr><td>Film camera service (CLA: clean, lubricate, adjust)</td><td>from £120</td><td>2–3 weeks</td></tr>
<tr><td>Lens cleaning inside (haze, dust, fungus)</td><td>from £85</td><td>2 weeks</td></tr>
<tr><td>Light seal replacement</td><td>£35</td><td>3 working days</td></tr>
<tr><td>Diagnosis</td><td>£25, taken off the repair price if you go ahead</td><td>5 working days</td></tr>
</tbody></table>
<p>Repairs of digital cameras beyond cleaning are sent to the manufacturer&#8217;s UK service centre and take 3–4 weeks. Every repair we do ourselves has a 3-month guarantee.</p>`
		),
		page(
			86,
			'film-developing',
			'Film Developing',
			`<p>We develop film in our own lab on Tib Street. Hand it in at the counter or post it to us.</p>
<table><thead><tr><th>Process</th><th>Develop only, per roll</th><th>Turnaround</th></tr></thead><tbody>
<tr><td>C-41 colour negative (35mm or 120)</td><td>£8.00</td><td>3 working days</td></tr>
<tr><td>Black &amp; white (35mm or 120)</td><td>£10.00</td><td>5 working days</td></tr>
<tr><td>E-6 slide film</td><td>£14.00</td><td>10 working days (sent to a partner lab)</td></tr>
</tbody></table>
<h2>Scans, per roll</h2>
<ul><li>Standard scan (3000 × 2000 px JPEG): £4.50</li><li>High-resolution scan (6000 × 4000 px TIFF): £9.00</li></ul>
<p>Push or pull processing: £2.00 per stop, per roll. Scans are sent by download link. Negatives are returned by post for £3.50 or can be collected free. We do not develop disposable cameras with an unknown film or APS film.</p>`
		),
		page(
			87,
			'contact',
			'Contact & Opening Hours',
			`<p>Find us in Manchester&#8217;s Northern Quarter, five minutes from Piccadilly station.</p>
<p>Aperture &amp; Grain<br>42 Tib Street<br>Manchester M4 1LA<br>United Kingdom</p>
<p>Phone: <a href="tel:+441615550193">${ PHONE }</a><br>E-mail: <a href="mailto:${ EMAIL }">${ EMAIL }</a> – we reply within one working day.</p>
<h2>Opening hours</h2>
<table><tbody>
<tr><td>Monday to Friday</td><td>9:30 to 18:00</td></tr>
<tr><td>Saturday</td><td>10:00 to 17:30</td></tr>
<tr><td>Sunday</td><td>11:00 to 16:00</td></tr>
</tbody></table>
<p>Closed on bank holidays, on 25 and 26 December and on 1 January. The repair bench and the lab counter are closed on Sundays and Mondays.</p>`
		),
		page(
			88,
			'payment',
			'Payment & Finance',
			`<p>We accept:</p><ul><li>Visa, Mastercard, Maestro and American Express</li><li>PayPal</li><li>Apple Pay and Google Pay</li><li>Klarna: pay in 3 interest-free instalments, on orders from £30 to £1,500</li><li>Bank transfer for orders over £2,000 (the order is on hold until the money arrives)</li></ul>
<h2>0% finance</h2>
<p>Spread the cost over <strong>12 months at 0% APR</strong> on orders over £499, or 24 months at 9.9% APR. Finance is provided by V12 Retail Finance, subject to status; you must be 18 or over and live in the UK. Choose &#8220;Finance&#8221; at checkout; a decision takes about 2 minutes.</p>
<p>We don&#8217;t accept cheques. All prices are in pounds sterling and include VAT.</p>`
		),
	];
}

/** Orders 1–20: [ status, shopper, country, payment, items with quantities, note to them ]. */
const PLANS: order.OrderPlan[] = [
	[
		'completed',
		'Tom Hargreaves tom.hargreaves@fastlens.example',
		'GB',
		'Visa',
		[ [ 'Sony A7 IV [Body only]', 1 ] ],
		undefined,
	],
	[
		'processing',
		'Priya Shah priya.shah@tripod.example',
		'GB',
		'PayPal',
		[
			[ 'Sensor Swabs 24 mm, Pack of 12', 2 ],
			[ 'Rocket Air Blower', 1 ],
		],
		undefined,
	],
	[
		'on-hold',
		'Gareth Lloyd gareth.lloyd@mail.example',
		'GB',
		'Bank transfer',
		[ [ 'Used Leica M6 (1986)', 1 ] ],
		'Waiting for your bank transfer of £2,950.00; the camera is reserved for you until 10 December.',
	],
	[
		'completed',
		'Lukas Brandt lukas.brandt@filmroll.example',
		'DE',
		'Visa',
		[ [ 'Fujifilm X-T5 [Black]', 1 ] ],
		undefined,
	],
	[
		'cancelled',
		'Sophie Turner sophie.t@mail.example',
		'GB',
		'Klarna',
		[ [ 'Kodak Ektar H35 Half-Frame Camera [Sand]', 1 ] ],
		'Cancelled: the sand colour sold out before we could send it. You have not been charged.',
	],
	[
		'refunded',
		'Hannah Fischer h.fischer@polariser.example',
		'AT',
		'PayPal',
		[ [ 'Ancoats Leather Camera Strap', 1 ] ],
		undefined,
	],
	[
		'processing',
		'Jamal Okafor jamal.okafor@cfexpress.example',
		'GB',
		'Apple Pay',
		[
			[ 'Paterson Universal Developing Tank', 1 ],
			[ 'Ilford Multigrade RC Paper 8x10, 25 Sheets', 2 ],
		],
		undefined,
	],
	[
		'completed',
		'Emily Walsh emily.walsh@mail.example',
		'GB',
		'Mastercard',
		[ [ 'Film Developing Mailer, 1 Roll', 3 ] ],
		undefined,
	],
	[
		'pending',
		'Felix Wagner felix.wagner@darkroom.example',
		'DE',
		'PayPal',
		[ [ 'Used Nikon FM2 Body', 1 ] ],
		undefined,
	],
	[
		'processing',
		'Megan Price megan.price@sdcard.example',
		'GB',
		'Klarna',
		[ [ 'Fujifilm X100VI', 1 ] ],
		'The X100VI is on backorder; you are number 4 in our queue and we expect your camera in the week of 14 December.',
	],
	[
		'completed',
		'Oliver Bennett o.bennett@mail.example',
		'GB',
		'Visa',
		[
			[ 'Canon EOS R6 Mark II', 1 ],
			[ 'LP-E6NH Battery for Canon', 1 ],
		],
		undefined,
	],
	[
		'on-hold',
		'Anna Müller anna.mueller@35mm.example',
		'DE',
		'Visa',
		[ [ 'Used Nikon Z6 II Body', 1 ] ],
		'Your payment is being checked by our card processor; no action is needed from you yet.',
	],
	[
		'completed',
		'Callum Reid callum.reid@mail.example',
		'GB',
		'Google Pay',
		[ [ 'NP-FZ100 Battery for Sony', 2 ] ],
		undefined,
	],
	[
		'refunded',
		'Chloe Evans chloe.evans@mail.example',
		'GB',
		'PayPal',
		[ [ 'Lens Cleaning Kit', 1 ] ],
		undefined,
	],
	[
		'processing',
		'Jonas Becker jonas.becker@zoomlens.example',
		'DE',
		'Visa',
		[ [ 'Aperture & Grain Reusable 35mm Film Camera', 2 ] ],
		undefined,
	],
	[
		'completed',
		'Ruth Ashworth ruth.ashworth@mail.example',
		'GB',
		'Finance (0% over 12 months)',
		[ [ 'Nikon Z6 III [Body only]', 1 ] ],
		undefined,
	],
	[
		'cancelled',
		'Daniel Kowalski d.kowalski@mail.example',
		'GB',
		'Visa',
		[ [ 'Used Canon EOS R Body', 1 ] ],
		'Cancelled at your request before it was posted. The payment was released.',
	],
	[
		'pending',
		'Laura Schmid laura.schmid@gimbal.example',
		'AT',
		'Klarna',
		[ [ 'Aperture & Grain Gift Card [£100]', 1 ] ],
		undefined,
	],
	[
		'on-hold',
		'Ben Carter ben.carter@mail.example',
		'GB',
		'Bank transfer',
		[ [ 'Nikon Z6 III [With Z 24-70mm f/4 lens]', 1 ] ],
		'The kit is on backorder and we are waiting for your bank transfer; we will send it as soon as both arrive.',
	],
	[
		'completed',
		'Maximilian Huber max.huber@blitz.example',
		'DE',
		'PayPal',
		[ [ 'Used Sony FE 85mm f/1.8', 1 ] ],
		undefined,
	],
];

const track = ( n: number ) =>
	`15501${ String( 4200000 + n * 6113 ).padStart( 9, '0' ) }`;

const NOTES: Record< string, ( n: number ) => string > = {
	completed: ( n ) =>
		`Sent with DPD. Tracking number: ${ track( n ) }. Delivered.`,
	processing: ( n ) =>
		`Packed and handed to DPD today. Tracking number: ${ track( n ) }.`,
	refunded: () =>
		'Your return arrived in its original condition; the refund has been sent to your original payment method.',
	pending: () => 'Awaiting payment: the payment was not completed.',
};

/**
 * What shipping the shopper paid: none for a gift card (e-mailed), free over the threshold in
 * Great Britain, else the zone's.
 */
function shippingFor(
	country: string,
	subtotal: number,
	items: Array< [ string, number ] >
): { cost: number; method: string } {
	if ( items.every( ( [ name ] ) => name.includes( 'Gift Card' ) ) ) {
		return { cost: 0, method: 'E-mail delivery' };
	}
	if ( country === 'GB' ) {
		return subtotal > 150
			? { cost: 0, method: 'Free Royal Mail Tracked 48' }
			: { cost: 4.95, method: 'Royal Mail Tracked 48' };
	}
	return { cost: 24.95, method: 'DPD Classic (EU)' };
}

export function buildOrders( built: order.Catalog ) {
	return order.plannedOrders( built, PLANS, {
		currency: 'GBP',
		shipping: shippingFor,
		placed: ( index ) =>
			order.placedAt(
				10 + index,
				8 + ( index % 10 ),
				( index * 7 ) % 60
			),
		notes: NOTES,
		internal: 'Fraud check passed (internal).',
	} );
}
