/**
 * A shopper in the widget: a message sent in a conversation (the JSON route or the streaming
 * one, whose server-sent events come back parsed), each with a fresh client message id unless
 * the test names one.
 */
import { startConversation } from './flows';
import { call, type TestSidecar } from './sidecar-harness';

export interface WidgetConversation {
	id: string;
	auth: Record< string, string >;
}

export interface StreamedEvent {
	event: string | undefined;
	data: any;
}

const freshClientMessageId = () =>
	`cm-${ Math.random().toString( 36 ).slice( 2 ) }`;

/** POSTs `text` (and any other message fields in `extra`) to the conversation. */
export function sendMessage(
	sidecar: TestSidecar,
	conversation: WidgetConversation,
	text: string,
	extra: Record< string, unknown > = {}
) {
	return call(
		sidecar.baseUrl,
		'POST',
		`/api/widget/conversations/${ conversation.id }/messages`,
		{
			headers: conversation.auth,
			body: { text, clientMessageId: freshClientMessageId(), ...extra },
		}
	);
}

/** The conversation's messages, read with its own token as the widget reloads them. */
export function readMessages(
	sidecar: Pick< TestSidecar, 'baseUrl' >,
	conversation: WidgetConversation
) {
	return call(
		sidecar.baseUrl,
		'GET',
		`/api/widget/conversations/${ conversation.id }/messages`,
		{ headers: conversation.auth }
	);
}

/** A new conversation on the site and `text` sent in it. */
export async function askInNewConversation(
	sidecar: TestSidecar,
	siteKey: string,
	text: string,
	extra: Record< string, unknown > = {}
) {
	const conversation = await startConversation( sidecar, siteKey );
	const response = await sendMessage( sidecar, conversation, text, extra );
	return { conversation, response };
}

/** The streaming route: the raw response, for tests that read it themselves. */
export function streamMessage(
	sidecar: TestSidecar,
	conversation: WidgetConversation,
	body: Record< string, unknown >
) {
	return fetch(
		`${ sidecar.baseUrl }/api/widget/conversations/${ conversation.id }/messages/stream`,
		{
			method: 'POST',
			headers: {
				...conversation.auth,
				'content-type': 'application/json',
			},
			body: JSON.stringify( body ),
		}
	);
}

/** The events of a finished server-sent events answer, in order, with their data parsed. */
export async function streamedEvents(
	response: Response
): Promise< StreamedEvent[] > {
	return ( await response.text() )
		.split( '\n\n' )
		.filter( ( block ) => block.includes( 'data:' ) )
		.map( ( block ) => ( {
			event: /^event: (.*)$/m.exec( block )?.[ 1 ],
			data: JSON.parse( /^data: (.*)$/m.exec( block )![ 1 ]! ),
		} ) );
}
