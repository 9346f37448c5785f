/** The demo shop's policy and contact pages, as WordPress would render them. */
export interface EvalPage {
	slug: string;
	title: string;
	html: string;
}

export const EVAL_PAGES: EvalPage[] = [
	{
		slug: 'shipping',
		title: 'Shipping & Delivery',
		html: `<h2>Delivery times</h2><p>Orders placed before 2 pm on a working day leave our warehouse the same day. Standard delivery within Germany takes 2 to 4 working days; express delivery arrives the next working day.</p>
<h2>Shipping costs</h2><p>Standard shipping costs €4.95 and is free for orders over €60. Express shipping costs €12.90.</p>
<h2>International shipping</h2><p>We ship to all EU countries, Switzerland, Norway and the United Kingdom. International delivery takes 4 to 8 working days and costs €9.90. Customs duties outside the EU are paid by the recipient.</p>
<h2>Tracking</h2><p>Every parcel is sent with DHL and you receive a tracking number by e-mail as soon as it leaves the warehouse.</p>`,
	},
	{
		slug: 'returns',
		title: 'Returns & Refunds',
		html: `<h2>Return window</h2><p>You can return any unused item within 30 days of delivery. Returns within Germany are free: use the prepaid label in your parcel.</p>
<h2>Refunds</h2><p>We refund the purchase price to your original payment method within 5 working days after the return arrives at our warehouse.</p>
<h2>Exchanges</h2><p>Need another size or colour? Exchanges are free: tell us the new size in the returns form and we ship it once your return arrives.</p>
<h2>Items we cannot take back</h2><p>Worn socks, opened candles and personalised items cannot be returned for hygiene reasons.</p>`,
	},
	{
		slug: 'privacy',
		title: 'Privacy Policy',
		html: `<h2>Personal data</h2><p>We store your name, addresses and order history only to fulfil orders. We never sell personal data. You can ask for a copy or the deletion of your data at privacy@lumen-outfitters.example.</p>
<h2>Cookies</h2><p>We use essential cookies for the cart and, with your consent, analytics cookies.</p>`,
	},
	{
		slug: 'terms',
		title: 'Terms & Conditions',
		html: `<h2>Payment methods</h2><p>We accept Visa, Mastercard, PayPal, Klarna and bank transfer. Payment is taken when the order ships.</p>
<h2>Warranty</h2><p>All products carry the statutory two-year warranty. Electronics come with an additional one-year manufacturer guarantee.</p>
<h2>Gift wrapping</h2><p>Gift wrapping is available at checkout for €3.50 per item.</p>`,
	},
	{
		slug: 'contact',
		title: 'Contact Us',
		html: `<h2>Customer service</h2><p>Call us on +49 30 1234 5678 or e-mail hello@lumen-outfitters.example. We answer e-mails within one working day.</p>
<h2>Opening hours</h2><p>Our customer service and Berlin store are open Monday to Friday from 9:00 to 18:00 and Saturday from 10:00 to 16:00. We are closed on Sundays and public holidays.</p>
<h2>Store address</h2><p>Lumen Outfitters, Torstraße 101, 10119 Berlin, Germany.</p>`,
	},
];
