import { useState, type FormEvent } from 'react';
import { DataTable } from '../../components/DataTable';
import { FormattedDate } from '../../components/FormattedDate';
import { Page } from '../../components/Page';
import { ResourceStatus } from '../../components/ResourceStatus';
import { TextField } from '../../components/TextField';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import type { AuditEvent } from '../../types';
import { PendingButton } from '../../components/PendingButton';

const FILTERS = [
	{ name: 'q', label: 'Search' },
	{ name: 'action', label: 'Action' },
	{ name: 'resourceType', label: 'Resource type' },
	{ name: 'resourceId', label: 'Resource id' },
	{ name: 'user', label: 'User id' },
	{ name: 'from', label: 'From (date)', type: 'date' },
	{ name: 'to', label: 'To (date)', type: 'date' },
] as const;

type FilterName = ( typeof FILTERS )[ number ][ 'name' ];
type Filters = Partial< Record< FilterName, string > >;

const PAGE_SIZE = 25;

function queryOf( filters: Filters, extra: Record< string, string > = {} ) {
	const query = new URLSearchParams();
	for ( const [ name, value ] of Object.entries( filters ) ) {
		if ( value?.trim() ) {
			query.set( name, value.trim() );
		}
	}
	for ( const [ name, value ] of Object.entries( extra ) ) {
		query.set( name, value );
	}
	return query;
}

const COLUMNS = [
	{
		header: 'When',
		className: 'nowrap',
		render: ( event: AuditEvent ) => (
			<FormattedDate value={ event.createdAt } />
		),
	},
	{
		header: 'Action',
		render: ( event: AuditEvent ) => <code>{ event.action }</code>,
	},
	{
		header: 'Resource',
		className: 'break',
		render: ( event: AuditEvent ) =>
			`${ event.resourceType }${ event.resourceId ? ` ${ event.resourceId }` : '' }`,
	},
	{
		header: 'User',
		className: 'break',
		render: ( event: AuditEvent ) => event.userId ?? '—',
	},
	{ header: 'IP', render: ( event: AuditEvent ) => event.ip },
	{
		header: 'Details',
		className: 'break',
		render: ( event: AuditEvent ) =>
			Object.keys( event.details ).length
				? JSON.stringify( event.details )
				: '—',
	},
];

/**
 * `/owner/audit-log` (formerly `/owner/system`): the platform audit log with filters, paging, CSV/JSON export and the
 * hash-chain check.
 */
export function AuditLogScreen() {
	const api = useApi();
	const [ draft, setDraft ] = useState< Filters >( {} );
	const [ applied, setApplied ] = useState< Filters >( {} );
	const [ page, setPage ] = useState( 1 );
	const query = queryOf( applied, {
		page: String( page ),
		pageSize: String( PAGE_SIZE ),
	} );
	const log = useApiResource( `audit?${ query }`, ( client, signal ) =>
		client.auditLog( query, signal )
	);
	const verify = useAsyncAction( api.verifyAuditLog );
	const [ verdict, setVerdict ] = useState< string >();

	const handleFilter = ( event: FormEvent< HTMLFormElement > ) => {
		event.preventDefault();
		setApplied( draft );
		setPage( 1 );
	};
	const pages = log.data
		? Math.max( 1, Math.ceil( log.data.total / PAGE_SIZE ) )
		: 1;
	const exportQuery = queryOf( applied );

	return (
		<Page
			title="Audit log"
			description="Every action of platform staff, append-only and hash-chained."
		>
			<form
				className="filters"
				onSubmit={ handleFilter }
				aria-label="Filter the audit log"
			>
				{ FILTERS.map( ( filter ) => (
					<TextField
						key={ filter.name }
						label={ filter.label }
						name={ filter.name }
						type={ 'type' in filter ? filter.type : 'text' }
						value={ draft[ filter.name ] ?? '' }
						onChange={ ( event ) =>
							setDraft( {
								...draft,
								[ filter.name ]: event.target.value,
							} )
						}
					/>
				) ) }
				<button type="submit" className="button button-primary">
					Apply filters
				</button>
			</form>
			<div className="toolbar">
				<a
					className="button button-secondary"
					href={ `/api/owner/audit-log/export?${ queryOf( {}, { ...Object.fromEntries( exportQuery ), format: 'csv' } ) }` }
				>
					Export CSV
				</a>
				<a
					className="button button-secondary"
					href={ `/api/owner/audit-log/export?${ queryOf( {}, { ...Object.fromEntries( exportQuery ), format: 'json' } ) }` }
				>
					Export JSON
				</a>
				<PendingButton
					onClick={ async () => {
						const result = await verify.run();
						if ( ! result.ok ) {
							setVerdict(
								`Could not verify: ${ result.error.message }`
							);
						} else if ( result.value.ok ) {
							setVerdict(
								`Chain intact: ${ result.value.rows } rows verified.`
							);
						} else {
							setVerdict(
								`Chain broken at row ${ result.value.firstBroken?.seq }: ${ result.value.firstBroken?.reason }.`
							);
						}
					} }
					pending={ verify.pending }
					variant="secondary"
				>
					Verify chain
				</PendingButton>
				<p role="status">{ verdict }</p>
			</div>
			<ResourceStatus
				resource={ log }
				failure="Could not load the audit log"
				loading="Loading the audit log…"
			/>
			{ log.data && (
				<>
					<p>
						{ log.data.total } events · page { page } of { pages }
					</p>
					<DataTable
						label="Audit events"
						columns={ COLUMNS }
						rows={ log.data.events }
					/>
					<nav className="toolbar" aria-label="Audit log pages">
						<button
							type="button"
							className="button button-secondary"
							disabled={ page <= 1 }
							onClick={ () => setPage( page - 1 ) }
						>
							Newer
						</button>
						<button
							type="button"
							className="button button-secondary"
							disabled={ page >= pages }
							onClick={ () => setPage( page + 1 ) }
						>
							Older
						</button>
					</nav>
				</>
			) }
		</Page>
	);
}
