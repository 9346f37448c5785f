/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { renderMarkdown, safeHref } from './markdown';

// Payloads from public XSS cheat sheets (OWASP XSS Filter Evasion, PortSwigger): none may
// produce an element other than the few the renderer creates, an event handler, or a
// non-web link.
export const XSS_PAYLOADS = [
	'<script>alert(1)</script>',
	'<img src=x onerror=alert(1)>',
	'<svg onload=alert(1)>',
	'<body onload=alert(1)>',
	'<iframe src="javascript:alert(1)"></iframe>',
	'[click](javascript:alert(1))',
	'[click](JaVaScRiPt:alert(1))',
	'[click](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)',
	'[click](vbscript:msgbox(1))',
	'[x](javascript&#58;alert(1))',
	'<a href="javascript:alert(1)">x</a>',
	'"><script>alert(1)</script>',
	"'><img src=x onerror=alert(1)>",
	'<IMG SRC="javascript:alert(\'XSS\');">',
	'<IMG SRC=javascript:alert(&quot;XSS&quot;)>',
	'<IMG SRC=`javascript:alert("RSnake says, \'XSS\'")`>',
	'<IMG """><SCRIPT>alert("XSS")</SCRIPT>">',
	'<IMG SRC=# onmouseover="alert(\'xxs\')">',
	'<IMG SRC=/ onerror="alert(String.fromCharCode(88,83,83))"></img>',
	'<img src=x onerror="&#0000106&#0000097&#0000118&#0000097&#0000115&#0000099&#0000114&#0000105&#0000112&#0000116&#0000058&#0000097&#0000108&#0000101&#0000114&#0000116&#0000040&#0000039&#0000088&#0000083&#0000083&#0000039&#0000041">',
	'<IMG SRC="jav\tascript:alert(\'XSS\');">',
	'<IMG SRC=" &#14;  javascript:alert(\'XSS\');">',
	'<SCRIPT/XSS SRC="http://xss.rocks/xss.js"></SCRIPT>',
	'<BODY onload!#$%&()*~+-_.,:;?@[/|\\]^`=alert("XSS")>',
	'<<SCRIPT>alert("XSS");//\\<</SCRIPT>',
	'<SCRIPT SRC=http://xss.rocks/xss.js?< B >',
	'<iframe src=http://xss.rocks/scriptlet.html <',
	'</TITLE><SCRIPT>alert("XSS");</SCRIPT>',
	'<INPUT TYPE="IMAGE" SRC="javascript:alert(\'XSS\');">',
	'<BODY BACKGROUND="javascript:alert(\'XSS\')">',
	'<IMG DYNSRC="javascript:alert(\'XSS\')">',
	'<STYLE>li {list-style-image: url("javascript:alert(\'XSS\')");}</STYLE><UL><LI>XSS</br>',
	"<svg/onload=alert('XSS')>",
	'<LINK REL="stylesheet" HREF="javascript:alert(\'XSS\');">',
	'<META HTTP-EQUIV="refresh" CONTENT="0;url=javascript:alert(\'XSS\');">',
	'<TABLE BACKGROUND="javascript:alert(\'XSS\')">',
	'<DIV STYLE="background-image: url(javascript:alert(\'XSS\'))">',
	'<DIV STYLE="width: expression(alert(\'XSS\'));">',
	'<BASE HREF="javascript:alert(\'XSS\');//">',
	'<OBJECT TYPE="text/x-scriptlet" DATA="http://xss.rocks/scriptlet.html"></OBJECT>',
	'<EMBED SRC="data:image/svg+xml;base64,PHN2ZyB4bWxuczpzdmc9Imh0dH A6Ly93d3cudzMub3JnLzIwMDAvc3ZnIiB4bWxucz0iaHR0cDovL3d3dy53My5vcmcv MjAwMC9zdmciIHhtbG5zOnhsaW5rPSJodHRwOi8vd3d3LnczLm9yZy8xOTk5L3hs aW5rIiB2ZXJzaW9uPSIxLjAiIHg9IjAiIHk9IjAiIHdpZHRoPSIxOTQiIGhlaWdodD0iMjAw IiBpZD0ieHNzIj48c2NyaXB0IHR5cGU9InRleHQvZWNtYXNjcmlwdCI+YWxlcnQoIlh TUyIpOzwvc2NyaXB0Pjwvc3ZnPg==" type="image/svg+xml" AllowScriptAccess="always"></EMBED>',
	'<details open ontoggle=alert(1)>',
	'<video><source onerror=alert(1)>',
	'<audio src=x onerror=alert(1)>',
	'<marquee onstart=alert(1)>',
	'<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>',
	'<form action="javascript:alert(1)"><input type=submit>',
	'<button formaction=javascript:alert(1)>x</button>',
	'<a href="&#106;avascript:alert(1)">x</a>',
	'<x onclick=alert(1)>click',
	"javascript:/*--></title></style></textarea></script></xmp><svg/onload='+/\"/+/onmouseover=1/+/[*/[]/+alert(1)//'>",
	'**<img src=x onerror=alert(1)>**',
	'*[x](javascript:alert(1))*',
	'- [x](javascript:alert(1))\n- <script>alert(1)</script>',
	'[<img src=x onerror=alert(1)>](https://shop.example)',
	'https://shop.example/"onmouseover="alert(1)',
	'`<script>alert(1)</script>`',
	'[x](https://shop.example" onclick="alert(1))',
	'<noscript><p title="</noscript><img src=x onerror=alert(1)>">',
	"{{constructor.constructor('alert(1)')()}}",
];

function rendered( text: string ) {
	return render(
		<div data-testid="out">{ renderMarkdown( text ) }</div>
	).getByTestId( 'out' );
}

const ALLOWED = new Set( [
	'DIV',
	'P',
	'UL',
	'OL',
	'LI',
	'STRONG',
	'EM',
	'CODE',
	'A',
] );

describe( 'renderMarkdown', () => {
	it( 'renders paragraphs, lists, emphasis, code and safe links', () => {
		const out = rendered(
			'Hello **there** and *you*.\n\n- one\n- two [shop](https://shop.example/a)\n\n1. first\n2. `code`\n\nSee https://shop.example/b, or mail [us](mailto:help@shop.example).'
		);
		expect( out.querySelectorAll( 'p' ) ).toHaveLength( 2 );
		expect( out.querySelector( 'strong' )?.textContent ).toBe( 'there' );
		expect( out.querySelector( 'em' )?.textContent ).toBe( 'you' );
		expect( out.querySelectorAll( 'ul > li' ) ).toHaveLength( 2 );
		expect( out.querySelectorAll( 'ol > li' ) ).toHaveLength( 2 );
		expect( out.querySelector( 'code' )?.textContent ).toBe( 'code' );
		const links = Array.from( out.querySelectorAll( 'a' ) );
		expect( links.map( ( a ) => a.getAttribute( 'href' ) ) ).toEqual( [
			'https://shop.example/a',
			'https://shop.example/b',
			'mailto:help@shop.example',
		] );
		for ( const link of links ) {
			expect( link.getAttribute( 'target' ) ).toBe( '_blank' );
			expect( link.getAttribute( 'rel' ) ).toBe(
				'noopener noreferrer nofollow'
			);
		}
	} );

	it( 'keeps underscores inside words and unmatched stars as text', () => {
		const out = rendered( 'snake_case_name and 2 * 3 * 4' );
		expect( out.querySelector( 'em' ) ).toBeNull();
		expect( out.textContent ).toBe( 'snake_case_name and 2 * 3 * 4' );
	} );

	it( 'has at least 50 cheat-sheet payloads to check', () => {
		expect( XSS_PAYLOADS.length ).toBeGreaterThanOrEqual( 50 );
	} );

	it.each( XSS_PAYLOADS.map( ( payload ) => [ payload ] ) )(
		'never turns %j into markup, handlers or unsafe links',
		( payload ) => {
			const out = rendered( payload );
			for ( const element of Array.from( out.querySelectorAll( '*' ) ) ) {
				expect( ALLOWED.has( element.tagName ) ).toBe( true );
				for ( const attribute of Array.from( element.attributes ) ) {
					expect( attribute.name ).not.toMatch( /^on/i );
				}
				if ( element.tagName === 'A' ) {
					expect( element.getAttribute( 'href' ) ).toMatch(
						/^(https?:|mailto:)/
					);
				}
			}
		}
	);
} );

describe( 'safeHref', () => {
	it.each( [
		[ 'https://shop.example/x', 'https://shop.example/x' ],
		[ ' http://shop.example ', 'http://shop.example/' ],
		[ 'mailto:a@b.example', 'mailto:a@b.example' ],
		[ 'javascript:alert(1)', null ],
		[ '//evil.example', null ],
		[ 'https://', null ],
		[ 'data:text/html,x', null ],
	] )( '%s -> %s', ( input, expected ) => {
		expect( safeHref( input ) ).toBe( expected );
	} );
} );
