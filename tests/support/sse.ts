/**
 * Reads a server-sent events response in tests: `next(event)` waits for the next event of
 * that name (optionally matching a predicate), skipping others.
 */
export interface SseMessage {
	event: string;
	data: unknown;
}

export async function readSse(
	url: string,
	headers: Record< string, string > = {},
	timeoutMs = 10_000
) {
	const controller = new AbortController();
	const response = await fetch( url, {
		headers: { ...headers, accept: 'text/event-stream' },
		signal: controller.signal,
	} );
	if ( ! response.ok || ! response.body ) {
		throw new Error( `stream answered ${ response.status }` );
	}
	const reader = response.body.getReader();
	const decoder = new TextDecoder();
	let buffer = '';
	const queue: SseMessage[] = [];

	const readMore = async () => {
		const { value, done } = await reader.read();
		if ( done ) {
			throw new Error( 'stream ended' );
		}
		buffer += decoder.decode( value, { stream: true } );
		let end: number;
		while ( ( end = buffer.indexOf( '\n\n' ) ) >= 0 ) {
			const block = buffer.slice( 0, end );
			buffer = buffer.slice( end + 2 );
			const event = /^event: (.*)$/m.exec( block )?.[ 1 ] ?? 'message';
			const data = /^data: (.*)$/m.exec( block )?.[ 1 ];
			queue.push( {
				event,
				data: data === undefined ? null : JSON.parse( data ),
			} );
		}
	};

	return {
		status: response.status,
		contentType: response.headers.get( 'content-type' ),
		async next(
			event: string,
			matches: ( data: unknown ) => boolean = () => true
		): Promise< SseMessage > {
			const deadline = Date.now() + timeoutMs;
			for (;;) {
				const index = queue.findIndex(
					( message ) =>
						message.event === event && matches( message.data )
				);
				if ( index >= 0 ) {
					return queue.splice( index, 1 )[ 0 ]!;
				}
				if ( Date.now() > deadline ) {
					throw new Error(
						`no ${ event } event within ${ timeoutMs } ms`
					);
				}
				await Promise.race( [
					readMore(),
					new Promise( ( _, reject ) =>
						setTimeout(
							() =>
								reject(
									new Error( `no ${ event } event in time` )
								),
							Math.max( 1, deadline - Date.now() )
						)
					),
				] );
			}
		},
		close: () => controller.abort(),
	};
}
