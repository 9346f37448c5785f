/**
 * The alerts service's channels and deliveries: which channels a message goes to, the
 * queued deliveries with their tries, retries and test messages, and how a message is sent
 * (e-mail, signed webhook, Slack's body). Part of the alerts service (`createAlertsService`
 * spreads it in); split from service.ts along that seam (issue 14 item 4).
 */
import { newId, randomToken } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { AuditActor } from '../audit/service';
import type { ChannelRow, DeliveryMessage } from './repo';
import type { AlertChannel, ChannelInput, DeliveryKind } from './schema';
import { auditedChange, type AlertsServiceDeps } from './service-types';
import { postWebhook, validateWebhookUrl } from './webhook';

export const DELIVER_JOB = 'alerts.deliver';

/** What `notify` sends, and to which organization's channels (besides the platform's). */
export interface NotifyInput {
	organizationId: string | null;
	kind: DeliveryKind;
	message: DeliveryMessage;
	incidentId?: string | null;
	reportId?: string | null;
	emailOnly?: boolean;
}

const publicChannel = ( channel: ChannelRow ): AlertChannel => {
	const { secretSealed: _secret, ...rest } = channel;
	void _secret;
	return rest;
};

/** Slack's incoming webhooks (and Mattermost, Rocket.Chat …) take `{ text, blocks }`. */
function slackBody( message: DeliveryMessage ): Record< string, unknown > {
	return {
		text: `${ message.subject }\n${ message.text }`,
		blocks: [
			{
				type: 'header',
				text: {
					type: 'plain_text',
					text: message.subject.slice( 0, 150 ),
				},
			},
			{
				type: 'section',
				text: { type: 'mrkdwn', text: message.text.slice( 0, 3000 ) },
			},
		],
	};
}
export function createAlertDeliveries(
	deps: AlertsServiceDeps,
	now: () => string
) {
	const { repo, queue, clock } = deps;
	const change = auditedChange( deps );

	/**
	 * Queues one delivery per channel serving the scope: platform channels always, and the
	 * organization's own channels when the subject belongs to one.
	 *
	 * @param input                Delivery content and links.
	 * @param input.organizationId Organization the subject belongs to, or null.
	 * @param input.kind           What is delivered.
	 * @param input.message        Subject, text and structured event.
	 * @param input.incidentId     Incident delivered, if any.
	 * @param input.reportId       Report delivered, if any.
	 * @param input.emailOnly      Only e-mail channels (daily reports).
	 */
	async function notify( input: NotifyInput ): Promise< string[] > {
		const channels = ( await repo.listChannels() ).filter(
			( channel ) =>
				( channel.organizationId === null ||
					channel.organizationId === input.organizationId ) &&
				( ! input.emailOnly || channel.kind === 'email' )
		);
		const ids: string[] = [];
		for ( const channel of channels ) {
			ids.push(
				await queueDelivery( channel.id, {
					kind: input.kind,
					message: input.message,
					incidentId: input.incidentId ?? null,
					reportId: input.reportId ?? null,
				} )
			);
		}
		return ids;
	}

	async function queueDelivery(
		channelId: string,
		input: {
			kind: DeliveryKind;
			message: DeliveryMessage;
			incidentId: string | null;
			reportId: string | null;
		}
	): Promise< string > {
		const id = newId();
		await repo.insertDelivery( {
			id,
			channelId,
			...input,
			maxAttempts: deps.deliveryAttempts,
			at: now(),
		} );
		queue.enqueue(
			DELIVER_JOB,
			{ deliveryId: id },
			{ attempts: deps.deliveryAttempts }
		);
		return id;
	}

	async function send(
		channel: ChannelRow,
		message: DeliveryMessage
	): Promise< void > {
		if ( channel.kind === 'email' ) {
			if ( ! deps.mailer ) {
				throw new Error( 'SMTP is not configured (OMNIOPS_SMTP_URL)' );
			}
			await deps.mailer.send( {
				to: channel.target,
				subject: message.subject,
				text: message.text,
			} );
			return;
		}
		const body =
			channel.format === 'slack' ? slackBody( message ) : message.event;
		await postWebhook( {
			url: channel.target,
			secret: deps.secrets.open( channel.secretSealed ?? '' ),
			body: JSON.stringify( body ),
			now: clock(),
			allowPrivate: deps.allowPrivateWebhooks,
			timeoutMs: deps.webhookTimeoutMs,
		} );
	}
	return {
		notify,

		listChannels: async () =>
			( await repo.listChannels() ).map( publicChannel ),

		async createChannel(
			actor: AuditActor,
			input: ChannelInput
		): Promise< { channel: AlertChannel; secret: string | null } > {
			const isWebhook = input.kind === 'webhook';
			const target = isWebhook
				? validateWebhookUrl( input.target, {
						allowPrivate: deps.allowPrivateWebhooks,
					} )
				: input.target
						.split( ',' )
						.map( ( address ) => address.trim() )
						.join( ', ' );
			const secret = isWebhook ? randomToken( 'whsec_', 32 ) : null;
			const channel: ChannelRow = {
				id: newId(),
				kind: input.kind,
				name: input.name,
				target,
				format: isWebhook ? input.format : 'text',
				organizationId: null,
				createdAt: now(),
				secretSealed: secret ? deps.secrets.seal( secret ) : null,
			};
			await change(
				actor,
				{
					action: 'alerts.channel.create',
					resourceType: 'alert_channel',
					resourceId: channel.id,
					details: { kind: channel.kind, target: channel.target },
				},
				( trxRepo ) => trxRepo.insertChannel( channel )
			);
			return { channel: publicChannel( channel ), secret };
		},

		async deleteChannel( actor: AuditActor, id: string ): Promise< void > {
			await change(
				actor,
				{
					action: 'alerts.channel.delete',
					resourceType: 'alert_channel',
					resourceId: id,
				},
				async ( trxRepo ) => {
					if ( ! ( await trxRepo.deleteChannel( id ) ) ) {
						throw new NotFoundError( 'No such channel.' );
					}
				}
			);
		},

		/** Queues a test message to one channel; the delivery log shows how it went. */
		async sendTest( channelId: string ) {
			const channel = await repo.findChannel( channelId );
			if ( ! channel ) {
				throw new NotFoundError( 'No such channel.' );
			}
			const subject = `[OmniOps] Test message for "${ channel.name }"`;
			const text = `This is a test from OmniOps (${ deps.publicUrl }). If you can read it, the channel works.`;
			const id = await queueDelivery( channel.id, {
				kind: 'test',
				incidentId: null,
				reportId: null,
				message: {
					subject,
					text,
					event: {
						type: 'test',
						occurredAt: now(),
						text: `${ subject }\n${ text }`,
					},
				},
			} );
			return ( await repo.findDelivery( id ) )!;
		},

		listDeliveries: ( limit = 100 ) => repo.listDeliveries( limit ),

		/**
		 * Queues again the deliveries an in-process queue lost (the process stopped while
		 * they waited). Ten minutes is far beyond a delivery's own tries and backoff, so a
		 * delivery still being tried is not sent twice. Runs with each scheduled evaluation.
		 */
		async resumeStaleDeliveries(): Promise< number > {
			const ids = await repo.staleDeliveryIds(
				new Date( clock().getTime() - 10 * 60_000 ).toISOString()
			);
			for ( const deliveryId of ids ) {
				queue.enqueue(
					DELIVER_JOB,
					{ deliveryId },
					{ attempts: deps.deliveryAttempts }
				);
			}
			return ids.length;
		},

		/** Sends a failed delivery again, with a fresh set of attempts. */
		async retryDelivery( id: string ) {
			const delivery = await repo.findDelivery( id );
			if ( ! delivery ) {
				throw new NotFoundError( 'No such delivery.' );
			}
			if ( delivery.status !== 'failed' ) {
				throw new ValidationError(
					'Only failed deliveries can be sent again.'
				);
			}
			await repo.recordAttempt( id, {
				status: 'pending',
				attempts: delivery.attempts,
				maxAttempts: delivery.attempts + deps.deliveryAttempts,
				lastError: delivery.lastError,
				at: now(),
			} );
			queue.enqueue(
				DELIVER_JOB,
				{ deliveryId: id },
				{ attempts: deps.deliveryAttempts }
			);
			return ( await repo.findDelivery( id ) )!;
		},

		/**
		 * The delivery job: one attempt. A failure is recorded (attempts, last error) and
		 * rethrown so the job queue retries with backoff; the last allowed failure marks the
		 * delivery failed.
		 *
		 * @param deliveryId The delivery.
		 */
		async deliver( deliveryId: string ): Promise< void > {
			const delivery = await repo.findDelivery( deliveryId );
			if (
				! delivery ||
				delivery.status === 'sent' ||
				delivery.status === 'failed'
			) {
				return;
			}
			const channel = await repo.findChannel( delivery.channelId );
			if ( ! channel ) {
				return;
			}
			const attempts = delivery.attempts + 1;
			try {
				await send( channel, delivery.message );
				await repo.recordAttempt( deliveryId, {
					status: 'sent',
					attempts,
					lastError: null,
					at: now(),
				} );
			} catch ( error ) {
				const reason = (
					error instanceof Error ? error.message : String( error )
				).slice( 0, 500 );
				await repo.recordAttempt( deliveryId, {
					status:
						attempts >= delivery.maxAttempts
							? 'failed'
							: 'retrying',
					attempts,
					lastError: reason,
					at: now(),
				} );
				throw error;
			}
		},
	};
}
