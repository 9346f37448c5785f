/**
 * Statements and transactions per chat message (issue 12): a real sidecar per dialect on the
 * bench shop (bench/support/bench-shop.ts), the bench's question mix sent one at a time over
 * HTTP (`POST …/messages/stream`), every statement seen through the db layer's query
 * observer. Prints per question kind: all statements, the responder's and chat's reads,
 * write transactions (begin…commit, or a write outside one) and write statements.
 *
 *   tsx bench/chat/statements.ts [--dialect both|sqlite|postgres] [--products 120] [--show price]
 * --show <kind>: also print the statements of that kind's last message.
 * PostgreSQL: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import { randomBytes } from 'node:crypto';
import { startConversation } from '../../tests/support/flows';
import {
	startTestSidecar,
	type TestDialect,
} from '../../tests/support/sidecar-harness';
import { connectBenchShop } from '../support/bench-shop';
import { argument, measureEachDialect } from '../support/command-line';

const PRODUCTS = Number( argument( 'products', '120' ) );
const SHOW = argument( 'show', '' );
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

const QUESTIONS: Array< [ string, ( name: string ) => string ] > = [
	[ 'price', ( n ) => `How much is the ${ n }?` ],
	[ 'stock', ( n ) => `Is the ${ n } in stock?` ],
	[ 'price (de)', ( n ) => `Was kostet der ${ n }?` ],
	[ 'policy', () => 'How long does shipping take?' ],
	[ 'policy (de)', () => 'Kann ich einen Artikel zurückgeben?' ],
	[ 'search', () => 'Do you sell backpacks under €60?' ],
	[ 'contact', () => 'What is your phone number?' ],
];

const isWrite = ( sql: string ) =>
	/^\s*(insert|update|delete|replace)\b/i.test( sql ) ||
	( /^\s*with\b/i.test( sql ) &&
		/\b(insert into|update|delete from)\s+"/i.test( sql ) );

function count( statements: string[] ) {
	let transactions = 0;
	let writes = 0;
	let open: string[] | null = null;
	for ( const sql of statements ) {
		const keyword = sql.trim().split( /\s+/ )[ 0 ]!.toLowerCase();
		if ( keyword === 'begin' ) {
			open = [];
		} else if ( keyword === 'commit' || keyword === 'rollback' ) {
			transactions += open?.some( isWrite ) ? 1 : 0;
			open = null;
		} else if ( isWrite( sql ) ) {
			writes++;
			transactions += open ? 0 : 1;
		}
		if ( open && keyword !== 'begin' ) {
			open.push( sql );
		}
	}
	return {
		statements: statements.length,
		writeTransactions: transactions,
		writes,
	};
}

async function measure( dialect: TestDialect ): Promise< void > {
	let recorded: string[] | null = null;
	const sidecar = await startTestSidecar( dialect, {
		observeQueries: ( sql ) => recorded?.push( sql ),
	} );
	const { catalog, site, double } = await connectBenchShop( sidecar, {
		name: 'Bench statements',
		storeUrl: 'https://bench-statements.example',
		products: PRODUCTS,
	} );
	const conversation = await startConversation( sidecar, site.publicKey );
	const names = catalog.products.map( ( p ) => String( p.name ) );
	console.log( `\n${ dialect }: per message (3 of each kind, medians)` );
	console.log(
		'kind          statements  write transactions  write statements'
	);
	for ( const [ kind, question ] of QUESTIONS ) {
		const figures: Array< ReturnType< typeof count > > = [];
		for ( let i = 0; i < 3; i++ ) {
			recorded = [];
			const response = await fetch(
				`${ sidecar.baseUrl }/api/widget/conversations/${ conversation.id }/messages/stream`,
				{
					method: 'POST',
					headers: {
						'content-type': 'application/json',
						...conversation.auth,
					},
					body: JSON.stringify( {
						text: question( names[ i ]! ),
						clientMessageId: `stmt-${ randomBytes( 8 ).toString( 'hex' ) }`,
					} ),
				}
			);
			await response.text();
			figures.push( count( recorded ) );
			if ( kind === SHOW && i === 2 ) {
				console.log(
					recorded.map( ( text ) => `    ${ text }` ).join( '\n' )
				);
			}
			recorded = null;
		}
		const median = ( pick: ( f: ReturnType< typeof count > ) => number ) =>
			figures.map( pick ).sort( ( a, b ) => a - b )[ 1 ]!;
		console.log(
			[
				kind.padEnd( 12 ),
				String( median( ( f ) => f.statements ) ).padStart( 11 ),
				String( median( ( f ) => f.writeTransactions ) ).padStart( 19 ),
				String( median( ( f ) => f.writes ) ).padStart( 17 ),
			].join( ' ' )
		);
	}
	await sidecar.close();
	await double.close();
}

measureEachDialect( measure );
