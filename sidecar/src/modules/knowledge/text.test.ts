import { extractContactFacts } from './facts';
import {
	htmlToBlocks,
	htmlToLine,
	htmlToPassages,
	htmlToText,
	passageUrl,
} from './text';

describe( 'HTML to text', () => {
	it( 'decodes every named entity and never leaks attribute values', () => {
		const text = htmlToBlocks(
			'<p title="x>y" data-note="a > b">Caf&eacute; cr&egrave;me &ndash; 30&deg;C</p>'
		)
			.map( ( b ) => b.text )
			.join( '\n' );
		expect( text ).toBe( 'Café crème – 30°C' );
		expect(
			htmlToLine(
				'<span title="1 > 0">Gr&ouml;&szlig;e &amp; Farbe</span>'
			)
		).toBe( 'Größe & Farbe' );
	} );

	it( 'drops scripts, styles, comments and images; keeps lists and tables readable', () => {
		const text = htmlToBlocks(
			'<script>var h = "<h1>x</h1>";</script><style>p{}</style><!-- note --><img alt="logo" src="l.png">' +
				'<ul><li>Free returns</li><li>Fast delivery</li></ul>' +
				'<table><tr><th>Zone</th><th>Cost</th></tr><tr><td>EU</td><td>5 €</td></tr></table>'
		)
			.map( ( b ) => b.text )
			.join( '\n' );
		expect( text ).not.toMatch( /var h|p\{\}|note|logo/ );
		expect( text ).toContain( '* Free returns\n* Fast delivery' );
		expect( text ).toContain( 'EU — Cost: 5 €' );
	} );

	it( 'writes each table row as a sentence that says what its figures are', () => {
		const text = htmlToText(
			'<table><thead><tr><th>Service</th><th>Cost</th><th>Delivery</th></tr></thead><tbody>' +
				'<tr><td>Standard &amp; Ground</td><td>$8.95</td><td>3&ndash;6 days</td></tr>' +
				'<tr><td>Overnight</td><td><strong>$49.95</strong></td><td>next day<br>order by 11am</td></tr>' +
				'</tbody></table>' +
				'<table><tr><th>Phone</th><td>0800 123</td></tr><tr><td>Pflanzen bis 17 cm Topf</td><td>8,00 &euro;</td></tr>' +
				'<tr><td>A</td><td>B</td><td>C</td></tr></table>'
		);
		expect( text.split( '\n' ).filter( Boolean ) ).toEqual( [
			'Standard & Ground — Cost: $8.95; Delivery: 3–6 days',
			'Overnight — Cost: $49.95; Delivery: next day order by 11am',
			'Phone: 0800 123',
			'Pflanzen bis 17 cm Topf: 8,00 €',
			'A · B · C',
		] );
	} );
} );

describe( 'passages', () => {
	it( 'splits a page at h1–h6, each passage titled by its heading and pointing at it', () => {
		const passages = htmlToPassages(
			'Help',
			'<p>Welcome.</p><h2 id="ship">Shipping</h2><p>Fast.</p><p>Cheap.</p><h4>Returns &amp; refunds</h4><p>30 days.</p><h6>Small print</h6><p>None.</p>'
		);
		expect( passages ).toEqual( [
			{ heading: 'Help', anchor: null, body: 'Welcome.' },
			{ heading: 'Shipping', anchor: 'ship', body: 'Fast.\nCheap.' },
			{
				heading: 'Returns & refunds',
				anchor: ':~:text=Returns%20%26%20refunds',
				body: '30 days.',
			},
			{
				heading: 'Small print',
				anchor: ':~:text=Small%20print',
				body: 'None.',
			},
		] );
		expect( passageUrl( 'https://s.test/help/', 'ship' ) ).toBe(
			'https://s.test/help/#ship'
		);
		expect( passageUrl( 'https://s.test/help/', null ) ).toBe(
			'https://s.test/help/'
		);
	} );

	it( 'cuts a long section into several passages under the same heading', () => {
		const paragraph = `<p>${ 'Sentence about care. '.repeat( 20 ) }</p>`;
		const passages = htmlToPassages(
			'Care',
			`<h2>Cleaning</h2>${ paragraph }${ paragraph }`
		);
		expect( passages.length ).toBe( 2 );
		expect( passages.every( ( p ) => p.heading === 'Cleaning' ) ).toBe(
			true
		);
	} );
} );

describe( 'contact facts', () => {
	it( 'reads phone, e-mail, address and opening hours from a German page', () => {
		const facts = extractContactFacts(
			htmlToPassages(
				'Kontakt',
				'<h2>Kontakt</h2><p>Telefon: +49 (0) 89 123 456 78<br>Fax: 089 123 456 79<br>E-Mail: info@werkstatt.test</p>' +
					'<h2>Anschrift</h2><p>Werkstatt am Fluss<br>Uferweg 3a<br>80331 München</p>' +
					'<h2>Öffnungszeiten</h2><p>Mo. – Fr. 8:30 – 17:00 Uhr<br>Samstag 9 – 13 Uhr<br>Wir haben 2000 Artikel auf Lager.</p>'
			)
		);
		expect( facts.map( ( f ) => [ f.kind, f.value ] ) ).toEqual( [
			[ 'phone', '+49 (0) 89 123 456 78' ],
			[ 'email', 'info@werkstatt.test' ],
			[ 'address', 'Uferweg 3a, 80331 München' ],
			[ 'hours', 'Mo. – Fr. 8:30 – 17:00 Uhr' ],
			[ 'hours', 'Samstag 9 – 13 Uhr' ],
		] );
	} );

	it( 'reads them from an English page, ignoring order numbers and prices', () => {
		const facts = extractContactFacts(
			htmlToPassages(
				'Contact',
				'<p>Questions? Phone us on (555) 010-4477 or email orders@lamps.test.</p>' +
					'<p>Our store: 42 Harbour Road, Portsmouth PO1 3AX</p>' +
					'<h3>Hours</h3><p>Mon–Sat 10am–6pm, Sunday closed.</p><p>Order 100234 costs 129.00 and ships in 3 days.</p>'
			)
		);
		expect( facts.map( ( f ) => [ f.kind, f.value ] ) ).toEqual( [
			[ 'email', 'orders@lamps.test' ],
			[ 'phone', '(555) 010-4477' ],
			[ 'address', '42 Harbour Road, Portsmouth PO1 3AX' ],
			[ 'hours', 'Mon–Sat 10am–6pm, Sunday closed.' ],
		] );
	} );

	it( 'takes a national number without "Tel:" only in a contact section, and bare hour ranges beside day names', () => {
		const facts = extractContactFacts(
			htmlToPassages(
				'Shop',
				'<h2>Kontakt</h2><p>Ruf uns an!</p><p>030 / 2345 6789</p>' +
					'<h2>Lieferung</h2><p>Bestellnummern beginnen mit 0 2024 123 456.</p>' +
					'<h2>Hours</h2><p>Mon–Fri 9–5</p><p>Version 3-4 of the manual</p>'
			)
		);
		expect( facts.map( ( f ) => [ f.kind, f.value ] ) ).toEqual( [
			[ 'phone', '030 / 2345 6789' ],
			[ 'hours', 'Mon–Fri 9–5' ],
		] );
	} );
} );
