/** @jest-environment jsdom */
import { render } from '@testing-library/react';
import { renderMarkdown, safeHref } from './markdown';
import { XSS_PAYLOADS } from './xss-payloads';

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
