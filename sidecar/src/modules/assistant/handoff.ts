/**
 * Human handoff: the conversation is marked for a person (a stored request with the
 * shopper's e-mail) and the shop is told by e-mail, from a job so the shopper's reply
 * never waits for SMTP. The outcome of the notification is kept with the request.
 */
import { newId } from '../../platform/crypto';
import type { JobQueue } from '../../platform/jobs';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mailer';
import type { AssistantRepo } from './repo';

export const NOTIFY_JOB = 'assistant.handoff-notify';

export interface HandoffServiceDeps {
	repo: AssistantRepo;
	queue: JobQueue;
	logger: Logger;
	clock: () => Date;
	mailer: Mailer | null;
	publicUrl: string;
}

export function createHandoffService( deps: HandoffServiceDeps ) {
	const { repo, queue, logger, clock } = deps;
	const now = () => clock().toISOString();

	async function notify( job: {
		id: string;
		organizationId: string;
		siteId: string;
		email: string;
		question: string;
		conversationId: string;
	} ): Promise< void > {
		const to = await repo.handoffEmail( job.organizationId, job.siteId );
		if ( ! to || ! deps.mailer ) {
			const reason = to
				? 'No SMTP server is configured (OMNIOPS_SMTP_URL).'
				: 'No handoff e-mail address is set for this site.';
			await repo.recordNotification(
				job.organizationId,
				job.id,
				null,
				reason
			);
			logger.warn( { siteId: job.siteId, handoffId: job.id }, reason );
			return;
		}
		try {
			await deps.mailer.send( {
				to,
				replyTo: job.email,
				subject: 'A shopper asked to talk to a person',
				text: [
					`A shopper asked for a person in the chat on your shop.`,
					``,
					`Their e-mail: ${ job.email }`,
					`Their question: ${ job.question }`,
					`Conversation: ${ job.conversationId }`,
					``,
					`Reply to this e-mail to answer them directly.`,
				].join( '\n' ),
			} );
			await repo.recordNotification(
				job.organizationId,
				job.id,
				now(),
				null
			);
		} catch ( error ) {
			const message =
				error instanceof Error ? error.message : String( error );
			await repo.recordNotification(
				job.organizationId,
				job.id,
				null,
				message
			);
			throw error;
		}
	}

	queue.register( NOTIFY_JOB, notify );

	return {
		async request( input: {
			organizationId: string;
			siteId: string;
			conversationId: string;
			email: string;
			question: string;
		} ): Promise< void > {
			const id = newId();
			await repo.insertHandoff( {
				id,
				...input,
				question: input.question.slice( 0, 2000 ),
				createdAt: now(),
				notifiedAt: null,
				notifyError: null,
			} );
			queue.enqueue( NOTIFY_JOB, { id, ...input }, { attempts: 3 } );
		},

		list: ( organizationId: string, siteId: string ) =>
			repo.listHandoffs( organizationId, siteId, 100 ),

		async settings( organizationId: string, siteId: string ) {
			return {
				handoffEmail: await repo.handoffEmail( organizationId, siteId ),
			};
		},

		async saveSettings(
			organizationId: string,
			siteId: string,
			handoffEmail: string | null
		) {
			await repo.saveHandoffEmail(
				organizationId,
				siteId,
				handoffEmail,
				now()
			);
			return { handoffEmail };
		},
	};
}

export type HandoffService = ReturnType< typeof createHandoffService >;
