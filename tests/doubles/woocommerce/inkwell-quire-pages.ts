/**
 * Inkwell & Quire's pages (delivery by region, returns with exceptions, warranty and the nib
 * repair price list, engraving, contact, FAQ, payment, about), for inkwell-quire.ts. Amounts
 * are written as the shop's editor leaves them in HTML ("&pound;12.50").
 */
import type { ShopFacts, WpPage } from './coffee-shop';
import { wpPage } from './shop-kit';

export const STORE_URL = 'https://inkwellandquire.example';
const PHONE = '+44 1225 480 317';
const EMAIL = 'hello@inkwellandquire.example';

/** The facts the pages state, as the computed checks read them. */
export const FACTS: ShopFacts = {
	phone: PHONE,
	email: EMAIL,
	street: '7 Margaret’s Buildings',
	city: 'Bath BA1 2LP',
	weekdayHours: '9:30 to 17:30',
	saturdayHours: '10:00 to 17:00',
	shippingCost: '£3.95',
	expressCost: '£5.95',
	deliveryDays: '2–3',
	freeShippingFrom: '£50.00',
	returnDays: 30,
	warrantyYears: 2,
	descalingPrice: '£18.00', // the nib tune, the shop's smallest repair
	paymentMethods:
		'Visa/Mastercard/American Express/PayPal/Apple Pay/Google Pay'.split(
			'/'
		),
};

const DELIVERY = `<p>We post from our Bath shop every weekday; orders placed before 1pm leave the same day. All prices include UK VAT at 20%.</p>
<h2>United Kingdom</h2>
<table><thead><tr><th>Service</th><th>Cost</th><th>Delivery time</th></tr></thead><tbody>
<tr><td>Royal Mail Tracked 48</td><td>&pound;3.95</td><td>2&ndash;3 working days</td></tr>
<tr><td>Royal Mail Tracked 24</td><td>&pound;5.95</td><td>1&ndash;2 working days</td></tr>
<tr><td>Special Delivery Guaranteed (by 1pm next working day)</td><td>&pound;9.50</td><td>next working day</td></tr>
<tr><td>Collect from the shop in Bath</td><td>free</td><td>ready within 2 hours in opening hours</td></tr>
</tbody></table>
<p><strong>Free Tracked 48 delivery in the UK on orders over &pound;50.</strong> Pens over &pound;250 always travel by Special Delivery, at no extra cost.</p>
<h2>European Union</h2>
<table><tbody>
<tr><td>Royal Mail International Tracked</td><td>&pound;12.50</td><td>5&ndash;8 working days</td></tr>
</tbody></table>
<p>Free EU delivery on orders over &pound;150. For EU orders up to &euro;150 we charge EU VAT at checkout (IOSS), so there is nothing more to pay on delivery; above &euro;150, VAT and any duty are collected by the carrier from you on delivery, and we remove UK VAT at checkout.</p>
<h2>Switzerland and Norway</h2>
<p>Royal Mail International Tracked, &pound;16.00, 5&ndash;10 working days. Import VAT and a handling fee are collected on delivery.</p>
<h2>Rest of the world</h2>
<p>Royal Mail International Tracked &amp; Signed, &pound;18.00, 7&ndash;14 working days. Import duties and taxes are paid by the recipient.</p>
<p>We cannot send bottled ink to Australia or New Zealand (the carrier will not fly liquids there); cartridges and everything else can go.</p>`;

const RETURNS = `<p>You may return anything within <strong>30 days</strong> of delivery for a full refund, in its original condition and packaging.</p>
<h2>What we cannot take back</h2>
<ul>
<li>Engraved or personalised items (unless faulty).</li>
<li>Pens with a custom nib grind made to your order.</li>
<li>Opened bottles of ink and opened sample vials.</li>
<li>Gift cards.</li>
</ul>
<h2>Pens that have been inked</h2>
<p>A fountain pen that has been filled can still be returned within 30 days if it is undamaged. We charge a <strong>&pound;10.00 cleaning and nib check fee</strong>, taken from the refund.</p>
<h2>How to return</h2>
<p>Write to ${ EMAIL } with your order number. Return postage is paid by you, unless the item is faulty or we sent the wrong one; UK customers can ask us for a prepaid Royal Mail label, and &pound;3.95 is taken from the refund. Send returns to: Inkwell &amp; Quire Returns, 7 Margaret&#8217;s Buildings, Bath BA1 2LP, United Kingdom.</p>
<p>Refunds go back to the original payment method within 5 working days of the parcel reaching us. Exchanges for a different nib size are free within 30 days if the pen has not been inked.</p>`;

const WARRANTY = `<h2>Warranty</h2>
<p>Every new fountain pen we sell carries a <strong>2-year warranty</strong> against defects in materials and workmanship. Our own Quire pens carry <strong>5 years</strong>. Restored vintage pens carry a 12-month restoration guarantee.</p>
<p>The warranty does not cover pens that have been dropped (including bent nibs), cracks from over-tightening, or damage from pigment or India ink in pens not made for it.</p>
<h2>Nib clinic and repair service</h2>
<p>Bring your pen to the shop on a Thursday afternoon (14:00&ndash;17:00, no appointment needed) or post it to us. Repairs take about 10 working days.</p>
<table><thead><tr><th>Service</th><th>Price</th></tr></thead><tbody>
<tr><td>Nib tune and smoothing</td><td>&pound;18.00</td></tr>
<tr><td>Custom nib grind (stub, italic, cursive italic, architect)</td><td>&pound;35.00</td></tr>
<tr><td>Replacement steel nib unit</td><td>&pound;22.00</td></tr>
<tr><td>Replacement 14k gold nib</td><td>&pound;95.00</td></tr>
<tr><td>Ink sac replacement (vintage lever and button fillers)</td><td>&pound;28.00</td></tr>
<tr><td>Full service and clean (piston and vacuum fillers)</td><td>&pound;30.00</td></tr>
<tr><td>Return postage by Special Delivery (UK)</td><td>&pound;7.50</td></tr>
</tbody></table>
<p>Repairs under warranty are free, return postage included. We repair pens of every make, including pens not bought from us.</p>`;

const ENGRAVING = `<p>We engrave by hand-guided machine in the shop: pen barrels and caps, leather cases and the brass inkwell.</p>
<table><thead><tr><th>Engraving</th><th>Price</th></tr></thead><tbody>
<tr><td>Up to 20 characters, one line</td><td>&pound;12.00</td></tr>
<tr><td>21 to 40 characters, up to two lines</td><td>&pound;18.00</td></tr>
<tr><td>Your logo or crest (set-up, then per item &pound;12.00)</td><td>&pound;35.00</td></tr>
</tbody></table>
<p>Three typefaces: Roman capitals, copperplate script and typewriter. Engraving adds 3 working days before dispatch. Engraving on the cap of the Quire No. 1 is free.</p>
<p>We cannot engrave celluloid, ebonite or lacquered pens (the material is too soft or would be damaged). Engraved items cannot be returned unless faulty.</p>`;

const CONTACT = `<p>Inkwell &amp; Quire<br>7 Margaret&#8217;s Buildings<br>Bath BA1 2LP<br>United Kingdom</p>
<p>Telephone: ${ PHONE }<br>E-mail: ${ EMAIL }</p>
<h2>Opening hours</h2>
<ul>
<li>Monday to Friday: 9:30 to 17:30</li>
<li>Saturday: 10:00 to 17:00</li>
<li>Sunday: closed (open 11:00 to 16:00 on the four Sundays before Christmas)</li>
</ul>
<p>The telephone is answered in opening hours; e-mails are answered within one working day. The shop is a five-minute walk from the Royal Crescent.</p>`;

const FAQ = `<h3>Can I try pens before buying?</h3>
<p>Yes: every pen on display in the Bath shop can be tried with ink, and we keep a test pad for each nib size.</p>
<h3>Which nib size should I choose?</h3>
<p>For everyday handwriting, Fine or Medium. Extra Fine suits small writing and thin paper; Broad and Stub show off ink shading. Japanese-made nibs write about one size finer than European ones.</p>
<h3>Do you offer gift wrapping?</h3>
<p>Yes, in our blue paper with a wax seal, &pound;3.50 per item. Choose it at checkout.</p>
<h3>Do you have a student discount?</h3>
<p>10% off in the shop with a valid student card. It does not apply online.</p>
<h3>Do you buy or sell second-hand pens?</h3>
<p>We sell a few restored vintage pens, but we do not buy pens from the public.</p>
<h3>Do you price match?</h3>
<p>No, we do not price match.</p>
<h3>Can I order something you do not stock?</h3>
<p>We can special-order most pens from the makers we work with; ask us and allow 2&ndash;4 weeks.</p>`;

const PAYMENT = `<p>We accept Visa, Mastercard, American Express, PayPal, Apple Pay and Google Pay. We do not offer Klarna or other buy-now-pay-later services.</p>
<p>Bank transfer is possible for orders over &pound;500: we hold the goods for 7 days until the money arrives. Prices are charged in pounds sterling; your card issuer converts other currencies.</p>`;

const ABOUT = `<p>Inkwell &amp; Quire was opened in 2009 by Eleanor Marsh, a bookbinder, in a Georgian shopfront on Margaret&#8217;s Buildings, a few steps from the Royal Crescent.</p>
<p>Today five of us run the shop, the nib bench and the lathe on which we turn the Quire pens. We test every fountain pen with ink before it is posted, and we sell paper we have tried with our own pens.</p>`;

export function buildPages(): WpPage[] {
	const rows: Array< [ number, string, string, string ] > = [
		[ 81, 'delivery', 'Delivery & Shipping', DELIVERY ],
		[ 82, 'returns', 'Returns & Refunds', RETURNS ],
		[ 83, 'warranty-nib-repairs', 'Warranty & Nib Repairs', WARRANTY ],
		[ 84, 'engraving', 'Engraving', ENGRAVING ],
		[ 85, 'contact', 'Contact Us', CONTACT ],
		[ 86, 'faq', 'FAQ', FAQ ],
		[ 87, 'payment', 'Payment', PAYMENT ],
		[ 88, 'about', 'About Us', ABOUT ],
	];
	return rows.map( ( [ id, slug, title, html ] ) =>
		wpPage( STORE_URL, { id, slug, title, html }, '2026-12-01T08:30:00' )
	);
}
