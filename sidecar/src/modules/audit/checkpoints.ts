/**
 * Signed checkpoints of the audit chain, kept outside the database (ADR 0021).
 *
 * The hash chain proves that rows fit together, not that they are the rows that were
 * written: someone who can write to the database can delete the tail and rewrite the head,
 * or edit a row and recompute every later hash, and the chain still verifies. A checkpoint
 * records (last seq, head hash, row count, time) signed with a key the database never
 * holds, and is written where the database cannot reach (an append-only file, the log
 * stream, optionally a webhook). Verification then compares the chain with them.
 */
import { createHmac, hkdfSync } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../../config';
import type { Logger } from '../../platform/logger';
import { safeEqual, sha256Hex } from '../../platform/crypto';
import { loadOrCreateKeyFile } from '../../platform/secret-box';

export const CHECKPOINT_VERSION = 1;

/** What is signed: enough to tell a truncated or rewritten chain from the one that was seen. */
export interface CheckpointFields {
	v: number;
	/** The last row's sequence number when the checkpoint was taken. */
	seq: number;
	/** That row's hash (the chain head). */
	head: string;
	/** Rows in the log at that moment (seq is contiguous, so equal to seq when healthy). */
	rows: number;
	/** When it was taken (UTC ISO-8601). */
	at: string;
}

export interface AuditCheckpoint extends CheckpointFields {
	/** Identifies the signing key without revealing it (first 16 hex of a keyed hash). */
	kid: string;
	/** HMAC-SHA256 over the fields, hex. */
	mac: string;
}

const HKDF_INFO = 'omniops/audit-checkpoint/v1';

/**
 * The signing key: a dedicated key when the operator gives one, else derived from the
 * master key with HKDF-SHA256 under its own label, so the checkpoint key is never the key
 * that seals credentials, and neither is stored in the database.
 *
 * @param dedicated The OMNIOPS_AUDIT_CHECKPOINT_KEY bytes, or null.
 * @param masterKey The master key (ADR 0005).
 * @return 32 key bytes.
 */
export function checkpointKey(
	dedicated: Buffer | null,
	masterKey: Buffer
): Buffer {
	if ( dedicated ) {
		return dedicated;
	}
	return Buffer.from(
		hkdfSync( 'sha256', masterKey, Buffer.alloc( 0 ), HKDF_INFO, 32 )
	);
}

function macOf( key: Buffer, fields: CheckpointFields ): string {
	// A JSON array fixes the order and keeps field boundaries unambiguous.
	return createHmac( 'sha256', key )
		.update(
			JSON.stringify( [
				'omniops-audit-checkpoint',
				fields.v,
				fields.seq,
				fields.head,
				fields.rows,
				fields.at,
			] )
		)
		.digest( 'hex' );
}

export function keyIdOf( key: Buffer ): string {
	return sha256Hex(
		createHmac( 'sha256', key ).update( 'key id' ).digest()
	).slice( 0, 16 );
}

export function signCheckpoint(
	key: Buffer,
	fields: Omit< CheckpointFields, 'v' >
): AuditCheckpoint {
	const full = { v: CHECKPOINT_VERSION, ...fields };
	return { ...full, kid: keyIdOf( key ), mac: macOf( key, full ) };
}

/**
 * @param key        The signing key.
 * @param checkpoint A checkpoint read back from outside the database.
 * @return 'valid'; 'other-key' when another key signed it (rotation: not evidence);
 *         'forged' when it claims this key but the signature does not match.
 */
export function checkSignature(
	key: Buffer,
	checkpoint: AuditCheckpoint
): 'valid' | 'other-key' | 'forged' {
	if ( checkpoint.kid !== keyIdOf( key ) ) {
		return 'other-key';
	}
	return safeEqual( macOf( key, checkpoint ), checkpoint.mac )
		? 'valid'
		: 'forged';
}

function asCheckpoint( value: unknown ): AuditCheckpoint | null {
	if ( typeof value !== 'object' || value === null ) {
		return null;
	}
	const c = value as Record< string, unknown >;
	const ok =
		c.v === CHECKPOINT_VERSION &&
		Number.isSafeInteger( c.seq ) &&
		Number.isSafeInteger( c.rows ) &&
		typeof c.head === 'string' &&
		typeof c.at === 'string' &&
		typeof c.kid === 'string' &&
		typeof c.mac === 'string';
	return ok
		? {
				v: CHECKPOINT_VERSION,
				seq: c.seq as number,
				head: c.head as string,
				rows: c.rows as number,
				at: c.at as string,
				kid: c.kid as string,
				mac: c.mac as string,
			}
		: null;
}

/**
 * Checkpoints in a text of JSON lines: the checkpoint file's own lines, or the sidecar's
 * pino log lines that carry one under `auditCheckpoint` (so a collected log stream can be
 * verified against too). Other lines are skipped.
 *
 * @param text JSON lines.
 * @return The checkpoints found, in file order.
 */
export function parseCheckpointLines( text: string ): AuditCheckpoint[] {
	const found: AuditCheckpoint[] = [];
	for ( const line of text.split( '\n' ) ) {
		if ( ! line.includes( '"mac"' ) ) {
			continue;
		}
		try {
			const parsed = JSON.parse( line ) as Record< string, unknown >;
			const checkpoint =
				asCheckpoint( parsed.auditCheckpoint ) ??
				asCheckpoint( parsed );
			if ( checkpoint ) {
				found.push( checkpoint );
			}
		} catch {
			// A torn last line (crash mid-write) or foreign text: not a checkpoint.
		}
	}
	return found;
}

export interface CheckpointAnchor {
	/** Signs the given head and writes it to every sink; the file write must succeed. */
	write: (
		fields: Omit< CheckpointFields, 'v' >
	) => Promise< AuditCheckpoint >;
	/** Every checkpoint from the file and the extra sources (log exports). */
	read: () => Promise< AuditCheckpoint[] >;
	key: Buffer;
	/** Where checkpoints are written and read (for messages). */
	file: string;
}

/**
 * The checkpoint sinks: an append-only JSON-lines file (created 0600; each line fsync'd),
 * one `audit checkpoint` log line, and, when configured, a POST to a webhook. The log and
 * webhook are best-effort copies that live outside this machine; the file is required.
 *
 * @param deps
 * @param deps.key            Signing key (see checkpointKey).
 * @param deps.file           The checkpoint file.
 * @param deps.extraSources   More JSON-lines files to read checkpoints from (e.g. a log export).
 * @param deps.webhookUrl     Optional receiver of every checkpoint.
 * @param deps.fetchTimeoutMs Webhook timeout.
 * @param deps.logger         The structured log.
 * @return The anchor.
 */
export function createCheckpointAnchor( deps: {
	key: Buffer;
	file: string;
	extraSources?: string[];
	webhookUrl?: string | null;
	fetchTimeoutMs?: number;
	logger: Logger;
} ): CheckpointAnchor {
	const { key, file, logger } = deps;

	function appendLine( checkpoint: AuditCheckpoint ): void {
		fs.mkdirSync( path.dirname( file ), { recursive: true } );
		const fd = fs.openSync( file, 'a', 0o600 );
		try {
			fs.writeSync( fd, `${ JSON.stringify( checkpoint ) }\n` );
			fs.fsyncSync( fd );
		} finally {
			fs.closeSync( fd );
		}
	}

	async function postToWebhook( checkpoint: AuditCheckpoint ) {
		if ( ! deps.webhookUrl ) {
			return;
		}
		try {
			const response = await fetch( deps.webhookUrl, {
				method: 'POST',
				headers: { 'content-type': 'application/json' },
				body: JSON.stringify( {
					type: 'audit.checkpoint',
					checkpoint,
				} ),
				signal: AbortSignal.timeout( deps.fetchTimeoutMs ?? 15_000 ),
			} );
			if ( ! response.ok ) {
				throw new Error( `HTTP ${ response.status }` );
			}
		} catch ( error ) {
			logger.warn(
				{ err: error },
				'audit checkpoint webhook delivery failed'
			);
		}
	}

	function readFile( source: string ): AuditCheckpoint[] {
		try {
			return parseCheckpointLines( fs.readFileSync( source, 'utf8' ) );
		} catch ( error ) {
			if ( ( error as NodeJS.ErrnoException ).code === 'ENOENT' ) {
				return [];
			}
			throw error;
		}
	}

	return {
		key,
		file,
		async write( fields ) {
			const checkpoint = signCheckpoint( key, fields );
			appendLine( checkpoint );
			logger.info( { auditCheckpoint: checkpoint }, 'audit checkpoint' );
			await postToWebhook( checkpoint );
			return checkpoint;
		},
		async read() {
			return [ file, ...( deps.extraSources ?? [] ) ].flatMap( readFile );
		},
	};
}

/**
 * The anchor as configured (config.auditCheckpoints), for the app and the CLI.
 *
 * @param config       The sidecar configuration.
 * @param logger       The structured log (one of the sinks).
 * @param extraSources More files to read checkpoints from when verifying.
 * @return The anchor.
 */
export function anchorFromConfig(
	config: Config,
	logger: Logger,
	extraSources: string[] = []
): CheckpointAnchor {
	const masterKey =
		config.masterKey.kind === 'env'
			? config.masterKey.key
			: loadOrCreateKeyFile( config.masterKey.file );
	return createCheckpointAnchor( {
		key: checkpointKey( config.auditCheckpoints.key, masterKey ),
		file: config.auditCheckpoints.file,
		extraSources,
		webhookUrl: config.auditCheckpoints.webhookUrl,
		fetchTimeoutMs: config.fetchTimeoutMs,
		logger,
	} );
}

/** The scheduled job that takes a checkpoint (once per interval across instances with BullMQ). */
export const AUDIT_CHECKPOINT_JOB = 'audit.checkpoint';
