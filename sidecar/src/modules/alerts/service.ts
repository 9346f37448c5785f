/**
 * The alerts service: alert rules (created, changed and deleted with their audit entry),
 * incidents, and the parts it spreads in — rule evaluation (rule-evaluation.ts) and
 * channels with their deliveries (deliveries.ts). What they are built from is in
 * service-types.ts; the names this file exported before that split are re-exported here.
 */
import { newId } from '../../platform/crypto';
import { NotFoundError, ValidationError } from '../../platform/errors';
import type { AuditActor } from '../audit/service';
import { createAlertDeliveries } from './deliveries';
import { createRuleEvaluation } from './rule-evaluation';
import type { AlertRule, RuleInput, RuleUpdate } from './schema';
import { auditedChange, type AlertsServiceDeps } from './service-types';

export { DELIVER_JOB } from './deliveries';
export type { AlertsServiceDeps } from './service-types';

export const EVALUATE_JOB = 'alerts.evaluate';

export function createAlertsService( deps: AlertsServiceDeps ) {
	const { repo, clock } = deps;
	const now = () => clock().toISOString();
	const change = auditedChange( deps );
	const deliveries = createAlertDeliveries( deps, now );
	const evaluation = createRuleEvaluation( deps, now, deliveries.notify );

	return {
		...deliveries,
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
			return change(
				actor,
				{
					action: 'alerts.rule.create',
					resourceType: 'alert_rule',
					resourceId: rule.id,
					details: {
						metric: rule.metric,
						threshold: rule.threshold,
						siteId: rule.siteId,
					},
				},
				async ( trxRepo ) => {
					await trxRepo.insertRule( rule );
					return rule;
				}
			);
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
			return change(
				actor,
				{
					action: 'alerts.rule.update',
					resourceType: 'alert_rule',
					resourceId: id,
					details: { ...update },
				},
				async ( trxRepo ) => {
					await trxRepo.updateRule( rule );
					return rule;
				}
			);
		},

		async deleteRule( actor: AuditActor, id: string ): Promise< void > {
			await change(
				actor,
				{
					action: 'alerts.rule.delete',
					resourceType: 'alert_rule',
					resourceId: id,
				},
				async ( trxRepo ) => {
					if ( ! ( await trxRepo.deleteRule( id ) ) ) {
						throw new NotFoundError( 'No such alert rule.' );
					}
				}
			);
		},

		listIncidents: ( limit = 100 ) => repo.listIncidents( limit ),
		...evaluation,
	};
}

export type AlertsService = ReturnType< typeof createAlertsService >;
