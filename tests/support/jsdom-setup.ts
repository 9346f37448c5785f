/**
 * The jsdom projects share the machine's two cores with the sidecar suite's databases, so
 * Testing Library's default 1 s wait for async UI is too tight; 5 s keeps waits honest
 * (they still fail when the UI never appears) without flaking under load.
 */
import { configure } from '@testing-library/react';

configure( { asyncUtilTimeout: 5_000 } );
