<?php
/**
 * The plugin's stored state: one option holding the sidecar connection.
 *
 * @package OmniOps
 */

namespace OmniOps;

defined( 'ABSPATH' ) || exit;

/**
 * Reads and writes the `omniops_settings` option. The site secret signs every request to
 * the sidecar, so it is stored encrypted: a database dump alone does not reveal it.
 */
final class Settings {

	const OPTION = 'omniops_settings';

	/**
	 * Every option this plugin writes; uninstall.php deletes exactly these.
	 */
	const OWNED_OPTIONS = array( self::OPTION, 'omniops_widget_settings', 'omniops_woocommerce', 'omniops_page_types' );

	/**
	 * Every transient this plugin writes; uninstall.php deletes exactly these.
	 */
	const OWNED_TRANSIENTS = array();

	// Stored ciphertexts carry the scheme that made them, so a site that gains or loses a
	// crypto extension can still read what it wrote before.
	const SCHEME_GCM    = 'gcm1:';
	const SCHEME_SODIUM = 'sbx1:';
	const SCHEME_PLAIN  = 'raw1:';

	/**
	 * The raw option with every known key present.
	 *
	 * @return array{sidecar_url: string, site_key: string, site_id: string, secret: string, connected_at: string}
	 */
	private function read(): array {
		$stored = get_option( self::OPTION, array() );
		$stored = is_array( $stored ) ? $stored : array();
		$values = array();
		foreach ( array( 'sidecar_url', 'site_key', 'site_id', 'secret', 'connected_at' ) as $key ) {
			$values[ $key ] = isset( $stored[ $key ] ) && is_string( $stored[ $key ] ) ? $stored[ $key ] : '';
		}
		return $values;
	}

	/**
	 * Base URL of the sidecar, without a trailing slash; '' when never configured.
	 */
	public function sidecar_url(): string {
		return $this->read()['sidecar_url'];
	}

	/**
	 * The site's public key (pk_…); '' when not connected.
	 */
	public function site_key(): string {
		return $this->read()['site_key'];
	}

	/**
	 * The sidecar's id for this site; '' when not connected.
	 */
	public function site_id(): string {
		return $this->read()['site_id'];
	}

	/**
	 * When the connection was made (UTC ISO-8601); '' when not connected.
	 */
	public function connected_at(): string {
		return $this->read()['connected_at'];
	}

	/**
	 * The decrypted site secret, or null when there is none or it can no longer be read
	 * (for example after the site's salts were changed).
	 */
	public function secret(): ?string {
		$stored = $this->read()['secret'];
		return '' === $stored ? null : $this->decrypt( $stored );
	}

	/**
	 * Whether a site key and secret are stored. The secret may still be unreadable; callers
	 * that sign requests check secret() themselves.
	 */
	public function is_connected(): bool {
		$values = $this->read();
		return '' !== $values['site_key'] && '' !== $values['secret'] && '' !== $values['sidecar_url'];
	}

	/**
	 * Stores a new connection, replacing any previous one.
	 *
	 * @param string $sidecar_url Base URL of the sidecar.
	 * @param string $site_key    Public key (pk_…).
	 * @param string $secret      Signing secret (sk_…), stored encrypted.
	 * @param string $site_id     The sidecar's id for this site.
	 */
	public function save_connection( string $sidecar_url, string $site_key, string $secret, string $site_id ): void {
		$this->write(
			array(
				'sidecar_url'  => $sidecar_url,
				'site_key'     => $site_key,
				'site_id'      => $site_id,
				'secret'       => $this->encrypt( $secret ),
				'connected_at' => gmdate( 'Y-m-d\TH:i:s\Z' ),
			)
		);
	}

	/**
	 * Forgets the connection. The sidecar URL is kept so the form can offer it again.
	 */
	public function clear_connection(): void {
		$this->write( array( 'sidecar_url' => $this->sidecar_url() ) );
	}

	/**
	 * Writes the option. Autoloaded: the storefront reads it on every page.
	 *
	 * @param array<string, string> $values Option contents.
	 */
	private function write( array $values ): void {
		update_option( self::OPTION, $values, true );
	}

	/**
	 * Encrypts a value with AES-256-GCM (OpenSSL) when available, else libsodium's
	 * secretbox; a site with neither stores the value encoded but readable.
	 *
	 * @param string $plaintext Value to protect.
	 * @return string Scheme prefix + base64 payload.
	 */
	public function encrypt( string $plaintext ): string {
		$key = $this->key();
		if ( $this->has_gcm() ) {
			$iv         = random_bytes( 12 );
			$tag        = '';
			$ciphertext = openssl_encrypt( $plaintext, 'aes-256-gcm', $key, OPENSSL_RAW_DATA, $iv, $tag, '', 16 );
			if ( false !== $ciphertext ) {
				// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- binary to option-safe text.
				return self::SCHEME_GCM . base64_encode( $iv . $tag . $ciphertext );
			}
		}
		if ( function_exists( 'sodium_crypto_secretbox' ) ) {
			$nonce = random_bytes( SODIUM_CRYPTO_SECRETBOX_NONCEBYTES );
			// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- binary to option-safe text.
			return self::SCHEME_SODIUM . base64_encode( $nonce . sodium_crypto_secretbox( $plaintext, $nonce, $key ) );
		}
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_encode -- no crypto extension on this PHP.
		return self::SCHEME_PLAIN . base64_encode( $plaintext );
	}

	/**
	 * Reverses encrypt().
	 *
	 * @param string $stored Value produced by encrypt().
	 * @return string|null Plaintext, or null when the value is damaged or the key changed.
	 */
	public function decrypt( string $stored ): ?string {
		$scheme = substr( $stored, 0, 5 );
		// phpcs:ignore WordPress.PHP.DiscouragedPHPFunctions.obfuscation_base64_decode -- reverses encrypt().
		$payload = base64_decode( substr( $stored, 5 ), true );
		if ( false === $payload ) {
			return null;
		}
		if ( self::SCHEME_GCM === $scheme && $this->has_gcm() && strlen( $payload ) > 28 ) {
			$plaintext = openssl_decrypt( substr( $payload, 28 ), 'aes-256-gcm', $this->key(), OPENSSL_RAW_DATA, substr( $payload, 0, 12 ), substr( $payload, 12, 16 ) );
			return false === $plaintext ? null : $plaintext;
		}
		if ( self::SCHEME_SODIUM === $scheme && function_exists( 'sodium_crypto_secretbox_open' ) && strlen( $payload ) > SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ) {
			$plaintext = sodium_crypto_secretbox_open( substr( $payload, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), substr( $payload, 0, SODIUM_CRYPTO_SECRETBOX_NONCEBYTES ), $this->key() );
			return false === $plaintext ? null : $plaintext;
		}
		if ( self::SCHEME_PLAIN === $scheme ) {
			return $payload;
		}
		return null;
	}

	/**
	 * A 32-byte key derived from the site's auth salt, never stored. A purpose label keeps
	 * it distinct from anything else WordPress derives from the same salt.
	 */
	private function key(): string {
		return hash_hmac( 'sha256', 'omniops-settings-encryption-v1', wp_salt( 'auth' ), true );
	}

	/**
	 * Whether OpenSSL offers AES-256-GCM on this PHP.
	 */
	private function has_gcm(): bool {
		return function_exists( 'openssl_encrypt' ) && in_array( 'aes-256-gcm', openssl_get_cipher_methods(), true );
	}
}
