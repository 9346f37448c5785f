/**
 * Entry of the dashboard bundle: the sidecar serves an HTML shell with
 * `<div id="omniops-dashboard-root">` for every path under /owner and loads this script.
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './App';
import { injectStyles } from './styles';

const container = document.getElementById( 'omniops-dashboard-root' );
if ( container ) {
	injectStyles( document );
	createRoot( container ).render(
		<StrictMode>
			<App />
		</StrictMode>
	);
}
