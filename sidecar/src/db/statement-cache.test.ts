/**
 * The SQLite statement cache (issue 12): a query run again reuses its compiled statement, the
 * cache stays within its bound, a statement busy iterating is never handed out twice, and
 * Kysely over it returns the same rows as before.
 */
import SQLite from 'better-sqlite3';
import { Kysely, SqliteDialect, sql, type Generated } from 'kysely';
import { withStatementCache } from './statement-cache';

function database() {
	const sqlite = new SQLite( ':memory:' );
	sqlite.exec(
		"create table items (id integer primary key, name text); insert into items (name) values ('a'), ('b'), ('c')"
	);
	return sqlite;
}

describe( 'SQLite statement cache', () => {
	it( 'compiles a query once and reuses it', () => {
		const cached = withStatementCache( database() );
		const first = cached.prepare( 'select name from items where id = ?' );
		const again = cached.prepare( 'select name from items where id = ?' );
		expect( again ).toBe( first );
		expect( again.get( 2 ) ).toEqual( { name: 'b' } );
		expect( cached.compiled ).toBe( 1 );
		cached.close();
	} );

	it( 'keeps at most its bound, dropping the least recently used', () => {
		const cached = withStatementCache( database(), 2 );
		const one = cached.prepare( 'select 1' );
		cached.prepare( 'select 2' );
		cached.prepare( 'select 1' ); // 1 is now the most recent
		cached.prepare( 'select 3' ); // evicts 2
		expect( cached.prepare( 'select 1' ) ).toBe( one );
		expect( cached.compiled ).toBe( 3 );
		cached.prepare( 'select 2' );
		expect( cached.compiled ).toBe( 4 );
		cached.close();
	} );

	it( 'hands out a fresh statement while the kept one is still iterating', () => {
		const cached = withStatementCache( database() );
		const text = 'select name from items order by id';
		const iterating = cached.prepare( text );
		const names: string[] = [];
		for ( const row of iterating.iterate() as Iterable< {
			name: string;
		} > ) {
			const inner = cached.prepare( text );
			expect( inner ).not.toBe( iterating );
			names.push( `${ row.name }${ inner.all().length }` );
		}
		expect( names ).toEqual( [ 'a3', 'b3', 'c3' ] );
		cached.close();
	} );

	it( 'serves Kysely queries, writes and transactions with the same results', async () => {
		const cached = withStatementCache( database() );
		const kysely = new Kysely< {
			items: { id: Generated< number >; name: string };
		} >( {
			dialect: new SqliteDialect( { database: cached } ),
		} );
		const byId = ( id: number ) =>
			kysely
				.selectFrom( 'items' )
				.select( 'name' )
				.where( 'id', '=', id )
				.executeTakeFirst();
		expect( await byId( 1 ) ).toEqual( { name: 'a' } );
		expect( await byId( 3 ) ).toEqual( { name: 'c' } );
		const compiledAfterReads = cached.compiled;
		await kysely.transaction().execute( async ( trx ) => {
			await trx.insertInto( 'items' ).values( { name: 'd' } ).execute();
			await trx.insertInto( 'items' ).values( { name: 'e' } ).execute();
		} );
		expect( await byId( 5 ) ).toEqual( { name: 'e' } );
		const { rows } = await sql< {
			n: number;
		} >`select count(*) as n from items`.execute( kysely );
		expect( rows[ 0 ]!.n ).toBe( 5 );
		// The second insert and the third read reused what the first compiled.
		expect( cached.compiled ).toBe( compiledAfterReads + 1 + 2 + 1 );
		await kysely.destroy();
	} );
} );
