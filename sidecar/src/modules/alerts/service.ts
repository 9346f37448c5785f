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
import type { AlertsServiceDeps } from './service-types';

export { DELIVER_JOB } from './deliveries';
export type { AlertsServiceDeps } from './service-types';

export const EVALUATE_JOB = 'alerts.evaluate';

export function createAlertsService( deps: AlertsServiceDeps ) {
	const { repo, clock } = deps;
	const now = () => clock().toISOString();
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
		...evaluation,
	};
}

export type AlertsService = ReturnType< typeof createAlertsService >;
