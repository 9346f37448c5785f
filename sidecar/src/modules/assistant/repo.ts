/** The only code touching the assistant's tables (site settings, handoffs, LLM settings). */
import type { Kysely } from 'kysely';
import { camelRow, camelRows } from '../../db/rows';
import type { Database } from '../../db/schema';

export interface HandoffRow {
	id: string;
	organizationId: string;
	siteId: string;
	conversationId: string;
	email: string;
	question: string;
	createdAt: string;
	notifiedAt: string | null;
	notifyError: string | null;
}

export interface LlmSettingsRow {
	organizationId: string;
	provider: 'openai-compatible' | 'anthropic';
	baseUrl: string | null;
	model: string;
	/** Sealed (platform/secret-box.ts). */
	apiKey: string | null;
	enabled: boolean;
	monthlyBudgetMicros: number | null;
	timeoutMs: number;
}

/** The settings record: every column but the row's own updated_at. */
const LLM_SETTINGS_COLUMNS = [
	'organization_id',
	'provider',
	'base_url',
	'model',
	'api_key',
	'enabled',
	'monthly_budget_micros',
	'timeout_ms',
] as const;

export function createAssistantRepo( db: Kysely< Database > ) {
	return {
		/**
		 * Distinct conversations that asked for a person in [from, to), per organization
		 * and site (the owner's telemetry page: such conversations are not "resolved").
		 *
		 * @param from ISO start (inclusive).
		 * @param to   ISO end (exclusive).
		 */
		async handoffConversationsBySite(
			from: string,
			to: string
		): Promise<
			Array< {
				organizationId: string;
				siteId: string;
				conversations: number;
			} >
		> {
			const rows = await db
				.selectFrom( 'assistant_handoffs' )
				.select( ( eb ) => [
					'organization_id',
					'site_id',
					eb.fn
						.count< number >( 'conversation_id' )
						.distinct()
						.as( 'n' ),
				] )
				.where( 'created_at', '>=', from )
				.where( 'created_at', '<', to )
				.groupBy( [ 'organization_id', 'site_id' ] )
				.execute();
			return rows.map( ( row ) => ( {
				organizationId: row.organization_id,
				siteId: row.site_id,
				conversations: Number( row.n ),
			} ) );
		},

		async handoffEmail(
			organizationId: string,
			siteId: string
		): Promise< string | null > {
			const row = await db
				.selectFrom( 'assistant_site_settings' )
				.select( 'handoff_email' )
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.executeTakeFirst();
			return row?.handoff_email ?? null;
		},

		async saveHandoffEmail(
			organizationId: string,
			siteId: string,
			email: string | null,
			at: string
		) {
			await db
				.insertInto( 'assistant_site_settings' )
				.values( {
					site_id: siteId,
					organization_id: organizationId,
					handoff_email: email,
					updated_at: at,
				} )
				.onConflict( ( oc ) =>
					oc
						.column( 'site_id' )
						.doUpdateSet( { handoff_email: email, updated_at: at } )
				)
				.execute();
		},

		async insertHandoff( row: HandoffRow ): Promise< void > {
			await db
				.insertInto( 'assistant_handoffs' )
				.values( {
					id: row.id,
					organization_id: row.organizationId,
					site_id: row.siteId,
					conversation_id: row.conversationId,
					email: row.email,
					question: row.question,
					created_at: row.createdAt,
					notified_at: row.notifiedAt,
					notify_error: row.notifyError,
				} )
				.execute();
		},

		async recordNotification(
			organizationId: string,
			id: string,
			notifiedAt: string | null,
			error: string | null
		) {
			await db
				.updateTable( 'assistant_handoffs' )
				.set( { notified_at: notifiedAt, notify_error: error } )
				.where( 'organization_id', '=', organizationId )
				.where( 'id', '=', id )
				.execute();
		},

		async listHandoffs(
			organizationId: string,
			siteId: string,
			limit: number
		): Promise< HandoffRow[] > {
			const rows = await db
				.selectFrom( 'assistant_handoffs' )
				.selectAll()
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.orderBy( 'created_at', 'desc' )
				.limit( limit )
				.execute();
			return camelRows( rows );
		},

		async llmSettings(
			organizationId: string
		): Promise< LlmSettingsRow | undefined > {
			const row = await db
				.selectFrom( 'assistant_llm_settings' )
				.select( LLM_SETTINGS_COLUMNS )
				.where( 'organization_id', '=', organizationId )
				.executeTakeFirst();
			if ( ! row ) {
				return undefined;
			}
			const settings = camelRow( row );
			// PostgreSQL hands bigints back as strings; enabled is 0/1.
			return {
				...settings,
				provider: settings.provider as LlmSettingsRow[ 'provider' ],
				enabled: Boolean( Number( settings.enabled ) ),
				monthlyBudgetMicros:
					settings.monthlyBudgetMicros === null
						? null
						: Number( settings.monthlyBudgetMicros ),
				timeoutMs: Number( settings.timeoutMs ),
			};
		},

		async saveLlmSettings(
			row: LlmSettingsRow,
			at: string
		): Promise< void > {
			const values = {
				provider: row.provider,
				base_url: row.baseUrl,
				model: row.model,
				api_key: row.apiKey,
				enabled: row.enabled ? 1 : 0,
				monthly_budget_micros: row.monthlyBudgetMicros,
				timeout_ms: row.timeoutMs,
				updated_at: at,
			};
			await db
				.insertInto( 'assistant_llm_settings' )
				.values( { organization_id: row.organizationId, ...values } )
				.onConflict( ( oc ) =>
					oc.column( 'organization_id' ).doUpdateSet( values )
				)
				.execute();
		},
	};
}

export type AssistantRepo = ReturnType< typeof createAssistantRepo >;
