import { useState } from '@wordpress/element';

import { errorMessage } from './api';
import type { StatusMessage } from './components/Notices';

/**
 * A panel's save: whether one runs, and its outcome as a dismissible message (the
 * success text, or why it failed).
 */
export function useSaving() {
	const [ saving, setSaving ] = useState( false );
	const [ message, setMessage ] = useState< StatusMessage | null >( null );

	/**
	 * Runs `work`; hands what it saved to `onSaved`, then says `successText`.
	 *
	 * @param work        The save itself.
	 * @param onSaved     Takes the saved state (the server's answer).
	 * @param successText What to say once it is saved.
	 */
	const save = < T >(
		work: () => Promise< T >,
		onSaved: ( saved: T ) => void,
		successText: string
	) => {
		setSaving( true );
		setMessage( null );
		work()
			.then( ( saved ) => {
				onSaved( saved );
				setMessage( { status: 'success', text: successText } );
			} )
			.catch( ( error: unknown ) =>
				setMessage( { status: 'error', text: errorMessage( error ) } )
			)
			.finally( () => setSaving( false ) );
	};

	return { saving, message, setMessage, save };
}
