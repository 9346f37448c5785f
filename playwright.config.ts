/**
 * Browser journeys in Debian's Chromium against the real sidecar and a real WordPress
 * (tests/env/wp-up.sh, run by the global setup). One worker: these machines have 2 cores.
 */
import { defineConfig } from '@playwright/test';
import { E2E } from './tests/e2e/env';

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
		launchOptions: {
			executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
			args: [
				'--no-sandbox',
				'--disable-gpu',
				'--disable-quic',
				'--no-first-run',
				'--disable-background-networking',
				'--disable-component-update',
				'--disable-sync',
			],
		},
	},
	webServer: {
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
		},
	},
} );
