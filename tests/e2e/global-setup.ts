/**
 * Brings up (or reuses) the test WordPress with the plugin, and checks Chromium is there.
 * tests/env/wp-up.sh is idempotent and fails with a message naming the step that broke.
 */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';

export default function globalSetup(): void {
	const chromium = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
	if ( ! fs.existsSync( chromium ) ) {
		throw new Error(
			`Chromium not found at ${ chromium }: run tests/env/chromium.sh (as root) first.`
		);
	}
	execFileSync( 'bash', [ 'tests/env/wp-up.sh' ], {
		stdio: [ 'ignore', 'inherit', 'inherit' ],
	} );
}
