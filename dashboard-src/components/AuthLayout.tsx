import type { ReactNode } from 'react';

export interface AuthLayoutProps {
	children: ReactNode;
}

/**
 * The frame of the signed-out screens (sign in, first-owner setup): a centred card.
 *
 * @param props Layout props.
 */
export function AuthLayout( props: AuthLayoutProps ) {
	const { children } = props;
	return (
		<main className="auth" id="main-content">
			<div className="auth-card">
				<p className="auth-brand">OmniOps</p>
				{ children }
			</div>
		</main>
	);
}
