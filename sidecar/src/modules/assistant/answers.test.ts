/**
 * Answers on shops written for this test only (a German garden shop, an English outdoor
 * shop): the real sidecar on a real database, synced from the WooCommerce double exactly
 * as the plugin hands a shop over, pages indexed, questions asked over HTTP. Each block
 * is one class of question from issue 10 (language, specs, policy words in product names,
 * contact facts, orders across messages, variations, price limits).
 */
import {
	newKeys,
	startWooCommerceDouble,
	type WooCommerceData,
	type WooCommerceDouble,
} from '../../../../tests/doubles/woocommerce/server';
import {
	startConversation,
	type ConnectedSite,
} from '../../../../tests/support/flows';
import { connectShopDouble } from '../../../../tests/support/shop-connection';
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../../tests/support/sidecar-harness';
import { MESSAGES } from './messages';

type Shop = Omit< WooCommerceData, 'currency' > & {
	currency: WooCommerceData[ 'currency' ];
	pages: Array< { slug: string; title: string; html: string } >;
	url: string;
};

function product(
	id: number,
	name: string,
	fields: Record< string, unknown >
): WooCommerceData[ 'products' ][ number ] {
	const slug = name.toLowerCase().replace( /[^a-z0-9]+/g, '-' );
	return {
		id,
		name,
		slug,
		type: 'simple',
		status: 'publish',
		permalink: `https://shop.test/product/${ slug }/`,
		sku: `SKU-${ id }`,
		description: '',
		short_description: '',
		regular_price: String( fields.price ?? '' ),
		sale_price: '',
		on_sale: false,
		manage_stock: false,
		stock_quantity: null,
		stock_status: 'instock',
		categories: [],
		tags: [],
		images: [],
		attributes: [],
		variations: [],
		date_modified_gmt: '2026-12-01T10:00:00',
		...fields,
	};
}

const GARDEN: Shop = {
	url: 'https://gartenwerk.test',
	currency: { code: 'EUR', name: 'Euro', symbol: '&euro;' },
	// As a German WooCommerce shop is set up: "1.234,56 €".
	priceFormat: {
		currency: 'EUR',
		currency_pos: 'right_space',
		thousand_sep: '.',
		decimal_sep: ',',
		num_decimals: 2,
	},
	products: [
		product( 11, 'Hochdruckreiniger HD 150', {
			price: '189.90',
			description:
				'<p>Der Hochdruckreiniger erzeugt bis zu 150 bar Druck. Die Leistung beträgt 2100 W.</p><p>Ideal für Terrassen und Fahrzeuge.</p>',
			manage_stock: true,
			stock_quantity: 7,
			attributes: [
				{ id: 0, name: 'Material', options: [ 'Kunststoff' ] },
			],
		} ),
		product( 12, 'Gießkanne Classic', {
			price: '24.90',
			description:
				'<p>Die Gießkanne fasst 10 Liter. Sie ist spülmaschinenfest.</p>',
			stock_status: 'outofstock',
			attributes: [
				{ id: 0, name: 'Material', options: [ 'Stahl verzinkt' ] },
			],
		} ),
		product( 13, 'Akku-Rasenmäher R40', {
			price: '349.00',
			description:
				'<p>Mit einer Akkuladung mäht er bis zu 60 Minuten. Die Schnittbreite beträgt 40 cm.</p>',
			attributes: [ { id: 0, name: 'Gewicht', options: [ '18 kg' ] } ],
		} ),
		product( 14, 'Gartenschlauch Flex', {
			type: 'variable',
			price: '29.90',
			regular_price: '',
			attributes: [
				{
					id: 1,
					name: 'Länge',
					variation: true,
					options: [ '15 m', '25 m', '50 m' ],
				},
			],
			variations: [ 1401, 1402, 1403 ],
		} ),
		product( 16, 'Gartenhaus Nordlicht', {
			price: '1049.00',
			description: '<p>Ein Gartenhaus aus Fichtenholz.</p>',
		} ),
		product( 17, 'Pflanzkübel Terra', {
			price: '49.00',
			description: '<p>Frostfest und von Hand geformt.</p>',
			attributes: [
				{ id: 0, name: 'Material', options: [ 'Terrakotta' ] },
				{ id: 0, name: 'Farbe', options: [ 'Anthrazit' ] },
			],
		} ),
		product( 18, 'Garantieverlängerung 5 Jahre für Pumpen', {
			price: '29.00',
			description: '<p>Verlängert die Garantie einer Gartenpumpe.</p>',
		} ),
		product( 19, 'Gartenschere Profi', {
			price: '34.90',
			description: '<p>Bypass-Schere mit gehärteter Klinge.</p>',
		} ),
		product( 20, 'Rasentrimmer T20', {
			price: '79.00',
			stock_status: 'onbackorder',
			description:
				'<p>Leichter Trimmer für Rasenkanten.</p><p>Wieder lieferbar ab 15. Januar.</p>',
		} ),
		product( 15, 'Versandtasche Pflanzen', {
			price: '3.50',
			description:
				'<p>Gepolsterte Versandtasche für Ableger und Jungpflanzen.</p>',
		} ),
		product( 29, 'Übertopf Oval', {
			type: 'variable',
			price: '12.90',
			regular_price: '',
			attributes: [
				{
					id: 2,
					name: 'Durchmesser',
					variation: true,
					options: [ '14 cm', '17 cm' ],
				},
				{
					id: 3,
					name: 'Farbe',
					variation: true,
					options: [ 'Weiß', 'Anthrazit' ],
				},
			],
			variations: [ 2901, 2902, 2903, 2904 ],
		} ),
	],
	variations: new Map( [
		[
			29,
			[
				[ 2901, '14 cm', 'Weiß', '12.90' ],
				[ 2902, '14 cm', 'Anthrazit', '12.90' ],
				[ 2903, '17 cm', 'Weiß', '18.50' ],
				[ 2904, '17 cm', 'Anthrazit', '18.50' ],
			].map( ( [ id, diameter, colour, price ] ) => ( {
				id: id as number,
				sku: `OVAL-${ id }`,
				permalink: `https://gartenwerk.test/product/uebertopf-oval/?v=${ id }`,
				description: '',
				price: price as string,
				regular_price: price as string,
				sale_price: '',
				on_sale: false,
				stock_status: 'instock',
				manage_stock: false,
				stock_quantity: null,
				attributes: [
					{ id: 2, name: 'Durchmesser', option: diameter as string },
					{ id: 3, name: 'Farbe', option: colour as string },
				],
				date_modified_gmt: '2026-12-01T10:00:00',
			} ) ),
		],
		[
			14,
			[
				[ 1401, '15 m', '29.90', 'instock' ],
				[ 1402, '25 m', '39.90', 'instock' ],
				[ 1403, '50 m', '59.90', 'outofstock' ],
			].map( ( [ id, length, price, stock ] ) => ( {
				id: id as number,
				sku: `SCHLAUCH-${ id }`,
				permalink: `https://gartenwerk.test/product/gartenschlauch-flex/?attribute_laenge=${ length }`,
				description: '',
				price,
				regular_price: price,
				sale_price: '',
				on_sale: false,
				stock_status: stock,
				manage_stock: false,
				stock_quantity: null,
				attributes: [ { id: 1, name: 'Länge', option: length } ],
				date_modified_gmt: '2026-12-01T10:00:00',
			} ) ),
		],
	] ),
	orders: [
		{
			id: 12,
			number: '12',
			status: 'processing',
			currency: 'EUR',
			total: '24.90',
			date_created_gmt: '2026-12-02T09:30:00',
			billing: { email: 'kunde@beispiel.de' },
			line_items: [
				{
					id: 1,
					name: 'Gießkanne Classic',
					quantity: 1,
					total: '24.90',
				},
			],
		},
	],
	notes: new Map( [
		[
			12,
			[
				{
					id: 1,
					note: 'Ihre Gießkanne wird heute verpackt und geht morgen mit DHL auf den Weg.',
					customer_note: true,
				},
			],
		],
	] ),
	pages: [
		{
			slug: 'versand',
			title: 'Versand & Lieferung',
			html: '<h2>Lieferzeit</h2><p>Wir versenden mit DHL. Die Lieferzeit innerhalb Deutschlands beträgt 2 bis 3 Werktage.</p><h2>Versandkosten</h2><p>Der Versand kostet 5,90 €. Ab 75 € Bestellwert liefern wir versandkostenfrei.</p>',
		},
		{
			slug: 'widerruf',
			title: 'Widerrufsrecht & Rückgabe',
			html: '<h2>Rückgabe</h2><p>Sie können Artikel innerhalb von 14 Tagen nach Erhalt ohne Angabe von Gründen zurücksenden. Das Rücksendeetikett liegt dem Paket bei.</p>',
		},
		{
			slug: 'garantie',
			title: 'Garantie',
			html: '<p>Auf alle Geräte gewähren wir 3 Jahre Garantie ab Kaufdatum.</p>',
		},
		{
			slug: 'werkstatt',
			title: 'Werkstatt',
			html: '<h2>Schleifdienst</h2><table><tr><td>Gartenschere schärfen</td><td>9,90 &euro;</td></tr><tr><td>Rasenmähermesser schärfen</td><td>14,50 &euro;</td></tr></table><h2>Montage</h2><p>Wir bauen Ihr Gartenhaus bei Ihnen vor Ort auf: ab 199,00 &euro;.</p>',
		},
		{
			slug: 'zahlung',
			title: 'Zahlung & Abholung',
			html: '<h2>Zahlungsarten</h2><p>Sie zahlen mit PayPal oder per Vorkasse. Bei Vorkasse geben wir Ihnen 2 % Rabatt.</p><h2>Abholung</h2><p>Wählen Sie an der Kasse die Abholung im Laden: kostenlos und nach zwei Stunden bereit.</p>',
		},
		{
			slug: 'kontakt',
			title: 'Kontakt',
			html: '<h2>Telefon</h2><p>Sie erreichen uns unter 089 123456-0.</p><h2>Öffnungszeiten</h2><p>Unser Laden ist Montag bis Freitag von 8:00 bis 17:00 Uhr geöffnet.</p><h2>Anschrift</h2><p>Gartenwerk GmbH, Lindenstraße 12, 80331 München</p>',
		},
	],
};

const OUTDOOR: Shop = {
	url: 'https://trailhead.test',
	currency: { code: 'USD', name: 'US Dollar', symbol: '&#36;' },
	products: [
		product( 21, 'Return Address Labels', {
			price: '4.50',
			description: '<p>A roll of 200 labels for your parcels.</p>',
		} ),
		product( 22, 'Trail Kettle', {
			price: '39.00',
			description:
				'<p>A light titanium kettle for camp stoves. It holds 1.2 litres of water and boils it in four minutes.</p>',
			attributes: [ { id: 0, name: 'Weight', options: [ '450 g' ] } ],
			manage_stock: true,
			stock_quantity: 3,
		} ),
		product( 24, 'Storm Shell', {
			price: '149.00',
			description:
				'<p>A packable shell for wet days. The hood fits over a helmet.</p>',
			attributes: [
				{ id: 0, name: 'Material', options: [ 'Recycled nylon' ] },
				{ id: 0, name: 'Colour', options: [ 'Slate grey' ] },
				{ id: 0, name: 'Waterproof rating', options: [ '20,000 mm' ] },
			],
		} ),
		product( 25, 'Ridge Kettle', {
			price: '24.00',
			description: '<p>A steel kettle for the campfire.</p>',
			attributes: [ { id: 0, name: 'Weight', options: [ '620 g' ] } ],
		} ),
		product( 26, 'Drizzle Shell', {
			price: '99.00',
			description: '<p>A light shell for showers.</p>',
			attributes: [
				{ id: 0, name: 'Material', options: [ 'Polyester' ] },
				{ id: 0, name: 'Colour', options: [ 'Slate grey' ] },
				{ id: 0, name: 'Waterproof rating', options: [ '10,000 mm' ] },
			],
		} ),
		product( 27, 'Squall Shell', {
			price: '89.00',
			regular_price: '129.00',
			sale_price: '89.00',
			on_sale: true,
			description: '<p>A shell for windy ridges.</p>',
			attributes: [
				{ id: 0, name: 'Material', options: [ 'Recycled nylon' ] },
			],
		} ),
		product( 28, 'Trailhead Gift Card', {
			price: '50.00',
			description: '<p>A gift card for any gear in the shop.</p>',
		} ),
		product( 23, 'Summit Tent', {
			price: '289.00',
			description:
				'<p>A two-person tent with a 3000 mm hydrostatic head. Packed size 45 x 15 cm.</p>',
		} ),
	],
	variations: new Map(),
	orders: [
		{
			id: 7,
			number: '7',
			status: 'completed',
			currency: 'USD',
			total: '39.00',
			date_created_gmt: '2026-12-01T09:30:00',
			billing: { email: 'sam@example.net' },
			line_items: [
				{ id: 1, name: 'Trail Kettle', quantity: 1, total: '39.00' },
			],
		},
	],
	notes: new Map(),
	pages: [
		{
			slug: 'returns',
			title: 'Returns',
			html: '<h2>Returns</h2><p>You can return unused gear within 30 days of delivery for a full refund.</p><h2>Damaged items</h2><p>Tell us within 48 hours if an item arrives damaged.</p>',
		},
		{
			slug: 'gift-cards',
			title: 'Gift Cards',
			html: '<p>Our gift cards never expire and can be used online and in the store.</p>',
		},
		{
			slug: 'contact',
			title: 'Contact',
			html: '<p>Our store at 12 Pine Street, Boulder is open Monday to Saturday, 9 am to 6 pm. Call us on +1 303 555 0142.</p>',
		},
	],
};

describe.each( testDialects() )(
	'answers on invented shops (%s)',
	( dialect ) => {
		let sidecar: TestSidecar;
		const doubles: WooCommerceDouble[] = [];
		const sites: Record< 'garden' | 'outdoor', ConnectedSite > =
			{} as never;
		let sent = 0;
		// The sidecar's clock, moved forward to age the synced catalog.
		let clockOffsetMs = 0;

		async function openShop( name: string, shop: Shop ) {
			const keys = newKeys();
			const double = await startWooCommerceDouble( shop, keys );
			doubles.push( double );
			const { site, credentials } = await connectShopDouble(
				sidecar,
				{
					double,
					keys,
					webhookSecret: 'answers-webhook-secret-0123456789',
				},
				{ name }
			);
			expect( credentials.status ).toBe( 202 );
			await sidecar.omniops.services.knowledge.indexDocuments(
				{
					id: site.siteId,
					organizationId: site.organizationId,
					restUrl: `${ double.url }/wp-json/`,
				},
				shop.pages.map( ( page, i ) => ( {
					source: 'wp_page',
					externalId: String( 100 + i ),
					title: page.title,
					url: `${ shop.url }/${ page.slug }/`,
					html: page.html,
					modifiedAt: null,
				} ) )
			);
			return site;
		}

		beforeAll( async () => {
			sidecar = await startTestSidecar( dialect, {
				clock: () => new Date( Date.now() + clockOffsetMs ),
			} );
			sites.garden = await openShop( 'Gartenwerk', GARDEN );
			sites.outdoor = await openShop( 'Trailhead', OUTDOOR );
		}, 60_000 );

		afterAll( async () => {
			await sidecar?.close();
			await Promise.all( doubles.map( ( d ) => d.close() ) );
		} );

		/** A conversation on a shop; `ask` returns the whole reply (text, cards, actions). */
		async function chat( shop: 'garden' | 'outdoor' ) {
			const conversation = await startConversation(
				sidecar,
				sites[ shop ].publicKey
			);
			const locale = shop === 'garden' ? 'de_DE' : 'en_US';
			return async ( text: string ) => {
				const response = await call(
					sidecar.baseUrl,
					'POST',
					`/api/widget/conversations/${ conversation.id }/messages`,
					{
						body: {
							text,
							locale,
							clientMessageId: `answers-${ ++sent }-${ Date.now() }`,
						},
						headers: conversation.auth,
					}
				);
				expect( response.status ).toBe( 201 );
				return response.body.reply as {
					text: string;
					sources: Array< { url: string } >;
					products?: Array< { price: { formatted: string } | null } >;
					quickActions?: Array< {
						kind: string;
						variationId?: string;
						choices?: Array< {
							variationId: string;
							label: string;
						} >;
					} >;
				};
			};
		}

		const ask = async ( shop: 'garden' | 'outdoor', text: string ) =>
			( await chat( shop ) )( text );

		describe( 'language and money format', () => {
			it( 'answers a German question in German with the shop’s money format', async () => {
				const reply = await ask(
					'garden',
					'Was kostet der Hochdruckreiniger HD 150?'
				);
				expect( reply.text ).toContain( '189,90 €' );
				expect( reply.text ).toContain( 'Der Preis für' );
				expect( reply.text ).not.toContain( '€189.90' );
				// The shop's thousands separator, also under an English question.
				expect(
					(
						await ask(
							'garden',
							'How much is the Gartenhaus Nordlicht?'
						)
					).text
				).toContain( '1.049,00 €' );
			} );

			it( 'answers an English question on the German shop in English, quoting the German page', async () => {
				const reply = await ask(
					'garden',
					'How long does delivery take?'
				);
				// English frame that says the quoted page is German.
				expect( reply.text ).toContain( 'page covers this' );
				expect( reply.text ).toContain( 'in German' );
				expect( reply.text ).toContain( '2 bis 3 Werktage' );
			} );
		} );

		describe( 'specifications', () => {
			it( 'quotes the description sentence that states the asked quantity', async () => {
				const reply = await ask(
					'garden',
					'Wie viel Druck hat der Hochdruckreiniger?'
				);
				expect( reply.text ).toContain( '150 bar' );
				expect( reply.text ).not.toContain( '189,90' );
			} );

			it( 'quotes an attribute (weight, material) in German', async () => {
				expect(
					(
						await ask(
							'garden',
							'Wie schwer ist der Akku-Rasenmäher R40?'
						)
					).text
				).toContain( 'Gewicht: 18 kg' );
				expect(
					(
						await ask(
							'garden',
							'Aus welchem Material ist die Gießkanne?'
						)
					).text
				).toContain( 'Stahl verzinkt' );
			} );

			it( 'reads "how much … weigh / hold" as a specification, not a price', async () => {
				const weight = await ask(
					'outdoor',
					'How much does the Trail Kettle weigh?'
				);
				expect( weight.text ).toContain( '450 g' );
				expect( weight.text ).not.toContain( '$39.00' );
				const water = await ask(
					'outdoor',
					'How much water does the trail kettle hold?'
				);
				expect( water.text ).toContain( '1.2 litres' );
				expect( water.text ).not.toContain( '$39.00' );
			} );

			it( 'answers a property asked by its name or a synonym from the attribute that states it, in either language', async () => {
				const asked: Array< [ 'garden' | 'outdoor', string, string ] > =
					[
						[
							'outdoor',
							'What material is the Storm Shell made of?',
							'Recycled nylon',
						],
						[
							'outdoor',
							'What is the Storm Shell made of?',
							'Recycled nylon',
						],
						[
							'outdoor',
							'What colour is the Storm Shell?',
							'Slate grey',
						],
						[
							'garden',
							'Woraus besteht der Pflanzkübel Terra?',
							'Terrakotta',
						],
						[
							'garden',
							'Aus welchem Material ist der Pflanzkübel Terra gemacht?',
							'Terrakotta',
						],
						[
							'garden',
							'Welche Farbe hat der Pflanzkübel Terra?',
							'Anthrazit',
						],
						[
							'garden',
							'What colour is the Pflanzkübel Terra?',
							'Anthrazit',
						],
					];
				for ( const [ shop, question, fact ] of asked ) {
					expect( [
						question,
						( await ask( shop, question ) ).text,
					] ).toEqual( [
						question,
						expect.stringContaining( fact ),
					] );
				}
			} );

			it( 'does not answer a size with another property measured in the same unit', async () => {
				for ( const question of [
					'How big is the Storm Shell?',
					'What are the dimensions of the Storm Shell?',
				] ) {
					const reply = await ask( 'outdoor', question );
					expect( [ question, reply.text ] ).toEqual( [
						question,
						expect.not.stringContaining( '20,000 mm' ),
					] );
					expect( reply.text ).toContain( "doesn't say" );
				}
			} );

			it( 'answers the fact asked beside the price in one message', async () => {
				const reply = await ask(
					'outdoor',
					'How much is the Trail Kettle and how much water does it hold?'
				);
				expect( reply.text ).toContain( '$39.00' );
				expect( reply.text ).toContain(
					'It holds 1.2 litres of water'
				);
				const unknown = await ask(
					'outdoor',
					'How much is the Ridge Kettle and does it work on induction?'
				);
				expect( unknown.text ).toContain( '$24.00' );
				expect( unknown.text ).toContain( "doesn't say" );
			} );

			it( 'says honestly when the product data does not hold the fact', async () => {
				const reply = await ask(
					'outdoor',
					'Is the Summit Tent compatible with bluetooth?'
				);
				expect( reply.text ).toContain( "doesn't say" );
				expect(
					reply.quickActions?.some( ( a ) => a.kind === 'handoff' )
				).toBe( true );
			} );
		} );

		describe( 'comparisons', () => {
			it( 'sets the fact a comparative asks beside each named product’s price', async () => {
				const reply = await ask(
					'outdoor',
					'Which is lighter, the Trail Kettle or the Ridge Kettle?'
				);
				expect( reply.text ).toMatch(
					/Trail Kettle — \$39\.00\s+Weight: 450 g/
				);
				expect( reply.text ).toMatch(
					/Ridge Kettle — \$24\.00\s+Weight: 620 g/
				);
				expect( reply.products?.length ).toBe( 2 );
			} );

			it( 'sets every asked fact, each comparative one of its own', async () => {
				const reply = await ask(
					'outdoor',
					'Which is lighter, the Trail Kettle or the Ridge Kettle, and how much water does it hold?'
				);
				expect( reply.text ).toMatch(
					/Trail Kettle — \$39\.00\s+Weight: 450 g\s+It holds 1\.2 litres of water/
				);
				expect( reply.text ).toMatch(
					/Ridge Kettle — \$24\.00\s+Weight: 620 g\s+\(its product information doesn't say\)/
				);
			} );

			it( 'compares the price of the option the question names', async () => {
				const reply = await ask(
					'garden',
					'Was kostet mehr: der Übertopf Oval in 17 cm oder die Gießkanne Classic?'
				);
				expect( reply.text ).toContain( 'Im Vergleich' );
				expect( reply.text ).toContain( '17 cm: 18,50 €' );
				expect( reply.text ).toContain( '24,90 €' );
			} );

			it( 'shows the attributes that differ when only the difference is asked, in German too', async () => {
				const reply = await ask(
					'outdoor',
					'Was ist der Unterschied zwischen der Storm Shell und der Drizzle Shell?'
				);
				expect( reply.text ).toContain( 'Im Vergleich' );
				expect( reply.text ).toContain( 'Material: Recycled nylon' );
				expect( reply.text ).toContain( 'Material: Polyester' );
				expect( reply.text ).toContain(
					'Waterproof rating: 10,000 mm'
				);
				// The same colour is no difference.
				expect( reply.text ).not.toContain( 'Slate grey' );
			} );
		} );

		describe( 'stock', () => {
			it( 'takes "habt ihr den …?" about a named product as a stock question, with the date its own text gives', async () => {
				const have = await ask(
					'garden',
					'Habt ihr den Rasentrimmer T20?'
				);
				expect( have.text ).toContain( 'nachbestellbar' );
				expect( have.text ).toContain(
					'Wieder lieferbar ab 15. Januar.'
				);
				const when = await ask(
					'garden',
					'Wann ist der Rasentrimmer T20 wieder lieferbar?'
				);
				expect( when.text ).toContain( '15. Januar' );
				expect( when.text ).not.toContain( 'nicht raten' );
			} );
		} );

		describe( 'products on sale', () => {
			it( 'lists only the products of the kind asked that are on sale', async () => {
				const reply = await ask( 'outdoor', 'Any shells on sale?' );
				expect( reply.text ).toContain( 'Squall Shell' );
				expect( reply.text ).toContain( '$89.00' );
				expect( reply.text ).not.toContain( 'Storm Shell' );
				expect( reply.text ).not.toContain( 'Drizzle Shell' );
				const none = await ask( 'outdoor', 'Any kettles on sale?' );
				expect( none.text ).toContain( 'None of the products' );
			} );
		} );

		describe( 'searching in the other language', () => {
			it( 'finds a German product with ß by its English name', async () => {
				const reply = await ask(
					'garden',
					'Do you have a watering can?'
				);
				expect( reply.text ).toContain( 'Gießkanne Classic' );
			} );
		} );

		describe( 'products the shop does not have', () => {
			it( 'says so when the products found are the kind asked for but not the thing', async () => {
				const nonstick = await ask(
					'outdoor',
					'Do you have a nonstick kettle?'
				);
				expect( nonstick.text ).toContain( "couldn't find" );
				expect( nonstick.text ).not.toContain( 'Trail Kettle' );
				// What the catalog does say of a product still finds it.
				const titanium = await ask(
					'outdoor',
					'Do you have a titanium kettle?'
				);
				expect( titanium.text ).toContain( 'Trail Kettle' );
			} );
		} );

		describe( 'policy words in product names', () => {
			it( 'answers for the product the question names, and the policy page otherwise', async () => {
				const labels = await ask(
					'outdoor',
					'How much are the return address labels?'
				);
				expect( labels.text ).toContain( '$4.50' );
				const policy = await ask(
					'outdoor',
					'What is your return policy?'
				);
				expect( policy.text ).toContain( '30 days' );
				expect( policy.text ).not.toContain( 'Labels' );
				const versand = await ask(
					'garden',
					'Was kostet die Versandtasche Pflanzen?'
				);
				expect( versand.text ).toContain( '3,50 €' );
				const shipping = await ask(
					'garden',
					'Was kostet der Versand?'
				);
				expect( shipping.text ).toContain( '5,90 €' );
			} );

			it( 'answers the price of a job the shop does from its price list, not with the products it is done to', async () => {
				const sharpening = await ask(
					'garden',
					'Was kostet es, meine Gartenschere schleifen zu lassen?'
				);
				expect( sharpening.text ).toContain( '9,90 €' );
				expect( sharpening.text ).not.toContain( '34,90' );
				const assembly = await ask(
					'garden',
					'Baut ihr auch Gartenhäuser auf? Was kostet das?'
				);
				expect( assembly.text ).toContain( '199,00 €' );
				expect( assembly.text ).not.toContain( '1.049,00' );
				const shears = await ask(
					'garden',
					'Was kostet die Gartenschere Profi?'
				);
				expect( shears.text ).toContain( '34,90 €' );
			} );

			it( 'answers German policy questions from German pages', async () => {
				expect(
					( await ask( 'garden', 'Wie lange dauert der Versand?' ) )
						.text
				).toContain( '2 bis 3 Werktage' );
				expect(
					(
						await ask(
							'garden',
							'Kann ich einen Artikel zurückgeben?'
						)
					).text
				).toContain( '14 Tagen' );
				expect(
					( await ask( 'garden', 'Wie lange habe ich Garantie?' ) )
						.text
				).toContain( '3 Jahre Garantie' );
			} );

			it( 'goes on with the last message’s topic in a follow-up that names none', async () => {
				const say = await chat( 'garden' );
				expect(
					( await say( 'Wie lange dauert die Lieferung?' ) ).text
				).toContain( '2 bis 3 Werktage' );
				expect( ( await say( 'und was kostet das?' ) ).text ).toContain(
					'5,90 €'
				);
			} );

			it( 'does not take a measure in a product name ("5 Jahre") for the product being named', async () => {
				const reply = await ask(
					'garden',
					'Wie viele Jahre Garantie gebt ihr auf Rasenmäher?'
				);
				expect( reply.text ).toContain( '3 Jahre Garantie' );
				expect( reply.text ).not.toContain( 'Garantieverlängerung' );
			} );
		} );

		describe( 'arrangements the pages describe', () => {
			it( 'answers from a page what the catalog has nothing of', async () => {
				const prepaid = await ask(
					'garden',
					'Gibt es Rabatt, wenn ich per Vorkasse zahle?'
				);
				expect( prepaid.text ).toContain( '2 % Rabatt' );
				expect( prepaid.text ).not.toContain( MESSAGES.de.noProducts );
			} );

			it( 'reads collecting an order as a question about collection, not an order lookup', async () => {
				const collect = await ask(
					'garden',
					'Kann ich meine Bestellung im Laden abholen?'
				);
				expect( collect.text ).toContain( 'kostenlos' );
				expect( collect.text ).not.toContain( 'Bestellnummer' );
				const pickUp = await ask(
					'garden',
					'Can I pick up my order in the shop?'
				);
				expect( pickUp.text ).toContain( 'Abholung' );
				expect( pickUp.text ).not.toContain( 'pick' );
			} );

			it( 'quotes the page when the product named lacks the fact asked', async () => {
				const expiry = await ask(
					'outdoor',
					'Do your gift cards expire?'
				);
				expect( expiry.text ).toContain( 'never expire' );
				expect( expiry.text ).not.toContain(
					"product information doesn't say"
				);
			} );

			it( 'finds damage in transit under other words for it', async () => {
				const broken = await ask(
					'outdoor',
					'My kettle arrived broken, what now?'
				);
				expect( broken.text ).toContain( '48 hours' );
			} );
		} );

		describe( 'contact facts', () => {
			it( 'finds phone and hours in either language', async () => {
				expect(
					( await ask( 'garden', 'Welche Telefonnummer habt ihr?' ) )
						.text
				).toContain( '089 123456-0' );
				expect(
					( await ask( 'garden', 'What is your phone number?' ) ).text
				).toContain( '089 123456-0' );
				expect(
					( await ask( 'garden', 'Wann habt ihr geöffnet?' ) ).text
				).toContain( '8:00 bis 17:00' );
				expect(
					( await ask( 'outdoor', 'When are you open?' ) ).text
				).toContain( '9 am to 6 pm' );
			} );

			it( 'says when the pages do not tell whether the shop is open on a particular day', async () => {
				const reply = await ask(
					'garden',
					'Habt ihr am 24. Dezember geöffnet?'
				);
				expect( reply.text ).toContain( '8:00 bis 17:00' );
				expect( reply.text ).toContain(
					MESSAGES.de.dayNotListed( '24. Dezember' )
				);
				expect(
					reply.quickActions?.some( ( a ) => a.kind === 'handoff' )
				).toBe( true );
			} );
		} );

		describe( 'follow-ups naming another product', () => {
			it( 'asks the earlier question of the product of the same kind the follow-up names', async () => {
				const say = await chat( 'outdoor' );
				expect(
					( await say( 'How much does the Trail Kettle weigh?' ) )
						.text
				).toContain( '450 g' );
				const other = await say( 'and the Ridge one?' );
				expect( other.text ).toContain( 'Ridge Kettle' );
				expect( other.text ).toContain( '620 g' );
			} );
		} );

		describe( 'orders in conversation', () => {
			it( 'takes the number first and asks for the e-mail, in German', async () => {
				const say = await chat( 'garden' );
				expect( ( await say( 'Bestellung 12' ) ).text ).toBe(
					MESSAGES.de.orderAskEmail( '12' )
				);
				const status = await say( 'kunde@beispiel.de' );
				expect( status.text ).toContain( '#12' );
				expect( status.text ).toContain(
					MESSAGES.de.status.processing
				);
			} );

			it( 'says the shop’s note is in the other language when it is', async () => {
				const say = await chat( 'garden' );
				const status = await say(
					'Where is my order 12? My e-mail is kunde@beispiel.de'
				);
				expect( status.text ).toContain(
					MESSAGES.en.orderUpdateOtherLanguage(
						'Ihre Gießkanne wird heute verpackt und geht morgen mit DHL auf den Weg.'
					)
				);
				const german = await say(
					'Wo ist meine Bestellung 12? kunde@beispiel.de'
				);
				expect( german.text ).toContain(
					'Nachricht des Shops: Ihre Gießkanne'
				);
			} );

			it( 'takes the e-mail first, then a bare number after being asked', async () => {
				const say = await chat( 'outdoor' );
				expect(
					(
						await say(
							'Where is my order? My email is sam@example.net'
						)
					).text
				).toBe( MESSAGES.en.orderAskNumber );
				expect( ( await say( '7' ) ).text ).toContain( 'completed' );
			} );

			it( 'gives a wrong e-mail exactly the answer of a missing order, and never searches the e-mail domain', async () => {
				const wrong = await ask(
					'garden',
					'Bestellung 12, meine Mail ist kunde@hochdruckreiniger.de'
				);
				const missing = await ask(
					'garden',
					'Bestellnummer 99, kunde@beispiel.de'
				);
				expect( wrong.text ).toBe( MESSAGES.de.orderNotFound );
				expect( missing.text ).toBe( wrong.text );
				expect( wrong.products ?? [] ).toHaveLength( 0 );
				expect(
					( await ask( 'outdoor', '#7 sam@example.net' ) ).text
				).toContain( 'Order #7' );
			} );
		} );

		describe( 'variations', () => {
			it( 'answers for the named variation and offers exactly it', async () => {
				const reply = await ask(
					'garden',
					'Was kostet der Gartenschlauch Flex in 25 m?'
				);
				expect( reply.text ).toContain( '39,90 €' );
				const cart = reply.quickActions?.find(
					( a ) => a.kind === 'addToCart'
				);
				expect( cart?.variationId ).toBe( '1402' );
			} );

			it( 'says a variation’s price and stock once when asked both, the pack naming the option', async () => {
				const reply = await ask(
					'garden',
					'Gibt es den Gartenschlauch Flex auch als 25-m-Packung und was kostet die?'
				);
				expect( reply.text ).toContain( '39,90 €' );
				expect( reply.text.match( /vorrätig/g ) ).toHaveLength( 1 );
				expect( reply.text ).not.toContain(
					MESSAGES.de.specUnknown( 'Gartenschlauch Flex' )
				);
			} );

			it( 'keeps the first question’s price in a follow-up that names a variation and asks its stock', async () => {
				const say = await chat( 'garden' );
				expect(
					( await say( 'Was kostet der Gartenschlauch Flex?' ) ).text
				).toContain( '29,90 €' );
				const followUp = await say(
					'und die 25 m Version? ist die an Lager?'
				);
				expect( followUp.text ).toContain( '39,90 €' );
				expect( followUp.text ).toMatch( /vorrätig|ausverkauft/ );
			} );

			it( 'gives the price of the options a question names when they cost the same', async () => {
				const reply = await ask(
					'garden',
					'Was kostet der Übertopf Oval in 17 cm?'
				);
				expect( reply.text ).toContain( '17 cm' );
				expect( reply.text ).toContain( '18,50 €' );
				expect( reply.text ).not.toContain( '12,90 €' );
			} );

			it( 'shows "ab" on a variable product’s card and offers in-stock choices only', async () => {
				const reply = await ask(
					'garden',
					'Was kostet der Gartenschlauch Flex?'
				);
				expect( reply.products?.[ 0 ]?.price?.formatted ).toBe(
					'ab 29,90 €'
				);
				const cart = reply.quickActions?.find(
					( a ) => a.kind === 'addToCart'
				);
				expect( cart?.choices?.map( ( c ) => c.variationId ) ).toEqual(
					[ '1401', '1402' ]
				);
			} );

			it( 'lists each option with its price and stock when the options are asked', async () => {
				const reply = await ask(
					'garden',
					'Welche Längen gibt es beim Gartenschlauch Flex?'
				);
				for ( const option of [ '15 m', '25 m', '50 m' ] ) {
					expect( reply.text ).toContain( `• ${ option } — ` );
				}
				expect( reply.text ).toContain( '39,90 €' );
				expect( reply.text ).toMatch( /vorrätig|ausverkauft/ );
			} );

			it( 'offers no Add to cart for an out-of-stock product', async () => {
				const reply = await ask(
					'garden',
					'Ist die Gießkanne Classic vorrätig?'
				);
				expect( reply.text ).toContain( 'ausverkauft' );
				expect(
					reply.quickActions?.some( ( a ) => a.kind === 'addToCart' )
				).toBe( false );
			} );
		} );

		describe( 'product lists', () => {
			it( 'keeps a German price limit', async () => {
				const reply = await ask(
					'garden',
					'Habt ihr einen Gartenschlauch unter 35 €?'
				);
				expect( reply.text ).toContain( 'Gartenschlauch Flex' );
				const none = await ask(
					'garden',
					'Habt ihr einen Hochdruckreiniger unter 50 €?'
				);
				expect( none.text ).toContain( '50,00 €' );
				expect( none.text ).not.toContain( '189,90' );
			} );
			describe( 'freshness', () => {
				it( 'states stock "as of" when the catalog is older than the reconcile interval', async () => {
					const fresh = await ask(
						'outdoor',
						'Is the Trail Kettle in stock?'
					);
					expect( fresh.text ).toContain( 'in stock (3 left)' );
					expect( fresh.text ).not.toContain( 'as of' );
					// Default interval 600 s: eleven minutes without reconciliation.
					clockOffsetMs = 11 * 60_000;
					try {
						const stale = await ask(
							'outdoor',
							'Is the Trail Kettle in stock?'
						);
						expect( stale.text ).toContain( 'in stock (3 left)' );
						expect( stale.text ).toContain( '(stock as of' );
						expect(
							(
								await ask(
									'garden',
									'Ist der Hochdruckreiniger HD 150 vorrätig?'
								)
							).text
						).toContain( '(Bestand Stand' );
					} finally {
						clockOffsetMs = 0;
					}
				} );
			} );
		} );
	}
);
