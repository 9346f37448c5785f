/**
 * The pages of Saltmarsh Apothecary (saltmarsh.ts), in the shop's own Irish-English voice,
 * as the block editor leaves them (headings, lists, tables; "&amp;", "&#8217;" and
 * "&euro;" in places), plus one page in German for visitors from Germany and Austria.
 */
import type { WpPage } from './coffee-shop';
import { wpPage } from './shop-kit';

export const STORE_URL = 'https://saltmarsh.example';
export const PHONE = '+353 91 563 218';
export const EMAIL = 'hello@saltmarsh.example';

const PAGES: Array<
	[ id: number, slug: string, title: string, html: string ]
> = [
	[
		91,
		'shipping',
		'Shipping & Delivery',
		`<p>We pack every order by hand in our back room on Quay Street and ship with An Post within Ireland and with DPD to the UK and the EU. Orders placed before 1 pm (Irish time) on a working day leave the same day.</p>
<h2>Shipping costs and delivery times</h2>
<table class="wp-block-table"><thead><tr><th>Destination</th><th>Shipping</th><th>Free from</th><th>Delivery time</th></tr></thead><tbody>
<tr><td>Republic of Ireland (An Post)</td><td>&euro;4.95</td><td>&euro;45.00</td><td>1–2 working days</td></tr>
<tr><td>Ireland express (DPD, next working day)</td><td>&euro;8.95</td><td>never free</td><td>next working day if ordered before 1 pm</td></tr>
<tr><td>Northern Ireland and Great Britain (DPD)</td><td>&euro;9.50</td><td>&euro;90.00</td><td>2–4 working days</td></tr>
<tr><td>EU countries (DPD)</td><td>&euro;11.50</td><td>&euro;120.00</td><td>4–7 working days</td></tr>
</tbody></table>
<p>We do not ship outside the UK and the EU (for example not to the USA, Canada, Switzerland or Australia) because of the rules for cosmetics and liquids.</p>
<h2>Great Britain: customs</h2>
<p>Parcels to Great Britain (England, Scotland, Wales) are sent with duties paid: there is nothing extra to pay on delivery. Parcels to Northern Ireland do not go through customs at all.</p>
<h2>Click &amp; Collect</h2>
<p>Collection from our shop at 14 Quay Street is free. Choose &#8220;Click &amp; Collect&#8221; at checkout; we e-mail you when your order is ready, usually within 2 hours during opening hours. We keep collection orders for 10 days.</p>
<h2>Christmas</h2>
<ul>
<li>Last order date for Christmas delivery in Ireland: 19 December</li>
<li>Last order date for the UK: 16 December</li>
<li>Last order date for the EU: 12 December</li>
<li>Express within Ireland: 22 December before 1 pm</li>
</ul>
<h2>Backorders and pre-orders</h2>
<p>Products marked &#8220;on backorder&#8221; can be ordered now. If your order holds products in stock and a backorder, we wait and send everything together, unless you ask us to split it; the second parcel is then free of charge.</p>`,
	],
	[
		92,
		'returns',
		'Returns & Refunds',
		`<p>Not happy? You have 14 days from delivery to withdraw from your purchase without giving a reason. For unopened products with the seal intact we give you 30 days.</p>
<h2>How to return</h2>
<ol>
<li>E-mail us at ${ EMAIL } with your order number and what you are sending back.</li>
<li>Pack the products safely. Return postage is paid by you, unless the product was faulty or we sent the wrong one.</li>
<li>Send it to Saltmarsh Apothecary, Returns, 14 Quay Street, Galway H91 X2F7, Ireland.</li>
</ol>
<p>We refund you within 14 days of receiving the return, to the payment method you used. Shipping costs are refunded only if you return the whole order.</p>
<h2>What we cannot take back</h2>
<ul>
<li>Opened skincare, soap and cosmetics whose hygiene seal is broken (unless faulty)</li>
<li>Personalised or engraved products, such as the personalised name tin</li>
<li>Products filled at our refill station</li>
<li>Gift cards once the code has been sent</li>
<li>Workshop places: free cancellation up to 7 days before the date; after that we can move you to another date once, but we cannot refund</li>
</ul>
<h2>Damaged or leaking parcels</h2>
<p>If something arrives broken or leaking, send us a photo within 48 hours of delivery and we will send a replacement free of charge. You do not need to send back broken glass.</p>
<h2>Reactions and allergies</h2>
<p>If a product irritates your skin, stop using it and let us know. Even if it is opened, we will refund one product per customer per year as a goodwill gesture.</p>`,
	],
	[
		93,
		'guarantee-product-care',
		'Guarantee, Shelf Life & Product Care',
		`<h2>Guarantee</h2>
<p>All products come with your statutory rights under Irish and EU law. Electrical products (the Ultrasonic Aroma Diffuser) carry a 2-year guarantee from the date of purchase: if it stops working, e-mail us and we repair or replace it. The guarantee does not cover cracked ceramic covers or damage from descaling with anything other than vinegar.</p>
<h2>Shelf life</h2>
<p>Our products are made in small batches without synthetic preservatives where possible, so they keep for less time than supermarket cosmetics.</p>
<ul>
<li>Unopened: at least 12 months from the date on the label (soaps 3 years)</li>
<li>Opened: see the open-jar symbol (6M, 9M, 12M) on each product</li>
<li>Every product has a batch number on the bottom; tell us the batch number if you have a question about a product</li>
</ul>
<h2>Storage</h2>
<p>Keep creams and oils away from sunlight and below 25 °C. Butters can soften in summer; a short time in the fridge sets them again.</p>
<h2>Repairs</h2>
<p>We repair the aroma diffuser in our own workshop; outside the guarantee a repair costs a flat &euro;15.00 plus return postage. Candles, glass and ceramics cannot be repaired.</p>`,
	],
	[
		94,
		'payment',
		'Payment Methods',
		`<p>You can pay with:</p>
<ul>
<li>Visa, Mastercard and American Express</li>
<li>PayPal</li>
<li>Apple Pay and Google Pay</li>
<li>Klarna: pay in 3 interest-free instalments, for orders from &euro;30.00</li>
<li>Bank transfer (we hold your order for 5 days until the money arrives)</li>
<li>Saltmarsh gift cards</li>
</ul>
<p>We do not offer cash on delivery. In the shop we also take cash and contactless.</p>
<p>All prices include Irish VAT at 23 %. Your card is charged when you place the order; for backorders too.</p>`,
	],
	[
		95,
		'contact',
		'Contact Us',
		`<h2>Get in touch</h2>
<p>E-mail: <a href="mailto:${ EMAIL }">${ EMAIL }</a><br>Phone: <a href="tel:+35391563218">${ PHONE }</a> (Monday to Friday, 10:00–16:00)<br>WhatsApp: +353 87 412 9930 (text only)</p>
<p>We answer e-mails within one working day.</p>
<h2>Visit the shop</h2>
<p>Saltmarsh Apothecary, 14 Quay Street, Galway H91 X2F7, Ireland (beside the Spanish Arch end of Quay Street)</p>
<h2>Opening hours</h2>
<table><tbody>
<tr><td>Monday – Saturday</td><td>10:00 – 18:00</td></tr>
<tr><td>Sunday</td><td>12:00 – 17:00</td></tr>
<tr><td>Late opening in December (Thursday and Friday)</td><td>until 20:00</td></tr>
<tr><td>Christmas Eve</td><td>10:00 – 14:00</td></tr>
<tr><td>25, 26 December and 1 January</td><td>closed</td></tr>
<tr><td>Bank holidays</td><td>12:00 – 17:00</td></tr>
</tbody></table>
<p>The shop is on the ground floor with step-free access; the workshop room upstairs has no lift.</p>`,
	],
	[
		96,
		'about-us',
		'About Us',
		`<p>Saltmarsh Apothecary was started in 2014 by Aoife Brennan, a herbalist, in a converted net loft in the Claddagh. Since 2019 we have had our shop and workshop on Quay Street in Galway.</p>
<h2>What we believe</h2>
<ul>
<li>Small batches: our soaps are cold-processed and cured for at least six weeks.</li>
<li>Irish ingredients where we can: seaweed from Spiddal, honey from Moycullen, goat milk from Co. Clare.</li>
<li>Cruelty-free: we never test on animals and are certified by Leaping Bunny (Cruelty Free International).</li>
<li>Most of our range is vegan. The products that are not contain beeswax, honey or goat milk, and say so on the label.</li>
<li>No palm oil, no microplastics, no synthetic fragrance: our scents come from essential oils only.</li>
<li>Plastic-free packaging: glass, aluminium, paper and a few sugarcane tubes.</li>
</ul>
<p>Seven of us work here now, and we still wrap every parcel by hand.</p>`,
	],
	[
		97,
		'faq',
		'FAQ',
		`<h2>Are your products suitable for sensitive skin?</h2>
<p>Our unscented range (Pure Castile Soap, Oatmeal &amp; Goat Milk Soap, the Unscented body butter, Oat &amp; Calendula Body Lotion) is made for sensitive skin. We always recommend a patch test on the inside of your arm 24 hours before first use.</p>
<h2>I have a nut allergy. What should I avoid?</h2>
<p>Shea butter and sweet almond oil come from tree nuts. Every product that contains them says &#8220;Contains nuts: Yes&#8221;. We do not use peanut oil in anything.</p>
<h2>Can I use your products during pregnancy?</h2>
<p>Many essential oils are not recommended during pregnancy. Choose our unscented products and ask your doctor or midwife if you are unsure; we cannot give medical advice.</p>
<h2>Do you send free samples?</h2>
<p>Yes: every order over &euro;25.00 gets two free samples. Tell us in the order notes which ones you would like.</p>
<h2>Do you sell wholesale?</h2>
<p>We supply a small number of shops and hotels in Ireland. Write to ${ EMAIL } with &#8220;Wholesale&#8221; in the subject; the minimum first order is &euro;250.00.</p>
<h2>Can I return empty containers?</h2>
<p>Yes. Bring back 5 empty amber glass bottles or jars (ours, clean) to the shop and get &euro;5.00 off your next purchase. Sorry, this only works in the shop, not by post.</p>
<h2>Why did my soap sweat?</h2>
<p>Handmade soap holds glycerin, which draws water from the air in a damp bathroom. It is harmless; keep the soap on a draining dish.</p>`,
	],
	[
		98,
		'workshops-gifting',
		'Workshops, Gift Wrapping & Corporate Gifts',
		`<h2>Workshops</h2>
<p>Our workshops take place in the workshop room above the shop. You can book them online like any product.</p>
<ul>
<li>Soap-Making Workshop: 3 hours, &euro;65.00 per person, up to 8 people, from 14 years</li>
<li>Natural Skincare Masterclass: 4 hours with lunch, &euro;85.00 per person, up to 6 people, from 18 years</li>
<li>Private parties (hen parties, birthdays, team days): up to 8 guests for &euro;420.00</li>
</ul>
<p>Cancellation is free up to 7 days before the workshop.</p>
<h2>Gift wrapping</h2>
<p>We wrap any order in recycled paper with a linen ribbon for &euro;3.50 per parcel and add a handwritten card for free. Tick &#8220;Gift wrap&#8221; at checkout. Gift sets are always wrapped for free. We never put prices or invoices in gift-wrapped parcels.</p>
<h2>Corporate gifts</h2>
<p>For 20 or more gift boxes we offer 10 % off and can add your logo on a sticker. Allow three weeks. E-mail ${ EMAIL }.</p>`,
	],
	[
		99,
		'refill-station',
		'Refill Station',
		`<p>In our Quay Street shop you can refill your own bottles from our refill station: hand wash, body wash, liquid shampoo and conditioner.</p>
<ul>
<li>Bring any clean bottle; we weigh it first.</li>
<li>You pay by weight, 10 % less than the same product in a new bottle.</li>
<li>Forgot your bottle? Take one of ours for a &euro;2.00 deposit, paid back when you return it.</li>
</ul>
<p>Online, you can buy 1 litre refill pouches. Send empty pouches back to us free of charge with the label we put in your parcel; we clean and reuse them.</p>`,
	],
	[
		100,
		'kunden-aus-deutschland-und-oesterreich',
		'Für Kundinnen und Kunden aus Deutschland & Österreich',
		`<p>Céad míle fáilte – herzlich willkommen! Viele unserer Kundinnen und Kunden haben uns im Urlaub in Galway entdeckt. Hier das Wichtigste auf Deutsch.</p>
<h2>Versand nach Deutschland und Österreich</h2>
<p>Wir versenden mit DPD. Der Versand kostet 11,50 €, ab 120,00 € Bestellwert ist er kostenlos. Die Lieferzeit beträgt 4–7 Werktage. Es fallen keine Zölle an, da Irland in der EU ist.</p>
<h2>Widerruf</h2>
<p>Sie haben 14 Tage Widerrufsrecht ab Lieferung, für ungeöffnete Produkte 30 Tage. Die Rücksendung geht an unseren Laden in Galway; die Kosten der Rücksendung tragen Sie selbst.</p>
<h2>Fragen auf Deutsch</h2>
<p>Unsere Mitarbeiterin Katrin kommt aus Freiburg und beantwortet E-Mails auf Deutsch, meist dienstags und donnerstags. Schreiben Sie an ${ EMAIL } mit „Deutsch“ im Betreff.</p>
<h2>Bezahlung</h2>
<p>Klarna, PayPal, Kreditkarte, Apple Pay und Google Pay. Alle Preise enthalten die irische Mehrwertsteuer von 23 %.</p>`,
	],
];

export function buildPages(): WpPage[] {
	return PAGES.map( ( [ id, slug, title, html ] ) =>
		wpPage( STORE_URL, { id, slug, title, html }, '2026-12-01T09:15:00' )
	);
}
