import { useId, useState, type FormEvent } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import {
	METRIC_LABELS,
	createRule,
	deleteRule,
	formatThreshold,
	isRate,
	updateRule,
	type AlertMetric,
	type AlertRule,
} from './alertsApi';
import { PendingButton } from '../../components/PendingButton';
import { TextField } from '../../components/TextField';

/** The threshold as typed: percent for rates, per hour for rejections. */
const toInput = ( rule: Pick< AlertRule, 'metric' | 'threshold' > ) =>
	String(
		isRate( rule.metric )
			? Math.round( rule.threshold * 100_000 ) / 1000
			: rule.threshold
	);
const fromInput = ( metric: AlertMetric, value: string ) =>
	isRate( metric ) ? Number( value ) / 100 : Number( value );

/**
 * A rule's threshold and window as typed, and as the API takes them.
 *
 * @param initialThreshold     The threshold as first shown (see toInput).
 * @param initialWindowMinutes The window in minutes as first shown.
 */
function useRuleLimits(
	initialThreshold: string,
	initialWindowMinutes: string
) {
	const [ threshold, setThreshold ] = useState( initialThreshold );
	const [ windowMinutes, setWindowMinutes ] =
		useState( initialWindowMinutes );
	return {
		threshold,
		setThreshold,
		windowMinutes,
		setWindowMinutes,
		parsed: ( metric: AlertMetric ) => ( {
			threshold: fromInput( metric, threshold ),
			windowMinutes: Number( windowMinutes ),
		} ),
	};
}

type RuleLimits = ReturnType< typeof useRuleLimits >;

/**
 * A rule's threshold (in the metric's unit) and window, as typed; shared by the rule rows
 * and the new-rule form.
 *
 * @param props        Field props.
 * @param props.metric The rule's metric (its unit).
 * @param props.limits The values as typed (useRuleLimits).
 */
function RuleLimitFields( props: { metric: AlertMetric; limits: RuleLimits } ) {
	const { metric, limits } = props;
	return (
		<>
			<TextField
				label={ `Threshold (${ isRate( metric ) ? '%' : 'per hour' })` }
				type="number"
				min="0"
				step="any"
				required
				value={ limits.threshold }
				onChange={ ( event ) =>
					limits.setThreshold( event.target.value )
				}
			/>
			<TextField
				label="Window (minutes)"
				type="number"
				min="5"
				max="1440"
				required
				value={ limits.windowMinutes }
				onChange={ ( event ) =>
					limits.setWindowMinutes( event.target.value )
				}
			/>
		</>
	);
}

interface RuleRowProps {
	rule: AlertRule;
	canManage: boolean;
	onChanged: () => void;
}

/**
 * One rule as an editable row: threshold, window and enabled, saved together.
 *
 * @param props Row props.
 */
function RuleRow( props: RuleRowProps ) {
	const { rule, canManage, onChanged } = props;
	const api = useApi();
	const id = useId();
	const limits = useRuleLimits(
		toInput( rule ),
		String( rule.windowMinutes )
	);
	const [ enabled, setEnabled ] = useState( rule.enabled );
	const save = useAsyncAction( () =>
		updateRule( api, rule.id, {
			...limits.parsed( rule.metric ),
			enabled,
		} )
	);
	const remove = useAsyncAction( () => deleteRule( api, rule.id ) );
	const label = `${ METRIC_LABELS[ rule.metric ] } (${
		rule.siteId ? `site ${ rule.siteId.slice( 0, 8 ) }` : 'platform-wide'
	})`;

	const handleSave = async ( event: FormEvent ) => {
		event.preventDefault();
		if ( ( await save.run() ).ok ) {
			onChanged();
		}
	};
	const handleDelete = async () => {
		if ( ( await remove.run() ).ok ) {
			onChanged();
		}
	};

	return (
		<li className="card">
			<form onSubmit={ handleSave } aria-labelledby={ `${ id }-name` }>
				<h3 id={ `${ id }-name` }>{ label }</h3>
				<p className="muted">
					Alerts above{ ' ' }
					{ formatThreshold( rule.metric, rule.threshold ) } over{ ' ' }
					{ rule.windowMinutes } minutes
					{ rule.enabled ? '' : ' (disabled)' }.
				</p>
				{ canManage && (
					<div className="form-inline-row">
						<RuleLimitFields
							metric={ rule.metric }
							limits={ limits }
						/>
						<div className="field">
							<label htmlFor={ `${ id }-enabled` }>
								<input
									id={ `${ id }-enabled` }
									type="checkbox"
									checked={ enabled }
									onChange={ ( event ) =>
										setEnabled( event.target.checked )
									}
								/>{ ' ' }
								Enabled
							</label>
						</div>
						<PendingButton
							pending={ save.pending }
							size="small"
							pendingLabel="Saving…"
						>
							Save rule
						</PendingButton>
						<PendingButton
							onClick={ handleDelete }
							pending={ remove.pending }
							variant="secondary"
							size="small"
						>
							Delete rule
						</PendingButton>
					</div>
				) }
				{ ( save.error || remove.error ) && (
					<ErrorAlert>
						Could not change the rule:{ ' ' }
						{ ( save.error ?? remove.error )!.message }
					</ErrorAlert>
				) }
			</form>
		</li>
	);
}

/**
 * A form adding a rule: metric, threshold, window, and optionally one site.
 *
 * @param props           Form props.
 * @param props.onCreated Called after the rule is saved.
 */
function NewRuleForm( props: { onCreated: () => void } ) {
	const api = useApi();
	const id = useId();
	const [ metric, setMetric ] = useState< AlertMetric >( 'error_rate' );
	const limits = useRuleLimits( '5', '60' );
	const [ siteId, setSiteId ] = useState( '' );
	const create = useAsyncAction( () =>
		createRule( api, {
			metric,
			...limits.parsed( metric ),
			siteId: siteId.trim() || null,
		} )
	);
	const handleSubmit = async ( event: FormEvent ) => {
		event.preventDefault();
		if ( ( await create.run() ).ok ) {
			setSiteId( '' );
			props.onCreated();
		}
	};
	return (
		<form className="form" onSubmit={ handleSubmit } aria-labelledby={ id }>
			<h3 id={ id }>Add a rule</h3>
			<div className="form-inline-row">
				<SelectField
					label="Metric"
					value={ metric }
					onChange={ ( event ) =>
						setMetric( event.target.value as AlertMetric )
					}
					options={ Object.entries( METRIC_LABELS ).map(
						( [ value, label ] ) => ( { value, label } )
					) }
				/>
				<RuleLimitFields metric={ metric } limits={ limits } />
				<div className="field">
					<label htmlFor={ `${ id }-site` }>
						Site id (empty: platform-wide)
					</label>
					<input
						id={ `${ id }-site` }
						value={ siteId }
						onChange={ ( event ) =>
							setSiteId( event.target.value )
						}
					/>
				</div>
				<PendingButton
					pending={ create.pending }
					size="small"
					pendingLabel="Adding…"
				>
					Add rule
				</PendingButton>
			</div>
			{ create.error && (
				<ErrorAlert>
					Could not add the rule: { create.error.message }
				</ErrorAlert>
			) }
		</form>
	);
}

export interface RulesEditorProps {
	rules: AlertRule[];
	canManage: boolean;
	onChanged: () => void;
}

/**
 * The alert rules with their editable thresholds, and a form for a new one.
 *
 * @param props Editor props.
 */
export function RulesEditor( props: RulesEditorProps ) {
	const { rules, canManage, onChanged } = props;
	return (
		<>
			<ul className="rule-list" aria-label="Alert rules">
				{ rules.map( ( rule ) => (
					<RuleRow
						// A saved change remounts the row with the stored values.
						key={ `${ rule.id }:${ rule.threshold }:${ rule.windowMinutes }:${ rule.enabled }` }
						rule={ rule }
						canManage={ canManage }
						onChanged={ onChanged }
					/>
				) ) }
			</ul>
			{ canManage && <NewRuleForm onCreated={ onChanged } /> }
		</>
	);
}
