import type { ReactNode } from 'react';
import { AppHeader } from './AppHeader';

export interface AppLayoutProps {
	children: ReactNode;
}

/**
 * The frame of every signed-in screen: skip link, header, main content.
 *
 * @param props Layout props.
 */
export function AppLayout( props: AppLayoutProps ) {
	const { children } = props;
	return (
		<div className="app">
			<a className="skip-link" href="#main-content">
				Skip to content
			</a>
			<AppHeader />
			<main id="main-content" className="app-main">
				{ children }
			</main>
		</div>
	);
}
