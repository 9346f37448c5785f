/**
 * The widget key of the demo shop a sidecar serves at /demo: the chat load of
 * tests/cluster/faults.mjs and bench/load/drive.mjs talks to the widget API as that shop's
 * shoppers, so both read the key from the page as the loader would.
 *
 * @param {string} urlBase The sidecar (or the proxy in front of it), without a trailing slash.
 * @return {Promise<string>} The demo site's public key.
 */
export async function demoSiteKey( urlBase ) {
	const html = await ( await fetch( `${ urlBase }/demo` ) ).text();
	const match = /"siteKey":"([^"]+)"/.exec( html );
	if ( ! match ) {
		throw new Error( 'no demo site key on /demo' );
	}
	return match[ 1 ];
}
