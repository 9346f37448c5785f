/**
 * The audit module: the hash-chained audit log, its checkpoints outside the database
 * (ADR 0021) and the record of every platform route call (ADR 0010, ADR 0026). The
 * owner's audit-log pages are declared in areas/owner.
 */
import type { AnyRoute, RequestContext } from '../../platform/http';
import type { Platform } from '../../platform';
import type { Principal } from '../../platform/principal';
import { AUDIT_CHECKPOINT_JOB, anchorFromConfig } from './checkpoints';
import { platformCallEntry } from './platform-calls';
import { createAuditService } from './service';

export interface AuditModuleDeps {
	platform: Pick<
		Platform,
		'db' | 'clock' | 'config' | 'logger' | 'queue' | 'scheduler'
	>;
}

export function createAuditModule( { platform }: AuditModuleDeps ) {
	const { config, queue } = platform;
	// Checkpoints of the chain go outside the database: file, log, webhook (ADR 0021).
	const audit = createAuditService( {
		db: platform.db,
		clock: platform.clock,
		anchor: anchorFromConfig( config, platform.logger ),
	} );
	queue.register( AUDIT_CHECKPOINT_JOB, async () => {
		await audit.checkpoint();
	} );
	return {
		audit,
		/** Writes a successful platform route call to the log (the route layer calls it). */
		async recordPlatformCall( call: {
			route: AnyRoute;
			params: Record< string, unknown >;
			principal: Principal;
			context: RequestContext;
		} ): Promise< void > {
			await audit.record(
				{
					userId:
						call.principal.kind === 'user' ||
						call.principal.kind === 'member'
							? call.principal.userId
							: null,
					ip: call.context.ip,
					userAgent: call.context.userAgent,
				},
				platformCallEntry( call.route, call.params )
			);
		},
		startSchedules(): void {
			platform.scheduler.every(
				AUDIT_CHECKPOINT_JOB,
				config.auditCheckpoints.intervalMinutes * 60_000
			);
			// Anchor what the log holds at start, rather than one interval later.
			queue.enqueue( AUDIT_CHECKPOINT_JOB, {} );
		},
	};
}
