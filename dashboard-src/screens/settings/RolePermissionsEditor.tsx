import { useEffect, useMemo, useState } from 'react';
import { ErrorAlert } from '../../components/ErrorAlert';
import { LoadingState } from '../../components/LoadingState';
import { useApi } from '../../hooks/useApi';
import { useApiResource } from '../../hooks/useApiResource';
import { useAsyncAction } from '../../hooks/useAsyncAction';
import type { Role } from '../../types';
import type { RoleCatalog } from '../../../contracts/rbac';

/** The Platform Owner holds every permission and cannot change (the server refuses). */
const OWNER_ROLE = 'platform_owner';

type Draft = Record< string, string[] >;

function draftOf( roles: Role[] ): Draft {
	return Object.fromEntries(
		roles.map( ( role ) => [ role.id, [ ...role.permissions ].sort() ] )
	);
}

const sameSet = ( a: string[], b: string[] ) =>
	a.length === b.length && a.every( ( entry ) => b.includes( entry ) );

export interface RolePermissionsEditorProps {
	/** Called after a save, so other views of the roles reload. */
	onSaved?: () => void;
}

/**
 * Which permissions each role holds, as a checkbox matrix (permissions down, roles across),
 * with one Save for every changed role. Each save is a `PUT /api/owner/roles/:id/permissions`,
 * audited server side; the change applies to holders of the role on their next request.
 * Shown only to users holding `platform.roles.manage`.
 *
 * @param props Props.
 */
export function RolePermissionsEditor( props: RolePermissionsEditorProps ) {
	const { onSaved } = props;
	const api = useApi();
	const catalog = useApiResource( 'roles-catalog', ( client, signal ) =>
		client.request< RoleCatalog >( 'GET', '/api/owner/roles', { signal } )
	);
	const [ draft, setDraft ] = useState< Draft >( {} );
	const [ status, setStatus ] = useState< string >();
	const save = useAsyncAction( async ( changes: Draft ) => {
		for ( const [ roleId, permissions ] of Object.entries( changes ) ) {
			await api.request(
				'PUT',
				`/api/owner/roles/${ encodeURIComponent( roleId ) }/permissions`,
				{ body: { permissions } }
			);
		}
	} );

	useEffect( () => {
		if ( catalog.data ) {
			setDraft( draftOf( catalog.data.roles ) );
		}
	}, [ catalog.data ] );

	const editable = useMemo(
		() =>
			( catalog.data?.roles ?? [] ).filter(
				( role ) => role.id !== OWNER_ROLE
			),
		[ catalog.data ]
	);
	const changed = useMemo( () => {
		const saved = draftOf( catalog.data?.roles ?? [] );
		return Object.fromEntries(
			editable
				.filter(
					( role ) =>
						draft[ role.id ] &&
						! sameSet( draft[ role.id ]!, saved[ role.id ] ?? [] )
				)
				.map( ( role ) => [ role.id, draft[ role.id ]! ] )
		);
	}, [ catalog.data, draft, editable ] );
	const changedNames = editable
		.filter( ( role ) => changed[ role.id ] )
		.map( ( role ) => role.name );

	if ( catalog.error ) {
		return (
			<ErrorAlert onRetry={ catalog.retry }>
				{ catalog.error.message }
			</ErrorAlert>
		);
	}
	if ( ! catalog.data ) {
		return <LoadingState label="Loading roles and permissions…" />;
	}

	const toggle = ( roleId: string, permission: string ) =>
		setDraft( ( current ) => {
			const held = current[ roleId ] ?? [];
			return {
				...current,
				[ roleId ]: held.includes( permission )
					? held.filter( ( entry ) => entry !== permission )
					: [ ...held, permission ].sort(),
			};
		} );

	return (
		<form
			className="form"
			aria-labelledby="role-editor-heading"
			onSubmit={ async ( event ) => {
				event.preventDefault();
				if ( save.pending || changedNames.length === 0 ) {
					return;
				}
				const result = await save.run( changed );
				if ( result.ok ) {
					setStatus( `Saved: ${ changedNames.join( ', ' ) }.` );
					catalog.retry();
					onSaved?.();
				}
			} }
		>
			<h3 id="role-editor-heading">Edit what each role may do</h3>
			<p className="section-description">
				The Platform Owner always holds every permission. Changes apply
				to everyone holding the role on their next request, and are
				written to the audit log.
			</p>
			<p role="status">{ status }</p>
			{ save.error && <ErrorAlert>{ save.error.message }</ErrorAlert> }
			<div className="table-scroll">
				<table className="permission-matrix">
					<caption className="visually-hidden">
						Permissions of each role
					</caption>
					<thead>
						<tr>
							<th scope="col">Permission</th>
							{ editable.map( ( role ) => (
								<th key={ role.id } scope="col">
									{ role.name }
								</th>
							) ) }
						</tr>
					</thead>
					<tbody>
						{ catalog.data.permissions.map( ( permission ) => (
							<tr key={ permission.id }>
								<th scope="row">
									{ permission.description }
									<br />
									<code className="muted">
										{ permission.id }
									</code>
								</th>
								{ editable.map( ( role ) => (
									<td key={ role.id }>
										<input
											type="checkbox"
											aria-label={ `${ role.name }: ${ permission.description }` }
											checked={ (
												draft[ role.id ] ?? []
											).includes( permission.id ) }
											onChange={ () =>
												toggle( role.id, permission.id )
											}
										/>
									</td>
								) ) }
							</tr>
						) ) }
					</tbody>
				</table>
			</div>
			<div className="form-inline-row">
				<button
					type="submit"
					className="button button-primary"
					aria-disabled={
						save.pending || changedNames.length === 0 || undefined
					}
				>
					{ save.pending ? 'Saving…' : 'Save role permissions' }
				</button>
				<button
					type="button"
					className="button button-secondary"
					onClick={ () => {
						setDraft( draftOf( catalog.data!.roles ) );
						setStatus( 'Changes discarded.' );
					} }
				>
					Discard changes
				</button>
				<span className="muted">
					{ changedNames.length === 0
						? 'No unsaved changes.'
						: `Unsaved changes: ${ changedNames.join( ', ' ) }.` }
				</span>
			</div>
		</form>
	);
}
