/**
 * A real SMTP server (smtp-server) running in the test process, keeping every message it
 * receives, so tests read the mail the sidecar sent (OMNIOPS_SMTP_URL points at it).
 */
import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
	to: string[];
	raw: string;
	/** The raw message with quoted-printable soft breaks and escapes decoded. */
	text: string;
}

function decodeQuotedPrintable( raw: string ): string {
	return raw
		.replace( /=\r?\n/g, '' )
		.replace( /=([0-9A-F]{2})/g, ( _m, hex: string ) =>
			String.fromCharCode( parseInt( hex, 16 ) )
		);
}

export async function startMailbox() {
	const received: ReceivedMail[] = [];
	const server = new SMTPServer( {
		authOptional: true,
		disabledCommands: [ 'STARTTLS' ],
		onData( stream, session, done ) {
			let raw = '';
			stream.on(
				'data',
				( chunk: Buffer ) => ( raw += chunk.toString() )
			);
			stream.on( 'end', () => {
				received.push( {
					to: session.envelope.rcptTo.map( ( rcpt ) => rcpt.address ),
					raw,
					text: decodeQuotedPrintable( raw ),
				} );
				done();
			} );
		},
	} );
	await new Promise< void >( ( resolve ) =>
		server.listen( 0, '127.0.0.1', resolve )
	);
	const port = ( server.server.address() as AddressInfo ).port;
	return {
		received,
		url: `smtp://127.0.0.1:${ port }`,
		/** The first link to `path` in the newest mail to `to`. */
		linkTo( to: string, path: string ): string | undefined {
			const mail = [ ...received ]
				.reverse()
				.find( ( m ) => m.to.includes( to ) );
			const match = mail?.text.match(
				new RegExp(
					`https?://[^\\s]+${ path.replace( /\//g, '\\/' ) }\\?token=[A-Za-z0-9_-]+`
				)
			);
			return match?.[ 0 ];
		},
		close: () => new Promise< void >( ( r ) => server.close( () => r() ) ),
	};
}

export type Mailbox = Awaited< ReturnType< typeof startMailbox > >;
