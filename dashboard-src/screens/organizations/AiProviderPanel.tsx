import { Section } from '../../components/Section';
import { useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApiResource } from '../../hooks/useApiResource';
import { aiProviderApi, type MonthUsage } from './aiProviderApi';
import { PriceTable } from './PriceTable';
import { ConnectionTestButton, SettingsForm } from './AiProviderSettingsForm';

const usd = ( amount: number ) =>
	new Intl.NumberFormat( 'en-US', {
		style: 'currency',
		currency: 'USD',
		maximumFractionDigits: amount !== 0 && Math.abs( amount ) < 1 ? 4 : 2,
	} ).format( amount );

export interface AiProviderPanelProps {
	organizationId: string;
}

/**
 * The organization's AI provider: which LLM answers its shoppers (OpenAI-compatible or
 * Anthropic), the write-only API key, the monthly budget, a connection test, this month's
 * usage, and the model price table the cost is computed from.
 *
 * @param props Panel props.
 */
export function AiProviderPanel( props: AiProviderPanelProps ) {
	const { organizationId } = props;
	const settings = useApiResource(
		`llm-settings:${ organizationId }`,
		( api, signal ) => aiProviderApi.settings( api, organizationId, signal )
	);
	const usage = useApiResource(
		`llm-usage:${ organizationId }`,
		( api, signal ) => aiProviderApi.usage( api, organizationId, signal )
	);
	// A new form (fresh draft) each time saved settings arrive from the server.
	const [ formVersion, setFormVersion ] = useState( 0 );
	const [ savedMessage, setSavedMessage ] = useState( '' );

	let body;
	if ( settings.error ) {
		body = (
			<ErrorAlert onRetry={ settings.retry }>
				Could not load the AI provider settings:{ ' ' }
				{ settings.error.message }
			</ErrorAlert>
		);
	} else if ( settings.data === undefined ) {
		body = <LoadingState label="Loading AI provider settings…" />;
	} else {
		body = (
			<>
				<SettingsForm
					key={ formVersion }
					organizationId={ organizationId }
					settings={ settings.data }
					onSaved={ ( saved ) => {
						settings.setData( saved );
						setFormVersion( ( n ) => n + 1 );
						setSavedMessage( 'AI provider saved.' );
					} }
					onEdit={ () => setSavedMessage( '' ) }
				/>
				<p role="status" className="status-message">
					{ savedMessage }
				</p>
				<ConnectionTestButton
					organizationId={ organizationId }
					saved={ settings.data !== null }
				/>
			</>
		);
	}

	return (
		<Section id="ai-provider-heading" title="AI provider">
			<p className="section-description">
				Which language model answers this organization&apos;s shoppers.
				Without one, or when it fails or the budget is spent, the
				built-in responder answers from the shop&apos;s own data.
			</p>
			{ body }
			<UsageSummary
				usage={ usage.data }
				error={ usage.error?.message }
				onRetry={ usage.retry }
				budgetUsd={ settings.data?.monthlyBudgetUsd ?? null }
			/>
			<PriceTable currentModel={ settings.data?.model } />
		</Section>
	);
}

function UsageSummary( props: {
	usage: MonthUsage | undefined;
	error: string | undefined;
	onRetry: () => void;
	budgetUsd: number | null;
} ) {
	const { usage, error, onRetry, budgetUsd } = props;
	let body;
	if ( error ) {
		body = (
			<ErrorAlert onRetry={ onRetry }>
				Could not load this month&apos;s usage: { error }
			</ErrorAlert>
		);
	} else if ( ! usage ) {
		body = <LoadingState label="Loading usage…" />;
	} else {
		const sum = (
			pick: ( row: MonthUsage[ 'rows' ][ number ] ) => number
		) => usage.rows.reduce( ( total, row ) => total + pick( row ), 0 );
		const fallbacks = sum( ( row ) =>
			row.outcome === 'fallback' ? row.calls : 0
		);
		body = (
			<dl className="usage-summary">
				<dt>Input tokens</dt>
				<dd>
					{ sum( ( row ) => row.inputTokens ).toLocaleString(
						'en-US'
					) }
				</dd>
				<dt>Output tokens</dt>
				<dd>
					{ sum( ( row ) => row.outputTokens ).toLocaleString(
						'en-US'
					) }
				</dd>
				<dt>Cost</dt>
				<dd>{ usd( usage.spentUsd ) }</dd>
				<dt>Budget left</dt>
				<dd>
					{ budgetUsd === null
						? 'No budget set'
						: usd( Math.max( 0, budgetUsd - usage.spentUsd ) ) }
				</dd>
				<dt>Answers by the built-in responder instead</dt>
				<dd>{ fallbacks }</dd>
			</dl>
		);
	}
	return (
		<section aria-labelledby="ai-usage-heading">
			<h3 id="ai-usage-heading">Usage this month</h3>
			{ body }
		</section>
	);
}
