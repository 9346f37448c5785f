import { sha256Hex } from '../../platform/crypto';

/** The hash before the first row. */
export const GENESIS_HASH = '0'.repeat( 64 );

/** What a row's hash covers: everything but the hash itself, in a fixed order. */
export interface ChainedFields {
	seq: number;
	id: string;
	userId: string | null;
	action: string;
	resourceType: string;
	resourceId: string | null;
	/** The details exactly as stored (JSON text). */
	details: string;
	ip: string;
	userAgent: string;
	createdAt: string;
}

/**
 * SHA-256 over the previous hash and the row's fields as a JSON array: an array keeps
 * the order fixed and JSON escaping keeps field boundaries unambiguous.
 * @param prevHash
 * @param row
 */
export function chainHash( prevHash: string, row: ChainedFields ): string {
	return sha256Hex(
		`${ prevHash }\n${ JSON.stringify( [
			row.seq,
			row.id,
			row.userId,
			row.action,
			row.resourceType,
			row.resourceId,
			row.details,
			row.ip,
			row.userAgent,
			row.createdAt,
		] ) }`
	);
}
