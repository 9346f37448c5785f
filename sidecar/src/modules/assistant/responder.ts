/**
 * The answering interface (DESIGN "Answering"): a responder turns a shopper's message,
 * in its conversation and page context, into a stream of chunks. The embedded responder
 * is the default; LLM responders implement the same interface and share the same tools.
 */
export interface PageContext {
	url?: string;
	title?: string;
	referrer?: string;
}

export interface SourceLink {
	title: string;
	url: string;
}

export type ResponderChunk =
	{ type: 'text'; delta: string } | { type: 'source'; source: SourceLink };

export interface ResponderInput {
	organizationId: string;
	siteId: string;
	conversationId: string;
	text: string;
	locale: string;
	pageContext: PageContext | null;
	history: ReadonlyArray< { role: 'shopper' | 'assistant'; text: string } >;
}

export interface Responder {
	readonly name: string;
	respond: ( input: ResponderInput ) => AsyncIterable< ResponderChunk >;
}

/** The tools every responder may use; each takes the tenant from the input, never from the model. */
export interface AssistantTools {
	searchContent: (
		organizationId: string,
		siteId: string,
		question: string,
		limit?: number
	) => Promise<
		Array< {
			title: string;
			url: string;
			heading: string;
			body: string;
			coverage: number;
		} >
	>;
}

/** Collects a responder's stream into the final text and its sources. */
export async function collectReply(
	chunks: AsyncIterable< ResponderChunk >
): Promise< { text: string; sources: SourceLink[] } > {
	let text = '';
	const sources: SourceLink[] = [];
	for await ( const chunk of chunks ) {
		if ( chunk.type === 'text' ) {
			text += chunk.delta;
		} else if (
			! sources.some( ( source ) => source.url === chunk.source.url )
		) {
			sources.push( chunk.source );
		}
	}
	return { text: text.trim(), sources };
}
