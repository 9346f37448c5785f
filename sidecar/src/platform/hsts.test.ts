/**
 * HSTS: every answer carries Strict-Transport-Security when the configured public URL is
 * https (the sidecar then runs behind TLS), and none does when it is plain http (a browser
 * would otherwise pin a host that has no TLS).
 */
import {
	call,
	startTestSidecar,
	testDialects,
	type TestSidecar,
} from '../../../tests/support/sidecar-harness';

/** Answers of several kinds: JSON, an error envelope, a 404, an HTML page, a bad body. */
async function sampleAnswers( sidecar: TestSidecar ) {
	return [
		await call( sidecar.baseUrl, 'GET', '/api/openapi.json' ),
		await call( sidecar.baseUrl, 'GET', '/api/auth/me' ),
		await call( sidecar.baseUrl, 'GET', '/api/nothing-here' ),
		await call( sidecar.baseUrl, 'GET', '/owner' ),
		await call( sidecar.baseUrl, 'POST', '/api/auth/login', {
			rawBody: '{',
		} ),
	];
}

describe.each( testDialects() )( 'HSTS on %s', ( dialect ) => {
	it( 'is on every answer when the public URL is https', async () => {
		const sidecar = await startTestSidecar( dialect, {
			env: { OMNIOPS_PUBLIC_URL: 'https://omniops.example' },
		} );
		try {
			for ( const answer of await sampleAnswers( sidecar ) ) {
				expect(
					answer.headers.get( 'strict-transport-security' )
				).toBe( 'max-age=31536000; includeSubDomains' );
			}
		} finally {
			await sidecar.close();
		}
	} );

	it( 'is never sent when the public URL is http', async () => {
		const sidecar = await startTestSidecar( dialect );
		try {
			expect( sidecar.config.publicUrl ).toMatch( /^http:/ );
			for ( const answer of await sampleAnswers( sidecar ) ) {
				expect(
					answer.headers.get( 'strict-transport-security' )
				).toBeNull();
			}
		} finally {
			await sidecar.close();
		}
	} );
} );
