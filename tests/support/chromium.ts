/**
 * How the browser journeys launch Debian's Chromium (the e2e suite and the cluster journey):
 * CHROMIUM_PATH or /usr/bin/chromium, without the sandbox, the GPU, QUIC or background
 * traffic that would add noise to a 2-core test machine.
 */
export function chromiumLaunchOptions( extraArgs: string[] = [] ) {
	return {
		executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
		args: [
			'--no-sandbox',
			'--disable-gpu',
			'--disable-quic',
			'--no-first-run',
			'--disable-background-networking',
			'--disable-component-update',
			'--disable-sync',
			...extraArgs,
		],
	};
}
