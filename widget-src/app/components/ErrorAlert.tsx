import type { ReactNode } from 'react';

export interface ErrorAlertProps {
	children: ReactNode;
	onRetry: () => void;
}

/**
 * An announced error with a Retry button.
 *
 * @param props What went wrong, and how to try again.
 */
export function ErrorAlert( props: ErrorAlertProps ) {
	const { children, onRetry } = props;
	return (
		<div className="oo-alert" role="alert">
			<span>{ children }</span>
			<button type="button" className="oo-button" onClick={ onRetry }>
				Retry
			</button>
		</div>
	);
}
