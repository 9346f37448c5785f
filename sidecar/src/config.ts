/**
 * Every environment variable the sidecar reads, parsed and validated in one place.
 * Nothing else in the sidecar reads process.env: modules receive the frozen Config.
 */
import path from 'node:path';
import { z } from 'zod';
import { limitRuleEnv, type LimitRuleInput } from './platform/limit-rule';

export const REPO_ROOT = path.resolve( __dirname, '../..' );

const booleanFlag = z
	.enum( [ 'true', 'false', '1', '0', 'yes', 'no' ] )
	.transform( ( value ) => [ 'true', '1', 'yes' ].includes( value ) );

const port = z.coerce.number().int().min( 0 ).max( 65535 );

/** A 256-bit key for sealing or signing, given as base64. */
const secretKey = z
	.string()
	.trim()
	.refine(
		( value ) => Buffer.from( value, 'base64' ).length === 32,
		'must be 32 random bytes in base64 (openssl rand -base64 32)'
	);

const envSchema = z
	.object( {
		NODE_ENV: z
			.enum( [ 'development', 'production', 'test' ] )
			.default( 'development' ),
		HOST: z.string().min( 1 ).default( '127.0.0.1' ),
		PORT: port.default( 3100 ),
		OMNIOPS_PUBLIC_URL: z.url( { protocol: /^https?$/ } ).optional(),
		DATABASE_URL: z.url( { protocol: /^postgres(ql)?$/ } ).optional(),
		OMNIOPS_SQLITE_PATH: z
			.string()
			.min( 1 )
			.default( 'data/omniops.sqlite' ),
		LOG_LEVEL: z
			.enum( [
				'fatal',
				'error',
				'warn',
				'info',
				'debug',
				'trace',
				'silent',
			] )
			.default( 'info' ),
		OMNIOPS_OWNER_EMAIL: z.email().optional(),
		OMNIOPS_OWNER_PASSWORD: z
			.string()
			.min( 12, 'must be at least 12 characters' )
			.optional(),
		OMNIOPS_MFA_ISSUER: z
			.string()
			.trim()
			.min( 1 )
			.max( 60 )
			.default( 'OmniOps' ),
		OMNIOPS_OWNER_NAME: z
			.string()
			.min( 1 )
			.max( 120 )
			.default( 'Platform owner' ),
		// Default: on outside production, off in production (issue 13).
		OMNIOPS_DEMO: booleanFlag.optional(),
		OMNIOPS_TRUST_PROXY: booleanFlag.default( false ),
		OMNIOPS_SESSION_TTL_HOURS: z.coerce
			.number()
			.int()
			.min( 1 )
			.max( 24 * 30 )
			.default( 12 ),
		OMNIOPS_SHUTDOWN_TIMEOUT_MS: z.coerce
			.number()
			.int()
			.min( 0 )
			.max( 120_000 )
			.default( 10_000 ),
		OMNIOPS_FETCH_TIMEOUT_MS: z.coerce
			.number()
			.int()
			.min( 100 )
			.max( 120_000 )
			.default( 15_000 ),
		// How often each shop's catalog is reconciled without webhooks (issue 10).
		OMNIOPS_CATALOG_RECONCILE_SECONDS: z.coerce
			.number()
			.int()
			.min( 30 )
			.max( 86_400 )
			.default( 600 ),
		OMNIOPS_TELEMETRY_RETENTION_DAYS: z.coerce
			.number()
			.int()
			.min( 1 )
			.max( 3650 )
			.default( 30 ),
		REDIS_URL: z.url( { protocol: /^rediss?$/ } ).optional(),
		// Public chat and telemetry limits (ADR 0019): points/seconds[+burstPoints/burstSeconds].
		OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION: limitRuleEnv( '12/60+12/600' ),
		OMNIOPS_LIMIT_MESSAGES_PER_IP: limitRuleEnv( '60/60+120/600' ),
		OMNIOPS_LIMIT_MESSAGES_PER_SITE: limitRuleEnv( '1200/60+2400/600' ),
		OMNIOPS_LIMIT_CONVERSATIONS_PER_IP: limitRuleEnv( '30/600+30/3600' ),
		OMNIOPS_LIMIT_CONVERSATIONS_PER_SITE: limitRuleEnv( '600/60+1200/600' ),
		OMNIOPS_LIMIT_TELEMETRY_PER_IP: limitRuleEnv( '60/60+60/600' ),
		OMNIOPS_LIMIT_TELEMETRY_PER_SITE: limitRuleEnv( '3000/60+6000/600' ),
		OMNIOPS_ATTRIBUTION_WINDOW_DAYS: z.coerce
			.number()
			.int()
			.min( 1 )
			.max( 90 )
			.default( 7 ),
		OMNIOPS_SMTP_URL: z.url( { protocol: /^smtps?$/ } ).optional(),
		OMNIOPS_METRICS_TOKEN: z
			.string()
			.trim()
			.min( 16 )
			.max( 200 )
			.optional(),
		OMNIOPS_WEBHOOK_ALLOW_PRIVATE: booleanFlag.default( false ),
		OMNIOPS_ALERT_INTERVAL_SECONDS: z.coerce
			.number()
			.int()
			.min( 10 )
			.max( 3600 )
			.default( 60 ),
		OMNIOPS_DAILY_REPORT_HOUR_UTC: z.coerce
			.number()
			.int()
			.min( 0 )
			.max( 23 )
			.default( 6 ),
		OMNIOPS_MAIL_FROM: z.string().min( 3 ).max( 200 ).optional(),
		// SMS second factor through Twilio's Messages API (or a Twilio-compatible gateway).
		OMNIOPS_TWILIO_ACCOUNT_SID: z
			.string()
			.trim()
			.regex(
				/^AC[0-9a-fA-F]{32}$/,
				'must be an Account SID (AC + 32 hex)'
			)
			.optional(),
		OMNIOPS_TWILIO_AUTH_TOKEN: z
			.string()
			.trim()
			.min( 16 )
			.max( 200 )
			.optional(),
		OMNIOPS_TWILIO_FROM: z
			.string()
			.trim()
			.regex(
				/^(\+[1-9]\d{6,14}|MG[0-9a-fA-F]{32})$/,
				'must be a sender number in E.164 (+15005550006) or a Messaging Service SID (MG…)'
			)
			.optional(),
		OMNIOPS_TWILIO_BASE_URL: z
			.url( { protocol: /^https?$/ } )
			.default( 'https://api.twilio.com' ),
		OMNIOPS_MASTER_KEY: secretKey.optional(),
		// Signed audit checkpoints kept outside the database (ADR 0021).
		OMNIOPS_AUDIT_CHECKPOINT_KEY: secretKey.optional(),
		OMNIOPS_AUDIT_CHECKPOINT_FILE: z.string().min( 1 ).optional(),
		OMNIOPS_AUDIT_CHECKPOINT_MINUTES: z.coerce
			.number()
			.int()
			.min( 1 )
			.max( 1440 )
			.default( 15 ),
		OMNIOPS_AUDIT_CHECKPOINT_WEBHOOK_URL: z
			.url( { protocol: /^https?$/ } )
			.optional(),
	} )
	.refine(
		( env ) =>
			env.NODE_ENV !== 'production' || Boolean( env.OMNIOPS_MASTER_KEY ),
		{
			message:
				'is required in production: it encrypts shop credentials at rest, and every instance must use the same one (openssl rand -base64 32)',
			path: [ 'OMNIOPS_MASTER_KEY' ],
		}
	)
	.refine(
		( env ) =>
			env.NODE_ENV !== 'production' ||
			( env.OMNIOPS_PUBLIC_URL ?? '' ).startsWith( 'https://' ),
		{
			message:
				'is required in production and must be https://…: the address shops and browsers reach the sidecar at (an https shop cannot frame an http widget); Secure cookies and HSTS follow from it',
			path: [ 'OMNIOPS_PUBLIC_URL' ],
		}
	)
	.refine(
		( env ) =>
			new Set(
				[
					env.OMNIOPS_TWILIO_ACCOUNT_SID,
					env.OMNIOPS_TWILIO_AUTH_TOKEN,
					env.OMNIOPS_TWILIO_FROM,
				].map( Boolean )
			).size === 1,
		{
			message:
				'set OMNIOPS_TWILIO_ACCOUNT_SID, OMNIOPS_TWILIO_AUTH_TOKEN and OMNIOPS_TWILIO_FROM together, or none',
			path: [ 'OMNIOPS_TWILIO_ACCOUNT_SID' ],
		}
	)
	.refine(
		( env ) =>
			Boolean( env.OMNIOPS_OWNER_EMAIL ) ===
			Boolean( env.OMNIOPS_OWNER_PASSWORD ),
		{
			message:
				'set both OMNIOPS_OWNER_EMAIL and OMNIOPS_OWNER_PASSWORD, or neither',
			path: [ 'OMNIOPS_OWNER_PASSWORD' ],
		}
	);

export interface Config {
	readonly env: 'development' | 'production' | 'test';
	readonly host: string;
	readonly port: number;
	/** Origin the sidecar is reached at by browsers and shops, without a trailing slash. */
	readonly publicUrl: string;
	readonly database:
		| { readonly kind: 'sqlite'; readonly file: string }
		| { readonly kind: 'postgres'; readonly url: string };
	readonly logLevel: string;
	readonly firstOwner: {
		readonly email: string;
		readonly password: string;
		readonly name: string;
	} | null;
	/** Serve /demo with its demo organization: OMNIOPS_DEMO, else on outside production only. */
	readonly demo: boolean;
	readonly trustProxy: boolean;
	readonly sessionTtlHours: number;
	/** Shown as the account's issuer in authenticator apps. */
	readonly mfaIssuer: string;
	readonly shutdownTimeoutMs: number;
	readonly fetchTimeoutMs: number;
	/** Seconds between reconciliations of each shop's catalog; older data is answered "as of". */
	readonly catalogReconcileSeconds: number;
	/** Days raw widget telemetry events are kept (hourly rollups stay). */
	readonly telemetryRetentionDays: number;
	/** Redis for the job queue (BullMQ) and the live-event bus across instances; null: both in-process. */
	readonly redisUrl: string | null;
	/** Default limits of the public widget API; a site's settings may override the chat ones. */
	readonly limits: {
		readonly messagesPerConversation: LimitRuleInput;
		readonly messagesPerIp: LimitRuleInput;
		readonly messagesPerSite: LimitRuleInput;
		readonly conversationsPerIp: LimitRuleInput;
		readonly conversationsPerSite: LimitRuleInput;
		readonly telemetryPerIp: LimitRuleInput;
		readonly telemetryPerSite: LimitRuleInput;
	};
	/** An order counts as a chat's conversion when placed within this many days after its last message. */
	readonly attributionWindowDays: number;
	/**
	 * Encrypts credentials at rest: the key itself, or (outside production, without
	 * OMNIOPS_MASTER_KEY) a 0600 key file created beside the data (ADR 0005).
	 */
	/** Bearer token for GET /metrics; null: the endpoint answers 404. */
	readonly metricsToken: string | null;
	/** Alerts and reports: evaluation interval, report hour, and whether webhooks may reach private addresses. */
	readonly alerts: {
		readonly intervalSeconds: number;
		readonly dailyReportHourUtc: number;
		readonly allowPrivateWebhooks: boolean;
	};
	/** Outgoing e-mail (handoff notifications); null without OMNIOPS_SMTP_URL. */
	readonly mail: { readonly smtpUrl: string; readonly from: string } | null;
	/** SMS as a second factor (Twilio Messages API); null without OMNIOPS_TWILIO_*. */
	readonly sms: {
		readonly accountSid: string;
		readonly authToken: string;
		readonly from: string;
		readonly baseUrl: string;
	} | null;
	readonly masterKey:
		| { readonly kind: 'env'; readonly key: Buffer }
		| { readonly kind: 'file'; readonly file: string };
	/**
	 * Signed audit checkpoints (ADR 0021): a dedicated key (null: derived from the master
	 * key with HKDF), the append-only file, how often, and an optional webhook copy.
	 */
	readonly auditCheckpoints: {
		readonly key: Buffer | null;
		readonly file: string;
		readonly intervalMinutes: number;
		readonly webhookUrl: string | null;
	};
}

export class ConfigError extends Error {}

/**
 * Parses the environment. Throws ConfigError naming every bad variable, so start-up stops
 * with a message an operator can act on.
 * @param env
 */
export function loadConfig( env: NodeJS.ProcessEnv = process.env ): Config {
	const parsed = envSchema.safeParse( env );
	if ( ! parsed.success ) {
		const problems = parsed.error.issues.map(
			( issue ) =>
				`${ issue.path.join( '.' ) || 'environment' }: ${ issue.message }`
		);
		throw new ConfigError(
			`Invalid configuration:\n  ${ problems.join( '\n  ' ) }`
		);
	}
	const e = parsed.data;
	const publicUrl = (
		e.OMNIOPS_PUBLIC_URL ??
		`http://${ e.HOST === '0.0.0.0' ? '127.0.0.1' : e.HOST }:${ e.PORT }`
	).replace( /\/+$/, '' );
	return Object.freeze( {
		env: e.NODE_ENV,
		host: e.HOST,
		port: e.PORT,
		publicUrl,
		database: e.DATABASE_URL
			? { kind: 'postgres' as const, url: e.DATABASE_URL }
			: {
					kind: 'sqlite' as const,
					file: path.resolve( REPO_ROOT, e.OMNIOPS_SQLITE_PATH ),
				},
		logLevel: e.LOG_LEVEL,
		firstOwner:
			e.OMNIOPS_OWNER_EMAIL && e.OMNIOPS_OWNER_PASSWORD
				? {
						email: e.OMNIOPS_OWNER_EMAIL.toLowerCase(),
						password: e.OMNIOPS_OWNER_PASSWORD,
						name: e.OMNIOPS_OWNER_NAME,
					}
				: null,
		demo: e.OMNIOPS_DEMO ?? e.NODE_ENV !== 'production',
		trustProxy: e.OMNIOPS_TRUST_PROXY,
		sessionTtlHours: e.OMNIOPS_SESSION_TTL_HOURS,
		mfaIssuer: e.OMNIOPS_MFA_ISSUER,
		shutdownTimeoutMs: e.OMNIOPS_SHUTDOWN_TIMEOUT_MS,
		fetchTimeoutMs: e.OMNIOPS_FETCH_TIMEOUT_MS,
		catalogReconcileSeconds: e.OMNIOPS_CATALOG_RECONCILE_SECONDS,
		telemetryRetentionDays: e.OMNIOPS_TELEMETRY_RETENTION_DAYS,
		metricsToken: e.OMNIOPS_METRICS_TOKEN ?? null,
		alerts: {
			intervalSeconds: e.OMNIOPS_ALERT_INTERVAL_SECONDS,
			dailyReportHourUtc: e.OMNIOPS_DAILY_REPORT_HOUR_UTC,
			// Outside production, local receivers are normal (development, tests).
			allowPrivateWebhooks:
				e.NODE_ENV !== 'production' || e.OMNIOPS_WEBHOOK_ALLOW_PRIVATE,
		},
		redisUrl: e.REDIS_URL ?? null,
		limits: {
			messagesPerConversation: e.OMNIOPS_LIMIT_MESSAGES_PER_CONVERSATION,
			messagesPerIp: e.OMNIOPS_LIMIT_MESSAGES_PER_IP,
			messagesPerSite: e.OMNIOPS_LIMIT_MESSAGES_PER_SITE,
			conversationsPerIp: e.OMNIOPS_LIMIT_CONVERSATIONS_PER_IP,
			conversationsPerSite: e.OMNIOPS_LIMIT_CONVERSATIONS_PER_SITE,
			telemetryPerIp: e.OMNIOPS_LIMIT_TELEMETRY_PER_IP,
			telemetryPerSite: e.OMNIOPS_LIMIT_TELEMETRY_PER_SITE,
		},
		attributionWindowDays: e.OMNIOPS_ATTRIBUTION_WINDOW_DAYS,
		mail: e.OMNIOPS_SMTP_URL
			? {
					smtpUrl: e.OMNIOPS_SMTP_URL,
					from:
						e.OMNIOPS_MAIL_FROM ??
						`OmniOps <no-reply@${ new URL( publicUrl ).hostname }>`,
				}
			: null,
		sms:
			e.OMNIOPS_TWILIO_ACCOUNT_SID &&
			e.OMNIOPS_TWILIO_AUTH_TOKEN &&
			e.OMNIOPS_TWILIO_FROM
				? {
						accountSid: e.OMNIOPS_TWILIO_ACCOUNT_SID,
						authToken: e.OMNIOPS_TWILIO_AUTH_TOKEN,
						from: e.OMNIOPS_TWILIO_FROM,
						baseUrl: e.OMNIOPS_TWILIO_BASE_URL.replace(
							/\/+$/,
							''
						),
					}
				: null,
		masterKey: e.OMNIOPS_MASTER_KEY
			? {
					kind: 'env' as const,
					key: Buffer.from( e.OMNIOPS_MASTER_KEY, 'base64' ),
				}
			: {
					kind: 'file' as const,
					file: path.join(
						path.dirname(
							path.resolve( REPO_ROOT, e.OMNIOPS_SQLITE_PATH )
						),
						'master.key'
					),
				},
		auditCheckpoints: {
			key: e.OMNIOPS_AUDIT_CHECKPOINT_KEY
				? Buffer.from( e.OMNIOPS_AUDIT_CHECKPOINT_KEY, 'base64' )
				: null,
			// Beside the SQLite file by default (the data directory), never inside a database.
			file: path.resolve(
				REPO_ROOT,
				e.OMNIOPS_AUDIT_CHECKPOINT_FILE ??
					path.join(
						path.dirname( e.OMNIOPS_SQLITE_PATH ),
						'audit-checkpoints.jsonl'
					)
			),
			intervalMinutes: e.OMNIOPS_AUDIT_CHECKPOINT_MINUTES,
			webhookUrl: e.OMNIOPS_AUDIT_CHECKPOINT_WEBHOOK_URL ?? null,
		},
	} );
}
