import {
	useCallback,
	useEffect,
	useRef,
	useState,
	type RefObject,
} from 'react';
import type { ApiError, FieldErrors } from '../api';

export interface UseFormErrorsResult {
	/** Field name -> message, for the fields of this form. */
	errors: FieldErrors;
	/** Attach to the `<form>`; used to focus the first invalid field. */
	formRef: RefObject< HTMLFormElement >;
	/** Shows `errors` (replacing the previous ones) and focuses the first invalid field. */
	show: ( errors: FieldErrors ) => void;
	/**
	 * Shows a `validation_failed` error's messages next to this form's fields. Returns
	 * true when every message found a field, i.e. nothing is left for a form-level alert.
	 */
	showApiError: ( error: ApiError ) => boolean;
	/** Forgets one field's error, e.g. when the user edits it. */
	clear: ( field: string ) => void;
}

/**
 * Field-level error state for a form, fed by client-side checks and by the server's
 * `validation_failed` details.
 *
 * @param fields The names of the form's fields, as the API spells them.
 */
export function useFormErrors(
	fields: readonly string[]
): UseFormErrorsResult {
	const formRef = useRef< HTMLFormElement >( null );
	const fieldsRef = useRef( fields );
	const [ errors, setErrors ] = useState< FieldErrors >( {} );
	const [ focusRequest, setFocusRequest ] = useState( 0 );

	useEffect( () => {
		fieldsRef.current = fields;
	} );

	useEffect( () => {
		if ( focusRequest > 0 ) {
			formRef.current
				?.querySelector< HTMLElement >( '[aria-invalid="true"]' )
				?.focus();
		}
	}, [ focusRequest ] );

	const show = useCallback( ( next: FieldErrors ) => {
		setErrors( next );
		if ( Object.keys( next ).length > 0 ) {
			setFocusRequest( ( n ) => n + 1 );
		}
	}, [] );

	const showApiError = useCallback(
		( error: ApiError ) => {
			const all = error.fieldErrors;
			const known = Object.fromEntries(
				Object.entries( all ).filter( ( [ field ] ) =>
					fieldsRef.current.includes( field )
				)
			);
			show( known );
			const count = Object.keys( known ).length;
			return count > 0 && count === Object.keys( all ).length;
		},
		[ show ]
	);

	const clear = useCallback( ( field: string ) => {
		setErrors( ( previous ) => {
			if ( ! ( field in previous ) ) {
				return previous;
			}
			const { [ field ]: _removed, ...rest } = previous;
			return rest;
		} );
	}, [] );

	return { errors, formRef, show, showApiError, clear };
}
