/** @jest-environment jsdom */
import { readFrameConfig } from './frameConfig';

function page( json: string ) {
	document.body.innerHTML = `<script id="omniops-frame-config" type="application/json">${ json }</script>`;
	return document;
}

describe( 'readFrameConfig', () => {
	it( 'reads the config the sidecar prints', () => {
		const config = page(
			'{"siteKey":"pk_1","apiBase":"/api/widget/","allowedOrigins":["https://shop.example"],"locale":"de","consentRequired":true}'
		);
		expect( readFrameConfig( config ) ).toEqual( {
			siteKey: 'pk_1',
			apiBase: '/api/widget',
			allowedOrigins: [ 'https://shop.example' ],
			locale: 'de',
			consentRequired: true,
		} );
	} );

	it.each( [
		[ 'not JSON', '{' ],
		[ 'no site key', '{"apiBase":"/api/widget","allowedOrigins":[]}' ],
		[
			'origins that are not strings',
			'{"siteKey":"pk_1","apiBase":"/a","allowedOrigins":[1]}',
		],
	] )( 'returns null for %s', ( _label, json ) => {
		expect( readFrameConfig( page( json ) ) ).toBeNull();
	} );

	it( 'returns null without the script tag', () => {
		document.body.innerHTML = '';
		expect( readFrameConfig( document ) ).toBeNull();
	} );
} );
