/**
 * The chat module's own database work per message, without the responder (issue 12, ADR
 * 0035): `chat.send` on the real repo and database with a responder that answers one fixed
 * sentence at once, so what is measured is the idempotency look-up, the history read and the
 * writes. Sends run one after another over many conversations; prints wall time per message
 * (p50/p95) and this process's CPU per message (on PostgreSQL the server's CPU is not in it).
 *
 *   tsx bench/chat/store.ts [--dialect both|sqlite|postgres] [--messages 2000]
 * PostgreSQL: TEST_DATABASE_URL, else postgres://postgres@127.0.0.1:5432/postgres.
 */
import os from 'node:os';
import type { Responder } from '../../sidecar/src/modules/assistant/responder';
import { createChatRepo } from '../../sidecar/src/modules/chat/repo';
import { createChatService } from '../../sidecar/src/modules/chat/service';
import { connectSite, ownerSession } from '../../tests/support/flows';
import {
	startTestSidecar,
	type TestDialect,
} from '../../tests/support/sidecar-harness';
import { argument, measureEachDialect } from '../support/command-line';

const MESSAGES = Number( argument( 'messages', '2000' ) );
const CONVERSATIONS = 100;
process.env.TEST_DATABASE_URL ??= 'postgres://postgres@127.0.0.1:5432/postgres';

const fixed: Responder = {
	name: 'fixed',
	async *respond() {
		yield { type: 'text', delta: 'Thank you, we will get back to you.' };
	},
};

async function measure( dialect: TestDialect ): Promise< void > {
	const sidecar = await startTestSidecar( dialect );
	const site = await connectSite( sidecar, await ownerSession( sidecar ) );
	await sidecar.omniops.queue.drain();
	const chat = createChatService( {
		repo: createChatRepo( sidecar.db.kysely, sidecar.db.dialect ),
		clock: () => new Date(),
		responderFor: () => fixed,
	} );
	const conversations: Array< { conversationId: string } > = [];
	for ( let i = 0; i < CONVERSATIONS; i++ ) {
		conversations.push(
			await chat.startConversation( site.organizationId, site.siteId )
		);
	}
	const send = ( i: number ) =>
		chat.send( {
			organizationId: site.organizationId,
			siteId: site.siteId,
			conversationId: conversations[ i % CONVERSATIONS ]!.conversationId,
			text: `Question ${ i }: do you ship to Austria?`,
			clientMessageId: `store-${ dialect }-${ i }`,
			pageContext: null,
			locale: 'en',
		} );
	for ( let i = 0; i < 200; i++ ) {
		await send( MESSAGES + i );
	}
	const latencies: number[] = [];
	const cpuBefore = process.cpuUsage();
	const started = performance.now();
	for ( let i = 0; i < MESSAGES; i++ ) {
		const at = performance.now();
		await send( i );
		latencies.push( performance.now() - at );
	}
	const wall = performance.now() - started;
	const cpu = process.cpuUsage( cpuBefore );
	latencies.sort( ( a, b ) => a - b );
	const pick = ( p: number ) =>
		latencies[
			Math.min(
				latencies.length - 1,
				Math.floor( ( p / 100 ) * latencies.length )
			)
		]!;
	console.log(
		`${ dialect.padEnd( 8 ) } ${ MESSAGES } messages: ${ ( wall / MESSAGES ).toFixed( 3 ) } ms each, p50 ${ pick(
			50
		).toFixed( 3 ) } p95 ${ pick( 95 ).toFixed( 3 ) } ms, CPU ${ (
			( cpu.user + cpu.system ) /
			1000 /
			MESSAGES
		).toFixed( 3 ) } ms/message; load average ${ os
			.loadavg()
			.map( ( v ) => v.toFixed( 2 ) )
			.join( ' ' ) }`
	);
	await sidecar.close();
}

measureEachDialect( measure );
