/**
 * The audit log viewer (`/api/owner/audit-log*`): the response bodies the route table
 * documents (sidecar/src/areas/owner/audit-log.ts) and the dashboard reads as types (ADR 0032).
 */
import { z } from 'zod';

/** One audit event, with its place in the hash chain. */
export const auditEventSchema = z.object( {
	seq: z.number(),
	id: z.string(),
	userId: z.string().nullable(),
	action: z.string(),
	resourceType: z.string(),
	resourceId: z.string().nullable(),
	details: z.record( z.string(), z.unknown() ),
	ip: z.string(),
	userAgent: z.string(),
	createdAt: z.string(),
	hash: z.string(),
} );
export type AuditEvent = z.infer< typeof auditEventSchema >;

/** One page of the filtered events, newest first. */
export const auditPageSchema = z.object( {
	events: z.array( auditEventSchema ),
	total: z.number(),
	page: z.number(),
	pageSize: z.number(),
} );
export type AuditPage = z.infer< typeof auditPageSchema >;

/** The chain check: the first row that does not fit, and the outside anchor's view. */
export const auditVerificationSchema = z.object( {
	ok: z.boolean(),
	rows: z.number(),
	firstBroken: z
		.object( {
			seq: z.number(),
			id: z.string().nullable(),
			reason: z.string(),
		} )
		.optional(),
	anchor: z.object( {
		file: z.string().nullable(),
		checkpoints: z.number(),
		newest: z.object( { seq: z.number(), at: z.string() } ).nullable(),
		disagreeing: z
			.object( {
				seq: z.number(),
				rows: z.number(),
				at: z.string(),
				head: z.string(),
			} )
			.optional(),
		otherKey: z.number(),
	} ),
	integrity: z.string(),
	warnings: z.array( z.string() ),
} );
export type AuditVerification = z.infer< typeof auditVerificationSchema >;

/** A signed checkpoint of the chain head, as written outside the database. */
export const auditCheckpointSchema = z.object( {
	checkpoint: z.object( {
		v: z.number(),
		seq: z.number(),
		head: z.string(),
		rows: z.number(),
		at: z.string(),
		kid: z.string(),
		mac: z.string(),
	} ),
} );
export type AuditCheckpoint = z.infer< typeof auditCheckpointSchema >;
