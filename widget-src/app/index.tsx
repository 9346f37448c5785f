/**
 * Entry of the iframe app (`/widget/frame?site=…` loads it as /widget/assets/app.js).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTelemetryReporter } from '../telemetry';
import { createWidgetApi } from './api';
import { App } from './App';
import { readFrameConfig } from './frameConfig';
import { injectStyles } from './styles';

const mount = document.getElementById( 'omniops-root' );
const frameConfig = readFrameConfig();

if ( ! mount || ! frameConfig ) {
	// eslint-disable-next-line no-console
	console.error(
		'OmniOps: the frame page lacks #omniops-root or a valid #omniops-frame-config.'
	);
} else {
	injectStyles();
	const { apiBase, siteKey } = frameConfig;
	createRoot( mount ).render(
		<StrictMode>
			<App
				frameConfig={ frameConfig }
				api={ createWidgetApi( { apiBase, siteKey } ) }
				report={ createTelemetryReporter(
					`${ apiBase }/telemetry`,
					siteKey
				) }
			/>
		</StrictMode>
	);
}
