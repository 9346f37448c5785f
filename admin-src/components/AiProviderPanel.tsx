/**
 * wp-admin "AI provider": which language model answers this shop's shoppers (any
 * OpenAI-compatible endpoint or Anthropic), the write-only API key, the monthly budget, a
 * connection test and this month's usage. These are the settings of the shop's OmniOps
 * organization, the same ones the platform owner sees in the dashboard.
 */
import {
	Button,
	CheckboxControl,
	Notice,
	SelectControl,
	Spinner,
	TextControl,
} from '@wordpress/components';
import { useEffect, useState } from '@wordpress/element';
import { __, sprintf } from '@wordpress/i18n';

import { errorMessage } from '../api';
import {
	loadAiProvider,
	saveAiProvider,
	testAiProvider,
	type AiProviderInput,
	type AiProviderSettings,
	type AiUsage,
	type ConnectionTest,
} from '../aiProviderApi';
import { StatusNotice, type StatusMessage } from './Notices';

type KeyMode = 'keep' | 'replace' | 'remove';

export function AiProviderPanel() {
	const [ settings, setSettings ] = useState< AiProviderSettings | null >(
		null
	);
	const [ usage, setUsage ] = useState< AiUsage | null >( null );
	const [ loaded, setLoaded ] = useState( false );
	const [ provider, setProvider ] =
		useState< AiProviderSettings[ 'provider' ] >( 'openai-compatible' );
	const [ baseUrl, setBaseUrl ] = useState( 'https://api.openai.com/v1' );
	const [ model, setModel ] = useState( '' );
	const [ enabled, setEnabled ] = useState( true );
	const [ budget, setBudget ] = useState( '' );
	const [ keyMode, setKeyMode ] = useState< KeyMode >( 'replace' );
	const [ newKey, setNewKey ] = useState( '' );
	const [ notice, setNotice ] = useState< StatusMessage | null >( null );
	const [ busy, setBusy ] = useState< 'save' | 'test' | null >( null );
	const [ test, setTest ] = useState< ConnectionTest | null >( null );

	const show = ( saved: AiProviderSettings | null ) => {
		setSettings( saved );
		if ( saved ) {
			setProvider( saved.provider );
			setBaseUrl( saved.baseUrl ?? '' );
			setModel( saved.model );
			setEnabled( saved.enabled );
			setBudget(
				saved.monthlyBudgetUsd === null
					? ''
					: String( saved.monthlyBudgetUsd )
			);
		}
		setKeyMode( saved?.hasApiKey ? 'keep' : 'replace' );
		setNewKey( '' );
	};

	useEffect( () => {
		let alive = true;
		loadAiProvider()
			.then( ( answer ) => {
				if ( alive ) {
					show( answer.settings );
					setUsage( answer.usage );
				}
			} )
			.catch( ( error: unknown ) => {
				if ( alive ) {
					setNotice( {
						status: 'error',
						text: errorMessage( error ),
					} );
				}
			} )
			.finally( () => alive && setLoaded( true ) );
		return () => {
			alive = false;
		};
	}, [] );

	const onSave = async () => {
		const input: AiProviderInput = {
			provider,
			baseUrl: baseUrl.trim() || null,
			model: model.trim(),
			enabled,
			monthlyBudgetUsd: budget.trim() === '' ? null : Number( budget ),
			timeoutMs: settings?.timeoutMs ?? 15000,
		};
		if ( keyMode === 'remove' ) {
			input.apiKey = null;
		} else if ( keyMode === 'replace' && newKey.trim() ) {
			input.apiKey = newKey.trim();
		}
		setBusy( 'save' );
		setNotice( null );
		try {
			show( await saveAiProvider( input ) );
			setNotice( {
				status: 'success',
				text: __( 'AI provider saved.', 'omniops' ),
			} );
		} catch ( error ) {
			setNotice( { status: 'error', text: errorMessage( error ) } );
		} finally {
			setBusy( null );
		}
	};

	const onTest = async () => {
		setBusy( 'test' );
		setTest( null );
		try {
			setTest( await testAiProvider() );
		} catch ( error ) {
			setNotice( { status: 'error', text: errorMessage( error ) } );
		} finally {
			setBusy( null );
		}
	};

	const budgetLeft =
		settings?.monthlyBudgetUsd !== null &&
		settings?.monthlyBudgetUsd !== undefined &&
		usage
			? Math.max( 0, settings.monthlyBudgetUsd - usage.spentUsd )
			: null;

	return (
		<section
			aria-labelledby="omniops-ai-heading"
			style={ { marginTop: 24 } }
		>
			<h3 id="omniops-ai-heading">{ __( 'AI provider', 'omniops' ) }</h3>
			<p>
				{ __(
					'Without one, or when it fails or the budget is spent, the built-in responder answers from your shop data.',
					'omniops'
				) }
			</p>
			{ ! loaded && <Spinner /> }
			<StatusNotice
				message={ notice }
				onDismiss={ () => setNotice( null ) }
			/>
			{ loaded && (
				<>
					<CheckboxControl
						__nextHasNoMarginBottom
						label={ __(
							'Answer shoppers with this AI provider',
							'omniops'
						) }
						checked={ enabled }
						onChange={ setEnabled }
					/>
					<SelectControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Provider', 'omniops' ) }
						value={ provider }
						options={ [
							{
								value: 'openai-compatible',
								label: __(
									'OpenAI-compatible (OpenAI, Ollama, vLLM, LM Studio)',
									'omniops'
								),
							},
							{ value: 'anthropic', label: 'Anthropic' },
						] }
						onChange={ ( value ) =>
							setProvider(
								value as AiProviderSettings[ 'provider' ]
							)
						}
					/>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Base URL', 'omniops' ) }
						type="url"
						value={ baseUrl }
						help={
							provider === 'anthropic'
								? __(
										'Leave empty for https://api.anthropic.com/v1.',
										'omniops'
									)
								: __(
										'The address that ends in /v1, for example https://api.openai.com/v1.',
										'omniops'
									)
						}
						onChange={ setBaseUrl }
					/>
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Model', 'omniops' ) }
						value={ model }
						onChange={ setModel }
					/>
					{ keyMode === 'keep' && (
						<p>
							{ __( 'An API key is set.', 'omniops' ) }{ ' ' }
							<Button
								variant="secondary"
								onClick={ () => setKeyMode( 'replace' ) }
							>
								{ __( 'Replace key', 'omniops' ) }
							</Button>{ ' ' }
							<Button
								variant="tertiary"
								isDestructive
								onClick={ () => setKeyMode( 'remove' ) }
							>
								{ __( 'Remove key', 'omniops' ) }
							</Button>
						</p>
					) }
					{ keyMode === 'remove' && (
						<p>
							{ __(
								'The key will be removed when you save.',
								'omniops'
							) }{ ' ' }
							<Button
								variant="tertiary"
								onClick={ () => setKeyMode( 'keep' ) }
							>
								{ __( 'Keep the key', 'omniops' ) }
							</Button>
						</p>
					) }
					{ keyMode === 'replace' && (
						<TextControl
							__next40pxDefaultSize
							__nextHasNoMarginBottom
							label={
								settings?.hasApiKey
									? __( 'New API key', 'omniops' )
									: __( 'API key', 'omniops' )
							}
							type="password"
							autoComplete="off"
							value={ newKey }
							help={ __(
								'Stored encrypted and never shown again.',
								'omniops'
							) }
							onChange={ setNewKey }
						/>
					) }
					<TextControl
						__next40pxDefaultSize
						__nextHasNoMarginBottom
						label={ __( 'Monthly budget (USD)', 'omniops' ) }
						type="number"
						min={ 0 }
						step={ 0.01 }
						value={ budget }
						help={ __( 'Empty: no limit.', 'omniops' ) }
						onChange={ setBudget }
					/>
					<div style={ { display: 'flex', gap: 8, marginTop: 12 } }>
						<Button
							__next40pxDefaultSize
							variant="primary"
							onClick={ onSave }
							isBusy={ busy === 'save' }
							disabled={ busy !== null }
							accessibleWhenDisabled
						>
							{ __( 'Save AI provider', 'omniops' ) }
						</Button>
						<Button
							__next40pxDefaultSize
							variant="secondary"
							onClick={ onTest }
							isBusy={ busy === 'test' }
							disabled={ busy !== null || ! settings }
							accessibleWhenDisabled
						>
							{ __( 'Test connection', 'omniops' ) }
						</Button>
					</div>
					<div role="status" aria-live="polite">
						{ test?.ok &&
							sprintf(
								/* translators: 1: model name, 2: milliseconds */
								__(
									'Connection works: %1$s answered in %2$d ms.',
									'omniops'
								),
								test.model,
								test.latencyMs
							) }
					</div>
					{ test && ! test.ok && (
						<Notice status="error" isDismissible={ false }>
							{ sprintf(
								/* translators: %s: the provider's error */
								__( 'Connection failed: %s', 'omniops' ),
								test.error
							) }
						</Notice>
					) }
					{ usage && (
						<p>
							{ sprintf(
								/* translators: 1: input tokens, 2: output tokens, 3: cost in USD */
								__(
									'This month: %1$d input and %2$d output tokens, $%3$s.',
									'omniops'
								),
								usage.inputTokens,
								usage.outputTokens,
								usage.spentUsd.toFixed( 4 )
							) }{ ' ' }
							{ budgetLeft !== null &&
								sprintf(
									/* translators: %s: remaining budget in USD */
									__( 'Budget left: $%s.', 'omniops' ),
									budgetLeft.toFixed( 2 )
								) }
						</p>
					) }
				</>
			) }
		</section>
	);
}

/**
 * What users who may not change the AI provider (shop managers: the routes need
 * `manage_options`) see instead of the panel: no form whose every call would be refused.
 */
export function AiProviderNotice() {
	return (
		<section
			aria-labelledby="omniops-ai-heading"
			style={ { marginTop: 24 } }
		>
			<h3 id="omniops-ai-heading">{ __( 'AI provider', 'omniops' ) }</h3>
			<Notice status="info" isDismissible={ false }>
				{ __(
					'Only a site administrator can choose the AI provider, its API key and budget. Ask an administrator to change them.',
					'omniops'
				) }
			</Notice>
		</section>
	);
}
