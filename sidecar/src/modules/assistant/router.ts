/**
 * Chooses the responder per message: the organization's LLM when its settings are enabled,
 * the embedded responder otherwise. Reading the settings per message means a change in
 * the dashboard applies to the next question without a restart.
 */
import type { LlmConfig, UsageRecorder } from './llm-responder';
import { createLlmResponder } from './llm-responder';
import type { LimiterFactory } from '../../platform/rate-limit';
import type {
	AssistantTools,
	Responder,
	ResponderChunk,
	ResponderInput,
} from './responder';

export function createResponderRouter( deps: {
	embedded: Responder;
	tools: AssistantTools;
	usage: UsageRecorder;
	configFor: ( organizationId: string ) => Promise< LlmConfig | null >;
	/** Shared order-lookup limits: the LLM responder is built per message. */
	limits?: LimiterFactory;
} ): Responder {
	return {
		name: 'assistant',
		async *respond(
			input: ResponderInput
		): AsyncGenerator< ResponderChunk > {
			const config = await deps.configFor( input.organizationId );
			const responder = config
				? createLlmResponder(
						config,
						deps.tools,
						deps.embedded,
						deps.usage,
						deps.limits
					)
				: deps.embedded;
			yield* responder.respond( input );
		},
	};
}
