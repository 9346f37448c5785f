import type { Kysely, Selectable } from 'kysely';
import { camelRow, snakeRow } from '../../db/rows';
import type { Database } from '../../db/schema';

export interface PrivacyChoiceRow {
	conversationId: string;
	organizationId: string;
	siteId: string;
	consentGivenAt: string | null;
	retentionDays: number;
	email: string | null;
	updatedAt: string;
}

/** The only code that touches `privacy_choices`. */
export function createPrivacyRepo( db: Kysely< Database > ) {
	const columns = [
		'conversation_id',
		'organization_id',
		'site_id',
		'consent_given_at',
		'retention_days',
		'email',
		'updated_at',
	] as const;
	const toChoice = (
		row: Selectable< Database[ 'privacy_choices' ] >
	): PrivacyChoiceRow => ( {
		...camelRow( row ),
		retentionDays: Number( row.retention_days ),
	} );

	return {
		async find(
			organizationId: string,
			conversationId: string
		): Promise< PrivacyChoiceRow | undefined > {
			const row = await db
				.selectFrom( 'privacy_choices' )
				.select( columns )
				.where( 'organization_id', '=', organizationId )
				.where( 'conversation_id', '=', conversationId )
				.executeTakeFirst();
			return row && toChoice( row );
		},
		async save( choice: PrivacyChoiceRow ): Promise< void > {
			const values = snakeRow( choice );
			await db
				.insertInto( 'privacy_choices' )
				.values( values )
				.onConflict( ( oc ) =>
					oc.column( 'conversation_id' ).doUpdateSet( {
						consent_given_at: values.consent_given_at,
						retention_days: values.retention_days,
						email: values.email,
						updated_at: values.updated_at,
					} )
				)
				.execute();
		},
		async listByEmail(
			organizationId: string,
			siteId: string,
			email: string
		): Promise< PrivacyChoiceRow[] > {
			const rows = await db
				.selectFrom( 'privacy_choices' )
				.select( columns )
				.where( 'organization_id', '=', organizationId )
				.where( 'site_id', '=', siteId )
				.where( 'email', '=', email )
				.execute();
			return rows.map( toChoice );
		},
		async remove(
			organizationId: string,
			conversationId: string
		): Promise< void > {
			await db
				.deleteFrom( 'privacy_choices' )
				.where( 'organization_id', '=', organizationId )
				.where( 'conversation_id', '=', conversationId )
				.execute();
		},
	};
}

export type PrivacyRepo = ReturnType< typeof createPrivacyRepo >;
