import type { ReactNode } from 'react';

/**
 * How serious the problem is: `destructive` means the chat cannot work (configuration),
 * `warning` that part of it is missing (history), `info` that it works with limits
 * (lost contact with the shop page).
 */
export type AlertVariant = 'destructive' | 'warning' | 'info';

export interface ErrorAlertProps {
	variant: AlertVariant;
	children: ReactNode;
	/** Absent when there is nothing to retry. */
	onRetry?: () => void;
	/** True while the retry runs: the button says so and cannot be pressed again. */
	retrying?: boolean;
	retryLabel: string;
	retryingLabel: string;
}

/**
 * An announced problem with its Retry button. Destructive and warning alerts interrupt
 * (`role="alert"`); the info variant is a polite status.
 *
 * @param props Variant, message, retry handler and labels.
 */
export function ErrorAlert( props: ErrorAlertProps ) {
	const { variant, children, onRetry, retrying, retryLabel, retryingLabel } =
		props;
	return (
		<div
			className={ `oo-alert oo-alert-${ variant }` }
			role={ variant === 'info' ? 'status' : 'alert' }
			data-variant={ variant }
		>
			<span>{ children }</span>
			{ onRetry && (
				<button
					type="button"
					className="oo-button"
					onClick={ onRetry }
					disabled={ retrying }
					aria-busy={ retrying || undefined }
				>
					{ retrying ? retryingLabel : retryLabel }
				</button>
			) }
		</div>
	);
}
