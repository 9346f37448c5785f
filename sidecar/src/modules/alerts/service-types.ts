/**
 * What the alerts service is built from, and how its parts write an audited change. A file
 * of its own so the service and its parts (rule-evaluation.ts, deliveries.ts) share them
 * without importing each other (issue 14 item 4).
 */
import type { Kysely } from 'kysely';
import type { Database } from '../../db/schema';
import type { JobQueue } from '../../platform/jobs';
import type { Logger } from '../../platform/logger';
import type { Mailer } from '../../platform/mailer';
import type { SecretBox } from '../../platform/secret-box';
import type { AuditActor, AuditEntry, AuditService } from '../audit/service';
import type { HealthFiguresProvider } from './evaluate';
import type { AlertsRepo } from './repo';

export interface AlertsServiceDeps {
	repo: AlertsRepo;
	repoFor: ( db: Kysely< Database > ) => AlertsRepo;
	/** Runs a change and its audit entry in one transaction (audit module). */
	audited: AuditService[ 'audited' ];
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

/**
 * How the alerts module changes its rules and channels: `write` runs on the repo of one
 * transaction and gives the result; the audit entry is appended in the same transaction,
 * so both commit or neither does.
 * @param deps the audit log's transaction runner and the repo over a transaction
 */
export const auditedChange =
	( deps: Pick< AlertsServiceDeps, 'audited' | 'repoFor' > ) =>
	< T >(
		actor: AuditActor,
		entry: AuditEntry,
		write: ( repo: AlertsRepo ) => Promise< T >
	): Promise< T > =>
		deps.audited( actor, async ( trx ) => ( {
			result: await write( deps.repoFor( trx ) ),
			entry,
		} ) );
