import type { ReactNode } from 'react';

export interface ErrorAlertProps {
	children: ReactNode;
	/** When given, a "Try again" button calls it. */
	onRetry?: () => void;
}

/**
 * An error message announced to assistive technology as soon as it appears.
 *
 * @param props Alert props.
 */
export function ErrorAlert( props: ErrorAlertProps ) {
	const { children, onRetry } = props;
	return (
		<div className="alert alert-error" role="alert">
			<p>{ children }</p>
			{ onRetry && (
				<button
					type="button"
					className="button button-secondary button-small"
					onClick={ onRetry }
				>
					Try again
				</button>
			) }
		</div>
	);
}
