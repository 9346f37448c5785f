import { useId, useState, type FormEvent } from 'react';
import { DataTable, type Column } from '../../components/DataTable';
import { ErrorAlert } from '../../components/ErrorAlert';
import { SelectField } from '../../components/SelectField';
import { useApi } from '../../hooks/useApi';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import {
	createChannel,
	deleteChannel,
	testChannel,
	type AlertChannel,
} from './alertsApi';
import { PendingButton } from '../../components/PendingButton';

interface ChannelActionsProps {
	channel: AlertChannel;
	onChanged: () => void;
}

/**
 * "Send test" and "Remove" for one channel; the outcome is announced politely and the
 * delivery log (below) shows how the test went.
 *
 * @param props Action props.
 */
function ChannelActions( props: ChannelActionsProps ) {
	const { channel, onChanged } = props;
	const api = useApi();
	const test = useAsyncAction( () => testChannel( api, channel.id ) );
	const remove = useAsyncAction( () => deleteChannel( api, channel.id ) );
	const [ status, setStatus ] = useState( '' );

	const handleTest = async () => {
		if ( test.pending ) {
			return;
		}
		const result = await test.run();
		if ( result.ok ) {
			setStatus( 'Test queued: see the delivery log.' );
			onChanged();
		}
	};
	const handleRemove = async () => {
		if ( ( await remove.run() ).ok ) {
			onChanged();
		}
	};

	return (
		<div className="toolbar">
			<PendingButton
				onClick={ handleTest }
				aria-label={ `Send test to ${ channel.name }` }
				pending={ test.pending }
				variant="secondary"
				size="small"
				pendingLabel="Sending…"
			>
				Send test
			</PendingButton>
			<button
				type="button"
				className="button button-link button-small"
				onClick={ handleRemove }
				aria-label={ `Remove ${ channel.name }` }
			>
				Remove
			</button>
			<span className="status-message" role="status">
				{ status }
			</span>
			{ ( test.error || remove.error ) && (
				<ErrorAlert>
					{ ( test.error ?? remove.error )!.message }
				</ErrorAlert>
			) }
		</div>
	);
}

/**
 * Adds an e-mail or webhook channel. A webhook's signing secret is shown once, here.
 *
 * @param props           Form props.
 * @param props.onCreated Called after the channel is saved.
 */
function NewChannelForm( props: { onCreated: () => void } ) {
	const api = useApi();
	const id = useId();
	const [ kind, setKind ] = useState< 'email' | 'webhook' >( 'email' );
	const [ name, setName ] = useState( '' );
	const [ target, setTarget ] = useState( '' );
	const [ slack, setSlack ] = useState( false );
	const [ secret, setSecret ] = useState< string | null >( null );
	const create = useAsyncAction( () =>
		createChannel(
			api,
			kind === 'email'
				? { kind, name, target }
				: { kind, name, target, format: slack ? 'slack' : 'json' }
		)
	);
	const handleSubmit = async ( event: FormEvent ) => {
		event.preventDefault();
		const result = await create.run();
		if ( result.ok ) {
			setSecret( result.value.secret );
			setName( '' );
			setTarget( '' );
			props.onCreated();
		}
	};
	const targetError = create.error?.fieldErrors.target;
	return (
		<form className="form" onSubmit={ handleSubmit } aria-labelledby={ id }>
			<h3 id={ id }>Add a channel</h3>
			<div className="form-inline-row">
				<SelectField
					label="Kind"
					value={ kind }
					onChange={ ( event ) =>
						setKind( event.target.value as 'email' | 'webhook' )
					}
				>
					<option value="email">E-mail</option>
					<option value="webhook">Signed webhook</option>
				</SelectField>
				<div className="field">
					<label htmlFor={ `${ id }-name` }>Channel name</label>
					<input
						id={ `${ id }-name` }
						required
						maxLength={ 120 }
						value={ name }
						onChange={ ( event ) => setName( event.target.value ) }
					/>
				</div>
				<div className="field">
					<label htmlFor={ `${ id }-target` }>
						{ kind === 'email'
							? 'E-mail addresses (comma-separated)'
							: 'Webhook URL' }
					</label>
					<input
						id={ `${ id }-target` }
						required
						type={ kind === 'email' ? 'text' : 'url' }
						value={ target }
						aria-invalid={ targetError ? true : undefined }
						aria-describedby={
							targetError ? `${ id }-target-error` : undefined
						}
						onChange={ ( event ) =>
							setTarget( event.target.value )
						}
					/>
					{ targetError && (
						<p
							className="field-error"
							id={ `${ id }-target-error` }
						>
							{ targetError }
						</p>
					) }
				</div>
				{ kind === 'webhook' && (
					<div className="field">
						<label htmlFor={ `${ id }-slack` }>
							<input
								id={ `${ id }-slack` }
								type="checkbox"
								checked={ slack }
								onChange={ ( event ) =>
									setSlack( event.target.checked )
								}
							/>{ ' ' }
							Slack-compatible payload
						</label>
					</div>
				) }
				<PendingButton
					pending={ create.pending }
					size="small"
					pendingLabel="Adding…"
				>
					Add channel
				</PendingButton>
			</div>
			{ create.error && ! targetError && (
				<ErrorAlert>
					Could not add the channel: { create.error.message }
				</ErrorAlert>
			) }
			{ secret && (
				<div className="notice" role="status">
					<p>
						Signing secret (shown once; verify{ ' ' }
						<code>X-OmniOps-Signature</code> with it):{ ' ' }
						<code className="webhook-secret">{ secret }</code>
					</p>
				</div>
			) }
		</form>
	);
}

export interface ChannelsPanelProps {
	channels: AlertChannel[];
	canManage: boolean;
	onChanged: () => void;
}

/**
 * Where alerts and reports go: the channels, each with a test button, and a form to add one.
 *
 * @param props Panel props.
 */
export function ChannelsPanel( props: ChannelsPanelProps ) {
	const { channels, canManage, onChanged } = props;
	const columns: Array< Column< AlertChannel > > = [
		{ header: 'Name', render: ( channel ) => channel.name },
		{
			header: 'Kind',
			render: ( channel ) =>
				channel.kind === 'email'
					? 'E-mail'
					: `Webhook${ channel.format === 'slack' ? ' (Slack)' : '' }`,
		},
		{
			header: 'Target',
			render: ( channel ) => <code>{ channel.target }</code>,
			className: 'break',
		},
	];
	if ( canManage ) {
		columns.push( {
			header: 'Actions',
			render: ( channel ) => (
				<ChannelActions channel={ channel } onChanged={ onChanged } />
			),
		} );
	}
	return (
		<>
			{ channels.length === 0 ? (
				<p className="empty">
					No channels yet: alerts are recorded but not sent.
				</p>
			) : (
				<DataTable
					label="Channels"
					columns={ columns }
					rows={ channels }
					rowKey={ ( channel ) => channel.id }
				/>
			) }
			{ canManage && <NewChannelForm onCreated={ onChanged } /> }
		</>
	);
}
