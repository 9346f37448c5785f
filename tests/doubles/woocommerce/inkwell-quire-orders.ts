/**
 * Inkwell & Quire's orders (20 of them, numbered 3 to 86 with gaps, seven statuses, UK, EU,
 * Swiss and US customers, Royal Mail tracking numbers and workshop news in the notes), for
 * inkwell-quire.ts. They are written as the shop's order list reads, one order a line:
 * number | status | customer | billing e-mail | country | paid by | items ("name [options] x2",
 * separated by " ; ") | what the customer was told. Line totals come from the built catalogue
 * through the shared order-kit.ts, so they match its prices.
 */
import * as order from './order-kit';
import type {
	WcOrder,
	WcProduct,
	WcVariation,
	WooCommerceData,
} from './server';
import { money, readable } from './shop-kit';

const LIST = `
3 | completed | Harriet Fenwick | harriet.fenwick@example.co.uk | GB | Visa | Quire No. 1 Fountain Pen [Medium, Ebony] | Posted by Special Delivery, tracking number ZW 4418 2093 6GB. Delivered on 21 November, signed for by FENWICK.
7 | completed | Jonas Müller | jonas.mueller@example.de | DE | PayPal | Quire House Ink, 50 ml [Oxblood] x2 ; Ink Sampler Box (12 × 5 ml) | Sent by Royal Mail International Tracked, tracking number LX 2207 8841 3GB. Delivered 26 November.
9 | processing | Priya Sharma | priya.sharma@example.co.uk | GB | Apple Pay | Pulteney Fountain Pen [Fine] ; Quire Cloth Notebook [A5, Dot grid] x2 | Your pen is on our nib bench for its ink test; it will be posted on Tuesday 8 December.
12 | on-hold | Edward Lacey | e.lacey@example.com | GB | Bank transfer | Royal Crescent Maki-e Fountain Pen, Limited Edition | We are holding the pen for 7 days while we wait for your bank transfer of the order total. Reference: IQ-12.
15 | on-hold | Sophie Wagner | sophie.wagner@example.at | AT | Mastercard | Quire No. 1 Fountain Pen [Fine, Bath Stone] | Engraving proof sent by e-mail: please confirm the wording "S. W. 1990" before we engrave.
18 | completed | Tom Bradley | tom.bradley@example.co.uk | GB | Visa | Larkhall Starter Set x2 | Collected from the shop on 19 November.
21 | cancelled | Lena Hoffmann | lena.hoffmann@example.de | DE | PayPal | Circus Urushi Fountain Pen | Cancelled: the pen sold out before your order could be filled. Nothing was charged.
24 | refunded | Oliver Grant | oliver.grant@example.com | GB | Mastercard | Widcombe Pocket Pen [Broad] | Your return arrived; the pen had been inked, so the £10.00 cleaning fee was taken and the rest refunded to your card.
27 | processing | Greta Schmidt | greta.schmidt@example.de | DE | Visa | Bath Letter Writing Set ; Sealing Wax Sticks, Gold (3) x2 | The Bath Letter Writing Set is on backorder until 12 January 2027; we will send everything together then.
30 | pending | Marcus Webb | marcus.webb@example.co.uk | GB | PayPal | Claverton Titanium Fountain Pen [Medium] | 
33 | failed | Anna Keller | anna.keller@example.ch | CH | Visa | Lansdown Piston Filler [Extra Fine] | The card payment was declined by your bank. Please place the order again or pay by PayPal.
36 | completed | Chloe Bennett | chloe.bennett@example.co.uk | GB | Google Pay | Westgate Tomoe River Notebook [Lined] ; Pen Flush 100 ml | Posted by Royal Mail Tracked 48, tracking number QF 7719 0356 2GB.
41 | processing | Daniel Okafor | dan.okafor@example.com | US | American Express | Restored Conway Stewart 58, Marbled Green | Packed and handed to Royal Mail International Tracked & Signed, tracking number RR 5523 0178 4GB. Import duties are paid on delivery.
44 | completed | Katharina Braun | k.braun@example.de | DE | PayPal | Holburne Music Nib Fountain Pen ; Quire House Ink, 50 ml [Midnight] | Sent by Royal Mail International Tracked, tracking number LX 3390 1265 7GB. Delivered 2 December.
47 | processing | Isla MacLeod | isla.macleod@example.co.uk | GB | Visa | Three Pen Leather Case | Engraving "I.M." in Roman capitals is under way; the case will be posted on 9 December.
52 | cancelled | Felix Wolf | felix.wolf@example.de | DE | Visa | Brass Inkwell | Cancelled at your request before dispatch; the payment was refunded in full.
58 | completed | Margaret Hughes | margaret.hughes@example.co.uk | GB | PayPal | Inkwell & Quire Gift Card [£50] | Gift card sent by e-mail to the recipient on 3 December.
63 | refunded | Lukas Fischer | lukas.fischer@example.de | DE | Mastercard | Leather Desk Blotter A3 [Tan] | Refunded in full: the blotter arrived with a scuffed corner. No need to send it back.
71 | pending | Ruth Ellison | ruth.ellison@example.co.uk | GB | PayPal | Quire Leather Journal [Dot grid] | Awaiting payment: the PayPal payment was not completed.
86 | processing | Mia Schulz | mia.schulz@example.de | DE | Apple Pay | Left-Handed Starter Set ; Short International Ink Cartridges (6) [Blue] x3 | Packed; it goes to Royal Mail tomorrow morning. Tracking number LX 4102 9987 5GB.
`;

/** Postage as the Delivery page charges it: [ cost, free above ] by country, else the EU rate. */
const POSTAGE: Record< string, [ number, number ] > = {
	GB: [ 3.95, 50 ],
	CH: [ 16, Infinity ],
	US: [ 18, Infinity ],
};

export function buildOrders(
	products: WcProduct[],
	variations: Map< number, WcVariation[] >
): Pick< WooCommerceData, 'orders' | 'notes' > {
	const byName = new Map(
		products.map( ( p ) => [ readable( p.name ), p ] )
	);
	const orders: WcOrder[] = [];
	const notes: WooCommerceData[ 'notes' ] = new Map();
	LIST.trim()
		.split( '\n' )
		.forEach( ( row, i ) => {
			const [ n, status, customer, email, country, paidBy, items, told ] =
				row.split( ' | ' ).map( ( cell ) => cell.trim() );
			const id = Number( n );
			const lines = items!.split( ' ; ' ).map( ( item, k ) => {
				const [ , name, options, times ] =
					/^(.*?)(?: \[(.*)\])?(?: x(\d+))?$/.exec( item )!;
				const product = byName.get( name! );
				const variation = options
					? variations
							.get( product?.id ?? 0 )
							?.find( ( v ) => order.optionsOf( v ) === options )
					: undefined;
				if ( ! product || ( options && ! variation ) ) {
					throw new Error( `order ${ n }: no ${ item }` );
				}
				return order.line(
					id * 100 + k,
					product,
					Number( times ?? 1 ),
					variation
				);
			} );
			const goods = order.subtotal( lines );
			const [ cost, freeAbove ] = POSTAGE[ country! ] ?? [ 12.5, 150 ];
			const postage = goods > freeAbove ? 0 : cost;
			const [ first, last ] = customer!.split( ' ' );
			const month = i < 14 ? '11' : '12';
			const date = String( i < 14 ? 10 + i : i - 13 ).padStart( 2, '0' );
			const hour = String( 8 + ( i % 10 ) ).padStart( 2, '0' );
			const minute = String( ( i * 7 ) % 60 ).padStart( 2, '0' );
			orders.push( {
				id,
				number: n!,
				status: status!,
				currency: 'GBP',
				total: money( goods + postage ),
				shipping_total: money( postage ),
				payment_method_title: paidBy,
				date_created_gmt: `2026-${ month }-${ date }T${ hour }:${ minute }:00`,
				billing: { first_name: first, last_name: last, email, country },
				customer_note:
					id === 9 ? 'Please wrap the notebooks as a present.' : '',
				line_items: lines,
			} );
			notes.set(
				id,
				order.notes( id, told, 'Fraud check passed (internal).' )
			);
		} );
	return { orders, notes };
}
