/**
 * Encryption at rest for credentials the sidecar must be able to use again (WooCommerce
 * REST keys, webhook secrets, LLM API keys): AES-256-GCM under one master key.
 * Stored form: `v1.<iv>.<tag>.<ciphertext>` (base64url), so a future key or algorithm
 * change can be told apart by its prefix. See docs/adr/0005-master-key-for-secrets-at-rest.md.
 */
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import fs from 'node:fs';
import path from 'node:path';

export const MASTER_KEY_BYTES = 32;

export interface SecretBox {
	seal: ( plaintext: string ) => string;
	/** Throws when the value was not sealed with this key (tampered, or another key). */
	open: ( sealed: string ) => string;
}

export function createSecretBox( key: Buffer ): SecretBox {
	if ( key.length !== MASTER_KEY_BYTES ) {
		throw new Error( 'The master key must be 32 bytes.' );
	}
	return {
		seal( plaintext ) {
			const iv = randomBytes( 12 );
			const cipher = createCipheriv( 'aes-256-gcm', key, iv );
			const body = Buffer.concat( [
				cipher.update( plaintext, 'utf8' ),
				cipher.final(),
			] );
			return [
				'v1',
				iv.toString( 'base64url' ),
				cipher.getAuthTag().toString( 'base64url' ),
				body.toString( 'base64url' ),
			].join( '.' );
		},
		open( sealed ) {
			const [ version, iv, tag, body ] = sealed.split( '.' );
			if ( version !== 'v1' || ! iv || ! tag || body === undefined ) {
				throw new Error( 'Not a sealed secret.' );
			}
			const decipher = createDecipheriv(
				'aes-256-gcm',
				key,
				Buffer.from( iv, 'base64url' )
			);
			decipher.setAuthTag( Buffer.from( tag, 'base64url' ) );
			return Buffer.concat( [
				decipher.update( Buffer.from( body, 'base64url' ) ),
				decipher.final(),
			] ).toString( 'utf8' );
		},
	};
}

/**
 * The key file used when OMNIOPS_MASTER_KEY is not set outside production: created once
 * with 0600 permissions and reused, so `npm start` works without a hard-coded default.
 * A file with looser permissions is refused rather than silently trusted.
 * @param file
 */
export function loadOrCreateKeyFile( file: string ): Buffer {
	if ( fs.existsSync( file ) ) {
		// eslint-disable-next-line no-bitwise -- permission bits
		const mode = fs.statSync( file ).mode & 0o777;
		// eslint-disable-next-line no-bitwise -- any group/other bit
		if ( ( mode & 0o077 ) !== 0 ) {
			throw new Error(
				`${ file } is readable by others (mode ${ mode.toString( 8 ) }); chmod 600 it.`
			);
		}
		const key = Buffer.from(
			fs.readFileSync( file, 'utf8' ).trim(),
			'base64'
		);
		if ( key.length !== MASTER_KEY_BYTES ) {
			throw new Error( `${ file } does not hold a 32-byte base64 key.` );
		}
		return key;
	}
	fs.mkdirSync( path.dirname( file ), { recursive: true } );
	const key = randomBytes( MASTER_KEY_BYTES );
	fs.writeFileSync( file, `${ key.toString( 'base64' ) }\n`, {
		mode: 0o600,
		flag: 'wx',
	} );
	return key;
}
