import {
	call,
	startTestSidecar,
	testDialects,
} from '../../../tests/support/sidecar-harness';
import {
	startSiteSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../tests/support/site-sidecar';

const TOKEN = 'metrics-token-0123456789abcdef';

interface Sample {
	name: string;
	labels: Record< string, string >;
	value: number;
}

/**
 * Parses the Prometheus text exposition format strictly enough to catch a broken answer:
 * every line is a comment (# HELP / # TYPE) or `name{labels} value`.
 *
 * @param text The /metrics body.
 */
function parseExposition( text: string ): {
	samples: Sample[];
	types: Record< string, string >;
} {
	const samples: Sample[] = [];
	const types: Record< string, string > = {};
	for ( const line of text.split( '\n' ) ) {
		if ( line === '' ) {
			continue;
		}
		const type =
			/^# TYPE ([a-zA-Z_:][\w:]*) (counter|gauge|histogram|summary|untyped)$/.exec(
				line
			);
		if ( type ) {
			types[ type[ 1 ]! ] = type[ 2 ]!;
			continue;
		}
		if ( /^# HELP [a-zA-Z_:][\w:]* .*$/.test( line ) ) {
			continue;
		}
		const sample =
			/^([a-zA-Z_:][\w:]*)(?:\{(.*)\})? (-?[\d.]+(?:e[+-]?\d+)?|NaN|[+-]Inf)$/.exec(
				line
			);
		if ( ! sample ) {
			throw new Error( `not a metrics line: ${ line }` );
		}
		const labels: Record< string, string > = {};
		for ( const match of ( sample[ 2 ] ?? '' ).matchAll(
			/([a-zA-Z_]\w*)="((?:[^"\\]|\\.)*)"/g
		) ) {
			labels[ match[ 1 ]! ] = match[ 2 ]!;
		}
		samples.push( {
			name: sample[ 1 ]!,
			labels,
			value: Number( sample[ 3 ] ),
		} );
	}
	return { samples, types };
}

describe.each( testDialects() )( '/metrics on %s', ( dialect ) => {
	let sidecar: TestSidecar;
	let site: ConnectedSite;

	beforeAll( async () => {
		( { sidecar, site } = await startSiteSidecar( dialect, {
			env: { OMNIOPS_METRICS_TOKEN: TOKEN },
		} ) );
	} );
	afterAll( () => sidecar.close() );

	const scrape = ( authorization?: string ) =>
		call( sidecar.baseUrl, 'GET', '/metrics', {
			headers: authorization ? { authorization } : {},
		} );

	it( 'answers 401 without the token or with a wrong one', async () => {
		for ( const header of [
			undefined,
			'Bearer wrong-token',
			`Basic ${ TOKEN }`,
			TOKEN,
		] ) {
			const response = await scrape( header );
			expect( response.status ).toBe( 401 );
			expect( response.body.error.code ).toBe( 'unauthorized' );
		}
	} );

	it( 'serves request latency, errors, queue depth and widget events in the text format', async () => {
		await call( sidecar.baseUrl, 'POST', '/api/widget/telemetry', {
			body: {
				siteKey: site.publicKey,
				events: [
					{ type: 'widget_loaded', at: new Date().toISOString() },
					{ type: 'config_error', at: new Date().toISOString() },
					{ type: 'config_error', at: new Date().toISOString() },
				],
			},
		} );
		await call(
			sidecar.baseUrl,
			'GET',
			`/api/owner/sites/${ crypto.randomUUID() }/telemetry`
		);
		await call( sidecar.baseUrl, 'GET', '/no/such/path/123' );

		const response = await scrape( `Bearer ${ TOKEN }` );
		expect( response.status ).toBe( 200 );
		expect( response.headers.get( 'content-type' ) ).toMatch(
			/^text\/plain; version=0\.0\.4/
		);
		const { samples, types } = parseExposition( response.body as string );
		expect( types ).toMatchObject( {
			omniops_http_request_duration_seconds: 'histogram',
			omniops_http_errors_total: 'counter',
			omniops_job_queue_depth: 'gauge',
			omniops_widget_events_ingested_total: 'counter',
		} );
		const find = ( name: string, labels: Record< string, string > ) =>
			samples.find(
				( sample ) =>
					sample.name === name &&
					Object.entries( labels ).every(
						( [ key, value ] ) => sample.labels[ key ] === value
					)
			);
		expect(
			find( 'omniops_http_request_duration_seconds_count', {
				route: '/api/widget/telemetry',
				method: 'POST',
				status_class: '2xx',
			} )?.value
		).toBe( 1 );
		expect(
			find( 'omniops_http_request_duration_seconds_bucket', {
				route: '/api/widget/telemetry',
				le: '+Inf',
			} )?.value
		).toBe( 1 );
		// Route templates, never raw paths (ids would explode the label set).
		expect(
			find( 'omniops_http_errors_total', {
				route: '/api/owner/sites/:id/telemetry',
				status_class: '4xx',
			} )?.value
		).toBe( 1 );
		expect(
			find( 'omniops_http_errors_total', { route: 'unmatched' } )?.value
		).toBe( 1 );
		expect(
			samples.some( ( sample ) => sample.labels.route?.includes( '123' ) )
		).toBe( false );
		expect(
			find( 'omniops_widget_events_ingested_total', {
				type: 'config_error',
			} )?.value
		).toBe( 2 );
		expect(
			find( 'omniops_job_queue_depth', {} )?.value
		).toBeGreaterThanOrEqual( 0 );
		expect( find( 'omniops_process_cpu_seconds_total', {} ) ).toBeDefined();
	} );
} );

describe( '/metrics without a token configured', () => {
	it( 'does not exist (404)', async () => {
		const sidecar = await startTestSidecar( 'sqlite' );
		try {
			const response = await call( sidecar.baseUrl, 'GET', '/metrics', {
				headers: { authorization: 'Bearer anything-at-all-here' },
			} );
			expect( response.status ).toBe( 404 );
		} finally {
			await sidecar.close();
		}
	} );
} );
