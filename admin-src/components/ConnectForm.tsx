import { Button, TextControl } from '@wordpress/components';
import { useState } from '@wordpress/element';
import { __ } from '@wordpress/i18n';
import type { FormEvent } from 'react';

interface ConnectFormProps {
	initialSidecarUrl: string;
	busy: boolean;
	onConnect: ( sidecarUrl: string, token: string ) => void;
	onInvalid: ( message: string ) => void;
}

/**
 * Sidecar URL + one-time connect token. The server validates both; this form only
 * refuses to send empty fields.
 * @param props
 * @param props.initialSidecarUrl
 * @param props.busy
 * @param props.onConnect
 * @param props.onInvalid
 */
export function ConnectForm( {
	initialSidecarUrl,
	busy,
	onConnect,
	onInvalid,
}: ConnectFormProps ) {
	const [ sidecarUrl, setSidecarUrl ] = useState( initialSidecarUrl );
	const [ token, setToken ] = useState( '' );

	const submit = ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( busy ) {
			return;
		}
		if ( sidecarUrl.trim() === '' || token.trim() === '' ) {
			onInvalid(
				__(
					'Enter both the Sidecar URL and the connect token.',
					'omniops'
				)
			);
			return;
		}
		onConnect( sidecarUrl.trim(), token.trim() );
	};

	return (
		<form
			className="omniops-connect-form"
			onSubmit={ submit }
			noValidate
			style={ {
				display: 'flex',
				flexDirection: 'column',
				gap: 16,
			} }
		>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Sidecar URL', 'omniops' ) }
				help={ __(
					'Address of your OmniOps service, e.g. https://chat.example.com.',
					'omniops'
				) }
				type="url"
				value={ sidecarUrl }
				onChange={ setSidecarUrl }
				placeholder="https://chat.example.com"
				autoComplete="url"
				disabled={ busy }
			/>
			<TextControl
				__next40pxDefaultSize
				__nextHasNoMarginBottom
				label={ __( 'Connect token', 'omniops' ) }
				help={ __(
					'Create a one-time token (oct_…) for this shop in the OmniOps dashboard. It works once and expires after 24 hours.',
					'omniops'
				) }
				value={ token }
				onChange={ setToken }
				autoComplete="off"
				spellCheck={ false }
				disabled={ busy }
			/>
			<div>
				<Button
					__next40pxDefaultSize
					variant="primary"
					type="submit"
					isBusy={ busy }
					disabled={ busy }
					accessibleWhenDisabled
				>
					{ __( 'Connect', 'omniops' ) }
				</Button>
			</div>
		</form>
	);
}
