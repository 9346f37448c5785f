import type { ApiError } from '../api';
import { ErrorAlert } from './ErrorAlert';

export interface FormErrorProps {
	/** The action's error, if it failed. */
	error: ApiError | undefined;
	/** The form's fields that show their own errors. */
	fields: readonly string[];
	/** What failed, put before the message ("Could not invite"). */
	lead?: string;
}

/**
 * An action's error where no field of the form shows it: nothing while the action has not
 * failed, or when one of `fields` has its own message.
 *
 * @param props The error, the fields that show errors, and what failed.
 */
export function FormError( props: FormErrorProps ) {
	const { error, fields, lead } = props;
	if ( ! error || fields.some( ( field ) => error.fieldErrors[ field ] ) ) {
		return null;
	}
	return (
		<ErrorAlert>
			{ lead ? `${ lead }: ${ error.message }` : error.message }
		</ErrorAlert>
	);
}
