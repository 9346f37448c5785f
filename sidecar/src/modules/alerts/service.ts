import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import { newId, randomToken } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { JobQueue } from '../../platform/jobs';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mailer';
import type { SecretBox } from '../../platform/secret-box';
import type { AuditActor, AuditEntry } from '../audit/service';
import {
	formatMetricValue,
	measure,
	nextTransition,
	type HealthFiguresProvider,
} from './evaluate';
import type { AlertsRepo, ChannelRow, DeliveryMessage } from './repo';
import {
	METRIC_LABELS,
	type AlertChannel,
	type AlertIncident,
	type AlertRule,
	type ChannelInput,
	type DeliveryKind,
	type RuleInput,
	type RuleUpdate,
} from './schema';
import { postWebhook, validateWebhookUrl } from './webhook';

export const DELIVER_JOB = 'alerts.deliver';
export const EVALUATE_JOB = 'alerts.evaluate';

export interface AlertsServiceDeps {
	repo: AlertsRepo;
	repoFor: ( db: Kysely< Database > ) => AlertsRepo;
	/** Runs a change and its audit entry in one transaction (audit module). */
	audited: < T >(
		actor: AuditActor,
		work: (
			trx: Kysely< Database >
		) => Promise< { result: T; entry: AuditEntry } >
	) => Promise< T >;
	queue: JobQueue;
	logger: Logger;
	clock: () => Date;
	mailer: Mailer | null;
	secrets: SecretBox;
	healthFigures: HealthFiguresProvider;
	/** The site a rule watches (its organization and name for messages); throws NotFoundError. */
	siteById: ( siteId: string ) => Promise< {
		id: string;
		organizationId: string;
		name: string;
		url: string;
	} >;
	allowPrivateWebhooks: boolean;
	webhookTimeoutMs: number;
	/** Tries per delivery (the first included) before it is marked failed. */
	deliveryAttempts: number;
	publicUrl: string;
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

export function createAlertsService( deps: AlertsServiceDeps ) {
	const { repo, queue, logger, clock } = deps;
	const now = () => clock().toISOString();

	async function scopeLabel( rule: {
		siteId: string | null;
	} ): Promise< string > {
		if ( ! rule.siteId ) {
			return 'platform-wide';
		}
		try {
			const site = await deps.siteById( rule.siteId );
			return `site ${ site.name } (${ site.url })`;
		} catch {
			return `site ${ rule.siteId }`;
		}
	}

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
	async function notify( input: {
		organizationId: string | null;
		kind: DeliveryKind;
		message: DeliveryMessage;
		incidentId?: string | null;
		reportId?: string | null;
		emailOnly?: boolean;
	} ): Promise< string[] > {
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

	function incidentMessage(
		transition: 'firing' | 'resolved',
		rule: AlertRule,
		incident: AlertIncident,
		scope: string
	): DeliveryMessage {
		const label = METRIC_LABELS[ rule.metric ];
		const value = formatMetricValue( rule.metric, incident.lastValue );
		const threshold = formatMetricValue( rule.metric, rule.threshold );
		const subject =
			transition === 'firing'
				? `[OmniOps] Alert: ${ label } ${ value } above ${ threshold } (${ scope })`
				: `[OmniOps] Resolved: ${ label } back to ${ value } (${ scope })`;
		const text = [
			transition === 'firing'
				? `${ label } is ${ value }, above the threshold of ${ threshold }, over the last ${ rule.windowMinutes } minutes (${ scope }).`
				: `${ label } is ${ value } now, at or under the threshold of ${ threshold } (${ scope }). The incident opened at ${ incident.openedAt } is resolved.`,
			`Incident: ${ incident.id }`,
			`Alerts: ${ deps.publicUrl }/owner/alerts`,
		].join( '\n' );
		return {
			subject,
			text,
			event: {
				type: `alert.${ transition }`,
				occurredAt:
					transition === 'firing'
						? incident.openedAt
						: ( incident.resolvedAt ?? now() ),
				incident: {
					id: incident.id,
					ruleId: rule.id,
					metric: rule.metric,
					value: incident.lastValue,
					threshold: rule.threshold,
					windowMinutes: rule.windowMinutes,
					organizationId: incident.organizationId,
					siteId: incident.siteId,
					scope,
					openedAt: incident.openedAt,
					resolvedAt: incident.resolvedAt,
				},
				text: `${ subject }\n${ text }`,
			},
		};
	}

	/**
	 * Evaluates one rule at `at` and applies the state machine's transition.
	 *
	 * @param rule The rule.
	 * @param open Its open incident, if any.
	 * @param at   Evaluation time.
	 */
	async function evaluateRule(
		rule: AlertRule,
		open: AlertIncident | undefined,
		at: Date
	): Promise< { opened?: AlertIncident; resolved?: AlertIncident } > {
		if ( ! rule.enabled && ! open ) {
			return {};
		}
		const from = new Date( at.getTime() - rule.windowMinutes * 60_000 );
		const figures = await deps.healthFigures( {
			from: from.toISOString(),
			to: at.toISOString(),
			...( rule.organizationId
				? { organizationId: rule.organizationId }
				: {} ),
			...( rule.siteId ? { siteId: rule.siteId } : {} ),
		} );
		const value = measure( rule, figures );
		const transition = nextTransition(
			open ? 'open' : 'closed',
			value,
			rule
		);
		const atIso = at.toISOString();
		switch ( transition.kind ) {
			case 'open': {
				const incident: AlertIncident = {
					id: newId(),
					ruleId: rule.id,
					metric: rule.metric,
					organizationId: rule.organizationId,
					siteId: rule.siteId,
					threshold: rule.threshold,
					openedValue: value!,
					lastValue: value!,
					openedAt: atIso,
					lastEvaluatedAt: atIso,
					resolvedAt: null,
				};
				try {
					await repo.insertIncident( incident );
				} catch ( error ) {
					// Another instance opened it a moment ago (unique open incident per rule).
					logger.info(
						{ err: error, rule: rule.id },
						'incident already open'
					);
					return {};
				}
				await notify( {
					organizationId: rule.organizationId,
					kind: 'alert_firing',
					incidentId: incident.id,
					message: incidentMessage(
						'firing',
						rule,
						incident,
						await scopeLabel( rule )
					),
				} );
				return { opened: incident };
			}
			case 'still_open':
				await repo.touchIncident( open!.id, value!, atIso );
				return {};
			case 'resolve': {
				const lastValue = value ?? 0;
				if (
					! ( await repo.resolveIncident(
						open!.id,
						lastValue,
						atIso
					) )
				) {
					return {};
				}
				const resolved = {
					...open!,
					lastValue,
					lastEvaluatedAt: atIso,
					resolvedAt: atIso,
				};
				await notify( {
					organizationId: resolved.organizationId,
					kind: 'alert_resolved',
					incidentId: resolved.id,
					message: incidentMessage(
						'resolved',
						rule,
						resolved,
						await scopeLabel( rule )
					),
				} );
				return { resolved };
			}
			default:
				return {};
		}
	}

	return {
		notify,
		listRules: () => repo.listRules(),

		async createRule(
			actor: AuditActor,
			input: RuleInput
		): Promise< AlertRule > {
			const site = input.siteId
				? await deps.siteById( input.siteId ).catch( () => {
						throw new ValidationError( 'There is no such site.', {
							siteId: [ 'No such site.' ],
						} );
					} )
				: null;
			const at = now();
			const rule: AlertRule = {
				id: newId(),
				metric: input.metric,
				threshold: input.threshold,
				windowMinutes: input.windowMinutes,
				minEvents: input.minEvents,
				organizationId: site?.organizationId ?? null,
				siteId: site?.id ?? null,
				enabled: input.enabled,
				createdAt: at,
				updatedAt: at,
			};
			return deps.audited( actor, async ( trx ) => {
				await deps.repoFor( trx ).insertRule( rule );
				return {
					result: rule,
					entry: {
						action: 'alerts.rule.create',
						resourceType: 'alert_rule',
						resourceId: rule.id,
						details: {
							metric: rule.metric,
							threshold: rule.threshold,
							siteId: rule.siteId,
						},
					},
				};
			} );
		},

		async updateRule(
			actor: AuditActor,
			id: string,
			update: RuleUpdate
		): Promise< AlertRule > {
			const current = await repo.findRule( id );
			if ( ! current ) {
				throw new NotFoundError( 'No such alert rule.' );
			}
			const rule = { ...current, ...update, updatedAt: now() };
			if (
				rule.metric !== 'origin_rejections_per_hour' &&
				rule.threshold > 1
			) {
				throw new ValidationError(
					'Rates are fractions between 0 and 1.',
					{ threshold: [ 'At most 1 (100%).' ] }
				);
			}
			return deps.audited( actor, async ( trx ) => {
				await deps.repoFor( trx ).updateRule( rule );
				return {
					result: rule,
					entry: {
						action: 'alerts.rule.update',
						resourceType: 'alert_rule',
						resourceId: id,
						details: { ...update },
					},
				};
			} );
		},

		async deleteRule( actor: AuditActor, id: string ): Promise< void > {
			await deps.audited( actor, async ( trx ) => {
				if ( ! ( await deps.repoFor( trx ).deleteRule( id ) ) ) {
					throw new NotFoundError( 'No such alert rule.' );
				}
				return {
					result: undefined,
					entry: {
						action: 'alerts.rule.delete',
						resourceType: 'alert_rule',
						resourceId: id,
					},
				};
			} );
		},

		listIncidents: ( limit = 100 ) => repo.listIncidents( limit ),

		/**
		 * The scheduled check: every rule against its window ending now. Opens an incident
		 * (and notifies) on a breach, keeps quiet while it lasts, resolves (and notifies)
		 * when it clears.
		 */
		async evaluate(): Promise< {
			opened: AlertIncident[];
			resolved: AlertIncident[];
		} > {
			const at = clock();
			const rules = await repo.listRules();
			const open = new Map(
				( await repo.openIncidents() ).map( ( incident ) => [
					incident.ruleId,
					incident,
				] )
			);
			const opened: AlertIncident[] = [];
			const resolved: AlertIncident[] = [];
			for ( const rule of rules ) {
				const outcome = await evaluateRule(
					rule,
					open.get( rule.id ),
					at
				);
				if ( outcome.opened ) {
					opened.push( outcome.opened );
				}
				if ( outcome.resolved ) {
					resolved.push( outcome.resolved );
				}
			}
			return { opened, resolved };
		},

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
			await deps.audited( actor, async ( trx ) => {
				await deps.repoFor( trx ).insertChannel( channel );
				return {
					result: undefined,
					entry: {
						action: 'alerts.channel.create',
						resourceType: 'alert_channel',
						resourceId: channel.id,
						details: { kind: channel.kind, target: channel.target },
					},
				};
			} );
			return { channel: publicChannel( channel ), secret };
		},

		async deleteChannel( actor: AuditActor, id: string ): Promise< void > {
			await deps.audited( actor, async ( trx ) => {
				if ( ! ( await deps.repoFor( trx ).deleteChannel( id ) ) ) {
					throw new NotFoundError( 'No such channel.' );
				}
				return {
					result: undefined,
					entry: {
						action: 'alerts.channel.delete',
						resourceType: 'alert_channel',
						resourceId: id,
					},
				};
			} );
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

export type AlertsService = ReturnType< typeof createAlertsService >;
