/**
 * The alerts service's rule evaluation: each rule against its window, the incident state
 * machine's transitions, and the firing / resolved messages they send. Part of the alerts
 * service (`createAlertsService` spreads it in); split from service.ts along that seam
 * (issue 14 item 4).
 */
import { newId } from '../../platform/crypto';
import { formatMetricValue, measure, nextTransition } from './evaluate';
import type { DeliveryMessage } from './repo';
import type { NotifyInput } from './deliveries';
import { METRIC_LABELS, type AlertIncident, type AlertRule } from './schema';
import type { AlertsServiceDeps } from './service-types';

/** Queues a message to the channels serving a scope (deliveries.ts). */
export type Notify = ( input: NotifyInput ) => Promise< string[] >;

export function createRuleEvaluation(
	deps: AlertsServiceDeps,
	now: () => string,
	notify: Notify
) {
	const { repo, logger, clock } = deps;

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
	};
}
