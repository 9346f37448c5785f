import { useState, type FormEvent } from 'react';
import { DataTable } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import { useFormErrors } from '../../hooks/useFormErrors';
import type { FieldErrors } from '../../api';
import { aiProviderApi, type ModelPrice } from './aiProviderApi';
import { PendingButton } from '../../components/PendingButton';
import { ValidatedForm } from '../../components/ValidatedForm';

const FIELDS = [ 'model', 'inputUsdPerMtok', 'outputUsdPerMtok' ] as const;

export interface PriceTableProps {
	/** The organization's model: flagged when it has no price (its usage would cost $0). */
	currentModel?: string;
}

/**
 * The platform's LLM price table (USD per million input / output tokens, by model), shown
 * with the AI provider because that is where a model is chosen. It is shared by every
 * organization; usage cost is computed from it when an answer is recorded.
 *
 * @param props Table props.
 */
export function PriceTable( props: PriceTableProps ) {
	const { currentModel } = props;
	const api = useApi();
	const prices = useApiResource( 'llm-prices', ( client, signal ) =>
		aiProviderApi.prices( client, signal )
	);
	const save = useAsyncAction( ( price: ModelPrice ) =>
		aiProviderApi.savePrice( api, price )
	);
	const form = useFormErrors( FIELDS );
	const [ model, setModel ] = useState( '' );
	const [ input, setInput ] = useState( '' );
	const [ output, setOutput ] = useState( '' );
	const [ status, setStatus ] = useState( '' );

	const unpriced =
		currentModel &&
		prices.data &&
		! prices.data.some( ( price ) => price.model === currentModel );

	const edit = ( price: ModelPrice ) => {
		setModel( price.model );
		setInput( String( price.inputUsdPerMtok ) );
		setOutput( String( price.outputUsdPerMtok ) );
		setStatus( '' );
		form.show( {} );
	};

	const handleSubmit = async ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		if ( save.pending ) {
			return;
		}
		const errors: FieldErrors = {};
		const amount = ( text: string, field: string ) => {
			const value = Number( text );
			if (
				text.trim() === '' ||
				! Number.isFinite( value ) ||
				value < 0
			) {
				errors[ field ] = 'Enter a price in US dollars (0 or more).';
			}
			return value;
		};
		if ( ! model.trim() ) {
			errors.model =
				'Enter the model name exactly as the provider spells it.';
		}
		const price = {
			model: model.trim(),
			inputUsdPerMtok: amount( input, 'inputUsdPerMtok' ),
			outputUsdPerMtok: amount( output, 'outputUsdPerMtok' ),
		};
		if ( Object.keys( errors ).length > 0 ) {
			form.show( errors );
			return;
		}
		form.show( {} );
		const result = await save.run( price );
		if ( result.ok ) {
			setStatus( `Price of ${ price.model } saved.` );
			setModel( '' );
			setInput( '' );
			setOutput( '' );
			prices.retry();
		} else if ( form.showApiError( result.error ) ) {
			save.reset();
		}
	};

	let table;
	if ( prices.error ) {
		table = (
			<ErrorAlert onRetry={ prices.retry }>
				Could not load the price table: { prices.error.message }
			</ErrorAlert>
		);
	} else if ( ! prices.data ) {
		table = <LoadingState label="Loading prices…" />;
	} else if ( prices.data.length === 0 ) {
		table = <p className="empty">No model has a price yet.</p>;
	} else {
		table = (
			<DataTable
				label="Model prices"
				rowKey={ ( row ) => row.model }
				rows={ prices.data }
				columns={ [
					{ header: 'Model', render: ( row ) => row.model },
					{
						header: 'Input (USD / million tokens)',
						render: ( row ) => row.inputUsdPerMtok,
					},
					{
						header: 'Output (USD / million tokens)',
						render: ( row ) => row.outputUsdPerMtok,
					},
					{
						header: 'Actions',
						render: ( row ) => (
							<button
								type="button"
								className="button button-secondary button-small"
								aria-label={ `Edit the price of ${ row.model }` }
								onClick={ () => edit( row ) }
							>
								Edit
							</button>
						),
					},
				] }
			/>
		);
	}

	return (
		<section aria-labelledby="ai-prices-heading">
			<h3 id="ai-prices-heading">Model prices</h3>
			<p className="section-description">
				Shared by all organizations. Usage of a model without a price
				costs $0 and never reaches a budget.
			</p>
			{ unpriced && (
				<p className="notice">
					{ currentModel } has no price yet: its usage is counted at
					$0.
				</p>
			) }
			{ table }
			{ save.error && (
				<ErrorAlert>
					Could not save the price: { save.error.message }
				</ErrorAlert>
			) }
			<ValidatedForm
				form={ form }
				onSubmit={ handleSubmit }
				aria-label="Set a model's price"
			>
				<TextField
					label="Model name"
					value={ model }
					autoComplete="off"
					error={ form.errors.model }
					onChange={ ( event ) => {
						setModel( event.target.value );
						form.clear( 'model' );
					} }
				/>
				<TextField
					label="Input price (USD per million tokens)"
					type="number"
					min={ 0 }
					step="0.001"
					inputMode="decimal"
					value={ input }
					error={ form.errors.inputUsdPerMtok }
					onChange={ ( event ) => {
						setInput( event.target.value );
						form.clear( 'inputUsdPerMtok' );
					} }
				/>
				<TextField
					label="Output price (USD per million tokens)"
					type="number"
					min={ 0 }
					step="0.001"
					inputMode="decimal"
					value={ output }
					error={ form.errors.outputUsdPerMtok }
					onChange={ ( event ) => {
						setOutput( event.target.value );
						form.clear( 'outputUsdPerMtok' );
					} }
				/>
				<div>
					<PendingButton
						pending={ save.pending }
						variant="secondary"
						pendingLabel="Saving price…"
					>
						Save price
					</PendingButton>
				</div>
				<p role="status" className="status-message">
					{ status }
				</p>
			</ValidatedForm>
		</section>
	);
}
