/**
 * Table types of the knowledge module (ADR 0026: schema per module). Only this module's repo
 * queries them; other modules go through its service.
 */
import type { Generated } from 'kysely';

export interface KnowledgeDocumentsTable {
	id: string;
	organization_id: string;
	site_id: string;
	source: string;
	external_id: string;
	title: string;
	url: string;
	modified_at: string | null;
	indexed_at: string;
	/** Language detected from the page's text ('de' | 'en'); null when undecided. */
	lang: string | null;
}

export interface KnowledgePassagesTable {
	/** Integer so SQLite's FTS5 index can use it as its content rowid. */
	id: Generated< number >;
	organization_id: string;
	site_id: string;
	document_id: string;
	position: number;
	heading: string;
	body: string;
	/** The heading's place on the page (id or text fragment); null before the first heading. */
	anchor: string | null;
	/** Analysed tokens (platform/text) the full-text index reads; '' until analysed. */
	terms_title: Generated< string >;
	terms_heading: Generated< string >;
	terms_body: Generated< string >;
	/** Which version of the analysis produced the terms (knowledge.reanalyze refreshes older ones). */
	analysis_version: Generated< number >;
}

/** Contact facts read from a page (knowledge/facts.ts). */
export interface KnowledgeFactsTable {
	document_id: string;
	position: number;
	organization_id: string;
	site_id: string;
	kind: 'phone' | 'email' | 'address' | 'hours';
	value: string;
	heading: string;
	anchor: string | null;
}

export interface KnowledgeSyncTable {
	site_id: string;
	organization_id: string;
	state: 'idle' | 'syncing' | 'failed';
	documents: number;
	passages: number;
	last_synced_at: string | null;
	last_error: string | null;
	updated_at: string;
}

/** The knowledge module's tables, as Kysely sees them (db/schema.ts joins every module's). */
export interface KnowledgeTables {
	knowledge_documents: KnowledgeDocumentsTable;
	knowledge_passages: KnowledgePassagesTable;
	knowledge_sync: KnowledgeSyncTable;
	knowledge_facts: KnowledgeFactsTable;
}
