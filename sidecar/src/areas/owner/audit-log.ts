import { z } from 'zod';
import { defineRoute, type AnyRoute } from '../../platform/http';
import type { AuditEvent, AuditService } from '../../modules/audit/service';
import {
	auditCheckpointSchema,
	auditPageSchema,
	auditVerificationSchema,
	type AuditPage,
	type AuditVerification,
} from '../../../../contracts/audit-log';

const isoDate = z.iso.datetime( { offset: true } ).or( z.iso.date() );

const filterQuery = z.strictObject( {
	user: z.uuid().optional(),
	action: z.string().max( 120 ).optional(),
	resourceType: z.string().max( 60 ).optional(),
	resourceId: z.string().max( 200 ).optional(),
	from: isoDate.optional(),
	to: isoDate.optional(),
	q: z.string().trim().max( 200 ).optional(),
} );

const listQuery = filterQuery.extend( {
	page: z.coerce.number().int().min( 1 ).max( 100_000 ).default( 1 ),
	pageSize: z.coerce.number().int().min( 1 ).max( 200 ).default( 50 ),
} );

const exportQuery = filterQuery.extend( {
	format: z.enum( [ 'csv', 'json' ] ).default( 'json' ),
} );

function toFilter( query: z.infer< typeof filterQuery > ) {
	// A bare date as `to` means "through that day".
	const endOf = ( value: string ) =>
		value.length === 10
			? new Date( Date.parse( value ) + 86_400_000 ).toISOString()
			: new Date( value ).toISOString();
	return {
		userId: query.user,
		action: query.action,
		resourceType: query.resourceType,
		resourceId: query.resourceId,
		from: query.from ? new Date( query.from ).toISOString() : undefined,
		to: query.to ? endOf( query.to ) : undefined,
		search: query.q || undefined,
	};
}

/** One CSV cell: quoted, quotes doubled, and formula-looking text defused for spreadsheets. */
function csvCell( value: unknown ): string {
	let text =
		typeof value === 'string' ? value : JSON.stringify( value ?? '' );
	if ( value === null || value === undefined ) {
		text = '';
	}
	if ( /^[=+\-@\t\r]/.test( text ) ) {
		text = `'${ text }`;
	}
	return `"${ text.replace( /"/g, '""' ) }"`;
}

const CSV_COLUMNS: Array< keyof AuditEvent > = [
	'seq',
	'createdAt',
	'userId',
	'action',
	'resourceType',
	'resourceId',
	'details',
	'ip',
	'userAgent',
	'id',
	'hash',
];

export function toCsv( events: AuditEvent[] ): string {
	const lines = [ CSV_COLUMNS.map( csvCell ).join( ',' ) ];
	for ( const event of events ) {
		lines.push(
			CSV_COLUMNS.map( ( key ) => csvCell( event[ key ] ) ).join( ',' )
		);
	}
	return `${ lines.join( '\r\n' ) }\r\n`;
}

/** `/api/owner/audit-log*`: the viewer, its export, and the chain check. */
export function auditRoutes( audit: AuditService ): AnyRoute[] {
	return [
		defineRoute( {
			method: 'get',
			path: '/api/owner/audit-log',
			summary:
				'Audit events, newest first, filtered by user, action, resource, date range and text',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.audit.read',
			schema: { query: listQuery },
			responses: {
				200: auditPageSchema,
			},
			handler: async ( { query } ) => {
				const { events, total } = await audit.list( toFilter( query ), {
					limit: query.pageSize,
					offset: ( query.page - 1 ) * query.pageSize,
				} );
				return {
					body: {
						events,
						total,
						page: query.page,
						pageSize: query.pageSize,
					} satisfies AuditPage,
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/audit-log/export',
			summary: 'The filtered audit events as CSV or JSON (a download)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.audit.read',
			schema: { query: exportQuery },
			responses: { 200: 'text/csv or application/json attachment' },
			handler: async ( { query } ) => {
				const events = await audit.exportAll( toFilter( query ) );
				const stamp = new Date().toISOString().slice( 0, 10 );
				const filename = `omniops-audit-${ stamp }.${ query.format }`;
				return {
					headers: {
						'Content-Disposition': `attachment; filename="${ filename }"`,
						'Cache-Control': 'no-store',
					},
					...( query.format === 'csv'
						? {
								contentType: 'text/csv; charset=utf-8',
								body: toCsv( events ),
							}
						: { body: { events } } ),
				};
			},
		} ),
		defineRoute( {
			method: 'get',
			path: '/api/owner/audit-log/verification',
			summary:
				'Walks the hash chain; names the first row that does not fit',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.audit.read',
			schema: {},
			responses: {
				200: auditVerificationSchema,
			},
			handler: async () => ( {
				body: ( await audit.verify() ) satisfies AuditVerification,
			} ),
		} ),
		defineRoute( {
			method: 'post',
			path: '/api/owner/audit-log/checkpoints',
			summary:
				'Takes a signed checkpoint of the chain head now and writes it outside the database (file, log, webhook)',
			tag: 'owner',
			auth: 'platform',
			permission: 'platform.audit.read',
			schema: {},
			responses: {
				201: auditCheckpointSchema,
			},
			handler: async () => ( {
				status: 201,
				body: { checkpoint: await audit.checkpoint() },
			} ),
		} ),
	];
}
