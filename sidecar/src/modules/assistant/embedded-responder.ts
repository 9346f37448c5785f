/**
 * The embedded responder: no API key, no network. Recognises small talk, otherwise
 * retrieves the best-matching passage of the shop's own pages and quotes it with a link.
 * When nothing matches well enough it says so rather than guess.
 */
import type {
	AssistantTools,
	Responder,
	ResponderChunk,
	ResponderInput,
} from './responder';

/** A passage must contain at least this share of the question's keywords to be quoted. */
export const MIN_COVERAGE = 0.5;

const GREETING =
	/^\s*(hi|hello|hey|good (morning|afternoon|evening)|hiya|howdy)\b[\s!.,?]*$/i;
const THANKS =
	/^\s*(thanks?( you)?|thx|cheers|great,? thanks?|perfect,? thanks?)\b[\s!.,]*$/i;

export const EMBEDDED_REPLIES = {
	greeting:
		'Hello! Ask me anything about this shop — shipping, returns, or anything on our pages.',
	thanks: "You're welcome! Anything else I can help with?",
	unknown:
		"I'm sorry, I couldn't find an answer to that on this shop's pages, and I'd rather not guess. Could you rephrase it, or ask about something like shipping or returns?",
};

export function createEmbeddedResponder( tools: AssistantTools ): Responder {
	return {
		name: 'embedded',
		async *respond(
			input: ResponderInput
		): AsyncGenerator< ResponderChunk > {
			if ( GREETING.test( input.text ) ) {
				yield { type: 'text', delta: EMBEDDED_REPLIES.greeting };
				return;
			}
			if ( THANKS.test( input.text ) ) {
				yield { type: 'text', delta: EMBEDDED_REPLIES.thanks };
				return;
			}
			const [ best ] = await tools.searchContent(
				input.organizationId,
				input.siteId,
				input.text,
				3
			);
			if ( ! best || best.coverage < MIN_COVERAGE ) {
				yield { type: 'text', delta: EMBEDDED_REPLIES.unknown };
				return;
			}
			yield {
				type: 'text',
				delta: `From our “${ best.title }” page:\n\n${ best.body }`,
			};
			yield {
				type: 'source',
				source: { title: best.title, url: best.url },
			};
		},
	};
}
