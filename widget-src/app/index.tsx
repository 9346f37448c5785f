/**
 * Entry of the iframe app (`/widget/frame?site=…` loads it as /widget/assets/app.js).
 */
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createTelemetryReporter } from '../telemetry';
import { createWidgetApi } from './api';
import { App } from './App';
import { readFrameConfig } from './frameConfig';
import {
	createTelemetryTokenStore,
	fetchTelemetryToken,
} from './telemetryToken';
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
	const telemetryToken = createTelemetryTokenStore(
		fetchTelemetryToken( apiBase, siteKey )
	);
	createRoot( mount ).render(
		<StrictMode>
			<App
				frameConfig={ frameConfig }
				api={ createWidgetApi( { apiBase, siteKey } ) }
				report={ createTelemetryReporter(
					`${ apiBase }/telemetry`,
					siteKey,
					undefined,
					telemetryToken.current
				) }
				telemetryToken={ telemetryToken }
			/>
		</StrictMode>
	);
}
