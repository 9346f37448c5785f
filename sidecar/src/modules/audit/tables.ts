/**
 * Table types of the audit module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
export interface AdminAuditLogTable {
	seq: number;
	id: string;
	user_id: string | null;
	action: string;
	resource_type: string;
	resource_id: string | null;
	details: string;
	ip: string;
	user_agent: string;
	created_at: string;
	prev_hash: string;
	hash: string;
}

export interface AdminAuditHeadTable {
	id: number;
	last_seq: number;
	last_hash: string;
}

/** The audit module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface AuditTables {
	admin_audit_log: AdminAuditLogTable;
	admin_audit_head: AdminAuditHeadTable;
}
