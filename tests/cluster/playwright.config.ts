/**
 * The topology journey (issue 13 item 2): Debian's Chromium against the cluster that
 * tests/cluster/run.sh starts — nginx with TLS in front of two sidecar instances on
 * PostgreSQL and Redis. Run by run.sh, which passes the URL and the certificate's key hash.
 */
import { defineConfig } from '@playwright/test';
import { chromiumLaunchOptions } from '../support/chromium';

const url = process.env.CLUSTER_URL;
const spki = process.env.CLUSTER_SPKI;
if ( ! url || ! spki ) {
	throw new Error(
		'CLUSTER_URL and CLUSTER_SPKI are set by tests/cluster/run.sh; run `npm run test:cluster`.'
	);
}

export default defineConfig( {
	testDir: '.',
	testMatch: 'journey.spec.ts',
	outputDir: '../../test-results/cluster',
	workers: 1,
	retries: 0,
	timeout: 120_000,
	expect: { timeout: 15_000 },
	reporter: [ [ 'list' ] ],
	use: {
		baseURL: url,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		// Trust exactly the cluster's server key (its certificate is signed by a CA made for
		// this run), never certificate errors in general.
		launchOptions: chromiumLaunchOptions( [
			`--ignore-certificate-errors-spki-list=${ spki }`,
		] ),
	},
} );
