/**
 * Browser journeys in Debian's Chromium against the real sidecar and a real WordPress
 * (tests/env/wp-up.sh, run by the global setup). One worker: these machines have 2 cores.
 */
import { defineConfig } from '@playwright/test';
import { E2E } from './tests/e2e/env';
import { chromiumLaunchOptions } from './tests/support/chromium';
import { TWILIO_E2E } from './tests/e2e/twilio';

export default defineConfig( {
	testDir: 'tests/e2e',
	outputDir: 'test-results',
	workers: 1,
	fullyParallel: false,
	retries: 0,
	timeout: 60_000,
	expect: { timeout: 10_000 },
	reporter: [ [ 'list' ] ],
	globalSetup: './tests/e2e/global-setup.ts',
	use: {
		baseURL: E2E.sidecarUrl,
		trace: 'retain-on-failure',
		screenshot: 'only-on-failure',
		launchOptions: chromiumLaunchOptions(),
	},
	webServer: [
		{
			// The SMS provider's double (tests/doubles/twilio): the sidecar texts codes to it.
			command: 'node_modules/.bin/tsx tests/doubles/twilio/main.ts',
			url: `${ TWILIO_E2E.url }/health`,
			reuseExistingServer: false,
			timeout: 30_000,
			stdout: 'ignore',
			stderr: 'pipe',
			env: {
				TWILIO_DOUBLE_PORT: String( TWILIO_E2E.port ),
				TWILIO_DOUBLE_ACCOUNT_SID: TWILIO_E2E.accountSid,
				TWILIO_DOUBLE_AUTH_TOKEN: TWILIO_E2E.authToken,
			},
		},
		{
			command: `rm -rf ${ E2E.dataDir } && node_modules/.bin/tsx sidecar/src/main.ts`,
			url: `${ E2E.sidecarUrl }/readyz`,
			reuseExistingServer: false,
			timeout: 60_000,
			stdout: 'ignore',
			stderr: 'pipe',
			env: {
				PORT: String( E2E.sidecarPort ),
				HOST: '127.0.0.1',
				OMNIOPS_PUBLIC_URL: E2E.sidecarUrl,
				OMNIOPS_SQLITE_PATH: `${ E2E.dataDir }/omniops.sqlite`,
				OMNIOPS_OWNER_EMAIL: E2E.owner.email,
				OMNIOPS_OWNER_PASSWORD: E2E.owner.password,
				LOG_LEVEL: 'warn',
				OMNIOPS_TWILIO_ACCOUNT_SID: TWILIO_E2E.accountSid,
				OMNIOPS_TWILIO_AUTH_TOKEN: TWILIO_E2E.authToken,
				OMNIOPS_TWILIO_FROM: TWILIO_E2E.from,
				OMNIOPS_TWILIO_BASE_URL: TWILIO_E2E.url,
				// real-woocommerce.spec.ts waits for a reconciliation (30 s: the smallest allowed).
				OMNIOPS_CATALOG_RECONCILE_SECONDS: '30',
				// Every browser of the suite shares 127.0.0.1: open up the per-address limits.
				// The XSS journey types 60 payloads into one conversation within seconds, far
				// above a shopper's pace: the per-conversation limit is opened up as well.
				OMNIOPS_LIMIT_MESSAGES_PER_IP: '100000/60',
				OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION: '100000/60',
				OMNIOPS_LIMIT_CONVERSATIONS_PER_IP: '100000/60',
				OMNIOPS_LIMIT_TELEMETRY_PER_IP: '100000/60',
			},
		},
	],
} );
