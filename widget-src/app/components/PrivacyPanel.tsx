import { useState, type FormEvent } from 'react';
import type { PrivacySettings } from '../hooks/usePrivacySettings';
import type { Translate } from '../i18n';

export interface PrivacyPanelProps {
	privacy: PrivacySettings;
	t: Translate;
	/** `consent`: the gate before the chat; `settings`: changes later. */
	mode: 'consent' | 'settings';
	onDone?: () => void;
}

/**
 * The consent form (when the shop requires it) and the privacy settings: how many days
 * to keep the conversation (whole days within the shop's range), an optional e-mail for
 * data requests, and "delete my conversation".
 *
 * @param props The privacy state, translate, mode and a callback when done.
 */
export function PrivacyPanel( props: PrivacyPanelProps ) {
	const { privacy, t, mode, onDone } = props;
	const { range } = privacy;
	const [ days, setDays ] = useState( String( privacy.retentionDays ) );
	const [ email, setEmail ] = useState( privacy.email );
	const [ invalid, setInvalid ] = useState( false );
	const [ saved, setSaved ] = useState( false );
	const limits = { min: range.minDays, max: range.maxDays };

	const onSubmit = ( event: FormEvent ) => {
		event.preventDefault();
		const ok =
			mode === 'consent'
				? privacy.giveConsent( days, email )
				: privacy.updateChoices( days, email );
		setInvalid( ! ok );
		setSaved( ok && mode === 'settings' );
		if ( ok && mode === 'consent' ) {
			onDone?.();
		}
	};

	return (
		<section className="oo-privacy" aria-labelledby="oo-privacy-title">
			<h2 id="oo-privacy-title" className="oo-privacy-title">
				{ mode === 'consent' ? t( 'consentTitle' ) : t( 'privacy' ) }
			</h2>
			{ mode === 'consent' && <p>{ t( 'consentText' ) }</p> }
			<form onSubmit={ onSubmit } noValidate>
				<label htmlFor="oo-days">{ t( 'keepFor' ) }</label>
				<input
					id="oo-days"
					className="oo-field"
					inputMode="numeric"
					value={ days }
					aria-invalid={ invalid || undefined }
					aria-describedby="oo-days-hint"
					onChange={ ( event ) => {
						setDays( event.target.value );
						setSaved( false );
					} }
				/>
				<p
					id="oo-days-hint"
					className={ invalid ? 'oo-invalid' : 'oo-hint' }
					role={ invalid ? 'alert' : undefined }
				>
					{ invalid
						? t( 'retentionInvalid', limits )
						: t( 'retentionHint', limits ) }
				</p>
				<label htmlFor="oo-email">{ t( 'emailLabel' ) }</label>
				<input
					id="oo-email"
					className="oo-field"
					type="email"
					autoComplete="email"
					value={ email }
					onChange={ ( event ) => setEmail( event.target.value ) }
				/>
				<div className="oo-privacy-actions">
					<button
						type="submit"
						className="oo-send"
						disabled={ privacy.saving }
					>
						{ mode === 'consent' ? t( 'accept' ) : t( 'save' ) }
					</button>
					{ mode === 'settings' && onDone && (
						<button
							type="button"
							className="oo-button"
							onClick={ onDone }
						>
							{ t( 'back' ) }
						</button>
					) }
				</div>
				{ saved && ! privacy.saving && ! privacy.error && (
					<p role="status">{ t( 'saved' ) }</p>
				) }
			</form>
			{ mode === 'settings' && (
				<button
					type="button"
					className="oo-button oo-danger"
					onClick={ privacy.deleteConversation }
					disabled={ privacy.saving }
				>
					{ t( 'deleteConversation' ) }
				</button>
			) }
		</section>
	);
}
