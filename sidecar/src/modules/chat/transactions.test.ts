/**
 * One chat message, one write transaction (issue 12, ADR 0035): every statement the sidecar
 * sends while answering a message is seen through the db layer's query observer, `begin` and
 * `commit` included, and grouped into transactions as the database runs them.
 */
import { call, testDialects } from '../../../../tests/support/sidecar-harness';
import { readMessages } from '../../../../tests/support/widget-chat';
import {
	startSiteSidecar,
	type ConnectedSite,
	type TestSidecar,
} from '../../../../tests/support/site-sidecar';
import { startConversation } from '../../../../tests/support/flows';

const WRITE_KEYWORD = /^\s*(insert|update|delete|replace)\b/i;
const isWrite = ( sql: string ) =>
	WRITE_KEYWORD.test( sql ) ||
	( /^\s*with\b/i.test( sql ) &&
		/\b(insert into|update|delete from)\s+"/i.test( sql ) );

/** What a statement writes, e.g. `insert into messages + update conversations`. */
const writtenTables = ( sql: string ) =>
	[ ...sql.matchAll( /\b(insert into|update|delete from) "(\w+)"/gi ) ]
		.map( ( [ , verb, table ] ) => `${ verb!.toLowerCase() } ${ table }` )
		.join( ' + ' );

/**
 * The write transactions in a run of statements: those between `begin` and `commit` as one,
 * and every write outside one as its own (autocommit). Reads outside are not transactions
 * that change anything and are left out.
 *
 * @param statements SQL in the order it was sent.
 */
function writeTransactions( statements: string[] ): string[][] {
	const transactions: string[][] = [];
	let open: string[] | null = null;
	for ( const statement of statements ) {
		const keyword = statement.trim().split( /\s+/ )[ 0 ]!.toLowerCase();
		if ( keyword === 'begin' ) {
			open = [];
		} else if ( keyword === 'commit' || keyword === 'rollback' ) {
			if ( open?.some( ( s ) => isWrite( s ) ) ) {
				transactions.push( open );
			}
			open = null;
		} else if ( open ) {
			open.push( statement );
		} else if ( isWrite( statement ) ) {
			transactions.push( [ statement ] );
		}
	}
	return transactions;
}

describe.each( testDialects() )(
	'one message, one write transaction on %s',
	( dialect ) => {
		let sidecar: TestSidecar;
		let site: ConnectedSite;
		let recorded: string[] | null = null;

		beforeAll( async () => {
			( { sidecar, site } = await startSiteSidecar( dialect, {
				observeQueries: ( sql ) => recorded?.push( sql ),
				drainQueue: true,
			} ) );
		} );
		afterAll( () => sidecar.close() );

		/** The statements sent while one message is answered (the request's own). */
		async function statementsOf(
			conversation: { id: string; auth: Record< string, string > },
			text: string,
			clientMessageId: string
		) {
			recorded = [];
			const response = await call(
				sidecar.baseUrl,
				'POST',
				`/api/widget/conversations/${ conversation.id }/messages`,
				{ body: { text, clientMessageId }, headers: conversation.auth }
			);
			const statements = recorded;
			recorded = null;
			expect( response.status ).toBe( 201 );
			return { response, statements };
		}

		it( 'stores the question, the reply and the conversation activity in one transaction', async () => {
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			for ( const [ text, id ] of [
				[ 'hello', 'one-tx-01' ],
				[ 'what is your return policy?', 'one-tx-02' ],
			] as const ) {
				const { statements } = await statementsOf(
					conversation,
					text,
					id
				);
				const transactions = writeTransactions( statements );
				expect( transactions ).toHaveLength( 1 );
				const [ writes ] = transactions as [ string[] ];
				// Both messages in one insert, then the conversation: nothing else is written.
				expect( writes.map( writtenTables ) ).toEqual(
					dialect === 'postgres'
						? [ 'insert into messages + update conversations' ]
						: [ 'insert into messages', 'update conversations' ]
				);
				expect( writes[ 0 ] ).toMatch( /values \([^)]*\), \([^)]*\)/ );
			}
			const history = await readMessages( sidecar, conversation );
			expect(
				history.body.messages.map( ( m: { role: string } ) => m.role )
			).toEqual( [ 'shopper', 'assistant', 'shopper', 'assistant' ] );
		} );

		it( 'writes nothing for a retried message that was answered', async () => {
			const conversation = await startConversation(
				sidecar,
				site.publicKey
			);
			const first = await statementsOf(
				conversation,
				'hello',
				'again-01'
			);
			const retry = await statementsOf(
				conversation,
				'hello',
				'again-01'
			);
			expect( retry.response.body.reply.id ).toBe(
				first.response.body.reply.id
			);
			expect( writeTransactions( retry.statements ) ).toEqual( [] );
		} );
	}
);
