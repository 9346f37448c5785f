import { Button, Notice } from '@wordpress/components';
import { __ } from '@wordpress/i18n';

/** The outcome of a save or an action, shown above the panel until dismissed. */
export interface StatusMessage {
	status: 'success' | 'error';
	text: string;
}

/**
 * A save's or an action's outcome, dismissible; nothing while there is none.
 *
 * @param props           Notice props.
 * @param props.message   The outcome, or null.
 * @param props.onDismiss Clears it.
 */
export function StatusNotice( props: {
	message: StatusMessage | null;
	onDismiss: () => void;
} ) {
	if ( ! props.message ) {
		return null;
	}
	return (
		<Notice status={ props.message.status } onRemove={ props.onDismiss }>
			{ props.message.text }
		</Notice>
	);
}

/**
 * Why a panel could not load, with a way to load it again.
 *
 * @param props          Notice props.
 * @param props.error    What went wrong.
 * @param props.onRetry  Loads again.
 * @param props.retrying Disables the button while a load runs.
 */
export function LoadErrorNotice( props: {
	error: string;
	onRetry: () => void;
	retrying?: boolean;
} ) {
	return (
		<Notice status="error" isDismissible={ false }>
			<p>{ props.error }</p>
			<Button
				variant="secondary"
				onClick={ props.onRetry }
				disabled={ props.retrying }
			>
				{ __( 'Try again', 'omniops' ) }
			</Button>
		</Notice>
	);
}
