/**
 * Rows as the code names them (ADR 0033): camelRow on the way out of a select, snakeRow on
 * the way into an insert, each the other's inverse for the names the tables use.
 */
import { camelRow, snakeRow } from './rows';

describe( 'rows', () => {
	it( 'names a row’s fields as the table’s columns, in the same order', () => {
		const row = {
			siteId: 's1',
			organizationId: 'o1',
			currentPeriodEnd: '2026-12-01T00:00:00.000Z',
			retentionDays: 30,
			email: null,
		};
		const columns = snakeRow( row );
		expect( Object.keys( columns ) ).toEqual( [
			'site_id',
			'organization_id',
			'current_period_end',
			'retention_days',
			'email',
		] );
		expect( columns.retention_days ).toBe( 30 );
		expect( camelRow( columns ) ).toEqual( row );
	} );
} );
