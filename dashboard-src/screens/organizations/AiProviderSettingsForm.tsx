/**
 * The AI provider settings form: provider, model, base URL, sealed API key and monthly
 * budget as a draft, saved as one input, with the connection test beside it.
 */
import { useState, type ChangeEvent, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useFormErrors } from '../../hooks/useFormErrors';
import type { FieldErrors } from '../../api';
import {
	aiProviderApi,
	type ConnectionTest,
	type LlmProvider,
	type LlmSettings,
	type LlmSettingsInput,
} from './aiProviderApi';
import { PendingButton } from '../../components/PendingButton';
import { ValidatedForm } from '../../components/ValidatedForm';

const FIELDS = [
	'provider',
	'baseUrl',
	'model',
	'apiKey',
	'monthlyBudgetUsd',
	'timeoutMs',
] as const;

const DEFAULT_BASE_URL = 'https://api.openai.com/v1';

/** What the form edits; numbers stay strings until submit so typing is not fought. */
interface Draft {
	provider: LlmProvider;
	baseUrl: string;
	model: string;
	enabled: boolean;
	budget: string;
	timeoutSeconds: string;
	/** The stored key is write-only: keep it, replace it, or remove it. */
	keyMode: 'keep' | 'replace' | 'remove';
	newKey: string;
}

/** The draft's fields edited as typed text. */
type TypedField = 'baseUrl' | 'model' | 'budget' | 'timeoutSeconds' | 'newKey';

function draftFrom( settings: LlmSettings | null ): Draft {
	return {
		provider: settings?.provider ?? 'openai-compatible',
		baseUrl: settings?.baseUrl ?? ( settings ? '' : DEFAULT_BASE_URL ),
		model: settings?.model ?? '',
		enabled: settings?.enabled ?? true,
		budget:
			settings?.monthlyBudgetUsd === null ||
			settings?.monthlyBudgetUsd === undefined
				? ''
				: String( settings.monthlyBudgetUsd ),
		timeoutSeconds: String( ( settings?.timeoutMs ?? 15000 ) / 1000 ),
		keyMode: settings?.hasApiKey ? 'keep' : 'replace',
		newKey: '',
	};
}

/**
 * The draft as the API wants it, or the field errors that stop it being sent.
 *
 * @param draft The form's values.
 */
function toInput(
	draft: Draft
): { input: LlmSettingsInput } | { errors: FieldErrors } {
	const errors: FieldErrors = {};
	const baseUrl = draft.baseUrl.trim();
	if ( draft.provider === 'openai-compatible' && ! baseUrl ) {
		errors.baseUrl =
			'An OpenAI-compatible provider needs its base URL, for example https://api.openai.com/v1.';
	} else if ( baseUrl && ! /^https?:\/\/\S+$/.test( baseUrl ) ) {
		errors.baseUrl = 'Enter a URL starting with http:// or https://.';
	}
	if ( ! draft.model.trim() ) {
		errors.model = 'Enter the model name, for example gpt-4o-mini.';
	}
	const budget = draft.budget.trim() === '' ? null : Number( draft.budget );
	if ( budget !== null && ( ! Number.isFinite( budget ) || budget < 0 ) ) {
		errors.monthlyBudgetUsd =
			'Enter an amount in US dollars (0 or more), or leave it empty for no limit.';
	}
	const seconds = Number( draft.timeoutSeconds );
	if ( ! Number.isInteger( seconds ) || seconds < 1 || seconds > 120 ) {
		errors.timeoutMs = 'Enter a whole number of seconds from 1 to 120.';
	}
	if ( draft.keyMode === 'replace' && draft.newKey.trim() === '' ) {
		if ( draft.provider === 'anthropic' ) {
			errors.apiKey = 'Anthropic needs an API key.';
		}
	}
	if ( Object.keys( errors ).length > 0 ) {
		return { errors };
	}
	const input: LlmSettingsInput = {
		provider: draft.provider,
		baseUrl: baseUrl || null,
		model: draft.model.trim(),
		enabled: draft.enabled,
		monthlyBudgetUsd: budget,
		timeoutMs: seconds * 1000,
	};
	if ( draft.keyMode === 'remove' ) {
		input.apiKey = null;
	} else if ( draft.keyMode === 'replace' && draft.newKey.trim() ) {
		input.apiKey = draft.newKey.trim();
	}
	return { input };
}

export interface SettingsFormProps {
	organizationId: string;
	settings: LlmSettings | null;
	onSaved: ( settings: LlmSettings ) => void;
	/** Called on any edit (clears the "saved" message). */
	onEdit: () => void;
}

export function SettingsForm( props: SettingsFormProps ) {
	const { organizationId, settings, onSaved, onEdit } = props;
	const api = useApi();
	const [ draft, setDraft ] = useState( () => draftFrom( settings ) );
	const form = useFormErrors( FIELDS );
	const save = useAsyncAction( ( input: LlmSettingsInput ) =>
		aiProviderApi.save( api, organizationId, input )
	);

	const change = < K extends keyof Draft >( field: K, value: Draft[ K ] ) => {
		setDraft( ( previous ) => ( { ...previous, [ field ]: value } ) );
		onEdit();
	};

	/**
	 * A text field's onChange: stores what was typed and clears the field's server error.
	 *
	 * @param field    The draft field.
	 * @param errorKey The error it shows (named as the API names the input).
	 */
	const typed =
		( field: TypedField, errorKey: ( typeof FIELDS )[ number ] ) =>
		( event: ChangeEvent< HTMLInputElement > ) => {
			change( field, event.target.value );
			form.clear( errorKey );
		};

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( save.pending ) {
			return;
		}
		const checked = toInput( draft );
		if ( 'errors' in checked ) {
			form.show( checked.errors );
			return;
		}
		form.show( {} );
		const result = await save.run( checked.input );
		if ( result.ok ) {
			onSaved( result.value );
		} else if ( form.showApiError( result.error ) ) {
			save.reset();
		}
	};

	const keyId = `ai-key-${ organizationId }`;
	return (
		<ValidatedForm
			form={ form }
			onSubmit={ handleSubmit }
			aria-labelledby="ai-provider-heading"
		>
			{ save.error && (
				<ErrorAlert>
					Could not save the AI provider: { save.error.message }
				</ErrorAlert>
			) }
			<div
				className="field"
				style={ { flexDirection: 'row', alignItems: 'center' } }
			>
				<input
					id={ `ai-enabled-${ organizationId }` }
					type="checkbox"
					checked={ draft.enabled }
					onChange={ ( event ) =>
						change( 'enabled', event.target.checked )
					}
				/>
				<label htmlFor={ `ai-enabled-${ organizationId }` }>
					Answer shoppers with this AI provider
				</label>
			</div>
			<SelectField
				label="Provider"
				value={ draft.provider }
				onChange={ ( event ) =>
					change( 'provider', event.target.value as LlmProvider )
				}
			>
				<option value="openai-compatible">
					OpenAI-compatible (OpenAI, Ollama, vLLM, LM Studio)
				</option>
				<option value="anthropic">Anthropic</option>
			</SelectField>
			<TextField
				label="Base URL"
				type="url"
				value={ draft.baseUrl }
				error={ form.errors.baseUrl }
				hint={
					draft.provider === 'anthropic'
						? 'Leave empty for https://api.anthropic.com/v1.'
						: 'The address that ends in /v1, for example https://api.openai.com/v1 or http://localhost:11434/v1 for Ollama.'
				}
				onChange={ typed( 'baseUrl', 'baseUrl' ) }
			/>
			<TextField
				label="Model"
				value={ draft.model }
				error={ form.errors.model }
				autoComplete="off"
				onChange={ typed( 'model', 'model' ) }
			/>
			<fieldset className="field">
				<legend>API key</legend>
				{ settings?.hasApiKey && draft.keyMode === 'keep' && (
					<p>
						<span id={ keyId }>A key is set.</span>{ ' ' }
						<button
							type="button"
							className="button button-secondary button-small"
							aria-describedby={ keyId }
							onClick={ () => change( 'keyMode', 'replace' ) }
						>
							Replace key
						</button>{ ' ' }
						<button
							type="button"
							className="button button-secondary button-small"
							aria-describedby={ keyId }
							onClick={ () => change( 'keyMode', 'remove' ) }
						>
							Remove key
						</button>
					</p>
				) }
				{ draft.keyMode === 'remove' && (
					<p>
						The key will be removed when you save.{ ' ' }
						<button
							type="button"
							className="button button-secondary button-small"
							onClick={ () => change( 'keyMode', 'keep' ) }
						>
							Keep the key
						</button>
					</p>
				) }
				{ draft.keyMode === 'replace' && (
					<>
						<TextField
							label={
								settings?.hasApiKey ? 'New API key' : 'API key'
							}
							type="password"
							autoComplete="off"
							value={ draft.newKey }
							error={ form.errors.apiKey }
							hint="Stored encrypted and never shown again. Local servers such as Ollama need none."
							onChange={ typed( 'newKey', 'apiKey' ) }
						/>
						{ settings?.hasApiKey && (
							<p>
								<button
									type="button"
									className="button button-secondary button-small"
									onClick={ () => {
										change( 'keyMode', 'keep' );
										change( 'newKey', '' );
									} }
								>
									Keep the current key
								</button>
							</p>
						) }
					</>
				) }
			</fieldset>
			<TextField
				label="Monthly budget (USD)"
				type="number"
				min={ 0 }
				step="0.01"
				inputMode="decimal"
				value={ draft.budget }
				error={ form.errors.monthlyBudgetUsd }
				hint="Once this month's cost reaches it, the built-in responder answers. Empty: no limit."
				onChange={ typed( 'budget', 'monthlyBudgetUsd' ) }
			/>
			<TextField
				label="Answer timeout (seconds)"
				type="number"
				min={ 1 }
				max={ 120 }
				step="1"
				value={ draft.timeoutSeconds }
				error={ form.errors.timeoutMs }
				onChange={ typed( 'timeoutSeconds', 'timeoutMs' ) }
			/>
			<div>
				<PendingButton pending={ save.pending } pendingLabel="Saving…">
					Save AI provider
				</PendingButton>
			</div>
		</ValidatedForm>
	);
}

export function ConnectionTestButton( props: {
	organizationId: string;
	saved: boolean;
} ) {
	const { organizationId, saved } = props;
	const api = useApi();
	const test = useAsyncAction( () =>
		aiProviderApi.test( api, organizationId )
	);
	const [ result, setResult ] = useState< ConnectionTest >();

	const handleTest = async () => {
		if ( test.pending || ! saved ) {
			return;
		}
		setResult( undefined );
		const outcome = await test.run();
		if ( outcome.ok ) {
			setResult( outcome.value );
		}
	};

	return (
		<div className="connection-test">
			<button
				type="button"
				className="button button-secondary"
				onClick={ handleTest }
				aria-disabled={ test.pending || ! saved || undefined }
				aria-describedby="ai-test-hint"
			>
				{ test.pending ? 'Testing connection…' : 'Test connection' }
			</button>
			<p id="ai-test-hint" className="field-hint">
				{ saved
					? 'Sends one short request to the saved provider.'
					: 'Save a provider first, then test it.' }
			</p>
			<p role="status" className="status-message">
				{ result?.ok &&
					`Connection works: ${ result.model } answered in ${ result.latencyMs } ms.` }
			</p>
			{ result && ! result.ok && (
				<ErrorAlert>Connection failed: { result.error }</ErrorAlert>
			) }
			{ test.error && (
				<ErrorAlert>
					Could not run the test: { test.error.message }
				</ErrorAlert>
			) }
		</div>
	);
}
